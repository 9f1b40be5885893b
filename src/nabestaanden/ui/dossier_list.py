"""The dossier list: a table model over the summaries and a proxy that filters it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nabestaanden.store.index import DossierSummary

AnyIndex = QModelIndex | QPersistentModelIndex
SummaryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def dutch_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class DossierListModel(QAbstractTableModel):
    """Rows are dossiers: name, date of death, last change, archived."""

    NAME, DATE_OF_DEATH, UPDATED, STATUS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DossierSummary] = []
        self._headers = [
            self.tr("Naam"),
            self.tr("Overleden op"),
            self.tr("Laatst gewijzigd"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[DossierSummary]) -> None:
        """Show new rows; when the same dossiers come back, only their data changes
        (so the selection and the scroll position stay)."""
        if rows and [row.id for row in rows] == [row.id for row in self._rows]:
            self._rows = list(rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> DossierSummary:
        return self._rows[row]

    def row_of(self, dossier_id: int) -> int | None:
        for number, item in enumerate(self._rows):
            if item.id == dossier_id:
                return number
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return item.display_name
            if column == self.DATE_OF_DEATH:
                return dutch_date(item.date_of_death)
            if column == self.UPDATED:
                return dutch_date(item.updated_at.date())
            if column == self.STATUS:
                return self.tr("Gearchiveerd") if item.archived else self.tr("Actief")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and item.title:
            return item.deceased_name or None
        if role == SortRole:
            if column == self.NAME:
                return item.display_name.casefold()
            if column == self.DATE_OF_DEATH:
                return item.date_of_death.isoformat() if item.date_of_death else ""
            if column == self.UPDATED:
                return item.updated_at.isoformat()
            return int(item.archived)
        if role == SummaryRole:
            return item
        return None


class DossierFilterModel(QSortFilterProxyModel):
    """Hides archived dossiers unless asked, and filters on a search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_archived = False
        self._search = ""
        self.setSortRole(SortRole)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange()

    def refilter(self) -> None:
        """Apply the filter again after rows changed (an archived flag, a name)."""
        self.beginFilterChange()
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        item: DossierSummary = model.data(model.index(source_row, 0, source_parent), SummaryRole)
        if item.archived and not self._show_archived:
            return False
        if self._search:
            haystack = f"{item.display_name} {item.deceased_name}".casefold()
            return all(word in haystack for word in self._search.split())
        return True
