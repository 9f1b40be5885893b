"""The checklist engine: which tasks, in what order, what can be done now, per organisation."""

from __future__ import annotations

from datetime import date
from typing import Any

from nabestaanden.domain.dossier import Dossier, TaskProgress
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import AKTE_ABROAD, Plan, build_plan
from nabestaanden.resources import default_catalogue
from tests.support.examples import example_document

TODAY = date(2026, 11, 29)


def dossier(today: date = TODAY, **situation: Any) -> Dossier:
    document = example_document()
    document["situation"].update(situation)
    return read_dossier(document, today)


def plan_for(data: Dossier, today: date = TODAY) -> Plan:
    return build_plan(data, default_catalogue(), today)


def ids(plan: Plan) -> list[str]:
    return [item.id for item in plan.items]


def test_a_task_whose_condition_is_false_is_left_out() -> None:
    plan = plan_for(dossier(housing="own", income=["aow"], pension_funds=[]))
    assert "huurwoning" not in ids(plan)
    assert "pensioen_nabestaanden" not in ids(plan)
    assert "anw_aanvragen" not in ids(plan)  # the partner (born 1952) is past the AOW age


def test_an_undecided_task_is_included_and_says_which_answer_settles_it() -> None:
    plan = plan_for(dossier(housing=None, estate_above_exemption="unknown"))
    rent = plan.item("huurwoning")
    assert rent is not None
    assert rent.open_questions == ("Huurde de overledene de woning, of was het een koopwoning?",)
    estate = plan.item("erfbelasting_aangifte")
    assert estate is not None and estate.open_questions
    decided = plan_for(dossier(estate_above_exemption="yes")).item("erfbelasting_aangifte")
    assert decided is not None and decided.open_questions == ()


def test_every_task_comes_after_the_tasks_it_depends_on() -> None:
    plan = plan_for(dossier(will="yes", estate_above_exemption="yes"))
    position = {task_id: index for index, task_id in enumerate(ids(plan))}
    for item in plan.items:
        for prerequisite in item.depends_on:
            assert position[prerequisite] < position[item.id], (prerequisite, item.id)


def test_tasks_are_ordered_by_deadline_and_a_prerequisite_takes_the_earlier_deadline() -> None:
    # Death before 2026: erfbelasting is due after 8 months (15 Aug 2025), before the
    # income-tax return it depends on (1 May 2026). The return must come first.
    document = example_document()
    document["deceased"]["date_of_death"] = "2024-12-15"
    document["situation"]["estate_above_exemption"] = "yes"
    plan = plan_for(read_dossier(document, TODAY))
    order = ids(plan)
    assert order.index("contactpersoon_belastingdienst") < order.index("ib_aangifte_f")
    assert order.index("ib_aangifte_f") < order.index("erfbelasting_aangifte")
    assert order.index("erfbelasting_aangifte") < order.index("toeslagen_definitieve_berekening")
    dated = [item.deadline.day for item in plan.items if item.deadline.day and not item.depends_on]
    assert dated == sorted(dated)


def test_what_can_i_do_now_lists_tasks_whose_prerequisites_are_finished() -> None:
    data = dossier(death_reported_by="family")
    before = [item.id for item in plan_for(data).next_steps()]
    assert "akte_uittreksels" not in before  # waits for the aangifte
    assert "ib_aangifte_f" not in before  # waits for the contact person
    data.tasks["aangifte_overlijden"] = TaskProgress("done", done_on=date(2026, 3, 17))
    data.tasks["contactpersoon_belastingdienst"] = TaskProgress("not_applicable")
    data.tasks["testament_zoeken"] = TaskProgress("waiting")
    after = [item.id for item in plan_for(data).next_steps()]
    assert "akte_uittreksels" in after
    assert "ib_aangifte_f" in after
    assert "aangifte_overlijden" not in after
    assert "testament_zoeken" not in after  # waiting for an answer: nothing to do now
    assert "erfenis_keuze" not in after  # its prerequisite is not finished


def test_the_aangifte_is_left_to_the_undertaker_unless_the_family_does_it() -> None:
    default = plan_for(dossier())
    assert default.item("aangifte_overlijden") is None  # the undertaker does it
    assert default.item("akte_uittreksels") is not None  # not waiting for it either
    assert "akte_uittreksels" in [item.id for item in default.next_steps()]
    assert plan_for(dossier(death_reported_by="family")).item("aangifte_overlijden")
    unsure = plan_for(dossier(death_reported_by="unknown")).item("aangifte_overlijden")
    assert unsure is not None
    assert unsure.open_questions == (
        "Heeft de uitvaartondernemer het overlijden al aangegeven bij de gemeente?",
    )


def test_next_steps_put_the_nearest_deadline_first() -> None:
    steps = plan_for(dossier()).next_steps()
    dated = [item.deadline.day for item in steps if item.deadline.day is not None]
    assert dated == sorted(dated)


