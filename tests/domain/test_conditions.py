"""Catalogue formulas: parsing and three-valued evaluation."""

from __future__ import annotations

import pytest

from nabestaanden.domain.conditions import (
    NO,
    YES,
    ConditionSyntaxError,
    Outcome,
    parse_condition,
    unknown,
)

NAMES = ("a", "b", "c")


def evaluate(text: str, **values: Outcome) -> Outcome:
    return parse_condition(text, NAMES).evaluate(lambda name: values[name])


def test_a_known_false_part_decides_and_whatever_is_unknown() -> None:
    assert evaluate("a and b", a=NO, b=unknown("Vraag B?")) == NO
    assert evaluate("a or b", a=YES, b=unknown("Vraag B?")) == YES


def test_unknown_parts_leave_the_whole_unknown_and_name_their_questions() -> None:
    result = evaluate("a and (b or c)", a=unknown("Vraag A?"), b=NO, c=unknown("Vraag C?"))
    assert result.is_unknown
    assert result.questions == ("Vraag A?", "Vraag C?")


def test_not_flips_known_values_and_keeps_unknown() -> None:
    assert evaluate("not a", a=YES) == NO
    assert evaluate("not a", a=NO) == YES
    assert evaluate("not a", a=unknown("Vraag A?")).questions == ("Vraag A?",)


def test_a_question_is_named_once_even_when_two_facts_ask_it() -> None:
    result = evaluate("a and b", a=unknown("Zelfde?"), b=unknown("Zelfde?"))
    assert result.questions == ("Zelfde?",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a and", "geen geldige formule"),
        ("a and d", "onbekend feit 'd'"),
        ("a == b", "alleen namen van feiten"),
        ("-a", "alleen 'not'"),
        ("__import__('os')", "alleen namen van feiten"),
    ],
)
def test_formulas_outside_the_small_language_are_refused(text: str, message: str) -> None:
    with pytest.raises(ConditionSyntaxError, match=message):
        parse_condition(text, NAMES)
