"""The letters of the open dossier: make, show, edit, print, save, send, write all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from nabestaanden import APP_NAME
from nabestaanden.domain.letters import LetterContent, describe_missing
from nabestaanden.operations import letters as letter_actions
from nabestaanden.ui.dossier.page_base import PageBase
from nabestaanden.ui.dossier.printing import in_print_thread
from nabestaanden.ui.letters.body_dialog import BodyDialog
from nabestaanden.ui.letters.printing import print_pdf
from nabestaanden.ui.worker import BatchProgress

if TYPE_CHECKING:
    from nabestaanden.operations.letters import PrintedLetter
    from nabestaanden.store.conflicts import Seen
    from nabestaanden.ui.dossier.page_base import Action


def letter_notes(content: LetterContent) -> list[str]:
    """What the family must still do with a letter: fill in by hand, check."""
    fill_in = QCoreApplication.translate("DossierPage", "Vul zelf in: {text}")
    verify = QCoreApplication.translate("DossierPage", "Te controleren: {text}")
    notes = [fill_in.format(text=text) for text in describe_missing(content.missing)]
    notes += [verify.format(text=text) for text in content.to_verify]
    return notes


class LetterActions(PageBase):
    """The letters of the open dossier: make, show, edit, print, save, send, write all."""

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

        state = self.state
        if state is None:
            return

        def edit(loaded: LetterContent) -> None:
            dialog = BodyDialog(loaded.title, loaded.body_text, self)
            seen = state.seen_letter(letter_id, "body", loaded.body_text)

            def again(seen: Seen, value: object) -> Action:
                return lambda store, catalogue: letter_actions.set_letter_body(
                    store, catalogue, dossier_id, letter_id, str(value), seen
                )  # the letter's dossier, also after a switch

            def accepted() -> None:
                self._save(
                    f"{state.uuid}:letter:{letter_id}",
                    seen,
                    dialog.body(),
                    again,
                    lambda _content: self.show_letter(letter_id),
                )

            dialog.accepted.connect(accepted)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.worker.submit(
            lambda: letter_actions.stored_content(store, dossier_id, letter_id),
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

                in_print_thread(self, lambda: print_pdf(pdf, printer), printed, failed)

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
                self._letter_file_name(letter_id),
                save,
            )

        self._with_pdf(letter_id, ask)

    def _letter_file_name(self, letter_id: int) -> str:
        """``het-overlijden-melden-bij-de-bank-voorbeeldbank.pdf``: what the letter is
        and to whom, so the saved files tell themselves apart."""
        from nabestaanden.ui.file_places import file_name_for

        records = self.state.records if self.state is not None else []
        record = next((r for r in records if r.letter_id == letter_id), None)
        if record is None:
            return f"brief-{letter_id}.pdf"
        return file_name_for(record.title, record.recipient, suffix="pdf")

    def _mark(self, letter_id: int, sent: bool) -> None:
        today = date.today()
        dossier_id, state = self.shown_dossier(), self.state
        if dossier_id is None or state is None:
            return
        record = next((item for item in state.records if item.letter_id == letter_id), None)
        part = "sent_on" if sent else "answer_received_on"
        shown = None if record is None else getattr(record, part)
        seen = state.seen_letter(letter_id, part, shown)

        def again(seen: Seen, value: object) -> Action:
            day = value if isinstance(value, date) else None
            if sent:
                return lambda store, catalogue: letter_actions.mark_sent(
                    store, catalogue, dossier_id, letter_id, day or today, seen
                )
            return lambda store, catalogue: letter_actions.mark_answered(
                store, catalogue, dossier_id, letter_id, day, seen
            )

        self._save(f"{state.uuid}:letter:{letter_id}", seen, today, again)

    def make_all_letters(self) -> None:
        """Ask for a folder, then write every letter and the summaries, with progress."""
        dialog = QFileDialog(self, self.tr("Kies een map voor de brieven"))
        dialog.setObjectName("letters_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(str(self.places.start_folder()))

        def accepted() -> None:
            chosen = Path(dialog.selectedFiles()[0])
            self.places.remember(chosen)
            self.write_all_letters(chosen)

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
        progress = BatchProgress()
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
