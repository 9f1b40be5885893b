"""The Nalatenschap tab, by keyboard as a person without a mouse uses it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mapping
from nabestaanden.store.opening import OpenStore
from nabestaanden.ui.dossier.page import DossierPage
from nabestaanden.ui.estate.item_dialog import ItemDialog
from tests.support.window import key_clicks


def wait_idle(qtbot: QtBot, page: DossierPage) -> None:
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=10000)


def add_by_keyboard(
    qtbot: QtBot, page: DossierPage, kind: str, description: str, value: str
) -> None:
    """Alt+T on the tab; in the dialog: the kind by its first letters, Tab from field
    to field, Enter to save."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.estate.items.setFocus()
    qtbot.keyClick(page.estate.items, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(page.estate_dialog, ItemDialog), timeout=5000)
    dialog = page.estate_dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(dialog.isVisible)
    # The dialog takes the focus once the window system made it active.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind, timeout=5000)
    key_clicks(qtbot, dialog.kind, kind)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    key_clicks(qtbot, dialog.description, description)
    for _ in range(3):  # past the organisation and the reference, to the value
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.value
    key_clicks(qtbot, dialog.value, value)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    page.estate_dialog = None
    wait_idle(qtbot, page)


def test_three_items_added_by_keyboard_show_the_totals_and_the_warning(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    page.tabs.setCurrentWidget(page.estate)
    assert page.estate.totals.text() == "Nog geen posten ingevuld."
    add_by_keyboard(qtbot, page, "Betaal", "Rekening bij de ING", "1.234,56")
    add_by_keyboard(qtbot, page, "Len", "Persoonlijke lening", "5000")
    add_by_keyboard(qtbot, page, "Cred", "Creditcard Visa", "")
    qtbot.waitUntil(lambda: page.estate.items.rowCount() == 3, timeout=5000)
    totals = page.estate.totals.text().replace("\xa0", " ")
    assert "Bezittingen: € 1.234,56" in totals
    assert "Schulden: € 5.000,00" in totals
    assert "Saldo: € -3.765,44" in totals
    assert "Nog onbekend: 1 waarde" in totals
    warnings = page.estate.warnings.text()
    assert page.estate.warnings.isVisible()
    assert "De schulden zijn hoger dan de bezittingen" in warnings
    assert "beneficiair aanvaarden" in warnings
    with store.session() as session:
        stored = mapping.to_domain(dossier_store.get_dossier(session, page.dossier_id or 0))
    assert [(item.kind, item.value, item.value_basis) for item in stored.estate.items] == [
        ("bank_account", Decimal("1234.56"), "statement"),
        ("loan", Decimal("5000"), "statement"),
        ("credit_card", None, "unknown"),
    ]


def test_a_wrong_amount_keeps_the_dialog_open_and_says_how_to_write_it(
    qtbot: QtBot, page: DossierPage
) -> None:
    page.tabs.setCurrentWidget(page.estate)
    page.estate.add_button.click()
    dialog = page.estate_dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.value.setText("twaalf euro")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problems.text() == "⚠ Waarde: schrijf een bedrag, bijvoorbeeld 1.234,56."
    dialog.value.setText("12,345")
    dialog.basis.setCurrentIndex(dialog.basis.findData("estimate"))
    dialog.accept()
    assert "twee cijfers achter de komma" in dialog.problems.text()
    dialog.reject()


def test_an_item_is_changed_and_removed(qtbot: QtBot, page: DossierPage) -> None:
    page.tabs.setCurrentWidget(page.estate)
    add_by_keyboard(qtbot, page, "Spaar", "Spaarrekening", "")
    qtbot.waitUntil(lambda: page.estate.items.rowCount() == 1, timeout=5000)
    page.estate.items.selectRow(0)
    page.estate.edit_button.click()
    dialog = page.estate_dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.description.text() == "Spaarrekening"
    dialog.value.setText("4.321,09")
    dialog.value.textEdited.emit("4.321,09")
    dialog.accept()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: "€\xa04.321,09" in page.estate.totals.text(), timeout=5000)
    page.estate.items.selectRow(0)
    page.estate.remove_button.click()
    question = page.findChild(QMessageBox, "estate_remove_question")
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.estate.items.rowCount() == 0, timeout=5000)


