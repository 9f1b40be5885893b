"""The shared pieces of the window: the mouse wheel leaves answers alone."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot


def roll(widget: QWidget, steps: int = -1) -> None:
    """Turn the mouse wheel over ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def form(qtbot: QtBot) -> tuple[QScrollArea, QComboBox, QSpinBox]:
    """A long form in a scroll area with a drop-down and a number field in it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Kind", "Partner", "Bewindvoerder"])
    spin = QSpinBox()
    spin.setRange(1, 12)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(3000)
    area = QScrollArea()
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, spin


def test_the_wheel_scrolls_the_form_over_a_field_without_focus(qtbot: QtBot) -> None:
    area, combo, spin = form(qtbot)
    area.setFocus()
    roll(combo)
    roll(spin)
    assert combo.currentText() == "Kind"  # the saved answer stays
    assert spin.value() == 1
    assert area.verticalScrollBar().value() > 0  # the form scrolled instead


def test_the_wheel_changes_a_field_that_has_the_focus(qtbot: QtBot) -> None:
    _area, combo, _spin = form(qtbot)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    roll(combo)
    assert combo.currentText() == "Partner"


def test_the_file_dialog_speaks_dutch_in_dutch_mode(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from nabestaanden.app import create_application

    create_application()  # Dutch, as the app starts: Qt's own texts and the missing ones
    dialog = QFileDialog(None, "Opslaan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "&Zoeken in:" in labels and "Bestands&type:" in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)


def test_a_table_at_its_end_passes_the_wheel_to_the_form_around_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableWidget

    page = QWidget()
    layout = QVBoxLayout(page)
    table = QTableWidget(1, 1)  # nothing to scroll in it
    combo = QComboBox()
    combo.addItems(["Kind", "Partner"])
    table.setCellWidget(0, 0, combo)
    layout.addWidget(table)
    layout.addSpacing(3000)
    area = QScrollArea()
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.setFocus()
    roll(combo)
    assert combo.currentText() == "Kind"
    assert area.verticalScrollBar().value() > 0  # the dialog's form scrolled
