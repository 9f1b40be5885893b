"""Bestand → Reservekopie…: the list, a copy made now or on a stick, and putting one back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from nabestaanden.paths import AppPaths
from nabestaanden.ui.backups.dialog import BackupDialog
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.window import WindowFactory, new_dossier


def open_backups(qtbot: QtBot, window: MainWindow) -> BackupDialog:
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_dialog is not None, timeout=10000)
    dialog = window.backup_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    return dialog


def with_a_backup_made_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    """A dossier, and a backup made with "Nu een reservekopie maken"."""
    new_dossier(qtbot, window)
    dialog = open_backups(qtbot, window)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gecontroleerd" in dialog.message.text(), timeout=10000)
    dialog.reject()


def rows(dialog: BackupDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (item.text(0), item.text(1))
        for item in (table.topLevelItem(index) for index in range(table.topLevelItemCount()))
        if item is not None
    ]


def test_a_backup_made_now_is_listed_in_dutch_with_its_kind(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    dialog = open_backups(qtbot, window)
    before = len(rows(dialog))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(dialog)) == before + 1, timeout=10000)
    assert "gecontroleerd" in dialog.message.text()
    made, kind = rows(dialog)[0]
    assert kind == "zelf gemaakt"
    assert any(
        month in made
        for month in (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        )
    )


def test_a_copy_on_a_stick_is_one_whole_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stick" / "kopie.db"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    window = make_window()
    new_dossier(qtbot, window)
    dialog = open_backups(qtbot, window)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "herstelsleutel" in dialog.message.text(), timeout=10000)
    assert target.exists()
    assert sorted(path.name for path in target.parent.iterdir()) == ["kopie.db"]


def test_putting_a_backup_back_asks_first_and_keeps_the_data_of_now(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    with_a_backup_made_by_hand(qtbot, window)
    window.create_dossier()  # a second dossier, made after the copy
    qtbot.waitUntil(lambda: window.ws.list_model.rowCount() == 2, timeout=10000)
    if window.page is not None and window.page.wizard is not None:
        window.page.wizard.reject()
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)

    dialog = open_backups(qtbot, window)
    newest_made_by_hand = next(
        index for index, (_made, kind) in enumerate(rows(dialog)) if kind == "zelf gemaakt"
    )
    item = dialog.table.topLevelItem(newest_made_by_hand)
    assert item is not None
    dialog.table.setCurrentItem(item)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirm_restore")
    assert box is not None and "gaat niets verloren" in box.informativeText()
    restore = next(button for button in box.buttons() if button.text() == "Terugzetten")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "teruggezet" in dialog.message.text(), timeout=15000)
    qtbot.waitUntil(lambda: window.ws.list_model.rowCount() == 1, timeout=10000)
    assert "vóór het terugzetten" in dialog.message.text()
    # the list is read again on the worker after the restore
    qtbot.waitUntil(
        lambda: "de gegevens van vóór het terugzetten" in [kind for _made, kind in rows(dialog)],
        timeout=10000,
    )
    # the window works on the restored data: a new dossier is saved in it
    dialog.reject()
    window.create_dossier()
    qtbot.waitUntil(lambda: window.ws.list_model.rowCount() == 2, timeout=10000)


def test_a_damaged_file_offers_the_newest_good_backup_and_opens_it(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    with_a_backup_made_by_hand(qtbot, window)
    window.close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 2 + 100])  # cut short

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: again.restore_offer_button.isVisibleTo(again), timeout=10000)
    assert "is beschadigd" in again.status_text.text()
    assert "De nieuwste goede reservekopie is van" in again.status_text.text()
    assert "terugzetten" in again.restore_offer_button.text()
    assert not again.recover_button.isVisibleTo(again)  # the key is fine: no recovery key
    with qtbot.waitSignal(again.dossiers_loaded, timeout=15000):
        qtbot.mouseClick(again.restore_offer_button, Qt.MouseButton.LeftButton)
    assert again.ws.list_model.rowCount() == 1
    assert any("beschadigd" in path.name for path in paths.backups.iterdir())


def test_a_lost_log_can_be_opened_anyway_after_the_user_chooses_to(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    window.close()
    paths.database.with_name("nabestaanden.db-shm").write_bytes(bytes(32768))

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: again.open_anyway_button.isVisibleTo(again), timeout=10000)
    assert "logbestand" in again.status_text.text()
    with qtbot.waitSignal(again.dossiers_loaded, timeout=15000):
        qtbot.mouseClick(again.open_anyway_button, Qt.MouseButton.LeftButton)
    assert again.ws.list_model.rowCount() == 1
