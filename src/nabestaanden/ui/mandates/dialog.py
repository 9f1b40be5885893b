"""Adding or changing a mandate: who, on what basis, where, which rights, how long."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain import validation
from nabestaanden.domain.catalogue import Catalogue, plain_text
from nabestaanden.domain.dossier import Dossier, full_name, mandate_warnings
from nabestaanden.domain.mandates import (
    CONTACT_HOLDER,
    Evidence,
    Holder,
    Mandate,
)
from nabestaanden.ui.mandates.fields import choice_field, date_or_none, form_row, line_field
from nabestaanden.ui.mandates.labels import (
    basis_labels,
    duration_labels,
)
from nabestaanden.ui.mandates.services_editor import ServicesEditor
from nabestaanden.ui.widgets import dialog_buttons, error_label


class MandateDialog(QDialog):
    """Add or change a mandate: who, on what basis, which organisations with which
    rights (the same for all, or per organisation), and for how long."""

    def __init__(
        self,
        dossier: Dossier,
        catalogue: Catalogue,
        organisations: list[str],
        today: date,
        mandate: Mandate | None = None,
        parent: QWidget | None = None,
        tasks: list[str] | None = None,
    ) -> None:
        """``tasks``: the task ids an "eenmalig" mandate can be for (default: all)."""
        super().__init__(parent)
        self.setObjectName("mandate_dialog")
        self.setWindowTitle(
            self.tr("Machtiging aanpassen") if mandate else self.tr("Machtiging toevoegen")
        )
        self.dossier, self.catalogue, self.today = dossier, catalogue, today
        self.original = mandate
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.holder = QComboBox()
        self.holder.setObjectName("mandate_holder")
        self.holder.setAccessibleName(self.tr("Wie mag handelen"))
        contact = dossier.contact.full_name
        self.holder.addItem(
            self.tr("{name} (contactpersoon)").format(name=contact)
            if contact
            else self.tr("De contactpersoon"),
            CONTACT_HOLDER,
        )
        for number, heir in enumerate(dossier.heirs):
            name = full_name(heir.first_names, heir.surname_prefix, heir.surname)
            self.holder.addItem(self.tr("{name} (erfgenaam)").format(name=name), f"heir:{number}")
        self.holder.addItem(self.tr("Een organisatie (vul de naam in)"), "")
        self.holder_organisation = QLineEdit()
        self.holder_organisation.setObjectName("mandate_holder_organisation")
        self.holder_organisation.setAccessibleName(
            self.tr("Naam van de organisatie die mag handelen")
        )
        self.holder_organisation.setPlaceholderText(self.tr("bijvoorbeeld Notariskantoor De Vries"))
        form_row(form, self.tr("&Wie mag handelen:"), self.holder)
        # Not "Organisatie": the table below names the organisations where one may act.
        form_row(form, self.tr("Naam van die &organisatie:"), self.holder_organisation)
        self.basis = choice_field(
            form,
            "mandate_basis",
            self.tr("Op &grond van:"),
            self.tr("Op grond waarvan"),
            basis_labels(),
        )
        self.basis_note = QLabel()
        self.basis_note.setObjectName("mandate_basis_note")
        self.basis_note.setWordWrap(True)
        self.basis_note.hide()
        form.addRow(self.basis_note)
        self.evidence = line_field(
            form,
            "mandate_evidence",
            self.tr("&Bewijs (document):"),
            self.tr("Bewijs: welk document"),
            self.tr("bijvoorbeeld verklaring van erfrecht"),
        )
        self.evidence_date = line_field(
            form,
            "mandate_evidence_date",
            self.tr("&Datum:"),
            self.tr("Datum van het bewijs"),
            self.tr("dd-mm-jjjj"),
        )
        self.evidence_reference = line_field(
            form,
            "mandate_evidence_reference",
            self.tr("&Kenmerk:"),
            self.tr("Kenmerk van het bewijs"),
        )
        layout.addLayout(form)

        intro = QLabel(
            self.tr(
                "Kies de organisaties. Geef per organisatie aan wat mag, of kies hieronder "
                "één keer wat mag en klik ‘Voor alle gekozen’."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        known = list(organisations)
        if mandate is not None:
            # Services with their own name ("ING" at "bank") get their own row in _load.
            known += [
                s.organisation
                for s in mandate.services
                if not s.name and s.organisation not in known
            ]
        self.services = ServicesEditor(catalogue, known)
        layout.addWidget(self.services, 1)

        duration_form = QFormLayout()
        self.duration = choice_field(
            duration_form,
            "mandate_duration",
            self.tr("&Hoe lang:"),
            self.tr("Hoe lang"),
            duration_labels(),
        )
        self.task = QComboBox()
        self.task.setObjectName("mandate_task")
        self.task.setAccessibleName(self.tr("Voor welke taak"))
        # Task titles can be long: the field does not grow with them (the list shows them whole).
        self.task.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.task.setMinimumContentsLength(30)
        self.task.addItem(self.tr("(kies een taak)"), None)
        # The tasks in this dossier's list (where they can be marked done, which ends
        # the mandate), and the mandate's own task if it is no longer there.
        done = set(dossier.finished_tasks())
        offered = [
            task_id
            for task_id in (tasks if tasks is not None else catalogue.tasks)
            if task_id not in done
        ]
        if mandate is not None and mandate.task and mandate.task not in offered:
            offered.append(mandate.task)
        for task_id in offered:
            task = catalogue.tasks.get(task_id)
            self.task.addItem(plain_text(task.title) if task else task_id, task_id)
        self.task.view().setMinimumWidth(self.task.view().sizeHintForColumn(0) + 24)
        form_row(duration_form, self.tr("&Voor taak:"), self.task)
        self.until = line_field(
            duration_form,
            "mandate_until",
            self.tr("Tot en &met:"),
            self.tr("Tot en met welke datum"),
            self.tr("dd-mm-jjjj"),
        )
        self.valid_from = line_field(
            duration_form,
            "mandate_from",
            self.tr("Geldt vana&f:"),
            self.tr("Geldt vanaf welke datum"),
            self.tr("dd-mm-jjjj (leeg: meteen)"),
        )
        self.note = line_field(
            duration_form,
            "mandate_note",
            self.tr("&Notitie:"),
            self.tr("Notitie bij de machtiging"),
            self.tr("bijvoorbeeld: brief van de Belastingdienst bewaard"),
        )
        layout.addLayout(duration_form)
        self.error = error_label("mandate_error")
        layout.addWidget(self.error)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        outer.addWidget(dialog_buttons(self, QDialogButtonBox.StandardButton.Save, self._accept))
        if mandate is not None:
            self._load(mandate)
        self.basis.currentIndexChanged.connect(lambda _index: self._show_basis_note())
        self.holder.currentIndexChanged.connect(lambda _index: self._show_basis_note())
        self.holder.currentIndexChanged.connect(lambda _index: self._enable_holder_name())
        self._enable_holder_name()
        self.holder_organisation.editingFinished.connect(self._show_basis_note)
        self.duration.currentIndexChanged.connect(lambda _index: self._show_basis_note())
        self.valid_from.editingFinished.connect(self._show_basis_note)
        self.until.editingFinished.connect(self._show_basis_note)
        self._show_basis_note()
        # Columns wide enough for their choices, rows for their text, the window for its
        # content: at twice the text size nothing is cut off (within the screen).
        screen = self.screen().availableGeometry()
        wanted = content.minimumSizeHint().width() + 6 * self.fontMetrics().averageCharWidth()
        self.resize(
            min(max(wanted, 760), screen.width() - 40),
            min(46 * self.fontMetrics().lineSpacing(), screen.height() - 60),
        )

    def _load(self, mandate: Mandate) -> None:
        holder = mandate.holder.person or ""
        if self.holder.findData(holder) < 0:
            # The person is no longer in the dossier: keep them rather than pick another.
            self.holder.addItem(self.tr("Iemand die niet meer in het dossier staat"), holder)
        self.holder.setCurrentIndex(self.holder.findData(holder))
        self.holder_organisation.setText(mandate.holder.organisation)
        self.basis.setCurrentIndex(max(0, self.basis.findData(mandate.legal_basis)))
        self.evidence.setText(mandate.evidence.document)
        if mandate.evidence.issued_on:
            self.evidence_date.setText(validation.format_date(mandate.evidence.issued_on))
        self.evidence_reference.setText(mandate.evidence.reference)
        self.services.load(mandate.services)
        self.duration.setCurrentIndex(max(0, self.duration.findData(mandate.duration)))
        if mandate.task:
            self.task.setCurrentIndex(max(0, self.task.findData(mandate.task)))
        if mandate.valid_until:
            self.until.setText(validation.format_date(mandate.valid_until))
        if mandate.valid_from:
            self.valid_from.setText(validation.format_date(mandate.valid_from))
        self.note.setText(mandate.note)

    def _holder(self) -> Holder:
        person = self.holder.currentData()
        if person:
            return Holder(person=person)
        return Holder(organisation=self.holder_organisation.text().strip())

    def _enable_holder_name(self) -> None:
        """The organisation's name is typed only when an organisation holds it."""
        by_organisation = self.holder.currentData() == ""
        self.holder_organisation.setEnabled(by_organisation)
        self.holder_organisation.setToolTip(
            ""
            if by_organisation
            else self.tr("Alleen nodig als een organisatie mag handelen (kies die hierboven).")
        )

    def _show_basis_note(self) -> None:
        """For the nabestaandenmachtiging: its rules, and whether someone else in the
        register holds it already (only one party can hold it at a time)."""
        if self.basis.currentData() != "nabestaandenmachtiging":
            self.basis_note.hide()
            return
        lines = [
            self.tr(
                "De nabestaandenmachtiging vraagt u aan bij de Belastingdienst. Maar één "
                "persoon of organisatie tegelijk kan haar hebben. Is er een testament? Dan "
                "is een verklaring van erfrecht of van executele nodig."
            )
        ]
        others = [m for m in self.dossier.mandates if m != self.original]
        candidate = Mandate(
            self._holder(),
            "nabestaandenmachtiging",
            (),
            self.duration.currentData(),
            valid_from=date_or_none(self.valid_from.text()),
            valid_until=date_or_none(self.until.text())
            if self.duration.currentData() == "tot_datum"
            else None,
        )
        listed = [*others, candidate]
        found = mandate_warnings(self.dossier, self.today, self.dossier.finished_tasks(), listed)
        if any(w.code == "nbm_een_houder" and w.mandate == len(others) for w in found):
            lines.append(
                self.tr(
                    "Let op: iemand anders heeft deze machtiging al in het overzicht, in "
                    "dezelfde tijd. Trek die eerst in, of kies data die niet overlappen."
                )
            )
        self.basis_note.setText("ⓘ " + " ".join(lines))
        self.basis_note.show()

    def _problem(self) -> str:
        """The first thing to put right, named by its label; the rules themselves are
        the domain's (``mandate_rules``), as for a file and the command line."""
        from nabestaanden.domain.mandate_rules import mandate_problems
        from nabestaanden.ui.mandates.labels import rule_text

        dates = (
            (self.until, self.tr("Tot en met"), self.duration.currentData() == "tot_datum"),
            (self.valid_from, self.tr("Geldt vanaf"), bool(self.valid_from.text().strip())),
            (
                self.evidence_date,
                self.tr("Datum van het bewijs"),
                bool(self.evidence_date.text().strip()),
            ),
        )
        for field, label, needed in dates:
            if needed:
                try:
                    validation.parse_date(field.text())
                except validation.InvalidValue as error:
                    return f"{label}: {error}"
        names = {"valid_from": f"‘{self.tr('Geldt vanaf')}’"}
        problems = mandate_problems(self.mandate(), names)
        if not problems:
            return ""
        problem = problems[0]
        return f"{self._label_of(problem.field)}: {rule_text(problem)}."

    def _label_of(self, field: str) -> str:
        """How the dialog names a field of the rules (``services[1].rights``...)."""
        if field.startswith("services["):
            place = int(field.removeprefix("services[").partition("]")[0])
            return self.services.label_of(place) or self.tr("Organisaties")
        labels = {
            "holder": self.tr("Organisatie"),
            "services": self.tr("Organisaties"),
            "task": self.tr("Voor taak"),
            "valid_until": self.tr("Tot en met"),
        }
        return labels.get(field, field)

    def _accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText("⚠ " + problem)
            self.error.show()
            return
        self.accept()

    def mandate(self) -> Mandate:
        """The mandate as filled in (its history kept; a new one starts as concept)."""
        holder = self._holder()
        duration = self.duration.currentData()
        evidence_day = (
            validation.parse_date(self.evidence_date.text())
            if self.evidence_date.text().strip()
            else None
        )
        details: dict[str, Any] = {
            "holder": holder,
            "legal_basis": self.basis.currentData(),
            "services": self.services.services(),
            "duration": duration,
            "evidence": Evidence(
                self.evidence.text().strip(), evidence_day, self.evidence_reference.text().strip()
            ),
            "task": self.task.currentData() if duration == "eenmalig" else None,
            "valid_until": validation.parse_date(self.until.text())
            if duration == "tot_datum"
            else None,
            "valid_from": validation.parse_date(self.valid_from.text())
            if self.valid_from.text().strip()
            else None,
            "note": self.note.text().strip(),
        }
        if self.original is not None:
            return replace(self.original, **details)
        return Mandate(**details).with_status("concept", self.today)
