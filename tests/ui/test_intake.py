"""The intake questions: answers in and out, weet ik niet, Back/Next, leaving and resuming."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from nabestaanden.domain.dossier import UNKNOWABLE, Child, Deceased, Dossier, Partner, Situation
from nabestaanden.domain.intake_steps import DONE, STEPS
from nabestaanden.domain.plan import build_plan
from nabestaanden.resources import default_catalogue
from nabestaanden.ui.intake.answers import IntakeAnswers
from nabestaanden.ui.intake.wizard import IntakeWizard

CATALOGUE = default_catalogue()


def wizard(qtbot: QtBot, answers: IntakeAnswers, step: str = "") -> IntakeWizard:
    shown = IntakeWizard(CATALOGUE, answers, step)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


RICH = IntakeAnswers(
    first_names="Zoë",
    surname_prefix="van",
    surname="Dijk-Şahin",
    date_of_birth=date(1958, 2, 3),
    date_of_death=date(2026, 10, 1),
    lived_in_netherlands=True,
    situation=Situation(
        will="yes",
        partner=Partner(
            "cohabiting_contract",
            date(1962, 5, 6),
            incapacity_45=True,
            first_names="Łukasz",
            surname="Kowalczyk",
        ),
        children=[Child(date(2010, 1, 1), False), Child(date(2005, 3, 4), True)],
        other_parent_deceased=False,
        income=["aow", "pension"],
        pension_funds=["abp", "Pensioenfonds Bakkerij"],
        allowances=["huurtoeslag"],
        allowance_holder="deceased",
        housing="rent",
        study_debt=True,
        estate_above_exemption="no",
        unknown=[],
    ),
    contact={
        "first_names": "Noëlle",
        "surname_prefix": "",
        "surname": "Wiśniewska",
        "street": "Kerkstraat",
        "house_number": "3",
        "house_number_addition": "bis",
        "postcode": "1234 AB",
        "city": "Amersfoort",
        "phone": "06 12345678",
        "relation": "child",
    },
)


def test_answers_come_back_as_they_went_in(qtbot: QtBot) -> None:
    assert wizard(qtbot, RICH).answers() == RICH


def test_every_open_question_can_be_answered_weet_ik_niet(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    for group in (
        shown.partner_page.partner,
        shown.children_page.has_children,
        shown.will_page.will,
        shown.housing_page.housing,
    ):
        group.set_value("unknown")
    for group in (shown.money_page.study_debt, shown.money_page.estate):
        group.set_value("unknown")
    for box in (
        shown.income_page.income_unknown,
        shown.income_page.funds_unknown,
        shown.allowances_page.allowances_unknown,
    ):
        box.setChecked(True)
    situation = shown.answers().situation
    assert situation.will == "unknown"
    assert situation.estate_above_exemption == "unknown"
    assert situation.housing is None
    assert set(situation.unknown) == {
        "partner",
        "children",
        "other_parent_deceased",
        "income",
        "pension_funds",
        "allowances",
        "study_debt",
    }
    assert set(situation.unknown) <= set(UNKNOWABLE)
    # Tasks that hang on these answers stay in the plan, with the question.
    plan = build_plan(
        Dossier(Deceased(date_of_death=date(2026, 10, 1)), situation), CATALOGUE, date(2026, 10, 2)
    )
    questions = {question for item in plan.items for question in item.open_questions}
    assert any("partner" in question for question in questions)
    assert any("inkomsten" in question for question in questions)


def test_a_partner_unsure_about_the_contract_is_asked_later(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers())
    shown.partner_page.partner.set_value("cohabiting_unsure")
    shown.partner_page.incapacity.set_value("unknown")
    situation = shown.answers().situation
    assert situation.partner is not None and situation.partner.relationship == "cohabiting"
    assert {"partner_relationship", "partner_incapacity"} <= set(situation.unknown)
    again = wizard(qtbot, shown.answers())
    assert again.partner_page.partner.value() == "cohabiting_unsure"
    assert again.partner_page.incapacity.value() == "unknown"


def test_the_partners_name_is_asked_with_the_partner(qtbot: QtBot) -> None:
    from tests.support.window import key_clicks

    shown = wizard(qtbot, IntakeAnswers(), "partner")
    assert not shown.partner_page.partner_first_names.isVisible()
    shown.partner_page.partner.set_value("married")
    assert shown.partner_page.partner_first_names.isVisible()
    key_clicks(qtbot, shown.partner_page.partner_first_names, "Şükrü")
    key_clicks(qtbot, shown.partner_page.partner_surname, "Yılmaz")
    partner = shown.answers().situation.partner
    assert partner is not None and partner.full_name == "Şükrü Yılmaz"


def test_back_and_next_keep_the_answers(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers())
    shown.next()
    assert shown.current_step() == "uzelf"
    shown.next()
    assert shown.current_step() == "partner"
    shown.partner_page.partner.set_value("married")
    shown.next()
    shown.back()
    assert shown.partner_page.partner.value() == "married"
    assert shown.partner_page.partner_details.isVisible()


def test_a_wrong_date_keeps_the_family_on_the_page_and_names_the_field(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers())
    shown.deceased_page.died.edit.setText("31-02-2026")
    shown.next()
    assert shown.current_step() == "overledene"
    assert shown.deceased_page.died.message.isVisible()
    assert "Datum van overlijden" in shown.deceased_page.died.message.text()
    shown.deceased_page.died.edit.setText("")  # "weet ik niet" is allowed
    shown.next()
    assert shown.current_step() == "uzelf"


def test_a_death_before_the_birth_is_refused(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers())
    shown.deceased_page.born.edit.setText("01-01-2000")
    shown.deceased_page.died.edit.setText("01-01-1999")
    shown.next()
    assert shown.current_step() == "overledene"
    assert (
        shown.deceased_page.died.message.isVisible() or shown.deceased_page.born.message.isVisible()
    )


def test_leaving_saves_the_answers_and_the_page_and_resuming_opens_it(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    saved: list[tuple[IntakeAnswers, str]] = []
    shown.save_requested.connect(lambda answers, step: saved.append((answers, step)))
    for _ in range(4):
        shown.next()
    shown.will_page.will.set_value("no")
    shown.reject()  # "Later verder"
    answers, step = saved[-1]
    assert step == "testament"
    assert answers.situation.will == "no"

    resumed = wizard(qtbot, answers, step)
    assert resumed.current_step() == "testament"
    assert resumed.will_page.will.value() == "no"
    resumed.back()  # the pages before it are in the history
    assert resumed.current_step() == "kinderen"


def test_finishing_saves_done(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(), "klaar")
    saved: list[str] = []
    shown.save_requested.connect(lambda _answers, step: saved.append(step))
    assert shown.current_step() == STEPS[-1]
    shown.accept()
    assert saved == [DONE]


@pytest.mark.parametrize("step", STEPS)
def test_every_page_has_a_why_for_its_questions(qtbot: QtBot, step: str) -> None:
    from PySide6.QtWidgets import QLabel

    shown = wizard(qtbot, IntakeAnswers(), step)
    page = shown.pages[step]
    whys = [label for label in page.findChildren(QLabel) if label.objectName() == "why"]
    if step == "klaar":
        assert not whys
    else:
        assert whys and all("Waarom vragen we dit?" in label.text() for label in whys)


def test_new_questions_choose_nothing_for_the_family(qtbot: QtBot) -> None:
    shown = IntakeWizard(CATALOGUE, IntakeAnswers(), "", fresh=True)
    qtbot.addWidget(shown)
    shown.show()
    assert (
        shown.partner_page.partner.value() is None and shown.money_page.study_debt.value() is None
    )
    situation = shown.answers().situation
    # Pressing Enter through the pages leaves the answers open, never "no partner".
    assert {"partner", "children", "study_debt"} <= set(situation.unknown)
    assert situation.partner is None
    # Pages of boxes not seen yet are open too, not "none of these".
    assert {"income", "pension_funds", "allowances"} <= set(situation.unknown)
    for _ in range(5):
        shown.next()
    assert shown.current_step() == "inkomen"
    shown.income_page.income["aow"].setChecked(True)
    after = shown.answers().situation
    assert after.income == ["aow"] and "income" not in after.unknown  # seen and answered


def test_a_half_typed_date_never_erases_the_stored_one(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 3, 1)))
    shown.deceased_page.died.edit.setText("01-03-20266")
    assert shown.answers().date_of_death == date(2026, 3, 1)
    shown.deceased_page.died.edit.setText("")
    assert shown.answers().date_of_death is None  # emptied on purpose: weet ik niet


def test_resuming_with_dates_that_need_fixing_stops_at_that_page(qtbot: QtBot) -> None:
    answers = IntakeAnswers(date_of_birth=date(2026, 5, 1), date_of_death=date(2026, 3, 1))
    shown = wizard(qtbot, answers, "wonen")  # would loop for ever if page 1 refuses
    assert shown.current_step() == "overledene"


def test_the_undertaker_reports_the_death_unless_the_family_says_otherwise(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    assert shown.deceased_page.reported_by.value() == "undertaker"  # chosen for them
    assert shown.answers().situation.death_reported_by == "undertaker"
    shown.deceased_page.reported_by.set_value("family")
    assert shown.answers().situation.death_reported_by == "family"
    shown.deceased_page.reported_by.set_value("unknown")
    assert "Heeft de uitvaartondernemer het overlijden al aangegeven bij de gemeente?" in (
        shown.open_questions()
    )


def test_a_childs_age_is_asked_when_its_birth_date_is_not_known(qtbot: QtBot) -> None:
    grown_up = IntakeAnswers(
        date_of_birth=date(1950, 1, 1),
        date_of_death=date(2026, 10, 1),
        situation=Situation(
            children=[Child(date(1975, 5, 5)), Child()], other_parent_deceased=True
        ),
    )
    shown = wizard(qtbot, grown_up)
    ask = "Hoe oud waren de kinderen? (Vul de geboortedatum of de leeftijd in.)"
    assert ask in shown.open_questions()  # one date missing: orphan's benefit maybe
    age = shown.children_page.child_ages[1]
    age.setCurrentIndex(age.findData("21_plus"))
    answers = shown.answers()
    assert [child.age_band for child in answers.situation.children] == ["", "21_plus"]
    assert ask not in shown.open_questions()
    plan = build_plan(
        Dossier(Deceased(date_of_death=date(2026, 10, 1)), answers.situation),
        CATALOGUE,
        date(2026, 10, 2),
    )
    assert plan.item("wezenuitkering_aanvragen") is None  # both children were adults
    keuze = plan.item("erfenis_keuze")
    assert keuze is not None  # no minor: no 3-month limit for a child's choice
    assert keuze.deadline.explanation.startswith("Er is geen vaste termijn")


def test_the_summary_lists_the_questions_the_plan_will_ask(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    shown.will_page.will.set_value("unknown")
    questions = shown.open_questions()
    text = shown._summary_text()
    assert text.startswith(f"Op {len(questions)} vragen weet u het antwoord nog niet:")
    for question in questions:
        assert f"• {question}" in text


def test_the_funds_to_tick_are_named_funds_not_the_general_entry(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    assert "pensioenfonds" not in shown.income_page.funds  # "Pensioenfonds" alone says nothing
    assert "abp" in shown.income_page.funds
    assert all(box.text() != "Pensioenfonds" for box in shown.income_page.funds.values())


def test_the_contact_person_is_asked_so_the_first_letter_has_a_sender(qtbot: QtBot) -> None:
    shown = wizard(qtbot, IntakeAnswers(date_of_death=date(2026, 10, 1)))
    page = shown.contact_page
    assert shown.intake_steps_order()[1] == "uzelf"  # right after the deceased
    page.edits["first_names"].setText("Pieter")
    page.edits["surname"].setText("de  Vries")
    page.relation.setCurrentIndex(page.relation.findData("child"))
    page.edits["postcode"].setText("1234ab")
    answers = shown.answers()
    assert answers.contact["surname"] == "de Vries"
    assert answers.contact["postcode"] == "1234 AB"  # written the PostNL way
    assert answers.contact["relation"] == "child"
    page.edits["postcode"].setText("12345")
    assert not page.check()  # the page cannot be left with it
    assert page.postcode_problem.text().startswith("⚠ Postcode: Een Nederlandse postcode")


def test_a_postcode_abroad_is_not_held_to_the_dutch_form(qtbot: QtBot) -> None:
    answers = IntakeAnswers(
        date_of_death=date(2026, 10, 1), contact={"postcode": "1000", "country": "BE"}
    )
    shown = wizard(qtbot, answers)
    assert shown.contact_page.check()  # Brussels' postcode: fine for a Belgian address
    assert shown.answers().contact["postcode"] == "1000"
