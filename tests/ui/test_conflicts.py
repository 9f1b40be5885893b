"""The window when somebody else changed the same thing since it was shown: the dialog
with both versions, and each choice kept as chosen (nothing lost without a choice)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from nabestaanden.operations import mandates, progress
from nabestaanden.resources import default_catalogue
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mapping
from nabestaanden.store.opening import OpenStore
from nabestaanden.ui.dossier.conflict_dialog import ConflictDialog, joined
from nabestaanden.ui.dossier.page import DossierPage
from tests.support.examples import bank_mandate
from tests.support.stores import TODAY


@pytest.fixture
def page(page: DossierPage, store: OpenStore, qtbot: QtBot) -> DossierPage:
    """The example dossier's page, with one mandate in its register."""
    assert page.dossier_id is not None
    mandates.save_mandate(store, default_catalogue(), page.dossier_id, bank_mandate(TODAY))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    return page


def dossier_id(page: DossierPage) -> int:
    assert page.dossier_id is not None
    return page.dossier_id


def stored_note(store: OpenStore, page: DossierPage, task_id: str) -> str:
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id(page)))
    return data.tasks[task_id].note


def conflict_dialog(qtbot: QtBot, page: DossierPage) -> ConflictDialog:
    qtbot.waitUntil(lambda: page.conflict_dialog is not None, timeout=10000)
    dialog = page.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_note_while_a_colleague_saves(
    qtbot: QtBot, page: DossierPage, store: OpenStore, theirs: str, mine: str
) -> str:
    """The user's window shows a task; a colleague saves its note; the user then types
    their own and pauses (the note is saved). Returns the task."""
    assert page.state is not None
    task_id = page.state.plan.items[0].id
    page.dashboard.select_task(task_id)
    progress.set_task_progress(store, default_catalogue(), dossier_id(page), task_id, note=theirs)
    page.dashboard.detail.note.setPlainText(mine)
    page.dashboard.detail.flush()
    return task_id