def test_the_windows_dutch_labels_are_the_domains() -> None:
    from nabestaanden.domain import estate
    from nabestaanden.ui.estate import labels

    assert labels.kind_labels() == estate.KIND_LABELS
    assert labels.basis_labels() == estate.VALUE_BASIS_LABELS
    assert labels.owned_labels() == estate.OWNERSHIP_LABELS


def test_a_document_sent_is_recorded_and_its_return_noted(qtbot: QtBot, page: DossierPage) -> None:
    from datetime import date, timedelta

    from nabestaanden.ui.estate.document_dialog import DocumentDialog

    page.tabs.setCurrentWidget(page.estate)
    page.estate.add_document_button.click()
    dialog = page.estate_dialog
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.sent_on.text() == date.today().strftime("%d-%m-%Y")  # today, by default
    dialog.copy_kind.setCurrentIndex(dialog.copy_kind.findData("certified_copy"))
    dialog.accept()  # no addressee yet
    assert dialog.isVisible() and "⚠ Naar: vul in" in dialog.problems.text()
    key_clicks(qtbot, dialog.organisation, "Rabobank")
    dialog.accept()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.estate.documents.rowCount() == 1, timeout=5000)
    row = [page.estate.documents.item(0, column).text() for column in range(5)]
    assert row[:3] == ["Akte van overlijden", "gewaarmerkte kopie", "Rabobank"]
    assert row[4] == "nog niet"

    page.estate.documents.selectRow(0)
    page.estate.edit_document_button.click()
    dialog = page.estate_dialog
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitUntil(dialog.isVisible)
    tomorrow = date.today() + timedelta(days=1)
    dialog.returned_on.setText(tomorrow.strftime("%d-%m-%Y"))
    dialog.accept()
    assert "Terug op: die datum ligt in de toekomst." in dialog.problems.text()
    dialog.returned_on.setText(date.today().strftime("%d-%m-%Y"))
    dialog.accept()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.estate.documents.item(0, 4).text() != "nog niet", timeout=5000)


def test_an_item_asked_for_by_a_letter_says_when_the_answer_is_in(
    qtbot: QtBot, page: DossierPage, store: OpenStore, tmp_path: object
) -> None:
    from pathlib import Path

    from nabestaanden.operations import letters
    from nabestaanden.resources import default_catalogue, default_letters
    from tests.support.stores import TODAY

    catalogue, number = default_catalogue(), page.dossier_id or 0
    letters.write_all_letters(
        store, catalogue, default_letters(), number, Path(str(tmp_path)) / "brieven", TODAY
    )
    page.reload()
    qtbot.waitUntil(lambda: bool(page.state and page.state.records), timeout=10000)
    page.tabs.setCurrentWidget(page.estate)
    page.estate.add_button.click()
    dialog = page.estate_dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.kind.setCurrentIndex(dialog.kind.findData("bank_account"))
    dialog.letter.setCurrentIndex(1)  # the first letter of the register
    asked = int(dialog.letter.currentData())
    dialog.accept()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.estate.items.rowCount() == 1, timeout=5000)
    assert page.estate.items.item(0, 3).text() == "onbekend"
    letters.mark_sent(store, catalogue, number, asked, TODAY)
    letters.mark_answered(store, catalogue, number, asked, TODAY)
    page.reload()
    qtbot.waitUntil(
        lambda: page.estate.items.item(0, 3).text() == "antwoord is binnen: vul de waarde in",
        timeout=10000,
    )


