"""The recovery key in the window: shown after the first dossier, reminded monthly, saved
as a PDF, and the way back in when the keyring entry is gone."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from nabestaanden.paths import AppPaths
from nabestaanden.store import keys, recovery
from nabestaanden.store.opening import open_store
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.memory_keyring import MemoryKeyring
from tests.support.window import WindowFactory, key_clicks, new_dossier


def click_ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def record(paths: AppPaths) -> recovery.RecoveryRecord:
    store = open_store(paths, keys.load_keyring_key(paths), datetime.now())
    try:
        found = recovery.read_record(store.raw)
        assert found is not None
        return found
    finally:
        store.close()


def sheet_after_first_dossier(qtbot: QtBot, window: MainWindow) -> None:
    new_dossier(qtbot, window)  # the questions are left with "Later verder"
    window.refresh_list()
    qtbot.waitUntil(lambda: window.sheet_dialog is not None, timeout=10000)


def test_the_sheet_follows_the_first_dossier_and_done_needs_the_tick(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    assert window.sheet_dialog is None  # no dossier yet: no sheet
    sheet_after_first_dossier(qtbot, window)
    dialog = window.sheet_dialog
    assert dialog is not None
    shown = dialog.key_text.text().split()
    assert len(shown) == 5 and all(len(group) == 5 for group in shown)
    assert not dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.stored, Qt.MouseButton.LeftButton)
    assert dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    window.close()
    kept = record(paths)
    assert kept.stored_at is not None
    assert "".join(shown) == kept.key.characters

    again = make_window()
    qtbot.wait(200)
    assert again.sheet_dialog is None  # put away: no more reminders


def test_later_reminds_again_after_a_month_with_a_reminder_line(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    sheet_after_first_dossier(qtbot, window)
    assert window.sheet_dialog is not None
    qtbot.mouseClick(window.sheet_dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    window.close()
    assert record(paths).reminded_at is not None

    soon = make_window()
    qtbot.wait(200)
    assert soon.sheet_dialog is None  # within the month: quiet
    soon.close()

    store = open_store(paths, keys.load_keyring_key(paths), datetime.now())
    recovery.mark_reminded(store.raw, datetime.now() - timedelta(days=31))
    store.close()
    later = make_window()
    qtbot.waitUntil(lambda: later.sheet_dialog is not None, timeout=10000)
    intro = later.sheet_dialog.findChild(QLabel, "recovery_intro")
    assert "herinnering" in intro.text()


def test_the_sheet_is_saved_as_a_pdf_where_the_user_chooses(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "mijn herstelblad"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    window = make_window()
    window.security_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "show_sheet_button") is not None)
    qtbot.mouseClick(window.findChild(QPushButton, "show_sheet_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sheet_dialog is not None, timeout=10000)
    dialog = window.sheet_dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_text.text() != "", timeout=10000)
    written = target.with_name(target.name + ".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in dialog.saved_text.text()


def test_a_lost_keyring_entry_is_recovered_with_the_key_from_the_sheet(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    window.close()
    key = record(paths).key
    memory_keyring.secrets.clear()

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: again.recover_button.isVisibleTo(again), timeout=10000)
    qtbot.mouseClick(again.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.recover_dialog is not None, timeout=10000)
    first = again.recover_dialog
    key_clicks(qtbot, first.key, recovery.RecoveryKey.generate().formatted())  # another folder's
    click_ok(qtbot, first)
    qtbot.waitUntil(lambda: again.recover_dialog is not first, timeout=10000)
    retry = again.recover_dialog
    assert retry is not None and retry.error.isVisibleTo(retry)
    assert "past niet bij de gegevens" in retry.error.text()

    key_clicks(qtbot, retry.key, " ".join(key.groups()).lower())
    with qtbot.waitSignal(again.dossiers_loaded, timeout=20000):
        click_ok(qtbot, retry)
    assert again.ws.list_model.rowCount() == 1
    assert keys.load_keyring_key(paths) == keys.DatabaseKey.from_recovery(key, "keyring")


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, no_keyring: None
) -> None:
    window = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: window.passphrase_dialog is not None, timeout=10000)
    dialog = window.passphrase_dialog
    assert dialog is not None
    for edit in (dialog.passphrase, dialog.repeated):
        key_clicks(qtbot, edit, "de zin die ik vergeet")
    with qtbot.waitSignal(window.dossiers_loaded, timeout=10000):
        click_ok(qtbot, dialog)
    new_dossier(qtbot, window)
    window.close()
    store = open_store(
        paths, keys.DatabaseKey.from_passphrase("de zin die ik vergeet"), datetime.now()
    )
    assert store.key.recovery is not None
    sheet = store.key.recovery.formatted()
    store.close()

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: again.passphrase_dialog is not None, timeout=10000)
    asked = again.passphrase_dialog
    assert asked is not None
    asked.reject()  # forgotten
    qtbot.waitUntil(lambda: again.recover_button.isVisibleTo(again), timeout=10000)
    assert "herstelsleutel" in again.status_text.text()
    qtbot.mouseClick(again.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.recover_dialog is not None, timeout=10000)
    recover = again.recover_dialog
    assert recover is not None and recover.passphrase.isVisibleTo(recover)
    key_clicks(qtbot, recover.key, sheet)
    for edit in (recover.passphrase, recover.repeated):
        key_clicks(qtbot, edit, "een nieuwe zin om te onthouden")
    with qtbot.waitSignal(again.dossiers_loaded, timeout=20000):
        click_ok(qtbot, recover)
    assert again.ws.list_model.rowCount() == 1
    reopened = open_store(
        paths, keys.DatabaseKey.from_passphrase("een nieuwe zin om te onthouden"), datetime.now()
    )
    reopened.close()