def test_the_bereavement_mandate_can_be_asked_for_right_after_the_death() -> None:
    data = dossier()
    data.tasks["verklaring_van_erfrecht"] = TaskProgress("done")
    soon = plan_for(data, date(2026, 3, 20))
    assert "nabestaandenmachtiging_aanvragen" in [item.id for item in soon.next_steps()]
    assert soon.item("nabestaandenmachtiging_aanvragen").available_from is None


def test_with_a_will_the_bereavement_mandate_needs_the_verklaring_van_erfrecht() -> None:
    with_will = plan_for(dossier(will="yes")).item("nabestaandenmachtiging_aanvragen")
    without = plan_for(dossier(will="no")).item("nabestaandenmachtiging_aanvragen")
    assert with_will is not None and without is not None
    assert with_will.depends_on == ("verklaring_van_erfrecht",)
    assert without.depends_on == ()


def test_overdue_tasks_are_those_past_their_deadline_and_not_finished() -> None:
    data = dossier()
    data.tasks["aangifte_overlijden"] = TaskProgress("done")
    plan = plan_for(data, date(2026, 7, 1))
    overdue = {item.id for item in plan.overdue()}
    assert "aangifte_overlijden" not in overdue  # done
    assert "erfenis_keuze" in overdue  # 3 months for the child under 18: 15 June 2026
    assert "ib_aangifte_f" not in overdue  # due 1 May 2027


def test_a_letter_that_has_not_come_is_a_follow_up_never_overdue() -> None:
    plan = plan_for(dossier(), date(2026, 7, 1))
    contact = plan.item("contactpersoon_belastingdienst")
    assert contact is not None
    assert contact.deadline.kind == "expected"
    assert contact.follow_up and not contact.overdue
    assert contact not in plan.overdue()
    assert contact in plan.follow_ups()


def test_a_near_deadline_is_shown_even_when_a_step_must_come_first() -> None:
    # Death 20 March 2026, nobody else in the rented home: the lease ends 31 May 2026.
    document = example_document()
    document["deceased"]["date_of_death"] = "2026-03-20"
    document["situation"]["partner"] = None
    data = read_dossier(document, TODAY)
    plan = plan_for(data, date(2026, 5, 20))
    lease = plan.item("huurwoning")
    assert lease is not None and lease.deadline.day == date(2026, 5, 31)
    assert lease not in plan.next_steps()  # the choice about the inheritance comes first
    assert lease in plan.due_soon()


def test_each_pension_fund_of_the_situation_gets_the_pension_task() -> None:
    plan = plan_for(dossier(pension_funds=["abp", "Pensioenfonds Vervoer"]))
    views = {view.id: view for view in plan.organisations()}
    assert [item.id for item in views["abp"].tasks] == ["pensioen_nabestaanden"]
    assert views["Pensioenfonds Vervoer"].name == "Pensioenfonds Vervoer"
    assert views["Pensioenfonds Vervoer"].informed_automatically
    assert "pensioenfonds" not in views


def test_per_organisation_view_says_what_the_family_must_send() -> None:
    plan = plan_for(dossier())
    views = {view.id: view for view in plan.organisations()}
    assert not views["bank"].informed_automatically
    assert any("akte van overlijden" in text for text in views["bank"].to_send)
    assert views["belastingdienst"].informed_automatically
    assert "Het antwoord op de brief" in views["belastingdienst"].to_send[0]
    assert AKTE_ABROAD not in views["belastingdienst"].to_send


def test_living_abroad_means_nothing_is_passed_on_automatically() -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    plan = plan_for(read_dossier(document, TODAY))
    assert plan.informed_automatically() == []
    assert not any(item.informed_automatically for item in plan.items)
    views = {view.id: view for view in plan.organisations()}
    assert views["svb"].to_send[0] == AKTE_ABROAD
    assert AKTE_ABROAD not in views["bank"].to_send  # banks are never informed anyway
    pension = plan.item("pensioen_nabestaanden")
    assert pension is not None and pension.deadline.kind == "asap"


def test_progress_on_a_task_no_longer_in_the_catalogue_is_kept_as_retired() -> None:
    data = dossier()
    data.tasks["oude_taak"] = TaskProgress("done", "Geregeld met de notaris", date(2026, 4, 2))
    plan = plan_for(data)
    assert [(task.id, task.progress.note) for task in plan.retired] == [
        ("oude_taak", "Geregeld met de notaris")
    ]
    assert "oude_taak" not in ids(plan)


def test_without_a_date_of_death_dated_deadlines_are_unknown_but_asap_stays() -> None:
    document = example_document()
    document["deceased"]["date_of_death"] = None
    plan = plan_for(read_dossier(document, TODAY))
    assert plan.item("ib_aangifte_f").deadline.kind == "unknown"  # type: ignore[union-attr]
    assert plan.item("banken_melden").deadline.kind == "asap"  # type: ignore[union-attr]
    anw = plan.item("anw_aanvragen")  # ages on the date of death are unknown too
    assert anw is not None
    assert anw.open_questions == ("Wat is de datum van overlijden?",)
