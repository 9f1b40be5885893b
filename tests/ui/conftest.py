"""A real main window on a temporary data folder, started as the app starts it; and
one dossier page on its own against a real store, showing the documented example."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nabestaanden.app import build_window, create_application
from nabestaanden.paths import AppPaths
from nabestaanden.store.opening import OpenStore
from nabestaanden.ui.dossier.page import DossierPage
from nabestaanden.ui.garbage import collect_on_gui_thread
from nabestaanden.ui.widgets import install_wheel_guard
from nabestaanden.ui.window.main_window import MainWindow
from nabestaanden.ui.worker import DbWorker
from tests.support.stores import import_example, open_new
from tests.support.window import WindowFactory


@pytest.fixture(autouse=True)
def cycles_collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (create_application): no cycle collection on the worker threads,
    where a widget caught in a cycle would be destroyed off the GUI thread; the wheel
    guard in place."""
    install_wheel_guard(qapp)
    collector = collect_on_gui_thread(qapp)
    yield
    collector.check()


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


@pytest.fixture
def store(paths: AppPaths) -> Iterator[OpenStore]:
    opened = open_new(paths)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, store: OpenStore) -> Iterator[DossierPage]:
    worker = DbWorker()
    shown = DossierPage(worker)
    qtbot.addWidget(shown)
    shown.resize(1100, 750)
    shown.show()
    dossier_id = import_example(store)
    with qtbot.waitSignal(shown.loaded, timeout=10000):
        shown.open(store, dossier_id)
    yield shown
    worker.shutdown()
