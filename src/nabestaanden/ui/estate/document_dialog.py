"""Recording a document sent to an organisation (the akte van overlijden, the
verklaring van erfrecht, the testament), and whether it came back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain import validation
from nabestaanden.domain.estate import COPY_KINDS, DOCUMENTS, DocumentSent, document_problems
from nabestaanden.ui.estate.labels import copy_labels, document_labels
from nabestaanden.ui.widgets import choice_combo, error_label, fit_dialog


class DocumentDialog(QDialog):
    """Checks the entry before it closes; the problems stay on screen until put right."""

    def __init__(
        self,
        document: DocumentSent | None,
        today: date,
        parent: QWidget | None = None,
        organisations: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("estate_document_dialog")
        self.setWindowTitle(
            self.tr("Verstuurd document wijzigen") if document else self.tr("Document verstuurd")
        )
        self.today = today
        self._document: DocumentSent | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welk document ging naar welke organisatie, en wanneer. Een origineel "
                "krijgt u vaak terug: vul dan in wanneer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.document = choice_combo("document_kind", document_labels(), DOCUMENTS)
        form.addRow(self.tr("&Document:"), self.document)
        self.copy_kind = choice_combo("document_copy", copy_labels(), COPY_KINDS)
        form.addRow(self.tr("&Vorm:"), self.copy_kind)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("document_organisation")
        self.organisation.setMaxLength(200)
        form.addRow(self.tr("&Naar:"), self.organisation)
        if organisations:  # the dossier's organisations, so a task finds what was sent
            names = QCompleter(list(organisations), self.organisation)
            names.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            names.setFilterMode(Qt.MatchFlag.MatchContains)
            self.organisation.setCompleter(names)
        self.sent_on = QLineEdit()
        self.sent_on.setObjectName("document_sent_on")
        self.sent_on.setPlaceholderText(self.tr("dd-mm-jjjj"))
        form.addRow(self.tr("Ver&stuurd op:"), self.sent_on)
        self.returned_on = QLineEdit()
        self.returned_on.setObjectName("document_returned_on")
        self.returned_on.setPlaceholderText(self.tr("dd-mm-jjjj (leeg: nog niet terug)"))
        form.addRow(self.tr("&Terug op:"), self.returned_on)
        self.description = QLineEdit()
        self.description.setObjectName("document_description")
        self.description.setMaxLength(300)
        form.addRow(self.tr("&Opmerking:"), self.description)
        layout.addLayout(form)
        self.problems = error_label("document_problems")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if document is not None:
            self._show(document)
        else:
            self.sent_on.setText(validation.format_date(today))
        fit_dialog(self)

    def _show(self, document: DocumentSent) -> None:
        self.document.setCurrentIndex(max(self.document.findData(document.document), 0))
        self.copy_kind.setCurrentIndex(max(self.copy_kind.findData(document.copy_kind), 0))
        self.organisation.setText(document.organisation)
        if document.sent_on:
            self.sent_on.setText(validation.format_date(document.sent_on))
        if document.returned_on:
            self.returned_on.setText(validation.format_date(document.returned_on))
        self.description.setText(document.description)

    def document_sent(self) -> DocumentSent:
        """The entry as accepted (call after ``accepted``)."""
        if self._document is None:
            raise RuntimeError("the dialog was not accepted")
        return self._document

    def _day(self, field: QLineEdit, label: str, problems: list[str]) -> date | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            day = validation.parse_date(text)
        except validation.InvalidValue as error:
            problems.append(f"{label}: {error}")
            return None
        if day > self.today:
            problems.append(self.tr("{label}: die datum ligt in de toekomst.").format(label=label))
        return day

    def accept(self) -> None:
        problems: list[str] = []
        sent_on = self._day(self.sent_on, self.tr("Verstuurd op"), problems)
        returned_on = self._day(self.returned_on, self.tr("Terug op"), problems)
        document = DocumentSent(
            document=str(self.document.currentData()),
            organisation=self.organisation.text().strip(),
            copy_kind=str(self.copy_kind.currentData()),
            sent_on=sent_on,
            returned_on=returned_on,
            description=self.description.text().strip(),
        )
        problems += document_problems(document)
        if problems:
            self.problems.setText("\n".join(f"⚠ {problem}" for problem in problems))
            self.problems.show()
            fit_dialog(self)
            return
        self._document = document
        super().accept()
