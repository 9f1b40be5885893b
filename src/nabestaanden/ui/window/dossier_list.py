"""The list of dossiers: sorted, filtered and searched in the model itself."""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from nabestaanden.domain import intake_steps
from nabestaanden.ui.window.list_text import dutch_date, search_key

if TYPE_CHECKING:
    from nabestaanden.store.index import DossierSummary


AnyIndex = QModelIndex | QPersistentModelIndex


SummaryRole = Qt.ItemDataRole.UserRole + 1


# The roles as plain ints: data() is called for every painted cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


_DECORATION = int(Qt.ItemDataRole.DecorationRole)


_SUMMARY = int(SummaryRole)


_ASCENDING = Qt.SortOrder.AscendingOrder


_warning_icon: QIcon | None = None


def warning_icon() -> QIcon:
    """The style's warning sign, made once."""
    global _warning_icon
    if _warning_icon is None:
        _warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
    return _warning_icon


class DossierListModel(QAbstractTableModel):
    """Rows are dossiers: name, date of death, next deadline, status.

    Only the dossiers that pass the filters are rows, in the chosen order; they
    become rows in batches of ``BATCH`` as the view asks for more.
    """

    NAME, DATE_OF_DEATH, NEXT_DEADLINE, STATUS = range(4)
    BATCH = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DossierSummary] = []  # every dossier, in the store's order
        self._name_keys: list[str] = []  # their names for sorting, in the same order
        self._haystacks: dict[int, str] | None = None  # dossier id -> text to search in
        self._sorted: list[DossierSummary] = []  # every dossier, in the chosen order
        self._visible: list[DossierSummary] = []  # those that pass the filters
        # The open dossier stays listed when a change of its own (a new name, its last
        # overdue task done) would filter it out; a new filter by the user applies.
        self._pinned: int | None = None
        self._fetched = 0  # how many of the visible ones are rows
        self._positions: dict[int, int] | None = None  # dossier id -> visible row
        self._by_id: dict[int, DossierSummary] | None = None
        self._sort_column = -1
        self._sort_order = _ASCENDING
        self._show_archived = False
        self._only_overdue = False
        self._words: list[str] = []
        self._today = date.today()
        self._task_titles: dict[str, str] | None = None
        self._headers = [
            self.tr("Naam"),
            self.tr("Overleden op"),
            self.tr("Volgende termijn"),
            self.tr("Status"),
        ]
        self._texts = {
            "new": self.tr("Nieuw dossier"),
            "late": self.tr("{date} — te laat"),
            "late_tip": self.tr("Te laat: {task}"),
            "late_spoken": self.tr("{date} — te laat: {task}"),
            "active": self.tr("Actief"),
            "archived": self.tr("Gearchiveerd"),
            "intake": self.tr("Vragen nog niet af"),
            "intake_tip": self.tr(
                "De vragen over de situatie zijn nog niet allemaal beantwoord. Zolang "
                "ze niet af zijn, kunnen er taken en termijnen ontbreken."
            ),
        }

    # --- the rows ---------------------------------------------------------------------

    def set_rows(self, rows: list[DossierSummary]) -> None:
        """Show new rows, sorted and filtered as before.

        When the same dossiers come back in the same order, only their data changes;
        otherwise the rows are laid out again and the selected dossier stays selected.
        Either way the selection and the scroll position stay.
        """
        self._rows = list(rows)
        unnamed = search_key(self._texts["new"])
        self._name_keys = [
            search_key(name) if (name := row.title or row.deceased_name) else unnamed
            for row in rows
        ]
        self._haystacks = None
        self._by_id = None
        self._sorted = self._in_order()
        self._update(keep_fetched=True)

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Sort on a column (the view calls this when a header is clicked).

        Names sort without regard to case or accents; dossiers without a date sort
        last, whichever the direction; equal values keep the names in order.
        """
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._sorted = self._in_order()
        self._update(keep_fetched=True)

    def set_search(self, text: str) -> None:
        """Show only dossiers whose names hold every word of ``text`` (case and
        accents do not matter)."""
        words = search_key(text).split()
        if words != self._words:
            self._words = words
            self._pinned = None
            self._update()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self._pinned = None
            self._update()

    def set_only_overdue(self, only: bool) -> None:
        """Show only dossiers with a deadline before today."""
        if only != self._only_overdue:
            self._only_overdue = only
            self._pinned = None
            self._update()

    def set_today(self, today: date) -> None:
        """The day that decides what is overdue."""
        if today == self._today:
            return
        self._today = today
        if self._only_overdue:
            self._update()
        elif self._fetched:
            self.dataChanged.emit(
                self.index(0, self.NEXT_DEADLINE), self.index(self._fetched - 1, self.NEXT_DEADLINE)
            )

    def summary(self, row: int) -> DossierSummary:
        return self._visible[row]

    def row_of(self, dossier_id: int) -> int | None:
        """The row of a dossier that passes the filters (made a row if it was not one
        yet), else None."""
        if self._positions is None:
            self._positions = {item.id: row for row, item in enumerate(self._visible)}
        row = self._positions.get(dossier_id)
        if row is not None and row >= self._fetched:
            self._fetch_to(row + 1)
        return row

    def find(self, dossier_id: int) -> DossierSummary | None:
        """A dossier's summary, whether the filters show it or not."""
        if self._by_id is None:
            self._by_id = {item.id: item for item in self._rows}
        return self._by_id.get(dossier_id)

    def summaries(self) -> list[DossierSummary]:
        """Every dossier, shown or not."""
        return list(self._rows)

    def only(self) -> DossierSummary | None:
        """The one dossier of the store, if there is exactly one."""
        return self._rows[0] if len(self._rows) == 1 else None

    def total(self) -> int:
        """How many dossiers there are, shown or not."""
        return len(self._rows)

    def visible_count(self) -> int:
        """How many dossiers pass the filters (rows or still to be fetched)."""
        return len(self._visible)

    def is_overdue(self, summary: DossierSummary) -> bool:
        return summary.next_deadline is not None and summary.next_deadline < self._today

    # --- ordering and filtering -------------------------------------------------------

    def _in_order(self) -> list[DossierSummary]:
        column, descending = self._sort_column, self._sort_order != _ASCENDING
        rows = self._rows
        if column not in (self.NAME, self.DATE_OF_DEATH, self.NEXT_DEADLINE, self.STATUS):
            return list(rows)  # no sort column: the store's order
        order = sorted(range(len(rows)), key=self._name_keys.__getitem__)
        by_name = [rows[number] for number in order]
        if column == self.NAME:
            if descending:
                by_name.reverse()
            return by_name
        # Python's sort is stable, also in reverse: equal values keep the names in order.
        if column == self.STATUS:
            return sorted(by_name, key=_status_rank, reverse=descending)
        field = "date_of_death" if column == self.DATE_OF_DEATH else "next_deadline"
        value = attrgetter(field)
        dated = [item for item in by_name if value(item) is not None]
        undated = [item for item in by_name if value(item) is None]
        dated.sort(key=value, reverse=descending)
        return dated + undated

    def pin(self, dossier_id: int | None) -> None:
        """Keep this dossier listed through the search and overdue filters until the
        user changes a filter (call before :meth:`set_rows`)."""
        self._pinned = dossier_id

    def _filtered(self) -> list[DossierSummary]:
        pinned = self._pinned
        rows = self._sorted
        if not self._show_archived:
            rows = [item for item in rows if not item.archived]
        if self._only_overdue:
            today = self._today
            rows = [
                item
                for item in rows
                if (item.next_deadline is not None and item.next_deadline < today)
                or item.id == pinned
            ]
        if self._words:
            if self._haystacks is None:
                self._haystacks = {
                    item.id: f"{key}\n{search_key(item.deceased_name)}"
                    if item.title and item.deceased_name
                    else key
                    for item, key in zip(self._rows, self._name_keys, strict=True)
                }
            haystacks = self._haystacks
            for word in self._words:
                rows = [item for item in rows if word in haystacks[item.id] or item.id == pinned]
        return rows if rows is not self._sorted else list(rows)

    def _update(self, keep_fetched: bool = False) -> None:
        """Filter again and tell the view; persistent indexes (the selection) follow
        their dossier."""
        visible = self._filtered()
        if [item.id for item in visible] == [item.id for item in self._visible]:
            self._visible = visible
            if self._fetched:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._fetched - 1, self.columnCount() - 1)
                )
            return
        self._remove_gone_persistent_rows({item.id for item in visible})
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._visible[index.row()].id for index in old]
        self._visible = visible
        self._positions = positions = {item.id: row for row, item in enumerate(visible)}
        rows = [positions.get(dossier_id) for dossier_id in ids]
        # Keep what the view had (or a first batch); a selected dossier stays a row.
        wanted = max(self._fetched if keep_fetched else 0, self.BATCH)
        wanted = max([wanted, *(row + 1 for row in rows if row is not None)])
        self._fetched = min(wanted, len(visible))
        new = [
            self.index(row, index.column()) if row is not None else QModelIndex()
            for index, row in zip(old, rows, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _remove_gone_persistent_rows(self, staying: set[int]) -> None:
        """Remove the selected (persistent) rows whose dossier goes, one by one.

        A layout change would silently make their indexes invalid; a removal lets the
        selection model move the current row and say so, as it does for a proxy.
        """
        while True:
            rows = [index.row() for index in self.persistentIndexList()]
            gone = [row for row in rows if self._visible[row].id not in staying]
            if not gone:
                return
            row = max(gone)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._visible[row]
            self._fetched -= 1
            self._positions = None
            self.endRemoveRows()

    # --- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._fetched < len(self._visible)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self._fetch_to(self._fetched + self.BATCH)

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._visible))
        if count <= self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
        self._fetched = count
        self.endInsertRows()

    # --- the Qt model -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < self._fetched:
            return None
        item = self._visible[row]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            if column == self.NAME:
                return item.title or item.deceased_name or self._texts["new"]
            if column == self.DATE_OF_DEATH:
                return dutch_date(item.date_of_death)
            if column == self.NEXT_DEADLINE:
                text = dutch_date(item.next_deadline)
                if not self.is_overdue(item):
                    return text
                title = self.task_title(item.next_deadline_task)
                if role == _ACCESSIBLE and title:
                    return self._texts["late_spoken"].format(date=text, task=title)
                return self._texts["late"].format(date=text)
            if column == self.STATUS:
                return self._status_text(item)
            return None
        if role == _DECORATION:
            if column == self.NEXT_DEADLINE and self.is_overdue(item):
                return warning_icon()
            return None
        if role == _TOOLTIP:
            if column == self.NAME and item.title:
                return item.deceased_name or None
            if column == self.NEXT_DEADLINE and item.next_deadline is not None:
                title = self.task_title(item.next_deadline_task)
                if self.is_overdue(item):
                    return self._texts["late_tip"].format(task=title) if title else None
                return title or None
            if column == self.STATUS and not item.archived and _intake_unfinished(item):
                return self._texts["intake_tip"]
            return None
        if role == _SUMMARY:
            return item
        return None

    def _status_text(self, item: DossierSummary) -> str:
        if item.archived:
            return self._texts["archived"]
        if _intake_unfinished(item):
            return self._texts["intake"]
        return self._texts["active"]

    def task_title(self, task_id: str) -> str:
        """The catalogue's title of a task ("" for an unknown one); the catalogue is
        read the first time a title is needed."""
        if not task_id:
            return ""
        if self._task_titles is None:
            from nabestaanden.resources import default_catalogue

            tasks = default_catalogue().tasks
            self._task_titles = {key: task.title for key, task in tasks.items()}
        return self._task_titles.get(task_id, "")


def _status_rank(item: DossierSummary) -> int:
    """Active first, then unfinished questions, then archived."""
    if item.archived:
        return 2
    return 1 if _intake_unfinished(item) else 0


def _intake_unfinished(item: DossierSummary) -> bool:
    """The questions about the situation are not finished (or not begun), as the
    dossier page counts it: until they are, the plan may miss tasks and deadlines."""
    return item.intake_step != intake_steps.DONE
