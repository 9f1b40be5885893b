"""One open dossier: the dashboard, the letters and the form, in tabs.

The page does the dossier's work on the worker thread (loading the plan, saving
progress and answers, composing and storing letters, writing files) and updates the
tabs when the result comes back. Widgets are only touched on the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import (
    QWidget,
)

from nabestaanden.domain import intake_steps
from nabestaanden.domain.dossier import FieldValue
from nabestaanden.operations import dossiers as dossier_actions
from nabestaanden.operations.dossiers import DossierState
from nabestaanden.operations.exports import write_calendar
from nabestaanden.operations.progress import set_task_progress
from nabestaanden.store.base import Store
from nabestaanden.ui.dossier.estate_actions import EstateActions
from nabestaanden.ui.dossier.intake_actions import IntakeActions
from nabestaanden.ui.dossier.letter_actions import LetterActions
from nabestaanden.ui.dossier.mandate_actions import MandateActions
from nabestaanden.ui.worker import DbWorker

if TYPE_CHECKING:
    from nabestaanden.store.conflicts import Seen
    from nabestaanden.ui.dossier.page_base import Action

    pass

T = TypeVar("T")


class DossierPage(IntakeActions, LetterActions, MandateActions, EstateActions):
    """The right-hand side of the window for one dossier: loading it and showing it
    in the tabs; its actions come from the mixins (see :mod:`page_base`)."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.form.field_edited.connect(self.save_field)
        self.dashboard.status_changed.connect(
            lambda task, status: self._save_progress(task, status=status)
        )
        self.dashboard.note_changed.connect(lambda task, note: self._save_progress(task, note=note))
        self.dashboard.intake_requested.connect(self.open_intake)
        self.dashboard.term_requested.connect(self.term_requested)
        self.dashboard.letter_requested.connect(self._letter_from_task)
        self.dashboard.calendar_requested.connect(self.export_calendar)
        self.letters.make_requested.connect(self.make_letter)
        self.letters.make_all_requested.connect(self.make_all_letters)
        self.letters.show_requested.connect(self.show_letter)
        self.letters.edit_requested.connect(self.edit_letter)
        self.letters.print_requested.connect(self.print_letter)
        self.letters.save_requested.connect(self.save_letter)
        self.letters.sent_requested.connect(lambda letter: self._mark(letter, sent=True))
        self.letters.answered_requested.connect(lambda letter: self._mark(letter, sent=False))
        self.mandates.add_requested.connect(lambda: self.edit_mandate(None))
        self.mandates.edit_requested.connect(self.edit_mandate)
        self.mandates.status_requested.connect(self.set_mandate_status)
        self.mandates.overview_requested.connect(lambda: self.save_mandate_pdf(None))
        self.mandates.draft_requested.connect(self.save_mandate_pdf)
        self.mandates.heirs_requested.connect(self.edit_heirs)
        self.form.heirs_requested.connect(self.edit_heirs)
        self.estate.add_requested.connect(lambda: self.edit_estate_item(None))
        self.estate.edit_requested.connect(self.edit_estate_item)
        self.estate.remove_requested.connect(self.remove_estate_item)
        self.estate.add_document_requested.connect(lambda: self.edit_document_sent(None))
        self.estate.edit_document_requested.connect(self.edit_document_sent)
        self.estate.remove_document_requested.connect(self.remove_document_sent)

    # --- loading ------------------------------------------------------------------------

    def open(self, store: Store, dossier_id: int, then_intake: bool = False) -> None:
        """Show a dossier (``then_intake``: open the intake questions once it is loaded).

        Until it has loaded, the plan and the letters of the previous dossier are
        disabled, so nothing meant for one dossier is saved in the other. (The form
        stays usable: what is typed there is saved for the dossier it shows.)
        """
        self.flush()
        if dossier_id != self.dossier_id:
            self.dashboard.set_usable(False)
            self.letters.setEnabled(False)
            self.letters.clear_preview()
        self.store = store
        self.dossier_id = dossier_id
        self._wizard_pending = "start" if then_intake else None
        self.reload()

    def forget_store(self) -> None:
        """The store is being closed (another is opened): show nothing of it any more."""
        self.store = None
        self.dossier_id = None
        self.state = None
        self.dashboard.set_usable(False)
        self.letters.setEnabled(False)

    def refresh_from_others(self) -> None:
        """Somebody else changed the dossier on screen: read it again, leaving what is
        being typed alone (the note being typed, the form's field in use). Waits while
        this window's own saves are still queued."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if self.store is None or self.dossier_id is None:
            return
        if self.worker.busy():
            QTimer.singleShot(500, self.refresh_from_others)
            return
        focus = QApplication.focusWidget()
        self._form_stale = focus is None or not self.form.isAncestorOf(focus)
        self._from_others = True
        self.reload()

    def reload(self) -> None:
        store, dossier_id = self.store, self.dossier_id
        if store is None or dossier_id is None:
            return
        catalogue, letters, today = self.catalogue, self.letter_definitions, date.today()
        self.worker.submit(
            lambda: dossier_actions.open_dossier(store, dossier_id, catalogue, letters, today),
            self._on_loaded,
            self._on_load_error,
        )

    def _on_loaded(self, state: DossierState) -> None:
        if state.dossier_id != self.dossier_id:
            return  # another dossier was chosen meanwhile
        first = self.state is None or self.state.dossier_id != state.dossier_id
        self.state = state
        self.heading.setText(state.name)
        if first or self._form_stale or self.form.dossier_id != state.dossier_id:
            self._form_stale = False
            self.form.load(state.dossier_id, state.values)
        self.form.show_heirs([heir.full_name for heir in state.data.heirs])
        self.dashboard.set_plan(
            state.plan, state.offers, state.intake_step == intake_steps.DONE, state.copies
        )
        if self._from_others:
            self._from_others = False
            self.dashboard.detail.take_outside_note(state.data.tasks)
        self.letters.set_offers(state.offers)
        self.letters.set_records(state.records, state.today)
        finished = state.data.finished_tasks()
        self.mandates.set_register(
            state.mandates, state.data, self.catalogue, state.today, finished
        )
        store = self.store
        self.estate.show_estate(
            state.data.estate.items,
            state.estate_numbers,
            state.data.estate.documents_sent,
            state.document_numbers,
            editable=store is not None and not store.read_only,
            answered=frozenset(r.letter_id for r in state.records if r.answer_received_on),
            enclosed=[copy for copy in state.copies if copy.letter_title],
            to_send=state.to_send,
        )
        self.dashboard.set_usable(True)
        self.letters.setEnabled(self._batch is None)
        if first:
            self.tabs.setCurrentIndex(0)
        self.loaded.emit(state.dossier_id)
        if self._wizard_pending is not None:
            self._wizard_pending = None
            self._open_wizard_now()

    def shutdown(self) -> None:
        """Before the app closes: save what is typed, keep the open questions' answers
        ("Later verder"), and stop a running batch of letters."""
        self.flush()
        if self.wizard is not None:
            self.wizard.reject()
        if self._batch is not None:
            self._batch.cancel.set()

    def show_form(self) -> None:
        """Show the Gegevens tab (the form)."""
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    # --- saving -------------------------------------------------------------------------

    def save_field(self, role: str, name: str, value: FieldValue) -> None:
        """Save a field of the form, for the dossier the form shows (which may still be
        the previous one while the next loads)."""
        dossier_id = self.form.dossier_id
        if dossier_id is None:
            return  # the form shows no dossier (it was deleted or deselected)
        self._change(
            lambda store, catalogue: dossier_actions.set_person_field(
                store, catalogue, dossier_id, role, name, value
            )
        )

    def _save_progress(
        self, task_id: str, status: str | None = None, note: str | None = None
    ) -> None:
        """Save a task's status or note for the dossier whose plan is on screen."""
        state = self.state
        if state is None:
            return
        dossier_id = state.dossier_id

        def again(seen: Seen, value: object) -> Action:
            chosen = str(value)
            return lambda store, catalogue: set_task_progress(
                store,
                catalogue,
                dossier_id,
                task_id,
                status=chosen if status is not None else None,
                note=chosen if note is not None else None,
                seen=seen,
            )

        value = status if status is not None else note
        self._save(f"{state.uuid}:task:{task_id}", state.seen_task(task_id), value, again)

    # --- calendar -----------------------------------------------------------------------

    def export_calendar(self) -> None:
        from nabestaanden.ui.file_places import file_name_for

        state = self.state
        if state is None:
            return
        self._ask_save_path(
            "calendar_dialog",
            self.tr("Termijnen opslaan als agendabestand"),
            self.tr("Agendabestanden (*.ics)"),
            file_name_for("termijnen", state.name, suffix="ics"),
            self.write_calendar,
        )

    def write_calendar(self, path: Path) -> None:
        state = self.state
        if state is None:
            return

        def job() -> int:
            return write_calendar(state.plan, state.calendar_label, state.uuid, path)

        def done(count: int) -> None:
            self.message.emit(
                self.tr(
                    "{count} termijnen opgeslagen in {path}. Open dat bestand met uw agenda "
                    "(Outlook, Google of Apple)."
                ).format(count=count, path=path),
                10000,
            )

        self.worker.submit(job, done, self._on_error)
