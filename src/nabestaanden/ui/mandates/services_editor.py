"""The organisations of a mandate and what may be done at each: the table in the
mandate dialog."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.mandates import (
    RIGHTS,
    SERVICE_TYPES,
    Service,
    default_service_type,
    organisation_key,
)
from nabestaanden.ui.mandates.labels import (
    right_label,
    service_type_labels,
)
from nabestaanden.ui.mandates.view import BRACKETS, NameRole


class ServicesEditor(QWidget):
    """The organisations of a mandate in a table, each with its kind of service and
    what may be done there; with ways to add one by name, to give all chosen the same
    rights, and to choose all of one kind."""

    RIGHT_COLUMNS: ClassVar[dict[str, int]] = {
        right: 2 + number for number, right in enumerate(RIGHTS)
    }

    def __init__(
        self, catalogue: Catalogue, organisations: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        for organisation in organisations:
            self.add_organisation(organisation)

        extra = QHBoxLayout()
        self.extra = QLineEdit()
        self.extra.setObjectName("mandate_extra_organisation")
        self.extra.setAccessibleName(self.tr("Andere organisatie toevoegen"))
        self.extra.setPlaceholderText(self.tr("Andere organisatie (naam)"))
        add = QPushButton(self.tr("&Toevoegen"))
        add.setObjectName("mandate_add_organisation")
        add.clicked.connect(self.add_extra)
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

        header = self.table.horizontalHeader()
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.setMinimumWidth(
            sum(header.sectionSizeHint(column) for column in range(1, self.table.columnCount()))
            + 20 * self.fontMetrics().averageCharWidth()
        )

    def services(self) -> tuple[Service, ...]:
        """The chosen organisations with their kind and rights, top to bottom."""
        found = []
        for row in self.chosen_rows():
            item = self.table.item(row, 0)
            kind = self.table.cellWidget(row, 1)
            if item is None or not isinstance(kind, QComboBox):
                continue
            organisation = str(item.data(Qt.ItemDataRole.UserRole))
            name = str(item.data(NameRole) or "")
            found.append(Service(organisation, kind.currentData(), self.rights(row), name))
        return tuple(found)

    def load(self, services: tuple[Service, ...]) -> None:
        """Choose these services, with their kind and rights."""
        for service in services:
            row = self.row_of(service.organisation, service.name)
            self.set_chosen(row, True)
            kind = self.table.cellWidget(row, 1)
            if isinstance(kind, QComboBox):
                kind.setCurrentIndex(max(0, kind.findData(service.service_type)))
            for right in RIGHTS:
                self.set_right(row, right, right in service.rights)
        self.table.resizeRowsToContents()

    def label_of(self, place: int) -> str:
        """The name shown for the ``place``-th chosen organisation ("" if none)."""
        rows = self.chosen_rows()
        item = self.table.item(rows[place], 0) if place < len(rows) else None
        return item.text() if item is not None else ""

    def add_organisation(self, organisation: str, name: str = "") -> int:
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

    def add_extra(self) -> None:
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
            names = {organisation.id, organisation.name, *BRACKETS.findall(organisation.name)}
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
        return self.add_organisation(organisation, name)

    def set_chosen(self, row: int, chosen: bool) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def set_right(self, row: int, right: str, allowed: bool) -> None:
        item = self.table.item(row, self.RIGHT_COLUMNS[right])
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)

    def chosen_rows(self) -> list[int]:
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                rows.append(row)
        return rows

    def apply_to_chosen(self) -> None:
        """The rights ticked under the table, for every organisation chosen."""
        for row in self.chosen_rows():
            for right, box in self.same_rights.items():
                self.set_right(row, right, box.isChecked())

    def choose_kind(self) -> None:
        """Choose every organisation of the selected kind (financien, zorg...)."""
        wanted = self.kind.currentData()
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 1)
            if isinstance(kind, QComboBox) and kind.currentData() == wanted:
                self.set_chosen(row, True)

    def rights(self, row: int) -> tuple[str, ...]:
        allowed = []
        for right, column in self.RIGHT_COLUMNS.items():
            item = self.table.item(row, column)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                allowed.append(right)
        return tuple(allowed)
