"""Recording a new status of a mandate: on which date, with which note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain import validation
from nabestaanden.domain.mandates import (
    Mandate,
)
from nabestaanden.ui.mandates.fields import line_field
from nabestaanden.ui.mandates.labels import status_labels
from nabestaanden.ui.widgets import dialog_buttons, error_label


class MandateStatusDialog(QDialog):
    """Record a new status for a mandate: on which date (today unless changed) and
    with an optional note. The earlier statuses stay in the history."""

    def __init__(
        self,
        mandate: Mandate,
        status: str,
        today: date,
        parent: QWidget | None = None,
        died: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mandate_status_dialog")
        self.mandate, self.status, self.today, self.died = mandate, status, today, died
        label = status_labels()[status]
        self.setWindowTitle(self.tr("Status: {status}").format(status=label))
        layout = QVBoxLayout(self)
        explain = {
            "aangevraagd": self.tr("Wanneer is deze machtiging aangevraagd?"),
            "actief": self.tr("Sinds wanneer geldt deze machtiging?"),
            "ingetrokken": self.tr(
                "Wanneer is deze machtiging ingetrokken? Daarna kunt u haar niet meer "
                "gebruiken. Wat eerder gebeurde, blijft in de geschiedenis staan."
            ),
        }.get(status, "")
        intro = QLabel(explain)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.on = line_field(
            form,
            "mandate_status_date",
            self.tr("&Datum:"),
            self.tr("Datum van de nieuwe status"),
            self.tr("dd-mm-jjjj"),
        )
        self.on.setText(validation.format_date(today))
        self.note = line_field(
            form,
            "mandate_status_note",
            self.tr("&Notitie:"),
            self.tr("Notitie bij de nieuwe status"),
        )
        layout.addLayout(form)
        self.error = error_label("mandate_status_error")
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Ok, self._accept)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Intrekken") if status == "ingetrokken" else self.tr("Opslaan"))
        layout.addWidget(buttons)
        width = max(self.sizeHint().width(), 56 * self.fontMetrics().averageCharWidth())
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def day(self) -> date:
        return validation.parse_date(self.on.text())

    def _problem(self) -> str:
        """The first thing to put right; the rules are the domain's (``mandate_rules``),
        the same for a file and the command line."""
        from nabestaanden.domain.mandate_rules import status_problems
        from nabestaanden.ui.mandates.labels import rule_text

        try:
            day = self.day()
        except validation.InvalidValue as error:
            return self.tr("Datum: {problem}").format(problem=error)
        problems = status_problems(self.mandate.history, self.status, day, self.today, self.died)
        if not problems:
            return ""
        label = self.tr("Datum") if problems[0].field == "date" else self.tr("Status")
        return f"{label}: {rule_text(problems[0])}"

    def _accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText("⚠ " + problem)
            self.error.show()
            return
        self.accept()
