"""Driving the main window as a user does: typing, making a dossier."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nabestaanden.ui.window.main_window import MainWindow

# The ``make_window`` fixture (tests/ui/conftest.py): opens a window on the test's folder.
WindowFactory = Callable[..., MainWindow]


def key_clicks(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key; QTest cannot type letters outside ASCII (ş, ł, ë)."""
    for character in text:
        if character.isascii():
            qtbot.keyClick(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def new_dossier(qtbot: QtBot, window: MainWindow) -> int:
    """Make a dossier; its intake questions open: leave them ("Later verder"), go to
    the form (Gegevens)."""
    with qtbot.waitSignal(window.dossier_opened, timeout=10000) as opened:
        qtbot.mouseClick(window.ws.new_button, Qt.MouseButton.LeftButton)
    dossier_id: int = opened.args[0]
    qtbot.waitUntil(
        lambda: window.page is not None and window.page.wizard is not None, timeout=10000
    )
    wizard = window.page.wizard
    assert wizard is not None
    wizard.reject()
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.page.show_form()
    return dossier_id
