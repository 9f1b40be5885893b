"""The Machtigingen tab: who may act for the estate, by person and by organisation.

The view shows the register with its warnings and the history of the chosen
mandate; the dialog adds or changes one, with several organisations at once (each
with its own rights, or the same rights for all). The dossier page saves.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain import validation
from nabestaanden.domain.catalogue import Catalogue, plain_text
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.dossier import Dossier, full_name, holder_name, mandate_warnings
from nabestaanden.domain.mandates import (
    CONTACT_HOLDER,
    RIGHTS,
    SERVICE_TYPES,
    Evidence,
    Holder,
    Mandate,
    Service,
    by_organisation,
    default_service_type,
    organisation_key,
    standing,
)
from nabestaanden.ui.dialogs import dialog_buttons, error_label
from nabestaanden.ui.mandate_labels import (
    basis_labels,
    duration_labels,
    right_label,
    service_type_labels,
    status_labels,
    warning_html,
)

MandateRole = Qt.ItemDataRole.UserRole + 1  # the mandate's number in the store
NameRole = Qt.ItemDataRole.UserRole + 2  # a service's own name ("ING" at "bank")
_BRACKETS = re.compile(r"\(([^)]+)\)")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


class MandatesView(QWidget):
    """The register of one dossier.

    Signals:
        add_requested(): add a mandate.
        edit_requested(int): change this mandate.
        status_requested(int, str): record a new status (aangevraagd, actief, ingetrokken).
        overview_requested(): save the overview as a PDF.
        draft_requested(int): save a draft boedelvolmacht for this mandate as a PDF.
        heirs_requested(): edit the heirs (who can hold a mandate and sign).
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    status_requested = Signal(int, str)
    overview_requested = Signal()
    draft_requested = Signal(int)
    heirs_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mandates_view")
        self.rows: list[tuple[int, Mandate]] = []
        self._wanted: int | None = None  # a mandate to select once it is shown
        self.dossier: Dossier | None = None
        self.catalogue: Catalogue | None = None
        self.today = date.today()
        self.finished: list[str] = []
        layout = QVBoxLayout(self)
        self.warnings = QTextBrowser()
        self.warnings.setObjectName("mandate_warnings")
        self.warnings.setAccessibleName(self.tr("Let op bij machtigingen"))
        self.warnings.setOpenLinks(False)
        self.warnings.anchorClicked.connect(_open_link)
        self.warnings.setMaximumHeight(170)
        layout.addWidget(self.warnings)
        choose = QHBoxLayout()
        label = QLabel(self.tr("&Overzicht:"))
        self.grouping = QComboBox()
        self.grouping.setObjectName("mandate_grouping")
        self.grouping.setAccessibleName(self.tr("Overzicht van de machtigingen"))
        self.grouping.addItem(self.tr("per persoon of organisatie die mag handelen"), "holder")
        self.grouping.addItem(self.tr("per organisatie waar het voor geldt"), "organisation")
        label.setBuddy(self.grouping)
        choose.addWidget(label)
        choose.addWidget(self.grouping, 1)
        layout.addLayout(choose)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("mandate_tree")
        self.tree.setAccessibleName(self.tr("Machtigingen"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        splitter.addWidget(self.tree)
        self.history = QTextBrowser()
        self.history.setObjectName("mandate_history")
        self.history.setAccessibleName(self.tr("Gegevens en geschiedenis van de machtiging"))
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)  # the list gets the larger part
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("Machtiging &toevoegen…"))
        self.add_button.setObjectName("add_mandate")
        self.edit_button = QPushButton(self.tr("Aan&passen…"))
        self.edit_button.setObjectName("edit_mandate")
        self.requested_button = QPushButton(self.tr("Status: aan&gevraagd"))
        self.requested_button.setObjectName("mandate_requested")
        self.active_button = QPushButton(self.tr("Status: a&ctief"))
        self.active_button.setObjectName("mandate_active")
        self.revoke_button = QPushButton(self.tr("Intre&kken"))
        self.revoke_button.setObjectName("revoke_mandate")
        self.overview_button = QPushButton(self.tr("P&DF van het overzicht…"))
        self.overview_button.setObjectName("mandate_overview_pdf")
        self.draft_button = QPushButton(self.tr("Concept boedel&volmacht…"))
        self.draft_button.setObjectName("boedelvolmacht_pdf")
        self.draft_button.setToolTip(
            self.tr(
                "Een concept om door de erfgenamen te laten tekenen, met wat u in deze "
                "machtiging hebt gekozen. Laat het eerst nakijken door een notaris."
            )
        )
        self.heirs_button = QPushButton(self.tr("&Erfgenamen…"))
        self.heirs_button.setObjectName("mandate_heirs")
        self.heirs_button.setToolTip(
            self.tr("Wie de erfgenamen zijn: zij kunnen een machtiging krijgen en tekenen.")
        )
        for number, button in enumerate(
            (
                self.add_button,
                self.edit_button,
                self.requested_button,
                self.active_button,
                self.revoke_button,
                self.overview_button,
                self.draft_button,
                self.heirs_button,
            )
        ):
            buttons.addWidget(button, number // 2, number % 2)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(None))
        self.requested_button.clicked.connect(lambda: self._emit_current("aangevraagd"))
        self.active_button.clicked.connect(lambda: self._emit_current("actief"))
        self.revoke_button.clicked.connect(lambda: self._emit_current("ingetrokken"))
        self.overview_button.clicked.connect(self.overview_requested)
        self.draft_button.clicked.connect(self._emit_draft)
        self.heirs_button.clicked.connect(self.heirs_requested)
        self.grouping.currentIndexChanged.connect(lambda _index: self._regroup())
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self._update_buttons()

    def set_register(
        self,
        rows: list[tuple[int, Mandate]],
        dossier: Dossier,
        catalogue: Catalogue,
        today: date,
        finished: list[str],
    ) -> None:
        """Show the mandates of a dossier (numbers from the store) as they stand today."""
        current = self._wanted if self._wanted is not None else self.current_mandate()
        self._wanted = None
        self.rows, self.dossier, self.catalogue = rows, dossier, catalogue
        self.today, self.finished = today, finished
        self._fill()
        if current is not None:
            self.select(current)
        self._show_warnings()

    def _label(self, mandate: Mandate) -> str:
        state = standing(mandate, self.today, self.finished)
        # The status first: it is what matters most and is never cut off.
        return self.tr("{status} — {basis} — {duration}").format(
            basis=basis_labels()[mandate.legal_basis],
            duration=self._duration_text(mandate),
            status=status_labels()[state.status].upper()
            if state.status in ("verlopen", "ingetrokken")
            else status_labels()[state.status],
        )

    def _duration_text(self, mandate: Mandate) -> str:
        if mandate.duration == "tot_datum" and mandate.valid_until is not None:
            return self.tr("tot en met {date}").format(date=long_date(mandate.valid_until))
        if mandate.duration == "eenmalig" and mandate.task and self.catalogue is not None:
            task = self.catalogue.tasks.get(mandate.task)
            return self.tr("eenmalig: {task}").format(task=task.title if task else mandate.task)
        return duration_labels()[mandate.duration]

    def _service_text(self, service: Service, catalogue: Catalogue) -> str:
        name = service.name or catalogue.organisation_name(service.organisation)
        rights = ", ".join(right_label(right) for right in service.rights)
        return f"{name} ({service_type_labels()[service.service_type]}): {rights}"

    def _regroup(self) -> None:
        """Show the other grouping, with the same mandate chosen (and its details)."""
        current = self.current_mandate()
        self._fill()
        if current is not None:
            self.select(current)
        self._show_history()

    def _fill(self) -> None:
        self.model.clear()
        dossier, catalogue = self.dossier, self.catalogue
        if dossier is None or catalogue is None:
            return
        root = self.model.invisibleRootItem()
        if self.grouping.currentData() == "organisation":
            grouped = by_organisation(mandate for _number, mandate in self.rows)
            for listed in grouped.values():
                first = listed[0][1]
                group = QStandardItem(first.name or catalogue.organisation_name(first.organisation))
                root.appendRow(group)
                for index, service in listed:
                    number, mandate = self.rows[index]
                    rights = ", ".join(right_label(right) for right in service.rights)
                    item = QStandardItem(
                        f"{holder_name(mandate.holder, dossier)}: {rights} — {self._label(mandate)}"
                    )
                    item.setToolTip(item.text())
                    item.setData(number, MandateRole)
                    group.appendRow(item)
        else:
            holders: dict[Holder, QStandardItem] = {}
            for number, mandate in self.rows:
                person = holders.get(mandate.holder)
                if person is None:
                    person = holders[mandate.holder] = QStandardItem(
                        holder_name(mandate.holder, dossier)
                    )
                    root.appendRow(person)
                item = QStandardItem(self._label(mandate))
                item.setToolTip(item.text())
                item.setData(number, MandateRole)
                person.appendRow(item)
                for service in mandate.services:
                    line = QStandardItem(self._service_text(service, catalogue))
                    line.setData(number, MandateRole)
                    item.appendRow(line)
        if not self.rows:
            root.appendRow(
                QStandardItem(self.tr("Er staan nog geen machtigingen in het overzicht."))
            )
        self.tree.expandAll()
        self._update_buttons()

    def _show_warnings(self) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        mandates = [mandate for _number, mandate in self.rows]
        found = mandate_warnings(dossier, self.today, self.finished, mandates)
        heading = self.tr("Let op")
        parts = [f"<p><b>{_esc(heading)}</b></p><ul>"]
        for warning in found:
            about = ""
            if warning.mandate is not None:
                about = holder_name(mandates[warning.mandate].holder, dossier)
            parts.append(f"<li>{warning_html(warning, about)}</li>")
        parts.append("</ul>")
        self.warnings.setHtml("".join(parts))
        self.warning_codes = [warning.code for warning in found]

    def current_mandate(self) -> int | None:
        index = self.tree.currentIndex()
        number = index.data(MandateRole) if index.isValid() else None
        return int(number) if number is not None else None

    def select(self, number: int) -> bool:
        """Make mandate ``number`` the current one; False when it is not shown."""
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            for child in range(self.model.rowCount(group)):
                index = self.model.index(child, 0, group)
                if index.data(MandateRole) == number:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def select_when_shown(self, number: int) -> None:
        """Select a mandate saved just now, once the register (reloaded) shows it."""
        if not self.select(number):
            self._wanted = number

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self._show_history()

    def _show_history(self) -> None:
        number = self.current_mandate()
        mandate = next((m for n, m in self.rows if n == number), None)
        if mandate is None or self.dossier is None:
            self.history.clear()
            return
        evidence = mandate.evidence
        basis_label = self.tr("Grondslag:")
        evidence_label = self.tr("Bewijs:")
        history_label = self.tr("Geschiedenis:")
        parts = [
            f"<h3>{_esc(holder_name(mandate.holder, self.dossier))}</h3>",
            f"<p><b>{_esc(basis_label)}</b> {_esc(basis_labels()[mandate.legal_basis])}</p>",
        ]
        if evidence.document:
            shown = evidence.document
            if evidence.issued_on:
                shown += ", " + long_date(evidence.issued_on)
            if evidence.reference:
                shown += ", " + evidence.reference
            parts.append(f"<p><b>{_esc(evidence_label)}</b> {_esc(shown)}</p>")
        parts.append(f"<p><b>{_esc(history_label)}</b></p><ul>")
        for change in mandate.history:
            note = f" — {change.note}" if change.note else ""
            parts.append(
                f"<li>{_esc(long_date(change.on))}: {_esc(status_labels()[change.status])}"
                f"{_esc(note)}</li>"
            )
        parts.append("</ul>")
        state = standing(mandate, self.today, self.finished)
        if state.reason:
            parts.append(f"<p><b>{_esc(state.reason)}</b></p>")
        self.history.setHtml("".join(parts))

    def _update_buttons(self) -> None:
        number = self.current_mandate()
        mandate = next((m for n, m in self.rows if n == number), None)
        live = mandate is not None and mandate.status not in ("ingetrokken", "verlopen")
        self.edit_button.setEnabled(live)
        self.requested_button.setEnabled(
            live and mandate is not None and mandate.status == "concept"
        )
        self.active_button.setEnabled(live and mandate is not None and mandate.status != "actief")
        self.revoke_button.setEnabled(live)
        self.draft_button.setEnabled(
            live and mandate is not None and mandate.legal_basis == "boedelvolmacht"
        )

    def _emit_draft(self) -> None:
        number = self.current_mandate()
        if number is not None:
            self.draft_requested.emit(number)

    def _emit_current(self, status: str | None) -> None:
        number = self.current_mandate()
        if number is None:
            return
        if status is None:
            self.edit_requested.emit(number)
        else:
            self.status_requested.emit(number, status)


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A form row whose label (with its Alt key) points at the widget."""
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def _line_field(
    form: QFormLayout, name: str, label: str, accessible: str, placeholder: str = ""
) -> QLineEdit:
    """A text field in a form row, named for tests and screen readers."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    _row(form, label, field)
    return field


def _choice_field(
    form: QFormLayout, name: str, label: str, accessible: str, choices: dict[str, str]
) -> QComboBox:
    """A drop-down list in a form row: the choices' labels, with their codes as data."""
    field = QComboBox()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    for code, shown in choices.items():
        field.addItem(shown, code)
    _row(form, label, field)
    return field


def _date_or_none(text: str) -> date | None:
    """A typed date, or None while it is empty or not a date yet."""
    try:
        return validation.parse_date(text) if text.strip() else None
    except validation.InvalidValue:
        return None


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)


