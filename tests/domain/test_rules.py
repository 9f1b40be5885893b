"""Facts about a situation: the AOW age, children's ages, unknown answers."""

from __future__ import annotations

from datetime import date

import pytest

from nabestaanden.domain.conditions import NO
from nabestaanden.domain.dossier import Child, Deceased, Dossier, Partner, Situation
from nabestaanden.domain.rules import (
    ASK_CHILDREN_BORN,
    ASK_PARTNER_AOW,
    ASK_PARTNER_BORN,
    SituationFacts,
    aow_date,
)
from nabestaanden.resources import default_catalogue

TABLE = default_catalogue().aow_table


def facts(died: date | None, situation: Situation) -> SituationFacts:
    return SituationFacts(Dossier(Deceased(date_of_death=died), situation), TABLE)


@pytest.mark.parametrize(
    ("born", "reaches"),
    [
        (date(1959, 5, 10), date(2026, 5, 10)),  # 67 in 2026
        (date(1961, 3, 1), date(2028, 6, 1)),  # 67 and 3 months in 2028
        (date(1956, 7, 15), date(2023, 5, 15)),  # 66 and 10 months in 2023
        # Born before 1 June 1956: 66 and 7 months in 2022, although 66 and 10 months
        # would also land in 2023 (the earlier year wins, as in the official table).
        (date(1956, 5, 20), date(2022, 12, 20)),
        (date(1955, 11, 30), date(2022, 6, 30)),  # 66 and 7 months in 2022
    ],
)
def test_the_aow_date_follows_the_age_of_the_year_in_which_it_is_reached(
    born: date, reaches: date
) -> None:
    result = aow_date(born, TABLE)
    assert result is not None
    assert result.day == reaches


def test_a_confirmed_row_gives_one_sure_date() -> None:
    result = aow_date(date(1959, 5, 10), TABLE)
    assert result is not None
    assert result.earliest == result.day == result.latest == date(2026, 5, 10)


def test_an_unconfirmed_row_leaves_a_year_either_way() -> None:
    result = aow_date(date(1954, 3, 15), TABLE)  # 66 and 4 months in 2020, to verify
    assert result is not None
    assert result.day == date(2020, 7, 15)
    assert (result.earliest, result.latest) == (date(2019, 7, 15), date(2021, 7, 15))


def test_past_the_table_the_last_age_is_only_a_lower_bound() -> None:
    result = aow_date(date(1970, 1, 1), TABLE)
    assert result is not None
    assert result.day == result.earliest == date(2037, 4, 1)
    assert result.latest is None


def test_near_an_unsure_aow_date_the_family_is_asked() -> None:
    # Born 1 September 1952: by the table's first row (2019) 1 January 2019, but in
    # 2018 the AOW age may have been reached earlier. Close to it: ask.
    partner = Partner("married", date(1952, 9, 1))
    near = facts(date(2018, 12, 1), Situation(partner=partner))("partner_below_aow_age")
    assert near.questions == (ASK_PARTNER_AOW,)
    assert facts(date(2020, 6, 1), Situation(partner=partner))("partner_below_aow_age") == NO


def test_a_partner_who_reaches_the_aow_age_on_the_date_of_death_is_not_below_it() -> None:
    partner = Partner("married", date(1959, 5, 10))
    on_the_day = facts(date(2026, 5, 10), Situation(partner=partner))
    day_before = facts(date(2026, 5, 9), Situation(partner=partner))
    assert on_the_day("partner_below_aow_age").value is False
    assert day_before("partner_below_aow_age").value is True


def test_a_young_partner_past_the_table_is_still_known_to_be_below() -> None:
    partner = Partner("cohabiting", date(1980, 2, 2))
    assert facts(date(2026, 1, 1), Situation(partner=partner))("partner_below_aow_age").value


def test_a_missing_birth_date_makes_the_partner_fact_unknown_with_the_question() -> None:
    result = facts(date(2026, 3, 1), Situation(partner=Partner("married")))("partner_below_aow_age")
    assert result.is_unknown
    assert result.questions == (ASK_PARTNER_BORN,)


def test_no_partner_means_not_below_the_aow_age() -> None:
    assert facts(date(2026, 3, 1), Situation())("partner_below_aow_age").value is False


def test_a_child_turning_18_on_the_date_of_death_is_no_longer_under_18() -> None:
    situation = Situation(children=[Child(date(2008, 3, 15))])
    assert facts(date(2026, 3, 15), situation)("child_under_18").value is False
    assert facts(date(2026, 3, 14), situation)("child_under_18").value is True
    assert facts(date(2026, 3, 15), situation)("child_under_21").value is True


def test_one_young_child_decides_even_when_another_birth_date_is_missing() -> None:
    situation = Situation(children=[Child(None), Child(date(2015, 1, 1))])
    assert facts(date(2026, 3, 1), situation)("child_under_18").value is True
    older = Situation(children=[Child(None), Child(date(1990, 1, 1))])
    result = facts(date(2026, 3, 1), older)("child_under_18")
    assert result.questions == (ASK_CHILDREN_BORN,)