def test_a_note_changed_by_a_colleague_shows_both_and_can_be_kept_together(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    task_id = type_note_while_a_colleague_saves(
        qtbot, page, store, "Collega: bank gebeld", "Ik: formulier ontvangen"
    )
    dialog = conflict_dialog(qtbot, page)
    mine = dialog.findChild(QPlainTextEdit, "conflict_mine")
    theirs = dialog.findChild(QPlainTextEdit, "conflict_theirs")
    merged = dialog.findChild(QPlainTextEdit, "conflict_merged")
    assert mine.toPlainText() == "Ik: formulier ontvangen"
    assert theirs.toPlainText() == "Collega: bank gebeld"
    assert merged.toPlainText() == "Collega: bank gebeld\nIk: formulier ontvangen"
    message = dialog.findChild(QLabel, "conflict_message").text()
    assert "notitie" in message and "veranderd" in message
    assert stored_note(store, page, task_id) == "Collega: bank gebeld"  # nothing yet

    # Escape does not close it: a choice is needed.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    merged.setPlainText("Bank gebeld; formulier ontvangen")
    dialog.findChild(QPushButton, "keep_merged").click()
    qtbot.waitUntil(
        lambda: stored_note(store, page, task_id) == "Bank gebeld; formulier ontvangen",
        timeout=10000,
    )
    assert page.dashboard.detail.note.toPlainText() == "Bank gebeld; formulier ontvangen"


def test_keeping_the_colleagues_note_shows_it_and_keeping_ones_own_saves_it(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    task_id = type_note_while_a_colleague_saves(qtbot, page, store, "Van de collega", "Van mij")
    conflict_dialog(qtbot, page).findChild(QPushButton, "keep_theirs").click()
    qtbot.waitUntil(lambda: page.conflict_dialog is None or not page.conflict_dialog.isVisible())
    assert page.dashboard.detail.note.toPlainText() == "Van de collega"
    assert stored_note(store, page, task_id) == "Van de collega"

    page.conflict_dialog = None
    type_note_while_a_colleague_saves(qtbot, page, store, "Weer de collega", "Toch van mij")
    conflict_dialog(qtbot, page).findChild(QPushButton, "keep_mine").click()
    qtbot.waitUntil(lambda: stored_note(store, page, task_id) == "Toch van mij", timeout=10000)


def test_a_mandate_changed_by_a_colleague_shows_both(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    assert page.state is not None
    [(number, shown)] = page.state.mandates
    theirs = replace(shown, note="Getekend bij de notaris")
    mandates.save_mandate(store, default_catalogue(), dossier_id(page), theirs, number)
    page.edit_mandate(number)
    editor = page.mandate_dialog
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.note.setText("Nog niet getekend")
    editor.accept()
    dialog = conflict_dialog(qtbot, page)
    assert dialog.findChild(QPlainTextEdit, "conflict_merged") is None  # no joining
    assert (
        "Getekend bij de notaris"
        in dialog.findChild(QPlainTextEdit, "conflict_theirs").toPlainText()
    )
    assert "Nog niet getekend" in dialog.findChild(QPlainTextEdit, "conflict_mine").toPlainText()
    dialog.findChild(QPushButton, "keep_mine").click()

    def saved_note() -> str:
        with store.session() as session:
            [(_, mandate)] = mandates_of(session, page)
        return mandate.note

    qtbot.waitUntil(lambda: saved_note() == "Nog niet getekend", timeout=10000)


def mandates_of(session: object, page: DossierPage) -> list[tuple[int, object]]:
    from nabestaanden.store import mandates as mandate_store

    return list(
        mandate_store.mandate_rows(dossier_store.get_dossier(session, dossier_id(page)))  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("a", "b", "a\nb"),
        ("", "b", "b"),
        ("a", "", "a"),
        ("a", "a en meer", "a en meer"),
        ("a en meer", "meer", "a en meer"),
    ],
)
def test_two_notes_are_joined_without_repeating_one_the_other_holds(
    first: str, second: str, together: str
) -> None:
    assert joined(first, second) == together


def test_quick_changes_in_one_window_are_no_conflict(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    """Each save names the version the window's own previous save left, even before
    the dossier is read again."""
    assert page.state is not None
    task_id = page.state.plan.items[0].id
    page.dashboard.select_task(task_id)
    status = page.dashboard.detail.status
    for wanted in ("in_progress", "waiting", "done"):
        status.setCurrentIndex(status.findData(wanted))
    page.dashboard.detail.note.setPlainText("Alles geregeld")
    page.dashboard.detail.flush()
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=10000)
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id(page)))
    assert (data.tasks[task_id].status, data.tasks[task_id].note) == ("done", "Alles geregeld")
    assert page.conflict_dialog is None


def test_an_estate_item_changed_by_a_colleague_shows_both_values_in_words(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from decimal import Decimal

    from nabestaanden.domain.estate import EstateItem
    from nabestaanden.operations import estate
    from nabestaanden.ui.estate.item_dialog import ItemDialog

    savings = EstateItem("savings", "Spaarrekening Rabobank")
    number = estate.add_item(store, dossier_id(page), savings).value
    page.reload()
    qtbot.waitUntil(lambda: page.estate.items.rowCount() == 1, timeout=10000)
    colleague = replace(savings, value=Decimal("100"), value_basis="estimate")
    estate.change_item(store, dossier_id(page), number, colleague)  # after this window read
    page.edit_estate_item(number)
    editor = page.estate_dialog
    assert isinstance(editor, ItemDialog)
    qtbot.waitUntil(editor.isVisible)
    editor.value.setText("4.321,09")
    editor.basis.setCurrentIndex(editor.basis.findData("statement"))
    editor.accept()
    dialog = conflict_dialog(qtbot, page)
    # (toPlainText gives the euro sign's no-break space as a plain one)
    theirs = dialog.findChild(QPlainTextEdit, "conflict_theirs").toPlainText()
    mine = dialog.findChild(QPlainTextEdit, "conflict_mine").toPlainText()
    assert theirs == "Spaarrekening, Spaarrekening Rabobank, € 100,00 (schatting)"
    assert mine == "Spaarrekening, Spaarrekening Rabobank, € 4.321,09 (afschrift of opgave)"
    dialog.findChild(QPushButton, "keep_mine").click()

    def stored_value() -> Decimal | None:
        with store.session() as session:
            data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id(page)))
        return data.estate.items[0].value

    qtbot.waitUntil(lambda: stored_value() == Decimal("4321.09"), timeout=10000)
