"""The intake questions for the open dossier: opening them, saving the answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
)

from nabestaanden.domain import intake_steps
from nabestaanden.operations.intake import save_intake
from nabestaanden.ui.dossier.page_base import PageBase
from nabestaanden.ui.intake.answers import IntakeAnswers
from nabestaanden.ui.intake.wizard import IntakeWizard

if TYPE_CHECKING:
    pass


class IntakeActions(PageBase):
    """The intake questions for the open dossier: opening them, saving the answers."""

    def intake_answers(self) -> IntakeAnswers:
        state = self.state
        if state is None:
            return IntakeAnswers()
        from nabestaanden.domain.dossier import CONTACT
        from nabestaanden.ui.intake.contact_page import TEXT_FIELDS

        asked = (*TEXT_FIELDS, "relation", "country")  # the country: to check the postcode
        contact = {name: state.values.get((CONTACT, name)) for name in asked}
        return IntakeAnswers.of(state.data.deceased, state.data.situation, contact)

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
            self.intake_closed.emit()

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
        contact = {  # an empty field and one never filled in are the same
            name: value
            for name, value in answers.contact.items()
            if (value or "") != (initial.contact.get(name) or "")
        }
        situation = answers.situation
        self._form_stale = True  # the answers change fields the form shows
        self._change(
            lambda store, catalogue: save_intake(
                store, catalogue, dossier_id, changed, situation, step, contact
            )
        )
