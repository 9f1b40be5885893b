"""The plan as a tree for the view: themes, and their tasks beneath them."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from nabestaanden.domain.catalogue import plain_text
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.plan_output import deadline_phrase
from nabestaanden.ui.dashboard.markers import marker, status_icon, status_label
from nabestaanden.ui.dashboard.task_html import MayAct, holders_with_rights, who_may_act

AnyIndex = QModelIndex | QPersistentModelIndex


TaskIdRole: Final = Qt.ItemDataRole.UserRole + 1


TOP: Final = 0  # internal id of a theme row; a task row has its theme's row + 1


class TaskTreeModel(QAbstractItemModel):
    """Themes with their tasks: Taak, Status, Termijn, Wie mag regelen. A theme row
    shows its progress."""

    TITLE, STATUS, DEADLINE, WHO = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._themes: list[tuple[str, list[PlanItem]]] = []
        self._who: dict[str, list[MayAct]] = {}
        self._today = date.today()
        self._headers = [
            self.tr("Taak"),
            self.tr("Status"),
            self.tr("Termijn"),
            self.tr("Wie mag regelen"),
        ]

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._themes = (
            [(theme.title, items) for theme, items in plan.by_theme()] if plan is not None else []
        )
        self._today = plan.today if plan is not None else date.today()
        # Worked out once per plan, not on every paint of a row.
        self._who = (
            {item.id: who_may_act(item, plan) for item in plan.items}
            if plan is not None and plan.dossier.mandates
            else {}
        )
        self.endResetModel()

    def who_may(self, item: PlanItem) -> list[MayAct]:
        """Who may act for this task today, with what they may do."""
        return self._who.get(item.id, [])

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        theme = child.internalId() - 1
        if child.internalId() == TOP or theme >= len(self._themes):
            return QModelIndex()
        return self.createIndex(theme, 0, TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._themes)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._themes[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def item(self, index: AnyIndex) -> PlanItem | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        items = self._themes[index.internalId() - 1][1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def index_of(self, task_id: str) -> QModelIndex:
        for theme_row, (_title, items) in enumerate(self._themes):
            for row, item in enumerate(items):
                if item.id == task_id:
                    return self.index(row, 0, self.index(theme_row, 0))
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == TOP:
            title, items = self._themes[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if column == self.TITLE:
                    return title
                if column == self.STATUS:
                    done = sum(1 for item in items if item.finished)
                    return self.tr("{done} van {total} klaar").format(done=done, total=len(items))
            return None
        item = self.item(index)
        if item is None:
            return None
        flag = marker(item, self._today)
        if role == TaskIdRole:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return plain_text(item.task.title)
            if column == self.STATUS:
                status = status_label(item.progress.status)
                if item.open_questions:
                    status += " " + self.tr("(geldt misschien)")
                return status
            if column == self.DEADLINE:
                text = deadline_phrase(item)
                if flag.kind in ("overdue", "soon", "follow_up"):
                    text = f"{flag.words}: {text}"
                return text
            if column == self.WHO:
                return holders_with_rights(self.who_may(item))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHO:
            lines = [f"{may.name}: {may.organisation} ({may.rights})" for may in self.who_may(item)]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.DEADLINE and flag.kind:
            return status_icon(flag.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            # The whole title first: a narrow column may cut it off.
            return f"{plain_text(item.task.title)}\n\n{plain_text(item.task.why)}"
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STATUS, self.DEADLINE):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Draws a cell's text over as many lines as the column's width needs, and asks for
    the height those lines take (a title is never cut off with "…")."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        width = self._view.columnWidth(index.column())
        if index.column() == 0:  # the tree's indentation comes off the first column
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + 1)
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:  # an icon before the text
            width -= option.decorationSize.width() + 4
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        margin = 2 * (self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width - margin, 1), 100000),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return QSize(hint.width(), max(hint.height(), lines.height() + 4))
