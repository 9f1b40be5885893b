"""The first screen as a user meets it: create, fill in, find back, rename, archive, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from nabestaanden.paths import AppPaths
from nabestaanden.ui.window.main_window import MainWindow
from nabestaanden.ui.window.passphrase_dialog import PassphraseDialog
from tests.support.memory_keyring import MemoryKeyring
from tests.support.window import WindowFactory, key_clicks, new_dossier


def type_into(qtbot: QtBot, window: MainWindow, role: str, field: str, text: str) -> None:
    """Type like a user, then leave the field (Tab), and wait until it is saved."""
    edit = window.form.field(role, field)
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(window.saved, timeout=10000):
        key_clicks(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)


def visible_names(window: MainWindow) -> list[str]:
    model = window.ws.list_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def row_of(window: MainWindow, dossier_id: int) -> int:
    row = window.ws.list_model.row_of(dossier_id)
    assert row is not None
    return row


def test_a_new_dossier_is_filled_in_and_found_back_after_a_restart(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    welcome = window.ws.empty_hint.text()
    assert "versleuteld" in welcome and "DigiD" in welcome  # the first-run welcome
    assert window.ws.begin_button.isVisible()
    new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "first_names", "Şükrü")
    type_into(qtbot, window, "deceased", "surname", "Yılmaz")
    type_into(qtbot, window, "deceased", "bsn", "111222333")
    type_into(qtbot, window, "deceased", "date_of_birth", "02-04-1950")
    type_into(qtbot, window, "deceased", "date_of_death", "15-03-2026")
    type_into(qtbot, window, "deceased", "postcode", "3581ab")
    type_into(qtbot, window, "contact", "surname", "O'Neill & Zn.")
    type_into(qtbot, window, "contact", "iban", "nl91abna0417164300")
    assert window.form.field("deceased", "postcode").text() == "3581 AB"
    assert window.form.field("contact", "iban").text() == "NL91 ABNA 0417 1643 00"
    assert visible_names(window) == ["Şükrü Yılmaz"]
    assert window.page.heading.text() == "Şükrü Yılmaz"
    window.close()

    again = make_window()
    assert visible_names(again) == ["Şükrü Yılmaz"]
    assert again.ws.list_model.index(0, 1).data() == "15-03-2026"
    with qtbot.waitSignal(again.dossier_opened, timeout=10000):
        again.ws.table.selectRow(0)
    form = again.form
    assert form.field("deceased", "bsn").text() == "111222333"
    assert form.field("deceased", "date_of_birth").text() == "02-04-1950"
    assert form.field("deceased", "postcode").text() == "3581 AB"
    assert form.field("contact", "surname").text() == "O'Neill & Zn."
    assert form.field("contact", "iban").text() == "NL91 ABNA 0417 1643 00"


def test_what_is_being_typed_is_saved_when_the_window_closes_or_the_app_quits(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    key_clicks(qtbot, window.form.field("deceased", "surname"), "Kowalczyk")
    window.close()  # within the save delay: no Tab, no pause

    again = make_window()
    assert visible_names(again) == ["Kowalczyk"]
    with qtbot.waitSignal(again.dossier_opened, timeout=10000):
        again.ws.table.selectRow(0)
    key_clicks(qtbot, again.form.field("deceased", "first_names"), "Łukasz")
    again.shutdown()  # what QApplication.aboutToQuit runs

    third = make_window()
    assert visible_names(third) == ["Łukasz Kowalczyk"]


def test_switching_dossiers_while_typing_saves_to_the_right_dossier(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    first = new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Eerste")
    new_dossier(qtbot, window)
    key_clicks(qtbot, window.form.field("deceased", "surname"), "Tweede")
    with qtbot.waitSignal(window.dossier_opened, timeout=10000):
        window.ws.table.selectRow(row_of(window, first))
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    assert sorted(visible_names(window)) == ["Eerste", "Tweede"]
    assert window.form.field("deceased", "surname").text() == "Eerste"


def test_clicking_away_and_back_quickly_keeps_form_and_list_on_the_same_dossier(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    first = new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Aalders")
    second = new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Bakker")
    window.ws.table.selectRow(row_of(window, first))
    window.ws.table.selectRow(row_of(window, second))  # before the first one has loaded
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    assert window.form.dossier_id == second == window.current_dossier_id()
    assert window.form.field("deceased", "surname").text() == "Bakker"
    type_into(qtbot, window, "deceased", "first_names", "Bram")
    assert sorted(visible_names(window)) == ["Aalders", "Bram Bakker"]


def test_typing_while_the_next_dossier_loads_is_kept(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    import time

    window = make_window()
    first = new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Aalders")
    new_dossier(qtbot, window)
    window.worker.submit(lambda: time.sleep(0.3))  # a busy disk
    window.ws.table.selectRow(row_of(window, first))
    key_clicks(qtbot, window.form.field("deceased", "surname"), "Bakker")  # still the 2nd
    qtbot.waitUntil(lambda: window.form.dossier_id == first, timeout=10000)
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)
    assert window.form.field("deceased", "surname").text() == "Aalders"
    assert sorted(visible_names(window)) == ["Aalders", "Bakker"]


def test_an_invalid_bsn_gets_a_message_next_to_the_field_while_typing(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    edit = window.form.field("deceased", "bsn")
    edit.setFocus()
    key_clicks(qtbot, edit, "1234")
    assert "9 cijfers" in window.form.message("deceased", "bsn")
    key_clicks(qtbot, edit, "56789")
    assert "elfproef" in window.form.message("deceased", "bsn")
    assert "elfproef" in edit.accessibleDescription()
    edit.clear()
    key_clicks(qtbot, edit, "111222333")
    assert window.form.message("deceased", "bsn") == ""


def test_impossible_dates_of_death_are_explained(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "date_of_birth", "02-04-1950")
    type_into(qtbot, window, "deceased", "date_of_death", "01-01-1949")
    assert "vóór de geboortedatum" in window.form.message("deceased", "date_of_death")
    type_into(qtbot, window, "deceased", "date_of_death", "01-01-2099")
    assert "toekomst" in window.form.message("deceased", "date_of_death")
    window.form.field("deceased", "date_of_death").clear()
    key_clicks(qtbot, window.form.field("deceased", "date_of_death"), "31-02-2026")
    assert "bestaat niet" in window.form.message("deceased", "date_of_death")
    type_into(qtbot, window, "deceased", "postcode", "12345")
    assert "4 cijfers en 2 letters" in window.form.message("deceased", "postcode")
    type_into(qtbot, window, "deceased", "country", "BE")
    assert window.form.message("deceased", "postcode") == ""


def test_delete_asks_first_and_names_the_dossier(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Kowalczyk")
    type_into(qtbot, window, "deceased", "first_names", "Łukasz")

    qtbot.mouseClick(window.ws.delete_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "confirm_delete")
    assert box is not None and "‘Łukasz Kowalczyk’" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel.text() == "Annuleren"  # Qt's own Dutch translation is loaded
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirm_delete") is None)
    assert visible_names(window) == ["Łukasz Kowalczyk"]

    qtbot.mouseClick(window.ws.delete_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "confirm_delete")
    delete = next(
        button for button in box.findChildren(QPushButton) if button.text() == "Verwijderen"
    )
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_names(window) == [], timeout=10000)
    assert window.ws.detail.currentIndex() == 0


def test_rename_and_archive(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "IJzerman")
    qtbot.mouseClick(window.ws.rename_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QInputDialog, "rename_dialog")
    assert dialog is not None and dialog.textValue() == "IJzerman"
    dialog.setTextValue("Tante Zoë")
    dialog.accept()
    qtbot.waitUntil(lambda: visible_names(window) == ["Tante Zoë"], timeout=10000)
    qtbot.waitUntil(lambda: window.page.heading.text() == "Tante Zoë")

    qtbot.mouseClick(window.ws.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_names(window) == [], timeout=10000)
    window.ws.show_archived.setChecked(True)
    assert visible_names(window) == ["Tante Zoë"]
    assert window.ws.list_model.index(0, 3).data() == "Gearchiveerd"


def test_search_filters_the_list(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for surname in ("Jansen", "de Vries", "Jansma"):
        new_dossier(qtbot, window)
        type_into(qtbot, window, "deceased", "surname", surname)
    key_clicks(qtbot, window.ws.search, "jans")
    assert sorted(visible_names(window)) == ["Jansen", "Jansma"]


def test_the_overdue_filter_works_by_keyboard_and_gives_way_to_a_new_dossier(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    for control in (
        window.ws.search,
        window.ws.show_archived,
        window.ws.only_overdue,
        window.ws.table,
    ):
        assert control.accessibleName()
    new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Jansen")
    window.ws.only_overdue.setFocus()
    qtbot.keyClick(window.ws.only_overdue, Qt.Key.Key_Space)
    assert window.ws.only_overdue.isChecked()
    assert visible_names(window) == []  # no deadline has passed
    second = new_dossier(qtbot, window)  # a new dossier is shown, whatever the filters
    assert not window.ws.only_overdue.isChecked()
    assert window.current_dossier_id() == second
    assert sorted(visible_names(window)) == ["Jansen", "Nieuw dossier"]


def test_without_a_keyring_the_user_chooses_and_then_types_a_passphrase(
    qtbot: QtBot, make_window: WindowFactory, no_keyring: None, paths: AppPaths
) -> None:
    window = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: window.passphrase_dialog is not None, timeout=10000)
    dialog = window.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.new
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    key_clicks(qtbot, dialog.passphrase, "te kort")
    key_clicks(qtbot, dialog.repeated, "te kort")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "minstens 10 tekens" in dialog.error.text()
    for edit in (dialog.passphrase, dialog.repeated):
        edit.clear()
        key_clicks(qtbot, edit, "mijn lange wachtwoordzin")
    with qtbot.waitSignal(window.dossiers_loaded, timeout=10000):
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    new_dossier(qtbot, window)
    window.close()

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: again.passphrase_dialog is not None, timeout=10000)
    first = again.passphrase_dialog
    assert first is not None and not first.new
    key_clicks(qtbot, first.passphrase, "een verkeerde zin")
    first.accept()
    qtbot.waitUntil(lambda: again.passphrase_dialog is not first, timeout=10000)
    retry = again.passphrase_dialog
    assert retry is not None and "past niet" in retry.error.text()
    key_clicks(qtbot, retry.passphrase, "mijn lange wachtwoordzin")
    with qtbot.waitSignal(again.dossiers_loaded, timeout=10000):
        retry.accept()
    assert again.ws.list_model.rowCount() == 1


def test_a_locked_keyring_on_first_start_offers_a_passphrase(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    from PySide6.QtWidgets import QLabel

    memory_keyring.locked = True
    window = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: window.passphrase_dialog is not None, timeout=10000)
    dialog = window.passphrase_dialog
    assert dialog is not None and dialog.new
    intro = dialog.findChild(QLabel, "passphrase_intro")
    assert "vergrendeld" in intro.text() and "Annuleren" in intro.text()
    for edit in (dialog.passphrase, dialog.repeated):
        key_clicks(qtbot, edit, "mijn lange wachtwoordzin")
    with qtbot.waitSignal(window.dossiers_loaded, timeout=10000):
        dialog.accept()
    assert memory_keyring.secrets == {}


def test_a_missing_key_is_explained_and_can_be_retried(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    window.close()
    saved = dict(memory_keyring.secrets)
    memory_keyring.secrets.clear()

    again = make_window(wait_for_list=False)
    qtbot.waitUntil(lambda: "staat niet (meer)" in again.status_text.text(), timeout=10000)
    assert again.retry_button.isVisibleTo(again)
    memory_keyring.secrets.update(saved)
    with qtbot.waitSignal(again.dossiers_loaded, timeout=10000):
        qtbot.mouseClick(again.retry_button, Qt.MouseButton.LeftButton)
    assert again.ws.list_model.rowCount() == 1


def test_the_settings_say_where_the_key_lives(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.security_action.trigger()
    dialog = window.findChild(QLabel, "key_location")
    assert dialog is not None
    assert "'nabestaanden'" in dialog.text() and str(paths.data_dir) in dialog.text()


def test_the_window_remembers_its_size(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: window.size().width() == 700)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (700, 500)


def test_the_open_dossier_stays_listed_when_its_own_change_no_longer_matches_the_search(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    first = new_dossier(qtbot, window)
    type_into(qtbot, window, "deceased", "surname", "Aalders")
    window.ws.search.setText("aal")
    assert window.current_dossier_id() == first
    type_into(qtbot, window, "deceased", "surname", "Bakker")  # no longer matches "aal"
    assert window.current_dossier_id() == first
    assert window.form is not None and window.form.dossier_id == first
    window.ws.search.setText("aalx")  # a new search by the user does apply
    assert window.ws.list_model.row_of(first) is None


def test_the_dossier_list_can_be_hidden_for_room_and_stays_hidden(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.ws.table.isVisible()
    window.list_action.setChecked(False)  # Beeld > Lijst van dossiers tonen
    assert not window.ws.table.isVisible()
    window.close()
    again = make_window()
    assert not again.ws.table.isVisible() and not again.list_action.isChecked()


def test_the_dossier_open_last_time_is_open_again_after_a_restart(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    first = new_dossier(qtbot, window)
    second = new_dossier(qtbot, window)
    assert first != second
    window.ws.table.selectRow(window.ws.list_model.row_of(first) or 0)
    qtbot.waitUntil(lambda: window.page is not None and window.page.dossier_id == first)
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: again.page is not None and again.page.dossier_id == first)
    assert again.current_dossier_id() == first


def test_a_hidden_list_comes_back_when_no_dossier_can_be_opened(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    new_dossier(qtbot, window)
    new_dossier(qtbot, window)
    window.list_action.setChecked(False)
    # The dossier open last is gone (deleted in another window, or by a colleague).
    window.settings.setValue(window._last_dossier_key(), 9999)
    window.close()
    again = make_window()
    assert again.current_dossier_id() is None  # which of the two? the family chooses
    assert again.ws.table.isVisible() and again.list_action.isChecked()
    again.list_action.setChecked(False)  # hidden with no dossier open: the way back is named
    assert "Beeld > Lijst van dossiers tonen" in again.ws.empty_hint.text()


def test_an_empty_list_has_no_scroll_bar_under_it(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.ws.list_model.total() == 0
    assert not window.ws.table.horizontalScrollBar().isVisible()
    new_dossier(qtbot, window)
    assert window.ws.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
