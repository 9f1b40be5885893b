"""The mandates and heirs of the open dossier, and the mandate PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nabestaanden.domain.mandates import Mandate
from nabestaanden.operations import mandates as mandate_actions
from nabestaanden.operations.exports import write_mandate_pdf
from nabestaanden.operations.heirs import set_heirs
from nabestaanden.ui.dossier.heirs_dialog import HeirsDialog
from nabestaanden.ui.dossier.page_base import PageBase
from nabestaanden.ui.mandates.dialog import MandateDialog
from nabestaanden.ui.mandates.status_dialog import MandateStatusDialog

if TYPE_CHECKING:
    from nabestaanden.store.conflicts import Seen
    from nabestaanden.ui.dossier.page_base import Action

    pass


class MandateActions(PageBase):
    """The mandates and heirs of the open dossier, and the mandate PDFs."""

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

        seen = state.seen_mandate(number) if number is not None else None

        def accepted() -> None:
            mandate = dialog.mandate()

            def again(seen: Seen | None, value: object) -> Action:
                chosen = value if isinstance(value, Mandate) else mandate
                return lambda store, catalogue: mandate_actions.save_mandate(
                    store, catalogue, dossier_id, chosen, number, seen
                )

            if seen is None:  # a new mandate: nobody else can have changed it
                self._change(again(None, mandate), self.mandates.select_when_shown)
            else:
                key = f"{state.uuid}:mandate:{number}"
                self._save(key, seen, mandate, again, self.mandates.select_when_shown)

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

        seen = state.seen_mandate(number, current.status)

        def accepted() -> None:
            on, note = dialog.day(), dialog.note.text().strip()

            def again(seen: Seen, _value: object) -> Action:
                return lambda store, catalogue: mandate_actions.set_mandate_status(
                    store, catalogue, dossier_id, number, status, on, note, seen
                )

            self._save(f"{state.uuid}:mandate:{number}", seen, status, again)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_mandate_pdf(self, number: int | None) -> None:
        """Save the overview of the mandates (``None``) or a draft boedelvolmacht for
        mandate ``number`` as a PDF where the user chooses."""
        state = self.state
        if state is None or self.shown_dossier() is None:
            return
        from nabestaanden.ui.file_places import file_name_for

        mandate = next((m for n, m in state.mandates if n == number), None)
        self.mandate_pdf_dialog = self._ask_save_path(
            "mandate_pdf_dialog",
            self.tr("Opslaan als PDF"),
            self.tr("PDF-bestanden (*.pdf)"),
            file_name_for(
                "machtigingen" if mandate is None else "concept-boedelvolmacht",
                state.name,
                suffix="pdf",
            ),
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
