"""The window on the office database (a throwaway PostgreSQL cluster): it opens there,
switches off what belongs to a data folder, hears a colleague's change without
touching what is typed, asks the role's password once, and says what is wrong."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from nabestaanden.app import build_window, create_application
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import dossiers, exports, progress
from nabestaanden.operations import office as office_actions
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store import office
from nabestaanden.store.office import OfficeStore
from nabestaanden.ui.dossier.page import DossierPage
from nabestaanden.ui.settings.office_dialog import OfficeDialog, OfficePasswordDialog
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.examples import example_document
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres import GUARDED_ROLE, SUPERUSER, Cluster

NOW = datetime(2026, 12, 7, 10, 0)
TASK = "banken_melden"


def opened_store(url: str) -> OfficeStore:
    return office.open_office(office.parse_database_url(url), None, NOW)


@pytest.fixture
def office_url(postgres_cluster: Cluster, postgres_database: str) -> str:
    """The office database, holding the documented example (dossier 1)."""
    url = postgres_cluster.socket_url(postgres_database)
    store = opened_store(url)
    try:
        exports.import_dossier(
            store, default_catalogue(), read_dossier(example_document(), NOW.date())
        )
    finally:
        store.close()
    return url


@pytest.fixture
def open_window(qtbot: QtBot, paths: AppPaths) -> Iterator[list[MainWindow]]:
    create_application()
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()


def window_on(
    qtbot: QtBot, paths: AppPaths, url: str, windows: list[MainWindow], wait: bool = True
) -> MainWindow:
    window = build_window(paths, url)
    windows.append(window)
    qtbot.addWidget(window)
    window.show()
    if wait:
        with qtbot.waitSignal(window.dossiers_loaded, timeout=20000):
            window.start()
    else:
        window.start()
    return window


def shown_on_task(qtbot: QtBot, window: MainWindow) -> DossierPage:
    """Dossier 1 opened in the window, the task TASK chosen in its plan."""
    window.open_dossier(1)
    page = window.page
    assert page is not None
    qtbot.waitUntil(lambda: page.state is not None, timeout=10000)
    page.dashboard.select_task(TASK)
    return page


def test_the_window_works_on_the_office_database_and_hears_a_colleague(
    qtbot: QtBot,
    paths: AppPaths,
    office_url: str,
    postgres_cluster: Cluster,
    postgres_database: str,
    open_window: list[MainWindow],
) -> None:
    window = window_on(qtbot, paths, office_url, open_window)
    assert window.ws.list_model.total() == 1
    assert not window.backup_action.isEnabled() and not window.security_action.isEnabled()
    assert "beheerder" in window.backup_action.toolTip()
    assert window.office_label.isVisible()
    assert f"Kantoor: {postgres_database} (op deze computer), u bent nabestaanden_test" == (
        window.office_label.text()
    )
    assert not (paths.data_dir / "nabestaanden.db").exists()  # nothing in the folder

    page = shown_on_task(qtbot, window)

    # A colleague with a role of her own changes the note and renames the dossier.
    colleague = f"collega_{uuid.uuid4().hex[:6]}"
    owner = opened_store(office_url)
    office_actions.add_member(owner, colleague, "beheerder", "een lang wachtwoord")
    owner.close()
    theirs = opened_store(postgres_cluster.socket_url(postgres_database, user=colleague))
    try:
        progress.set_task_progress(
            theirs, default_catalogue(), 1, TASK, note="Collega: de bank heeft gebeld"
        )
        qtbot.waitUntil(
            lambda: page.dashboard.detail.note.toPlainText() == "Collega: de bank heeft gebeld",
            timeout=10000,
        )
        dossiers.rename_dossier(theirs, 1, "Berg (kantoor)")
        qtbot.waitUntil(
            lambda: window.ws.list_model.find(1).display_name == "Berg (kantoor)",  # type: ignore[union-attr]
            timeout=10000,
        )
        # What is being typed stays: her next note does not replace it.
        note = page.dashboard.detail.note
        note.setFocus()
        note.setPlainText("Ik typ nog")
        progress.set_task_progress(theirs, default_catalogue(), 1, TASK, note="Weer de collega")
        qtbot.wait(1500)
        assert note.toPlainText() == "Ik typ nog"
    finally:
        theirs.close()


def test_the_roles_password_is_asked_and_then_kept_in_the_keyring(
    qtbot: QtBot,
    paths: AppPaths,
    postgres_cluster: Cluster,
    memory_keyring: MemoryKeyring,
    open_window: list[MainWindow],
) -> None:
    postgres_cluster.admin(f"CREATE ROLE {GUARDED_ROLE} LOGIN CREATEROLE PASSWORD 'kantoor geheim'")
    postgres_cluster.admin(f"CREATE DATABASE kantoor_venster OWNER {GUARDED_ROLE}")
    try:
        url = postgres_cluster.socket_url("kantoor_venster", user=GUARDED_ROLE)
        window = window_on(qtbot, paths, url, open_window, wait=False)

        def asked() -> OfficePasswordDialog:
            qtbot.waitUntil(
                lambda: (
                    isinstance(window.findChild(OfficePasswordDialog), OfficePasswordDialog)
                    and window.findChild(OfficePasswordDialog).isVisible()
                ),  # type: ignore[union-attr]
                timeout=10000,
            )
            dialog = window.findChild(OfficePasswordDialog)
            assert isinstance(dialog, OfficePasswordDialog)
            return dialog

        first = asked()
        first.password.setText("fout")
        first._ok()
        qtbot.waitUntil(lambda: not first.isVisible(), timeout=5000)
        second = asked()
        error = second.findChild(QLabel, "office_password_error")
        assert error.isVisible() and "wachtwoord" in error.text()
        assert memory_keyring.secrets == {}  # a wrong password is not kept
        with qtbot.waitSignal(window.dossiers_loaded, timeout=20000):
            second.password.setText("kantoor geheim")
            second._ok()
        assert "kantoor geheim" in memory_keyring.secrets.values()
        window.close()
    finally:
        postgres_cluster.admin("DROP DATABASE IF EXISTS kantoor_venster WITH (FORCE)")
        postgres_cluster.admin(f"DROP ROLE IF EXISTS {GUARDED_ROLE}")


def test_an_office_out_of_reach_says_so_and_offers_the_settings(
    qtbot: QtBot, paths: AppPaths, tmp_path: object, open_window: list[MainWindow]
) -> None:
    url = "postgresql+psycopg://anna@/kantoor?host=/nergens/socket&port=5999"
    window = window_on(qtbot, paths, url, open_window, wait=False)
    qtbot.waitUntil(window.office_settings_button.isVisible, timeout=20000)
    assert "niet bereikbaar" in window.status_text.text()
    assert window.retry_button.isVisible()

    window.office_settings_button.click()
    dialog = window.office_dialog
    assert isinstance(dialog, OfficeDialog)
    field = dialog.findChild(QLineEdit, "office_url")
    field.setText("postgresql+psycopg://anna@db.kantoor.nl/kantoor")  # no TLS
    dialog.findChild(QPushButton, "office_save").click()
    error = dialog.findChild(QLabel, "office_error")
    assert dialog.isVisible() and error.isVisible() and "sslmode" in error.text()
    # Back to this computer's own folder: the window opens it.
    with qtbot.waitSignal(window.dossiers_loaded, timeout=20000):
        dialog.findChild(QPushButton, "office_own_folder").click()
    assert window.settings.value("office/url") == ""
    assert window.backup_action.isEnabled() and not window.office_label.isVisible()


def test_a_lost_connection_is_said_and_the_note_typed_is_saved_once_it_is_back(
    qtbot: QtBot,
    paths: AppPaths,
    office_url: str,
    postgres_cluster: Cluster,
    postgres_database: str,
    open_window: list[MainWindow],
) -> None:
    window = window_on(qtbot, paths, office_url, open_window)
    page = shown_on_task(qtbot, window)
    # The server refuses the database from now on, and drops the open connections.
    postgres_cluster.admin(f'ALTER DATABASE "{postgres_database}" WITH ALLOW_CONNECTIONS false')
    terminate = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"
    with psycopg.connect(
        host=str(postgres_cluster.socket_dir),
        port=postgres_cluster.port,
        user=SUPERUSER,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(terminate, (postgres_database,))
    try:
        note = page.dashboard.detail.note
        note.setPlainText("Getypt toen de verbinding weg was")
        page.dashboard.detail.flush()
        qtbot.waitUntil(lambda: "verbroken" in page.last_warning, timeout=15000)
        assert "niet bewaard" in page.last_warning and "Traceback" not in page.last_warning
        assert note.toPlainText() == "Getypt toen de verbinding weg was"  # not lost
        qtbot.waitUntil(lambda: "elke 15 seconden" in window.statusBar().currentMessage())
    finally:
        postgres_cluster.admin(f'ALTER DATABASE "{postgres_database}" WITH ALLOW_CONNECTIONS true')
    page.dashboard.detail.flush()  # the next pause in typing: sent again, and stored
    store = opened_store(office_url)
    try:

        def stored() -> str:
            with store.session() as session:
                from nabestaanden.store import dossiers as dossier_store
                from nabestaanden.store import mapping

                data = mapping.to_domain(dossier_store.get_dossier(session, 1))
            return data.tasks[TASK].note if TASK in data.tasks else ""

        qtbot.waitUntil(lambda: stored() == "Getypt toen de verbinding weg was", timeout=15000)
    finally:
        store.close()