@pytest.mark.parametrize(
    ("band", "under_16", "under_18", "under_21", "studying_16_to_21"),
    [
        ("under_16", True, True, True, False),
        ("16_17", False, True, True, True),
        ("18_20", False, False, True, True),
        ("21_plus", False, False, False, False),
    ],
)
def test_an_age_band_answers_the_age_limits_without_a_birth_date(
    band: str, under_16: bool, under_18: bool, under_21: bool, studying_16_to_21: bool
) -> None:
    situation = Situation(children=[Child(None, studying=True, age_band=band)])
    found = facts(date(2026, 3, 1), situation)
    assert found("child_under_16").value is under_16
    assert found("child_under_18").value is under_18
    assert found("child_under_21").value is under_21
    assert found("child_16_to_21_studying").value is studying_16_to_21


def test_a_birth_date_wins_over_an_age_band() -> None:
    situation = Situation(children=[Child(date(2015, 1, 1), age_band="21_plus")])
    assert facts(date(2026, 3, 1), situation)("child_under_18").value is True


def test_allowance_holder_unknown_only_when_there_are_allowances() -> None:
    assert facts(None, Situation())("allowance_holder_deceased").value is False
    with_allowance = Situation(allowances=["huurtoeslag"], allowance_holder=None)
    assert facts(None, with_allowance)("allowance_holder_deceased").is_unknown


def test_will_and_estate_answers_map_to_yes_no_unknown() -> None:
    assert facts(None, Situation(will="yes"))("has_will").value is True
    assert facts(None, Situation(will="no"))("has_will").value is False
    assert facts(None, Situation(estate_above_exemption="unknown"))(
        "estate_above_exemption"
    ).is_unknown


@pytest.mark.parametrize(
    ("key", "fact"),
    [
        ("partner", "has_partner"),
        ("partner", "partner_below_aow_age"),
        ("partner", "partner_married"),
        ("children", "has_children"),
        ("children", "child_under_18"),
        ("income", "income_aow"),
        ("pension_funds", "has_pension_fund"),
        ("allowances", "has_allowances"),
        ("allowances", "allowance_holder_partner"),
        ("study_debt", "study_debt"),
        ("other_parent_deceased", "other_parent_deceased"),
    ],
)
def test_weet_ik_niet_leaves_the_fact_open_with_a_question(key: str, fact: str) -> None:
    answered_no = facts(date(2026, 3, 1), Situation())(fact)
    not_known = facts(date(2026, 3, 1), Situation(unknown=[key]))(fact)
    assert answered_no.value is False
    assert not_known.is_unknown
    assert not_known.questions and all(question.endswith("?") for question in not_known.questions)


def test_what_the_family_did_fill_in_counts_even_beside_weet_ik_niet() -> None:
    situation = Situation(income=["aow"], unknown=["income"])
    assert facts(None, situation)("income_aow").value is True
    assert facts(None, situation)("income_pension").is_unknown
    married = Situation(partner=Partner("married"), unknown=["partner_relationship"])
    assert facts(None, married)("has_partner").value is True
    assert facts(None, married)("partner_cohabiting_contract").is_unknown
    studying = Situation(children=[Child(date(2010, 1, 1))], unknown=["children_studying"])
    assert facts(None, studying)("child_studying").is_unknown


def test_a_child_whose_only_legal_parent_died_has_no_parent_left() -> None:
    child = [Child(date(2015, 1, 1))]
    only_parent = facts(date(2026, 6, 1), Situation(children=child, no_other_legal_parent=True))
    assert only_parent("no_parent_left").value is True
    both = facts(date(2026, 6, 1), Situation(children=child, other_parent_deceased=True))
    assert both("no_parent_left").value is True
    other_alive = facts(date(2026, 6, 1), Situation(children=child))
    assert other_alive("no_parent_left").value is False
    asked = facts(date(2026, 6, 1), Situation(children=child, unknown=["other_parent_deceased"]))
    assert asked("no_parent_left").is_unknown


def test_a_child_of_16_to_20_counts_for_the_orphans_benefit_only_while_studying() -> None:
    died = date(2026, 6, 1)
    seventeen_studying = [Child(date(2009, 1, 1), studying=True)]
    assert facts(died, Situation(children=seventeen_studying))("child_16_to_21_studying").value
    seventeen_working = [Child(date(2009, 1, 1), studying=False)]
    assert facts(died, Situation(children=seventeen_working))("child_16_to_21_studying") == NO
    fifteen = [Child(date(2011, 1, 1), studying=True)]
    assert facts(died, Situation(children=fifteen))("child_16_to_21_studying") == NO
    assert facts(died, Situation(children=fifteen))("child_under_16").value is True
    # Turning 16 on the date of death: 16 now, no longer under 16.
    sixteen_today = [Child(date(2010, 6, 1))]
    assert facts(died, Situation(children=sixteen_today))("child_under_16") == NO
    not_sure = Situation(children=seventeen_working, unknown=["children_studying"])
    assert facts(died, not_sure)("child_16_to_21_studying").is_unknown


def test_a_car_not_asked_about_is_not_taken_as_no_car() -> None:
    assert facts(date(2026, 6, 1), Situation(car=True))("has_car").value is True
    assert facts(date(2026, 6, 1), Situation())("has_car") == NO
    assert facts(date(2026, 6, 1), Situation(unknown=["car"]))("has_car").is_unknown
