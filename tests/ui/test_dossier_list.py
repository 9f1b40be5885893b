"""The dossier list model: checked like any Qt item model, then sorting, searching,
filters, the overdue marking and loading in batches."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from nabestaanden.resources import default_catalogue
from nabestaanden.store.index import DossierSummary
from nabestaanden.ui.window.dossier_list import DossierListModel, SummaryRole
from nabestaanden.ui.window.dossier_table import set_up_table
from nabestaanden.ui.window.list_text import search_key

TODAY = date(2027, 3, 20)
MOMENT = datetime(2026, 11, 29, 10, 0)
NAMES = ("Jansen", "de Vries", "Zoë IJzerman", "Şükrü Yılmaz", "Bakker", "Łukasz Nowak")
TASK = "aangifte_overlijden"

DISPLAY = Qt.ItemDataRole.DisplayRole


def summary(
    number: int,
    name: str,
    archived: bool = False,
    title: str = "",
    died: date | None = None,
    deadline: date | None = None,
    task: str = "",
    intake: str = "done",
) -> DossierSummary:
    return DossierSummary(
        number,
        f"uuid-{number}",
        title,
        name,
        died,
        MOMENT,
        MOMENT,
        archived,
        deadline,
        task if deadline else "",
        intake,
    )


def many(count: int) -> list[DossierSummary]:
    """Dossiers with varied names, dates (some missing), deadlines and archived ones."""
    rows = []
    for number in range(1, count + 1):
        died = None if number % 7 == 0 else date(2025, 1, 1) + timedelta(days=number * 3 % 700)
        deadline = None if number % 5 == 0 else TODAY + timedelta(days=number * 11 % 90 - 45)
        rows.append(
            summary(
                number,
                f"{NAMES[number % len(NAMES)]} {number}",
                archived=number % 9 == 0,
                died=died,
                deadline=deadline,
                task=TASK,
            )
        )
    return rows


def model_with(rows: list[DossierSummary], **filters: bool) -> DossierListModel:
    model = DossierListModel()
    model.set_today(TODAY)
    model.sort(DossierListModel.NAME, Qt.SortOrder.AscendingOrder)  # as the view asks
    for name, value in filters.items():
        getattr(model, f"set_{name}")(value)
    model.set_rows(rows)
    return model


def all_rows(model: DossierListModel) -> list[DossierSummary]:
    """Every row that passes the filters, fetching batches as a view would."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.summary(row) for row in range(model.rowCount())]


def names(model: DossierListModel) -> list[str]:
    return [item.display_name for item in all_rows(model)]


def text(model: DossierListModel, row: int, column: int, role: int = DISPLAY) -> object:
    return model.index(row, column).data(role)


@pytest.mark.parametrize("force_py", [False, True])
def test_the_model_passes_qt_model_tests(qtmodeltester: ModelTester, force_py: bool) -> None:
    model = model_with(many(300))
    model.set_show_archived(True)
    qtmodeltester.check(model, force_py=force_py)
    model.fetchMore(QModelIndex())
    model.sort(DossierListModel.NEXT_DEADLINE, Qt.SortOrder.DescendingOrder)
    model.set_search("jansen")
    model.set_only_overdue(True)
    model.set_search("")
    model.set_show_archived(False)
    model.set_today(TODAY + timedelta(days=30))
    model.sort(DossierListModel.STATUS, Qt.SortOrder.AscendingOrder)
    model.set_rows(many(250))
    model.set_rows(many(250))  # the same dossiers again: only their data changes
    model.set_rows([])
    model.set_rows(many(40))


