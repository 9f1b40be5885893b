"""The table that shows the dossier list: whole rows, sorting, the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import QStyle

from nabestaanden.ui.window.dossier_list import DossierListModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView


def set_up_table(table: QTableView, model: DossierListModel) -> None:
    """Show the model in a table: whole rows selected, sorted by name, keyboard only.

    The narrow columns get a fixed starting width from the font (the user may still
    drag them): sizing them to their contents would ask the model about every row
    for every layout, and the widths would jump while the rows load. The table is
    never made so narrow that the names have no room.
    """
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setSortingEnabled(True)
    table.sortByColumn(DossierListModel.NAME, Qt.SortOrder.AscendingOrder)

    style = table.style()
    metrics = table.fontMetrics()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    padding = 2 * margin + metrics.averageCharWidth()
    icon = table.iconSize().width()
    if icon <= 0:
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    sample = "88-88-8888"
    texts = model._texts
    widths = {
        DossierListModel.DATE_OF_DEATH: metrics.horizontalAdvance(sample) + padding,
        DossierListModel.NEXT_DEADLINE: metrics.horizontalAdvance(texts["late"].format(date=sample))
        + icon
        + margin
        + padding,
        DossierListModel.STATUS: max(
            metrics.horizontalAdvance(texts[key]) for key in ("active", "archived", "intake")
        )
        + padding,
    }
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # The name first, wide enough to read (about 22 characters); the other columns
    # follow and scroll sideways in a narrow list. The user may drag the widths.
    header.resizeSection(DossierListModel.NAME, 22 * metrics.averageCharWidth())
    header.setStretchLastSection(True)
    fixed = 0
    for column, width in widths.items():
        width = max(width, header.sectionSizeHint(column))
        header.resizeSection(column, width)
        fixed += width
    # Room for a name and a date; in a narrow window (or at twice the text size) the
    # other columns scroll sideways rather than pushing the dossier off the screen.
    scrollbar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    name = 20 * metrics.averageCharWidth()
    first_columns = name + widths[DossierListModel.DATE_OF_DEATH]
    table.setMinimumWidth(min(fixed + name, first_columns) + scrollbar + 2 * table.frameWidth())
