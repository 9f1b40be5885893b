"""The dashboard: what to do now, the plan by theme, one task in detail."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot

from nabestaanden.domain.catalogue import plain_text
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import letters_for_plan
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.ui.dashboard.dashboard import Dashboard
from nabestaanden.ui.dashboard.task_model import TaskIdRole, TaskTreeModel
from tests.support.examples import example_document

CATALOGUE = default_catalogue()


def example_plan(today: date, lived_here: bool = True) -> Plan:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = lived_here
    return build_plan(read_dossier(document, today), CATALOGUE, today)


def dashboard(qtbot: QtBot, plan: Plan, intake_done: bool = True) -> Dashboard:
    shown = Dashboard()
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    shown.set_plan(plan, letters_for_plan(plan, default_letters()), intake_done)
    return shown


def task_rows(model: TaskTreeModel) -> list[QModelIndex]:
    rows = []
    for theme in range(model.rowCount()):
        parent = model.index(theme, 0)
        rows += [model.index(row, 0, parent) for row in range(model.rowCount(parent))]
    return rows


def test_the_task_tree_is_a_sound_item_model(qtbot: QtBot, qtmodeltester: object) -> None:
    shown = dashboard(qtbot, example_plan(date(2026, 4, 1)))
    qtmodeltester.check(shown.model)  # type: ignore[attr-defined]


def test_every_task_of_the_plan_is_in_the_tree_under_its_theme(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    listed = {index.data(TaskIdRole) for index in task_rows(shown.model)}
    assert listed == {item.id for item in plan.items}
    first_theme = shown.model.index(0, TaskTreeModel.STATUS)
    assert " van " in first_theme.data() and "klaar" in first_theme.data()


def test_task_titles_wrap_in_a_narrow_list_and_the_tooltip_has_them_whole(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import QRect

    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    shown.tabs.setCurrentIndex(1)
    shown.tree.setFixedWidth(420)  # as at twice the text size: the title column is narrow
    qtbot.waitUntil(lambda: shown.tree.columnWidth(TaskTreeModel.TITLE) < 300)
    qtbot.wait(50)  # the delayed layout of the rows
    metrics = shown.tree.fontMetrics()
    wrapped = 0
    for index in task_rows(shown.model):
        title = index.data(Qt.ItemDataRole.DisplayRole)
        rect = shown.tree.visualRect(index)
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width() - 6, 100000), int(Qt.TextFlag.TextWordWrap), title
        )
        assert rect.height() >= needed.height(), title  # every line of it shows
        wrapped += needed.height() > metrics.lineSpacing()
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)
    assert wrapped  # some titles did need a second line


def test_overdue_and_due_soon_are_marked_by_words_and_an_icon(qtbot: QtBot) -> None:
    plan = example_plan(date(2027, 6, 1))  # long after the death: deadlines have passed
    shown = dashboard(qtbot, plan)
    overdue = {item.id for item in plan.overdue()}
    assert overdue
    for index in task_rows(shown.model):
        deadline = index.siblingAtColumn(TaskTreeModel.DEADLINE)
        if index.data(TaskIdRole) in overdue:
            assert deadline.data().startswith("TE LAAT")
            assert deadline.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "TE LAAT" in shown.overview.toPlainText()


def test_due_soon_is_said_in_words(qtbot: QtBot) -> None:
    died = date(2026, 3, 15)
    plan = example_plan(died)
    soon = [
        item
        for item in plan.items
        if item.deadline.kind == "date" and item.deadline.day and item.deadline.day > died
    ]
    first = min(soon, key=lambda item: item.deadline.day or died)
    assert first.deadline.day is not None
    plan = example_plan(first.deadline.day - timedelta(days=3))
    shown = dashboard(qtbot, plan)
    index = shown.model.index_of(first.id).siblingAtColumn(TaskTreeModel.DEADLINE)
    assert index.data().startswith("binnenkort")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_overview_says_what_to_do_now_and_what_was_passed_on(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    text = shown.overview.toPlainText()
    assert "Wat kan ik nu doen?" in text
    first_step = plan.next_steps()[0]
    assert plain_text(first_step.task.title) in text
    assert "Dit is al automatisch doorgegeven" in text
    for organisation in plan.informed_automatically():
        assert organisation.name in text


def test_the_overview_names_each_task_once(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 11, 29))  # late, soon and to ask after: all of them
    assert plan.overdue() and plan.follow_ups()
    shown = dashboard(qtbot, plan)
    text = shown.overview.toPlainText()
    for item in plan.items:
        assert text.count(plain_text(item.task.title)) <= 1, item.id


def test_abroad_nothing_is_passed_on_and_the_overview_says_so(qtbot: QtBot) -> None:
    shown = dashboard(qtbot, example_plan(date(2026, 4, 1), lived_here=False))
    text = shown.overview.toPlainText()
    assert "geen enkele organisatie automatisch bericht" in text


def test_an_unfinished_intake_is_mentioned_with_a_way_back(qtbot: QtBot) -> None:
    shown = dashboard(qtbot, example_plan(date(2026, 4, 1)), intake_done=False)
    assert "nog niet afgemaakt" in shown.overview.toPlainText()
    with qtbot.waitSignal(shown.intake_requested):
        shown.overview.anchorClicked.emit(QUrl("vragen:"))


def test_a_task_shows_its_explanation_sources_and_te_controleren(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    to_verify = next(item for item in plan.items if item.verification.to_verify)
    shown.select_task(to_verify.id)
    text = shown.detail.text.toPlainText()
    assert "Waarom" in text and "Wat moet u doen?" in text
    assert "Te controleren:" in text
    assert all(source in text for source in to_verify.task.sources)
    confirmed = next(item for item in plan.items if not item.verification.to_verify)
    shown.select_task(confirmed.id)
    assert "Te controleren:" not in shown.detail.text.toPlainText()


def test_status_and_note_changes_are_handed_on_for_saving(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    item = plan.items[0]
    shown.select_task(item.id)
    with qtbot.waitSignal(shown.status_changed) as status:
        shown.detail.status.setCurrentIndex(shown.detail.status.findData("done"))
    assert status.args == [item.id, "done"]
    with qtbot.waitSignal(shown.note_changed, timeout=3000) as note:
        shown.detail.note.setPlainText("Gebeld, brief volgt")
    assert note.args == [item.id, "Gebeld, brief volgt"]


def test_glossary_links_in_a_task_ask_for_the_term(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    item = next(item for item in plan.items if "[[" in item.task.why)
    shown.select_task(item.id)
    assert 'href="begrip:' in shown.detail.text.toHtml()
    with qtbot.waitSignal(shown.term_requested) as term:
        shown.detail.text.anchorClicked.emit(QUrl("begrip:digid"))
    assert term.args == ["digid"]


def test_a_task_lists_its_letters_and_asks_for_one(qtbot: QtBot) -> None:
    plan = example_plan(date(2026, 4, 1))
    shown = dashboard(qtbot, plan)
    offer = next(offer for offer in shown.offers if offer.item is not None)
    assert offer.item is not None
    shown.select_task(offer.item.id)
    assert shown.detail.letters.count() >= 1
    with qtbot.waitSignal(shown.letter_requested) as asked:
        shown.detail.make_letter.click()
    assert asked.args[0].startswith(offer.definition.id)


def test_a_task_shows_who_may_act_at_its_organisation_today(qtbot: QtBot) -> None:
    from tests.support.examples import MANDATE

    document = example_document()
    active_bank = {
        **MANDATE,
        "services": [
            {
                "organisation": "bank",
                "name": "",
                "type": "financien",
                "rights": ["inzien", "wijzigen"],
            }
        ],
    }
    revoked = {
        **active_bank,
        "holder": {"organisation": "Notaris De Vries"},
        "history": [
            *MANDATE["history"],
            {"status": "ingetrokken", "date": "2026-05-01", "note": ""},
        ],
    }
    document["mandates"] = [active_bank, revoked]
    today = date(2026, 6, 1)
    plan = build_plan(read_dossier(document, today), CATALOGUE, today)
    shown = dashboard(qtbot, plan)
    shown.select_task("banken_melden")
    text = shown.detail.text.toPlainText()
    assert "Wie mag dit nu regelen" in text
    assert "Pieter van der Berg" in text and "inzien, wijzigen" in text
    assert "Notaris De Vries" not in text  # revoked
    # The list of all tasks shows it too, next to the task.
    model = shown.model
    bank = model.index_of("banken_melden")
    who = model.index(bank.row(), model.WHO, bank.parent())
    assert who.data() == "Pieter van der Berg (inzien, wijzigen)"  # with what they may do
    assert "inzien, wijzigen" in who.data(Qt.ItemDataRole.ToolTipRole)
    svb = model.index_of("aow_controleren")
    assert model.index(svb.row(), model.WHO, svb.parent()).data() == ""
    assert not shown.tree.isColumnHidden(model.WHO)
    # And on the "Nu doen" page, under the task.
    overview = shown.overview.toPlainText()
    assert "Mag regelen (machtiging): Pieter van der Berg (inzien, wijzigen)" in overview
    # Without any mandate the column stays out of the way.
    plain = dashboard(qtbot, example_plan(today))
    assert plain.tree.isColumnHidden(plain.model.WHO)
    assert "Mag regelen" not in plain.overview.toPlainText()


def test_a_task_shows_the_warnings_about_mandates_at_its_organisation(qtbot: QtBot) -> None:
    from tests.support.examples import MANDATE

    document = example_document()  # died 15 March 2026
    nbm = {
        **MANDATE,
        "legal_basis": "nabestaandenmachtiging",
        "duration": "geen_einddatum",
        "valid_from": None,
        "valid_until": None,
        "services": [
            {
                "organisation": "belastingdienst",
                "name": "",
                "type": "belastingen",
                "rights": ["aanvragen"],
            }
        ],
    }
    second = {**nbm, "holder": {"organisation": "Notariskantoor De Vries"}}
    document["mandates"] = [nbm, second]
    today = date(2026, 6, 1)
    plan = build_plan(read_dossier(document, today), CATALOGUE, today)
    shown = dashboard(qtbot, plan)
    shown.select_task("ib_aangifte_f")
    text = shown.detail.text.toPlainText()
    assert "Notariskantoor De Vries: Maar één persoon of organisatie tegelijk" in text
    assert "vanaf 1 maart 2027" in text
    shown.select_task("banken_melden")  # another organisation: not these warnings
    assert "Maar één persoon" not in shown.detail.text.toPlainText()
