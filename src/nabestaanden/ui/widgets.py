"""Small pieces every dialog uses: the line that names what is wrong, the buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)


class WheelGuard(QObject):
    """The mouse wheel changes a drop-down or a number field only when it has the
    focus: scrolling a form over one must not change (and save) an answer. The wheel
    then scrolls what is behind it. One guard for the whole app (an event filter on
    the application); a wheel no longer gives these fields the focus either."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        guarded = isinstance(watched, (QComboBox, QAbstractSpinBox))
        if guarded and event.type() == QEvent.Type.Polish:
            widget = cast(QWidget, watched)
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif (
            guarded and event.type() == QEvent.Type.Wheel and not cast(QWidget, watched).hasFocus()
        ):
            _scroll_behind(cast(QWidget, watched), cast(QWheelEvent, event))
            event.accept()  # handled: the field itself never sees it
            return True
        return False


def _scroll_behind(widget: QWidget, event: QWheelEvent) -> None:
    """Scroll what is around ``widget`` as the wheel would have if the field were not
    there: the nearest scroll area (a table, a form) that can still move that way,
    else the next one out (a table at its end inside a scrolling dialog)."""
    sideways = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
    delta = event.angleDelta().x() if sideways else event.angleDelta().y()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if sideways else parent.verticalScrollBar()
            room = bar.value() > bar.minimum() if delta > 0 else bar.value() < bar.maximum()
            if room:
                copy = QWheelEvent(
                    event.position(),
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                )
                QApplication.sendEvent(bar, copy)
                return
        parent = parent.parentWidget()


def install_wheel_guard(app: QApplication) -> None:
    """Put the app's one :class:`WheelGuard` in place (again: nothing changes)."""
    if app.findChild(WheelGuard, "wheel_guard") is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheel_guard")
        app.installEventFilter(guard)


def choice_combo(name: str, labels: dict[str, str], keys: tuple[str, ...]) -> QComboBox:
    """A drop-down of ``keys`` shown by their ``labels``; ``currentData()`` is the key."""
    combo = QComboBox()
    combo.setObjectName(name)
    for key in keys:
        combo.addItem(labels[key], key)
    return combo


def error_label(name: str) -> QLabel:
    """The hidden line where a dialog names what is wrong ("⚠ Datum: ...")."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def secret_field(name: str, accessible_name: str) -> QLineEdit:
    """A line edit that shows dots for what is typed (a passphrase)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def dialog_buttons(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton, accept: Callable[[], None]
) -> QDialogButtonBox:
    """The dialog's OK (or Save) and Cancel: OK runs ``accept`` (which checks first)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fit_dialog(dialog: QWidget, characters: int = 70) -> None:
    """Size a dialog of wrapped text for its font: about ``characters`` wide (never
    wider than the screen) and as high as the wrapped text needs at that width, so
    nothing is cut off at 200% text either. Call again when a message appears."""
    metrics = dialog.fontMetrics()
    screen = dialog.screen().availableGeometry()
    width = min(characters * metrics.averageCharWidth(), screen.width() - 40)
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, screen.height() - 60))


def fixed_pitch_font(widget: QWidget, factor: float = 1.0) -> QFont:
    """A fixed-width font (for keys and codes) the size of ``widget``'s text times
    ``factor``, so it follows the text size chosen in the settings."""
    base = widget.font()
    font = QFont(base)
    font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "Courier New", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    return font
