"""Small pieces every dialog uses: the line that names what is wrong, the buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)


class NoWheelComboBox(QComboBox):
    """A drop-down that the mouse wheel changes only when it has the focus: scrolling a
    form over it must not change (and save) an answer."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind it scrolls instead


def choice_combo(name: str, labels: dict[str, str], keys: tuple[str, ...]) -> NoWheelComboBox:
    """A drop-down of ``keys`` shown by their ``labels``; ``currentData()`` is the key."""
    combo = NoWheelComboBox()
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