def test_the_model_passes_qt_model_tests_in_a_view_with_a_selection(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = model_with(many(500))
    view = QTableView()
    qtbot.addWidget(view)
    set_up_table(view, model)
    qtmodeltester.check(model)
    chosen = model.row_of(451)
    assert chosen is not None
    view.selectRow(chosen)
    model.sort(DossierListModel.DATE_OF_DEATH, Qt.SortOrder.DescendingOrder)
    assert model.summary(view.selectionModel().currentIndex().row()).id == 451
    model.set_search("zoe")
    model.set_search("")
    model.set_only_overdue(True)


def test_rows_show_dutch_dates_names_and_status() -> None:
    model = model_with(
        [
            summary(5, ""),
            summary(6, "Zoë IJzerman", title="Tante Zoë", died=date(2026, 3, 6)),
            summary(7, "Jansen", archived=True),
            summary(8, "Bakker", intake="wonen"),
            summary(9, "Visser", intake=""),
        ],
        show_archived=True,
    )
    model.sort(-1, Qt.SortOrder.AscendingOrder)  # the store's order
    assert text(model, 0, DossierListModel.NAME) == "Nieuw dossier"
    assert text(model, 1, DossierListModel.NAME) == "Tante Zoë"
    assert text(model, 1, DossierListModel.NAME, Qt.ItemDataRole.ToolTipRole) == "Zoë IJzerman"
    assert text(model, 1, DossierListModel.DATE_OF_DEATH) == "06-03-2026"
    assert text(model, 0, DossierListModel.DATE_OF_DEATH) == ""
    assert text(model, 0, DossierListModel.STATUS) == "Actief"
    assert text(model, 2, DossierListModel.STATUS) == "Gearchiveerd"
    assert text(model, 3, DossierListModel.STATUS) == "Vragen nog niet af"
    assert text(model, 4, DossierListModel.STATUS) == "Vragen nog niet af"  # not begun
    assert "nog niet allemaal beantwoord" in str(
        text(model, 3, DossierListModel.STATUS, Qt.ItemDataRole.ToolTipRole)
    )
    assert model.index(1, 0).data(SummaryRole).id == 6
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Naam", "Overleden op", "Volgende termijn", "Status"]


def test_an_overdue_deadline_is_said_in_words_with_an_icon_not_by_colour_alone() -> None:
    title = default_catalogue().tasks[TASK].title
    rows = [
        summary(1, "Jansen", deadline=date(2027, 3, 15), task=TASK),
        summary(2, "Bakker", deadline=date(2027, 3, 20), task=TASK),
        summary(3, "de Vries"),
    ]
    model = model_with(rows)
    column = DossierListModel.NEXT_DEADLINE
    late, today, none = (model.row_of(number) for number in (1, 2, 3))
    assert late is not None and today is not None and none is not None
    assert text(model, late, column) == "15-03-2027 — te laat"
    assert text(model, late, column, Qt.ItemDataRole.DecorationRole) is not None
    assert text(model, late, column, Qt.ItemDataRole.ToolTipRole) == f"Te laat: {title}"
    spoken = text(model, late, column, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"15-03-2027 — te laat: {title}"
    assert text(model, today, column) == "20-03-2027"  # due today is not late yet
    assert text(model, today, column, Qt.ItemDataRole.DecorationRole) is None
    assert text(model, today, column, Qt.ItemDataRole.ToolTipRole) == title
    assert text(model, none, column) == ""

    model.set_today(date(2027, 3, 21))
    assert text(model, model.row_of(2) or 0, column) == "20-03-2027 — te laat"
    model.set_today(date(2027, 3, 1))
    assert text(model, model.row_of(1) or 0, column) == "15-03-2027"


def test_only_overdue_follows_today_and_hides_archived_unless_asked() -> None:
    rows = [
        summary(1, "Jansen", deadline=date(2027, 3, 15)),
        summary(2, "Bakker", deadline=date(2027, 3, 25)),
        summary(3, "de Vries"),
        summary(4, "Visser", archived=True, deadline=date(2027, 1, 1)),
    ]
    model = model_with(rows, only_overdue=True)
    assert names(model) == ["Jansen"]
    model.set_today(date(2027, 4, 1))
    assert names(model) == ["Bakker", "Jansen"]
    model.set_show_archived(True)
    assert names(model) == ["Bakker", "Jansen", "Visser"]
    model.set_only_overdue(False)
    assert names(model) == ["Bakker", "de Vries", "Jansen", "Visser"]


def test_archived_dossiers_are_hidden_until_asked() -> None:
    model = model_with([summary(1, "Jansen"), summary(2, "Pietersen", archived=True)])
    assert model.rowCount() == 1 and model.total() == 2
    assert model.row_of(2) is None and model.find(2) is not None
    model.set_show_archived(True)
    assert model.rowCount() == 2
    assert model.row_of(2) == 1


def test_search_ignores_case_and_accents_and_needs_every_word() -> None:
    rows = [
        summary(1, "Zoë IJzerman"),
        summary(2, "Şükrü Yılmaz"),
        summary(3, "Łukasz Nowak", title="Meneer Nowak"),
        summary(4, "Zoe Jansen"),
        summary(5, "Jan de Vries"),
    ]
    model = model_with(rows)
    model.set_search("zoe")
    assert names(model) == ["Zoë IJzerman", "Zoe Jansen"]
    model.set_search("ZOË  ijzer")
    assert names(model) == ["Zoë IJzerman"]
    model.set_search("sukru yilmaz")
    assert names(model) == ["Şükrü Yılmaz"]
    model.set_search("lukasz")  # the deceased's name counts too, next to the title
    assert names(model) == ["Meneer Nowak"]
    model.set_search("jan vries")
    assert names(model) == ["Jan de Vries"]
    model.set_search("jan nowak")
    assert names(model) == []
    model.set_search("  ")
    assert len(names(model)) == 5
    assert search_key("Çelik Øster Straße") == "celik oster strasse"


def test_sorting_by_each_column_puts_missing_dates_last() -> None:
    rows = [
        summary(1, "Bakker", died=date(2026, 5, 1), deadline=date(2027, 4, 1), intake="wonen"),
        summary(2, "ábel", died=None, deadline=date(2027, 2, 1)),
        summary(3, "Cas", died=date(2026, 1, 1), deadline=None, archived=True),
        summary(4, "Zoë", died=date(2026, 5, 1), deadline=date(2027, 2, 1)),
        summary(5, "Dirk", died=None, deadline=None),
    ]
    model = model_with(rows, show_archived=True)
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

    def order(column: int, direction: Qt.SortOrder) -> list[int]:
        model.sort(column, direction)
        return [item.id for item in all_rows(model)]

    assert order(DossierListModel.NAME, ascending) == [2, 1, 3, 5, 4]
    assert order(DossierListModel.NAME, descending) == [4, 5, 3, 1, 2]
    # Equal dates keep the names in order; no date comes last either way.
    assert order(DossierListModel.DATE_OF_DEATH, ascending) == [3, 1, 4, 2, 5]
    assert order(DossierListModel.DATE_OF_DEATH, descending) == [1, 4, 3, 2, 5]
    assert order(DossierListModel.NEXT_DEADLINE, ascending) == [2, 4, 1, 3, 5]
    assert order(DossierListModel.NEXT_DEADLINE, descending) == [1, 2, 4, 3, 5]
    assert order(DossierListModel.STATUS, ascending) == [2, 5, 4, 1, 3]
    assert order(DossierListModel.STATUS, descending) == [3, 1, 2, 5, 4]


def test_rows_load_in_batches_and_row_of_fetches_what_it_needs() -> None:
    model = model_with(many(1000))
    batch = DossierListModel.BATCH
    shown = model.visible_count()
    assert shown > 2 * batch
    assert model.rowCount() == batch
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * batch
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        assert model.rowCount() > before
    assert model.rowCount() == shown
    assert not model.canFetchMore(QModelIndex())

    fresh = model_with(many(1000))
    last = fresh.visible_count() - 1
    dossier_id = fresh._visible[last].id
    assert fresh.row_of(dossier_id) == last
    assert fresh.rowCount() == last + 1
    assert fresh.summary(last).id == dossier_id
    assert fresh.index(last, 0).data(SummaryRole).id == dossier_id


def test_the_same_dossiers_again_change_only_data(qtbot: QtBot) -> None:
    model = model_with(many(1000))
    model.fetchMore(QModelIndex())
    with (
        qtbot.assertNotEmitted(model.layoutChanged),
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged, timeout=1000),
    ):
        model.set_rows(many(1000))
    assert model.rowCount() == 2 * DossierListModel.BATCH  # what the view had, it keeps


def test_a_selected_dossier_that_is_filtered_out_hands_the_current_row_on(
    qtbot: QtBot,
) -> None:
    model = model_with([summary(1, "Aalders"), summary(2, "Bakker"), summary(3, "Cas")])
    view = QTableView()
    qtbot.addWidget(view)
    set_up_table(view, model)
    view.selectRow(model.row_of(2) or 0)
    with qtbot.waitSignal(view.selectionModel().currentRowChanged, timeout=1000):
        model.set_rows([summary(1, "Aalders"), summary(2, "Bakker", True), summary(3, "Cas")])
    current = view.selectionModel().currentIndex()
    assert current.isValid() and model.summary(current.row()).id != 2
