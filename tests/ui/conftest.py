"""A real main window on a temporary data folder, started as the app starts it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from nabestaanden.app import build_window, create_application
from nabestaanden.paths import AppPaths
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.window import WindowFactory


@pytest.fixture
def make_window(qtbot: QtBot, paths: AppPaths) -> Iterator[WindowFactory]:
    """Open a main window on ``paths``, like ``run_gui`` does; closed after the test."""
    create_application()
    windows: list[MainWindow] = []

    def factory(wait_for_list: bool = True) -> MainWindow:
        window = build_window(paths)
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        if wait_for_list:
            with qtbot.waitSignal(window.dossiers_loaded, timeout=10000):
                window.start()
        else:
            window.start()
        return window

    yield factory
    for window in windows:
        if window.isVisible():
            window.close()