class MandateDialog(QDialog):
    """Add or change a mandate: who, on what basis, which organisations with which
    rights (the same for all, or per organisation), and for how long."""

    RIGHT_COLUMNS: ClassVar[dict[str, int]] = {
        right: 2 + number for number, right in enumerate(RIGHTS)
    }

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
        _row(form, self.tr("&Wie mag handelen:"), self.holder)
        _row(form, self.tr("&Organisatie:"), self.holder_organisation)
        self.basis = _choice_field(
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
        self.evidence = _line_field(
            form,
            "mandate_evidence",
            self.tr("&Bewijs (document):"),
            self.tr("Bewijs: welk document"),
            self.tr("bijvoorbeeld verklaring van erfrecht"),
        )
        self.evidence_date = _line_field(
            form,
            "mandate_evidence_date",
            self.tr("&Datum:"),
            self.tr("Datum van het bewijs"),
            self.tr("dd-mm-jjjj"),
        )
        self.evidence_reference = _line_field(
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
        self.table = QTableWidget(0, 2 + len(RIGHTS))
        self.table.setObjectName("mandate_services")
        self.table.setAccessibleName(self.tr("Organisaties en wat mag"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisatie"), self.tr("Soort")] + [right_label(r) for r in RIGHTS]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table, 1)
        known = list(organisations)
        if mandate is not None:
            # Services with their own name ("ING" at "bank") get their own row in _load.
            known += [
                s.organisation
                for s in mandate.services
                if not s.name and s.organisation not in known
            ]
        for organisation in known:
            self._add_organisation(organisation)

        extra = QHBoxLayout()
        self.extra = QLineEdit()
        self.extra.setObjectName("mandate_extra_organisation")
        self.extra.setAccessibleName(self.tr("Andere organisatie toevoegen"))
        self.extra.setPlaceholderText(self.tr("Andere organisatie (naam)"))
        add = QPushButton(self.tr("&Toevoegen"))
        add.setObjectName("mandate_add_organisation")
        add.clicked.connect(self._add_extra)
        extra.addWidget(self.extra, 1)
        extra.addWidget(add)
        layout.addLayout(extra)

        same = QHBoxLayout()
        self.same_rights: dict[str, QCheckBox] = {}
        same.addWidget(QLabel(self.tr("Wat mag:")))
        for right in RIGHTS:
            box = QCheckBox(right_label(right))
            box.setObjectName(f"mandate_all_{right}")
            self.same_rights[right] = box
            same.addWidget(box)
        apply = QPushButton(self.tr("Voor &alle gekozen"))
        apply.setObjectName("mandate_apply_all")
        apply.clicked.connect(self.apply_to_chosen)
        same.addWidget(apply)
        same.addStretch(1)
        layout.addLayout(same)
        kind = QHBoxLayout()
        kind_label = QLabel(self.tr("Kies alle organisaties van de &soort:"))
        self.kind = QComboBox()
        self.kind.setObjectName("mandate_kind")
        for service_type in SERVICE_TYPES:
            self.kind.addItem(service_type_labels()[service_type], service_type)
        kind_label.setBuddy(self.kind)
        pick = QPushButton(self.tr("Ki&es"))
        pick.setObjectName("mandate_pick_kind")
        pick.clicked.connect(self.choose_kind)
        kind.addWidget(kind_label)
        kind.addWidget(self.kind)
        kind.addWidget(pick)
        kind.addStretch(1)
        layout.addLayout(kind)

        duration_form = QFormLayout()
        self.duration = _choice_field(
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
        _row(duration_form, self.tr("&Voor taak:"), self.task)
        self.until = _line_field(
            duration_form,
            "mandate_until",
            self.tr("Tot en &met:"),
            self.tr("Tot en met welke datum"),
            self.tr("dd-mm-jjjj"),
        )
        self.valid_from = _line_field(
            duration_form,
            "mandate_from",
            self.tr("Geldt vana&f:"),
            self.tr("Geldt vanaf welke datum"),
            self.tr("dd-mm-jjjj (leeg: meteen)"),
        )
        self.note = _line_field(
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
        self.holder_organisation.editingFinished.connect(self._show_basis_note)
        self.duration.currentIndexChanged.connect(lambda _index: self._show_basis_note())
        self.valid_from.editingFinished.connect(self._show_basis_note)
        self.until.editingFinished.connect(self._show_basis_note)
        self._show_basis_note()
        # Columns wide enough for their choices, rows for their text, the window for its
        # content: at twice the text size nothing is cut off (within the screen).
        header = self.table.horizontalHeader()
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.setMinimumWidth(
            sum(header.sectionSizeHint(column) for column in range(1, self.table.columnCount()))
            + 20 * self.fontMetrics().averageCharWidth()
        )
        screen = self.screen().availableGeometry()
        wanted = content.minimumSizeHint().width() + 6 * self.fontMetrics().averageCharWidth()
        self.resize(
            min(max(wanted, 760), screen.width() - 40),
            min(46 * self.fontMetrics().lineSpacing(), screen.height() - 60),
        )

    def _add_organisation(self, organisation: str, name: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        known = self.catalogue.organisations.get(organisation)
        shown = name or self.catalogue.organisation_name(organisation)
        item = QTableWidgetItem(shown)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, organisation)
        item.setData(NameRole, name)
        self.table.setItem(row, 0, item)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Soort dienst bij {name}").format(name=shown))
        for service_type in SERVICE_TYPES:
            kind.addItem(service_type_labels()[service_type], service_type)
        suggested = default_service_type(organisation, known.pension_fund if known else False)
        kind.setCurrentIndex(max(0, kind.findData(suggested)))
        self.table.setCellWidget(row, 1, kind)
        for right, column in self.RIGHT_COLUMNS.items():
            cell = QTableWidgetItem()
            cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            cell.setCheckState(Qt.CheckState.Unchecked)
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{shown}: {right_label(right)}")
            self.table.setItem(row, column, cell)
        return row

    def _add_extra(self) -> None:
        """Add a typed organisation: the catalogue's when the name is one it knows ("SVB"),
        the row already there when it was typed before; then choose it."""
        name = " ".join(self.extra.text().split())
        if not name:
            return
        known = self._catalogue_id(name)
        row = self.row_of(known) if known else self.row_of(name, name)
        self.set_chosen(row, True)
        self.table.scrollTo(self.table.model().index(row, 0))
        self.extra.clear()

    def _catalogue_id(self, typed: str) -> str | None:
        """The catalogue organisation a typed name means: its id, its name or the short
        name in brackets ("Sociale Verzekeringsbank (SVB)"), whatever the capitals."""
        wanted = typed.casefold()
        for organisation in self.catalogue.organisations.values():
            names = {organisation.id, organisation.name, *_BRACKETS.findall(organisation.name)}
            if wanted in {name.casefold() for name in names}:
                return organisation.id
        return None

    def row_of(self, organisation: str, name: str = "") -> int:
        """The row of an organisation (with the family's own name for it, if any),
        added when it is not there yet. Two banks with their own names are two rows."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if (
                item is not None
                and organisation_key(str(item.data(Qt.ItemDataRole.UserRole)))
                == organisation_key(organisation)
                and organisation_key(item.data(NameRole) or "") == organisation_key(name)
            ):
                return row
        return self._add_organisation(organisation, name)

    def set_chosen(self, row: int, chosen: bool) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def set_right(self, row: int, right: str, allowed: bool) -> None:
        item = self.table.item(row, self.RIGHT_COLUMNS[right])
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)

    def _chosen_rows(self) -> list[int]:
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                rows.append(row)
        return rows

    def apply_to_chosen(self) -> None:
        """The rights ticked under the table, for every organisation chosen."""
        for row in self._chosen_rows():
            for right, box in self.same_rights.items():
                self.set_right(row, right, box.isChecked())

    def choose_kind(self) -> None:
        """Choose every organisation of the selected kind (financien, zorg...)."""
        wanted = self.kind.currentData()
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 1)
            if isinstance(kind, QComboBox) and kind.currentData() == wanted:
                self.set_chosen(row, True)

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
        for service in mandate.services:
            row = self.row_of(service.organisation, service.name)
            self.set_chosen(row, True)
            kind = self.table.cellWidget(row, 1)
            if isinstance(kind, QComboBox):
                kind.setCurrentIndex(max(0, kind.findData(service.service_type)))
            for right in RIGHTS:
                self.set_right(row, right, right in service.rights)
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
            valid_from=_date_or_none(self.valid_from.text()),
            valid_until=_date_or_none(self.until.text())
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
        problems = mandate_problems(self.mandate())
        if not problems:
            return ""
        problem = problems[0]
        return f"{self._label_of(problem.field)}: {problem.message}."

    def _label_of(self, field: str) -> str:
        """How the dialog names a field of the rules (``services[1].rights``...)."""
        if field.startswith("services["):
            place = int(field.removeprefix("services[").partition("]")[0])
            rows = self._chosen_rows()
            item = self.table.item(rows[place], 0) if place < len(rows) else None
            return item.text() if item is not None else self.tr("Organisaties")
        labels = {
            "holder": self.tr("Organisatie"),
            "services": self.tr("Organisaties"),
            "task": self.tr("Voor taak"),
            "valid_until": self.tr("Tot en met"),
        }
        return labels.get(field, field)

    def _rights(self, row: int) -> tuple[str, ...]:
        allowed = []
        for right, column in self.RIGHT_COLUMNS.items():
            item = self.table.item(row, column)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                allowed.append(right)
        return tuple(allowed)

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
        services = []
        for row in self._chosen_rows():
            item = self.table.item(row, 0)
            kind = self.table.cellWidget(row, 1)
            if item is None or not isinstance(kind, QComboBox):
                continue
            organisation = str(item.data(Qt.ItemDataRole.UserRole))
            name = str(item.data(NameRole) or "")
            services.append(Service(organisation, kind.currentData(), self._rights(row), name))
        duration = self.duration.currentData()
        evidence_day = (
            validation.parse_date(self.evidence_date.text())
            if self.evidence_date.text().strip()
            else None
        )
        details: dict[str, Any] = {
            "holder": holder,
            "legal_basis": self.basis.currentData(),
            "services": tuple(services),
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
        self.on = _line_field(
            form,
            "mandate_status_date",
            self.tr("&Datum:"),
            self.tr("Datum van de nieuwe status"),
            self.tr("dd-mm-jjjj"),
        )
        self.on.setText(validation.format_date(today))
        self.note = _line_field(
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

        try:
            day = self.day()
        except validation.InvalidValue as error:
            return self.tr("Datum: {problem}").format(problem=error)
        problems = status_problems(self.mandate.history, self.status, day, self.today, self.died)
        if not problems:
            return ""
        label = self.tr("Datum") if problems[0].field == "date" else self.tr("Status")
        return f"{label}: {problems[0].message}"

    def _accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText("⚠ " + problem)
            self.error.show()
            return
        self.accept()
