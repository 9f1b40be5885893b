"""The Machtigingen tab: the register of mandates, per organisation and per person."""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.dossier import Dossier, holder_name, mandate_warnings
from nabestaanden.domain.mandates import (
    ENDED_STATUSES,
    Holder,
    Mandate,
    Service,
    by_organisation,
    standing,
)
from nabestaanden.ui.mandates.fields import open_link
from nabestaanden.ui.mandates.labels import (
    basis_labels,
    duration_labels,
    right_label,
    service_type_labels,
    status_labels,
    warning_html,
)

MandateRole = Qt.ItemDataRole.UserRole + 1  # the mandate's number in the store


NameRole = Qt.ItemDataRole.UserRole + 2  # a service's own name ("ING" at "bank")


BRACKETS = re.compile(r"\(([^)]+)\)")


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
        self.warning_codes: list[str] = []  # the warnings shown, by code
        self.today = date.today()
        self.finished: list[str] = []
        layout = QVBoxLayout(self)
        self.warnings = QTextBrowser()
        self.warnings.setObjectName("mandate_warnings")
        self.warnings.setAccessibleName(self.tr("Let op bij machtigingen"))
        self.warnings.setOpenLinks(False)
        self.warnings.anchorClicked.connect(open_link)
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
            if state.status in ENDED_STATUSES
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
        live = mandate is not None and mandate.status not in ENDED_STATUSES
        self.edit_button.setEnabled(live)
        self.requested_button.setEnabled(
            live and mandate is not None and mandate.status == "concept"
        )
        self.active_button.setEnabled(live and mandate is not None and mandate.status != "actief")
        self.revoke_button.setEnabled(live)
        drafts = live and mandate is not None and mandate.legal_basis == "boedelvolmacht"
        self.draft_button.setEnabled(drafts)
        # Greyed out, the button says why (a tooltip shows on a disabled button too).
        if drafts:
            why = self.tr(
                "Een concept om door de erfgenamen te laten tekenen, met wat u in deze "
                "machtiging hebt gekozen. Laat het eerst nakijken door een notaris."
            )
        elif mandate is None:
            why = self.tr("Kies eerst een machtiging in de lijst.")
        elif not live:
            why = self.tr("Deze machtiging is voorbij: daar hoort geen nieuw concept bij.")
        else:
            why = self.tr(
                "Alleen voor een machtiging op grond van een boedelvolmacht. Kies die bij "
                "‘Op grond van’ als de erfgenamen er een tekenen."
            )
        self.draft_button.setToolTip(why)
        self.draft_button.setAccessibleDescription(why)

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
