"""One open dossier: the dashboard, the letters and the form, in tabs.

The page does the dossier's work on the worker thread (loading the plan, saving
progress and answers, composing and storing letters, writing files) and updates the
tabs when the result comes back. Widgets are only touched on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nabestaanden import APP_NAME
from nabestaanden.domain import intake_steps
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dossier import FieldValue
from nabestaanden.domain.letters import LetterContent, describe_missing
from nabestaanden.domain.mandates import Mandate
from nabestaanden.operations import dossiers as dossier_actions
from nabestaanden.operations import letters as letter_actions
from nabestaanden.operations import mandates as mandate_actions
from nabestaanden.operations.dossiers import DossierState
from nabestaanden.operations.exports import write_calendar, write_mandate_pdf
from nabestaanden.operations.heirs import set_heirs
from nabestaanden.operations.intake import save_intake
from nabestaanden.operations.progress import set_task_progress
from nabestaanden.operations.work import Changed
from nabestaanden.store.opening import OpenStore
from nabestaanden.ui.dashboard.dashboard import Dashboard
from nabestaanden.ui.dossier.form import DossierForm
from nabestaanden.ui.dossier.heirs_dialog import HeirsDialog
from nabestaanden.ui.intake.answers import IntakeAnswers
from nabestaanden.ui.intake.wizard import IntakeWizard
from nabestaanden.ui.letters.body_dialog import BodyDialog
from nabestaanden.ui.letters.printing import print_pdf
from nabestaanden.ui.letters.view import LettersView
from nabestaanden.ui.mandates.dialog import MandateDialog
from nabestaanden.ui.mandates.status_dialog import MandateStatusDialog
from nabestaanden.ui.mandates.view import MandatesView
from nabestaanden.ui.settings.appearance import set_relative_font_size
from nabestaanden.ui.worker import DbWorker

if TYPE_CHECKING:
    from nabestaanden.operations.letters import PrintedLetter

T = TypeVar("T")


def letter_notes(content: LetterContent) -> list[str]:
    """What the family must still do with a letter: fill in by hand, check."""
    fill_in = QCoreApplication.translate("DossierPage", "Vul zelf in: {text}")
    verify = QCoreApplication.translate("DossierPage", "Te controleren: {text}")
    notes = [fill_in.format(text=text) for text in describe_missing(content.missing)]
    notes += [verify.format(text=text) for text in content.to_verify]
    return notes


class _Progress(QObject):
    """Carries batch progress from the worker thread to the progress dialog."""

    advanced = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int, what: str) -> bool:
        self.advanced.emit(done, total, what)
        return not self.cancel.is_set()


class DossierPage(QWidget):
    """The right-hand side of the window for one dossier.

    Signals:
        loaded(int): the dossier's tabs show its data.
        changed(): something was saved (the window refreshes its list).
        term_requested(str): show a glossary term.
        message(str, int): a short message for the status bar, and for how many ms.
    """

    loaded = Signal(int)
    changed = Signal()
    term_requested = Signal(str)
    message = Signal(str, int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from nabestaanden.resources import default_catalogue, default_letters

        self.setObjectName("dossier_page")
        self.worker = worker
        self.store: OpenStore | None = None
        self.catalogue = default_catalogue()
        self.letter_definitions = dict(default_letters())
        self.state: DossierState | None = None
        self.dossier_id: int | None = None
        self.wizard: IntakeWizard | None = None
        self._wizard_pending: str | None = None
        self._batch: _Progress | None = None  # the running batch of letters, if any
        self._form_stale = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("dossier_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        set_relative_font_size(self.heading, 1.3)  # follows the text size setting
        layout.addWidget(self.heading)
        self.dashboard = Dashboard()
        layout.addWidget(self.dashboard, 1)
        self.tabs = self.dashboard.tabs
        self.letters = LettersView()
        self.tabs.addTab(self.letters, self.tr("Brieven"))
        self.mandates = MandatesView()
        self.tabs.addTab(self.mandates, self.tr("Machtigingen"))
        self.form = DossierForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Gegevens"))  # the last tab: see show_form

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

    # --- loading ------------------------------------------------------------------------

    def open(self, store: OpenStore, dossier_id: int, then_intake: bool = False) -> None:
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

    def shown_dossier(self) -> int | None:
        """The dossier whose plan and letters are on screen (None while one loads)."""
        state = self.state
        if state is None or state.dossier_id != self.dossier_id:
            return None
        return state.dossier_id

    def reload(self) -> None:
        store, dossier_id = self.store, self.dossier_id
        if store is None or dossier_id is None:
            return
        catalogue, letters, today = self.catalogue, self.letter_definitions, date.today()
        self.worker.submit(
            lambda: dossier_actions.open_dossier(store, dossier_id, catalogue, letters, today),
            self._on_loaded,
            self._on_error,
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
        self.dashboard.set_plan(state.plan, state.offers, state.intake_step == intake_steps.DONE)
        self.letters.set_offers(state.offers)
        self.letters.set_records(state.records, state.today)
        finished = state.data.finished_tasks()
        self.mandates.set_register(
            state.mandates, state.data, self.catalogue, state.today, finished
        )
        self.dashboard.set_usable(True)
        self.letters.setEnabled(self._batch is None)
        if first:
            self.tabs.setCurrentIndex(0)
        self.loaded.emit(state.dossier_id)
        if self._wizard_pending is not None:
            self._wizard_pending = None
            self._open_wizard_now()

    def flush(self) -> None:
        self.form.flush()
        self.dashboard.detail.flush()

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

    def _change(
        self,
        action: Callable[[OpenStore, Catalogue], Changed[T]],
        then: Callable[[T], None] | None = None,
    ) -> None:
        """Run a user action (an ``operations`` function) on the worker; then tell the
        window, hand the action's value to ``then``, and reload the dossier if the
        action changed the one on screen. Errors take one route: :meth:`_on_error`."""
        store, catalogue = self.store, self.catalogue
        if store is None:
            return

        def done(changed: Changed[T]) -> None:
            self.changed.emit()
            if then is not None:
                then(changed.value)
            if changed.dossier_id is not None and changed.dossier_id == self.dossier_id:
                self.reload()

        self.worker.submit(lambda: action(store, catalogue), done, self._on_error)

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
        self._change(
            lambda store, catalogue: set_task_progress(
                store, catalogue, dossier_id, task_id, status=status, note=note
            )
        )

    # --- intake ---------------------------------------------------------------------------

    def intake_answers(self) -> IntakeAnswers:
        state = self.state
        if state is None:
            return IntakeAnswers()
        deceased = state.data.deceased
        return IntakeAnswers(
            first_names=deceased.first_names,
            surname_prefix=deceased.surname_prefix,
            surname=deceased.surname,
            date_of_birth=deceased.date_of_birth,
            date_of_death=deceased.date_of_death,
            lived_in_netherlands=deceased.lived_in_netherlands,
            situation=state.data.situation,
        )

    def open_intake(self) -> None:
        """Open the questions once what the form holds is saved and read back, so the
        wizard starts from the dossier as it is now."""
        if self.wizard is not None or self.dossier_id is None:
            return
        self.flush()
        self._wizard_pending = "open"
        self.reload()

    def _open_wizard_now(self) -> None:
        state = self.state
        if state is None or self.wizard is not None or self.shown_dossier() is None:
            return
        step = "" if state.intake_step == intake_steps.DONE else state.intake_step
        initial = self.intake_answers()
        wizard = IntakeWizard(self.catalogue, initial, step, self, fresh=state.intake_step == "")
        self.wizard = wizard
        dossier_id = state.dossier_id
        wizard.save_requested.connect(
            lambda answers, saved_step: self._save_intake(answers, saved_step, dossier_id, initial)
        )

        def closed(result: int) -> None:
            self.wizard = None
            wizard.deleteLater()
            self.window().activateWindow()
            if result == QDialog.DialogCode.Accepted:
                self.tabs.setCurrentIndex(0)  # finishing shows the plan
                self.dashboard.overview.setFocus()  # where a keyboard user reads on

        wizard.finished.connect(closed)
        wizard.open()

    def _save_intake(
        self, answers: IntakeAnswers, step: str, dossier_id: int, initial: IntakeAnswers
    ) -> None:
        """Save the answers for the dossier the questions were opened for. Only fields
        changed in the questions are written, so nothing typed elsewhere is undone."""
        before = initial.person_values()
        changed = {
            name: value for name, value in answers.person_values().items() if value != before[name]
        }
        situation = answers.situation
        self._form_stale = True  # the answers change fields the form shows
        self._change(
            lambda store, catalogue: save_intake(
                store, catalogue, dossier_id, changed, situation, step
            )
        )

    # --- letters ----------------------------------------------------------------------------

    def _letter_from_task(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.letters)
        self.letters.select_offer(key)
        self.make_letter(key)

    def make_letter(self, key: str) -> None:
        """Compose the offered letter, put it in the register (or reuse its draft), show it."""
        store, dossier_id, state = self.store, self.shown_dossier(), self.state
        if store is None or dossier_id is None or state is None:
            return
        offer = next((offer for offer in state.offers if offer.key == key), None)
        if offer is None:
            return
        today = date.today()
        self._change(
            lambda store, catalogue: letter_actions.make_letter(
                store, catalogue, dossier_id, offer, today
            ),
            self._on_letter,
        )

    def _on_letter(self, shown: PrintedLetter) -> None:
        if shown.dossier_id != self.dossier_id:
            return  # another dossier was opened meanwhile; the letter is in its register
        self.tabs.setCurrentWidget(self.letters)
        self._show_printed(shown)

    def _show_printed(self, shown: PrintedLetter) -> None:
        self.letters.show_pdf(
            shown.letter_id,
            shown.content.title,
            shown.pdf,
            letter_notes(shown.content),
            shown.missing_address,
        )

    def show_letter(self, letter_id: int) -> None:
        store, dossier_id = self.store, self.shown_dossier()
        if store is None or dossier_id is None:
            return

        def show(shown: PrintedLetter) -> None:
            if shown.dossier_id == self.dossier_id:
                self._show_printed(shown)

        self.worker.submit(
            lambda: letter_actions.stored_letter(store, dossier_id, letter_id),
            show,
            self._on_error,
        )

    def edit_letter(self, letter_id: int) -> None:
        store, dossier_id = self.store, self.shown_dossier()
        if store is None or dossier_id is None:
            return

        def edit(loaded: PrintedLetter) -> None:
            dialog = BodyDialog(loaded.content.title, loaded.content.body_text, self)

            def accepted() -> None:
                new_body = dialog.body()
                self._change(
                    lambda store, catalogue: letter_actions.set_letter_body(
                        store, catalogue, dossier_id, letter_id, new_body
                    ),  # the letter's dossier, also after a switch
                    lambda _content: self.show_letter(letter_id),
                )

            dialog.accepted.connect(accepted)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.worker.submit(
            lambda: letter_actions.stored_letter(store, dossier_id, letter_id),
            edit,
            self._on_error,
        )

    def _with_pdf(self, letter_id: int, then: Callable[[bytes, bool], None]) -> None:
        """Call ``then`` with the letter's PDF and whether its address is missing."""
        if self.letters.shown_letter == letter_id and self.letters.pdf:
            then(self.letters.pdf, self.letters.missing_address)
            return
        store, dossier_id = self.store, self.shown_dossier()
        if store is None or dossier_id is None:
            return
        self.worker.submit(
            lambda: letter_actions.stored_letter(store, dossier_id, letter_id),
            lambda shown: then(shown.pdf, shown.missing_address),
            self._on_error,
        )

    def _confirm_without_address(self, then: Callable[[], None]) -> None:
        """Ask before printing a letter whose address the app does not know; ``then``
        runs when the user still wants to print."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Adres onbekend"),
            self.tr(
                "De app kent het adres van deze organisatie niet. Op de brief staat een "
                "stippellijn. Schrijf het adres daar zelf op voordat u de brief verstuurt. "
                "Het adres staat vaak op een brief van de organisatie of op haar website."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("missing_address_question")
        go_on = box.addButton(self.tr("Toch &afdrukken"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is go_on:
                then()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()

    def print_letter(self, letter_id: int) -> None:
        def checked(pdf: bytes, missing_address: bool) -> None:
            if missing_address:
                self._confirm_without_address(lambda: ask(pdf))
            else:
                ask(pdf)

        def ask(pdf: bytes) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(APP_NAME)
            dialog = QPrintDialog(printer, self)
            dialog.setObjectName("print_dialog")
            dialog.setWindowTitle(self.tr("Brief afdrukken"))
            self.printer = printer

            def accepted() -> None:
                # Rendering the pages at printing resolution takes a while: on the
                # worker, so the window stays responsive (QPainter may paint on a
                # QPrinter outside the GUI thread).
                self.message.emit(self.tr("De brief wordt afgedrukt…"), 0)

                def printed(_pages: int) -> None:
                    self.message.emit(self.tr("De brief is naar de printer gestuurd."), 5000)

                def failed(error: Exception) -> None:
                    if isinstance(error, (OSError, ValueError)):
                        self.message.emit("", 1)
                        self._warn(str(error))
                    else:
                        self._on_error(error)

                _in_print_thread(self, lambda: print_pdf(pdf, printer), printed, failed)

            dialog.accepted.connect(accepted)
            dialog.finished.connect(dialog.deleteLater)
            QDialog.open(dialog)

        self._with_pdf(letter_id, checked)

    def save_letter(self, letter_id: int) -> None:
        def ask(pdf: bytes, _missing_address: bool) -> None:
            def save(path: Path) -> None:
                self.worker.submit(
                    lambda: letter_actions.save_pdf(path, pdf),
                    lambda _none: self._saved_message(path),
                    self._on_error,
                )

            self._ask_save_path(
                "save_letter_dialog",
                self.tr("Brief opslaan als PDF"),
                self.tr("PDF-bestanden (*.pdf)"),
                f"brief-{letter_id}.pdf",
                save,
            )

        self._with_pdf(letter_id, ask)

    def _ask_save_path(
        self, name: str, title: str, name_filter: str, file_name: str, then: Any
    ) -> QFileDialog:
        """Ask where to save a file (not modal for the window); ``then(path)`` on OK."""
        dialog = QFileDialog(self, title)
        dialog.setObjectName(name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(file_name.rsplit(".", 1)[-1])
        dialog.selectFile(file_name)
        dialog.accepted.connect(lambda: then(Path(dialog.selectedFiles()[0])))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved_message(self, path: Path) -> None:
        self.message.emit(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def _mark(self, letter_id: int, sent: bool) -> None:
        today = date.today()
        dossier_id = self.shown_dossier()
        if dossier_id is None:
            return
        if sent:
            self._change(
                lambda store, catalogue: letter_actions.mark_sent(
                    store, catalogue, dossier_id, letter_id, today
                )
            )
        else:
            self._change(
                lambda store, catalogue: letter_actions.mark_answered(
                    store, catalogue, dossier_id, letter_id, today
                )
            )

    def make_all_letters(self) -> None:
        """Ask for a folder, then write every letter and the summaries, with progress."""
        dialog = QFileDialog(self, self.tr("Kies een map voor de brieven"))
        dialog.setObjectName("letters_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)

        def accepted() -> None:
            self.write_all_letters(Path(dialog.selectedFiles()[0]))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def write_all_letters(self, folder: Path) -> None:
        """Write every letter and the summaries into ``folder``; if it already holds
        files (another dossier's letters), into a new folder inside it instead, so
        nothing there is overwritten."""
        store, dossier_id = self.store, self.dossier_id
        if store is None or dossier_id is None:
            return
        folder = letter_actions.empty_folder_for(folder, dossier_id)
        catalogue, letters, today = self.catalogue, self.letter_definitions, date.today()
        progress = _Progress()
        self._batch = progress
        box = QProgressDialog(self.tr("De brieven worden gemaakt…"), self.tr("Stoppen"), 0, 1, self)
        box.setObjectName("letters_progress")
        box.setWindowTitle(self.tr("Brieven maken"))
        box.setMinimumDuration(0)
        box.setAutoClose(False)
        box.setAutoReset(False)
        # Not modal: a modal progress dialog handles events inside setValue(), which
        # could run this batch's own result while it is still being reported.
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.canceled.connect(progress.cancel.set)
        self.progress_dialog = box
        self.letters.setEnabled(False)  # no second batch while this one runs

        def advanced(done: int, total: int, what: str) -> None:
            box.setMaximum(total)
            box.setValue(done)
            box.setLabelText(self.tr("Bezig met: {what}").format(what=what))

        progress.advanced.connect(advanced)

        def job() -> int:
            written = letter_actions.write_all_letters(
                store, catalogue, letters, dossier_id, folder, today, progress=progress
            )
            return len(written.value)

        def finish() -> None:
            self._batch = None
            # Usable again only if the dossier on screen is still the one loaded.
            self.letters.setEnabled(self.shown_dossier() is not None)
            box.reset()
            box.hide()
            box.deleteLater()

        def done(count: int) -> None:
            finish()
            self.changed.emit()
            self.reload()
            self.message.emit(
                self.tr("{count} bestanden opgeslagen in {folder}.").format(
                    count=count, folder=folder
                ),
                10000,
            )

        def failed(error: Exception) -> None:
            from nabestaanden.documents.batch import Cancelled

            finish()
            self.reload()
            if isinstance(error, Cancelled):
                self.message.emit(
                    self.tr("Gestopt. De brieven die al klaar waren, staan in {folder}.").format(
                        folder=folder
                    ),
                    10000,
                )
                return
            self._on_error(error)

        box.show()
        self.worker.submit(job, done, failed)

    # --- mandates ------------------------------------------------------------------------

    def edit_mandate(self, number: int | None) -> None:
        """Add a mandate (``None``) or change one, in a dialog; saved when accepted."""
        state, dossier_id = self.state, self.shown_dossier()
        if state is None or dossier_id is None:
            return
        current = next((m for n, m in state.mandates if n == number), None)
        organisations = [view.id for view in state.plan.organisations()]
        dialog = MandateDialog(
            state.data,
            self.catalogue,
            organisations,
            date.today(),
            current,
            self,
            tasks=[item.id for item in state.plan.items],
        )
        self.mandate_dialog = dialog

        def accepted() -> None:
            mandate = dialog.mandate()
            self._change(
                lambda store, catalogue: mandate_actions.save_mandate(
                    store, catalogue, dossier_id, mandate, number
                ),
                self.mandates.select_when_shown,
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_heirs(self) -> None:
        """Add, rename or remove heirs in a dialog; saved when accepted."""
        state, dossier_id = self.state, self.shown_dossier()
        if state is None or dossier_id is None:
            return
        dialog = HeirsDialog(state.data, date.today(), self)
        self.heirs_dialog = dialog

        def accepted() -> None:
            heirs = dialog.heirs()
            self._change(lambda store, catalogue: set_heirs(store, catalogue, dossier_id, heirs))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def set_mandate_status(self, number: int, status: str) -> None:
        """Ask on which date (and with which note) the status changed; then save it."""
        state, dossier_id = self.state, self.shown_dossier()
        if state is None or dossier_id is None:
            return
        current = next((m for n, m in state.mandates if n == number), None)
        if current is None:
            return
        dialog = MandateStatusDialog(
            current, status, date.today(), self, died=state.data.deceased.date_of_death
        )
        self.mandate_status_dialog = dialog

        def accepted() -> None:
            on, note = dialog.day(), dialog.note.text().strip()
            self._change(
                lambda store, catalogue: mandate_actions.set_mandate_status(
                    store, catalogue, dossier_id, number, status, on, note
                )
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_mandate_pdf(self, number: int | None) -> None:
        """Save the overview of the mandates (``None``) or a draft boedelvolmacht for
        mandate ``number`` as a PDF where the user chooses."""
        state = self.state
        if state is None or self.shown_dossier() is None:
            return
        mandate = next((m for n, m in state.mandates if n == number), None)
        self.mandate_pdf_dialog = self._ask_save_path(
            "mandate_pdf_dialog",
            self.tr("Opslaan als PDF"),
            self.tr("PDF-bestanden (*.pdf)"),
            "machtigingen.pdf" if mandate is None else "concept-boedelvolmacht.pdf",
            lambda path: self.write_mandate_pdf(path, mandate),
        )

    def write_mandate_pdf(self, path: Path, mandate: Mandate | None) -> None:
        state = self.state
        if state is None:
            return
        plan = state.plan

        self.worker.submit(
            lambda: write_mandate_pdf(plan, mandate, path),
            lambda _none: self._saved_message(path),
            self._on_error,
        )

    # --- calendar -----------------------------------------------------------------------

    def export_calendar(self) -> None:
        state = self.state
        if state is None:
            return
        self._ask_save_path(
            "calendar_dialog",
            self.tr("Termijnen opslaan als agendabestand"),
            self.tr("Agendabestanden (*.ics)"),
            "termijnen.ics",
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

    # --- errors ---------------------------------------------------------------------------

    def _on_error(self, error: Exception) -> None:
        """The one route for every failed job of the page: a problem the user can act
        on gets a Dutch message; anything else is a bug (the error dialog)."""
        self._wizard_pending = None  # a failed load opens no questions later on
        from nabestaanden.documents.letter import LetterLayoutError
        from nabestaanden.domain.mandate_rules import MandateRefused
        from nabestaanden.operations.work import ActionRefused
        from nabestaanden.store.dossiers import DossierNotFound
        from nabestaanden.store.errors import EnvironmentProblem
        from nabestaanden.store.persons import HeirHoldsMandate

        if isinstance(error, ActionRefused):
            self._warn(error.full_text())
            return
        if isinstance(error, (LetterLayoutError, DossierNotFound, MandateRefused)):
            self._warn(str(error))
            return
        if isinstance(error, (HeirHoldsMandate, EnvironmentProblem)):
            self._warn(str(error))
            self.reload()  # show what is stored, not what failed to be
            return
        if isinstance(error, OSError):
            self._warn(
                self.tr("Het bestand kon niet worden opgeslagen: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return
        raise error

    def _warn(self, text: str) -> None:
        """A message the user must see, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.setObjectName("page_warning")
        box.finished.connect(box.deleteLater)
        box.open()
        self.last_warning = text


class _PrintJob(QObject):
    """Runs one print job on a thread of its own (not the database worker, so saves
    never wait behind a printer) and hands the outcome back on the GUI thread."""

    finished = Signal(object, object)  # result, error

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.on_done: Any = None
        self.on_error: Any = None

    def run(self, work: Any) -> None:
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)

    def _done(self, result: object, error: object) -> None:
        if isinstance(error, Exception):
            self.on_error(error)
        else:
            self.on_done(result)
        self.deleteLater()


def _in_print_thread(parent: QObject, work: Any, on_done: Any, on_error: Any) -> None:
    job = _PrintJob(parent)
    job.on_done, job.on_error = on_done, on_error
    threading.Thread(target=job.run, args=(work,), name="nabestaanden-print", daemon=True).start()
