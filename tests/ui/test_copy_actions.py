"""Bestand → Dossier kopiëren: from this computer's folder to the office database and
from the office to this computer's folder, checked by the copy's export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from nabestaanden.app import build_window, create_application
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import exports
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store import keys, office
from nabestaanden.store.opening import open_store
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.examples import example_document
from tests.support.postgres import Cluster
from tests.support.stores import import_example, open_new

NOW = datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    create_application()
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()


def started(qtbot: QtBot, paths: AppPaths, url: str | None, made: list[MainWindow]) -> MainWindow:
    window = build_window(paths, url)
    made.append(window)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.dossiers_loaded, timeout=20000):
        window.start()
    return window


def copied_message(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.copy_message is not None, timeout=20000)
    assert window.copy_message is not None
    return window.copy_message.text()


def office_titles(url: str) -> list[str]:
    store = office.open_office(office.parse_database_url(url), None, NOW)
    try:
        return [row.deceased_name for row in store.summaries()]
    finally:
        store.close()


def test_a_dossier_is_copied_from_this_computer_to_the_office(
    qtbot: QtBot,
    paths: AppPaths,
    postgres_cluster: Cluster,
    postgres_database: str,
    windows: list[MainWindow],
) -> None:
    home = open_new(paths)
    dossier_id = import_example(home)
    home.close()
    url = postgres_cluster.socket_url(postgres_database)
    window = started(qtbot, paths, None, windows)
    # The only dossier there is opens by itself (issue 20): it can be copied at once.
    qtbot.waitUntil(lambda: window.current_dossier_id() == dossier_id)
    qtbot.waitUntil(window.copy_action.isEnabled)
    assert "kantoordatabase" in window.copy_action.text()

    window.copy_current_dossier()  # no office set up yet: says where to set it
    assert "Instellingen → Kantoor" in copied_message(qtbot, window)
    window.copy_message = None
    window.settings.setValue("office/url", url)
    window.copy_current_dossier()
    text = copied_message(qtbot, window)
    assert "gecontroleerd" in text and "als dossier 1" in text
    assert office_titles(url) == ["Johanna Maria van der Berg"]
    assert dossier_id == 1


def test_a_dossier_is_copied_from_the_office_to_this_computer(
    qtbot: QtBot,
    paths: AppPaths,
    postgres_cluster: Cluster,
    postgres_database: str,
    windows: list[MainWindow],
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    store = office.open_office(office.parse_database_url(url), None, NOW)
    exports.import_dossier(store, default_catalogue(), read_dossier(example_document(), NOW.date()))
    store.close()
    window = started(qtbot, paths, url, windows)
    window.ws.table.selectRow(0)
    qtbot.waitUntil(window.copy_action.isEnabled)
    assert "eigen map" in window.copy_action.text()
    window.copy_current_dossier()
    assert str(paths.data_dir) in copied_message(qtbot, window)
    home = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        assert [row.deceased_name for row in home.summaries()] == ["Johanna Maria van der Berg"]
    finally:
        home.close()