def test_an_heirs_part_from_the_will_is_entered_in_the_heirs_dialog(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from dataclasses import replace

    from nabestaanden.operations import intake
    from nabestaanden.resources import default_catalogue
    from nabestaanden.ui.dossier.heirs_dialog import SHARE_COLUMN, HeirsDialog

    page.edit_heirs()  # no will known: no column for it
    dialog = page.heirs_dialog
    assert isinstance(dialog, HeirsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.isColumnHidden(SHARE_COLUMN)
    dialog.reject()
    assert page.state is not None and page.dossier_id is not None
    with_will = replace(page.state.data.situation, will="yes")
    intake.save_intake(store, default_catalogue(), page.dossier_id, {}, with_will, "done")
    page.reload()
    qtbot.waitUntil(lambda: page.state is not None and page.state.data.situation.will == "yes")
    page.edit_heirs()
    dialog = page.heirs_dialog
    assert isinstance(dialog, HeirsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.table.isColumnHidden(SHARE_COLUMN)
    dialog.add_heir()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Anna")
    dialog.table.item(row, 2).setText("Bos")
    dialog.table.item(row, SHARE_COLUMN).setText("veel")
    dialog._accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith(f"⚠ Rij {row + 1}, deel: 'veel' is geen deel")
    dialog.table.item(row, SHARE_COLUMN).setText("2/4")
    dialog._accept()
    wait_idle(qtbot, page)

    def stored() -> list[str]:
        with store.session() as session:
            data = mapping.to_domain(dossier_store.get_dossier(session, page.dossier_id or 0))
        return [heir.will_share for heir in data.heirs]

    qtbot.waitUntil(lambda: stored()[-1:] == ["1/2"], timeout=10000)


def test_copies_sent_with_letters_and_what_the_tasks_still_need_are_shown(
    qtbot: QtBot, page: DossierPage, store: OpenStore, tmp_path: object
) -> None:
    from pathlib import Path

    from nabestaanden.domain.dates import long_date
    from nabestaanden.operations import letters
    from nabestaanden.resources import default_catalogue, default_letters
    from tests.support.stores import TODAY

    catalogue, number = default_catalogue(), page.dossier_id or 0
    page.tabs.setCurrentWidget(page.estate)

    def to_send() -> str:
        shown = page.estate.to_send
        return "\n".join(shown.item(row).text() for row in range(shown.count()))

    assert page.estate.to_send.isVisible()
    assert "Akte van overlijden naar Voorbeeldbank (voor: Het overlijden" in to_send()
    letters.write_all_letters(
        store, catalogue, default_letters(), number, Path(str(tmp_path)) / "brieven", TODAY
    )
    page.reload()
    qtbot.waitUntil(lambda: bool(page.state and page.state.records), timeout=10000)
    assert page.state is not None
    bank = next(r for r in page.state.records if r.task_id == "banken_melden")
    letters.mark_sent(store, catalogue, number, bank.letter_id, TODAY)
    page.reload()
    documents = page.estate.documents
    qtbot.waitUntil(lambda: documents.rowCount() == 1, timeout=10000)
    row = [documents.item(0, column).text() for column in range(5)]
    assert row[0] == f"Akte van overlijden (bij de brief „{bank.title}”)"
    assert row[1:4] == ["kopie", "Voorbeeldbank", long_date(TODAY)]
    documents.selectRow(0)
    # Changed in the letters' tab, not here.
    assert not page.estate.edit_document_button.isEnabled()
    assert not page.estate.remove_document_button.isEnabled()
    assert "Voorbeeldbank" not in to_send()
    assert "Akte van overlijden naar Verhuurder" in to_send()  # the lease: not sent yet

    page.dashboard.select_task("banken_melden")
    shown = page.dashboard.detail.text.toPlainText()
    assert "✓ Akte van overlijden: kopie verstuurd aan Voorbeeldbank" in shown
    assert "Verklaring van erfrecht: nog niet verstuurd. Alleen als de organisatie" in shown


def test_a_grandchild_is_entered_in_the_place_of_its_parent(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from PySide6.QtWidgets import QComboBox

    from nabestaanden.ui.dossier.heirs_dialog import IN_PLACE_COLUMN, RELATION_COLUMN, HeirsDialog

    page.edit_heirs()
    dialog = page.heirs_dialog
    assert isinstance(dialog, HeirsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.isColumnHidden(IN_PLACE_COLUMN)  # no grandchild listed
    dialog.add_heir()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Eva")
    dialog.table.item(row, 2).setText("Bos")
    relation = dialog.table.cellWidget(row, RELATION_COLUMN)
    assert isinstance(relation, QComboBox)
    relation.setCurrentIndex(relation.findData("grandchild"))
    assert not dialog.table.isColumnHidden(IN_PLACE_COLUMN)
    dialog._accept()  # whose place? (without a will the law needs it)
    assert dialog.isVisible()
    assert dialog.error.text().startswith(f"⚠ Rij {row + 1}: een kleinkind erft")
    dialog.table.item(row, IN_PLACE_COLUMN).setText(" Daan  Bos ")
    dialog._accept()
    wait_idle(qtbot, page)

    def stored() -> list[tuple[str | None, str]]:
        with store.session() as session:
            data = mapping.to_domain(dossier_store.get_dossier(session, page.dossier_id or 0))
        return [(heir.relation, heir.in_place_of) for heir in data.heirs]

    qtbot.waitUntil(lambda: stored()[-1:] == [("grandchild", "Daan Bos")], timeout=10000)
