"""Deadlines: from a task's rules and the date of death to a date and a sentence.

Every deadline carries a Dutch sentence that says how it was computed, so a family
can check it (and so can a notary). Rules are listed per task in the catalogue; the
first rule that fits the situation and the date of death is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from babel.dates import format_date

from nabestaanden.domain.catalogue import Catalogue, DeadlineRule, Evidence, Task, Verification
from nabestaanden.domain.conditions import Outcome
from nabestaanden.domain.dates import (
    add_months,
    add_working_days,
    end_of_month_after,
    is_working_day,
    long_date,
    public_holidays,
    weekday_date,
)

DATE: Final = "date"  # a computed date: the family's deadline
EXPECTED: Final = "expected"  # a computed date by which a letter or payment should come
ASAP: Final = "asap"  # as soon as possible, no date
NONE: Final = "none"  # no deadline
UNKNOWN: Final = "unknown"  # cannot be computed yet (no date of death)


@dataclass(frozen=True)
class Deadline:
    kind: str
    day: date | None
    explanation: str
    verification: Verification = field(default_factory=Verification)
    # The quote from the source the rule rests on (shown under "Bron").
    evidence: Evidence | None = None


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _months_text(count: int) -> str:
    if count % 12 == 0:
        return _count(count // 12, "jaar", "jaar")
    return _count(count, "maand", "maanden")


def _rule_applies(rule: DeadlineRule, died: date) -> bool:
    if rule.died_before is not None and not died < rule.died_before:
        return False
    return not (rule.died_on_or_after is not None and died < rule.died_on_or_after)


def _compute(rule: DeadlineRule, died: date) -> tuple[date | None, str]:
    """The date a rule gives and the sentence that explains it."""
    if rule.rule == "none":
        return None, "Hiervoor geldt geen vaste termijn."
    if rule.rule == "asap":
        return None, "Doe dit zo snel mogelijk."
    died_text = long_date(died)
    if rule.rule in ("days", "weeks"):
        days = rule.count * (7 if rule.rule == "weeks" else 1)
        day = died + timedelta(days=days)
        amount = (
            _count(rule.count, "week", "weken")
            if rule.rule == "weeks"
            else _count(rule.count, "dag", "dagen")
        )
        return day, f"{amount} na de datum van overlijden ({died_text}): {long_date(day)}."
    if rule.rule == "working_days":
        day, skipped = add_working_days(died, rule.count)
        text = (
            f"De {rule.count}e werkdag na de dag van overlijden ({died_text}): "
            f"{weekday_date(day)}. Zaterdagen en zondagen tellen niet mee"
        )
        if skipped:
            text += ", en ook deze feestdagen niet: " + ", ".join(skipped)
        return day, text + "."
    if rule.rule == "months":
        day = add_months(died, rule.count)
        text = (
            f"{_months_text(rule.count)} na de datum van overlijden ({died_text}): "
            f"{long_date(day)}."
        )
        if day.day != died.day:
            text += f" Die maand heeft geen {died.day}e dag; dan geldt de laatste dag van de maand."
        return day, text
    if rule.rule == "end_of_month":
        day = end_of_month_after(died, rule.count)
        month = format_date(died, format="MMMM y", locale="nl_NL")
        return day, (
            f"Het einde van de {rule.count}e maand na de maand van overlijden ({month}): "
            f"{long_date(day)}."
        )
    if rule.rule == "fixed_date":
        day = date(died.year + rule.years_after, rule.month, rule.day)
        which = {
            0: "het jaar van overlijden",
            1: "het jaar na het overlijden",
        }.get(rule.years_after, f"het {rule.years_after}e jaar na het overlijden")
        day_month = format_date(day, format="d MMMM", locale="nl_NL")
        return day, f"{day_month} van {which} (overleden in {died.year}): {long_date(day)}."
    raise ValueError(f"onbekende termijnregel {rule.rule!r}")


def _choose(
    rules: tuple[DeadlineRule, ...], died: date, fact: Callable[[str], Outcome]
) -> tuple[DeadlineRule | None, tuple[str, ...]]:
    """The first rule that fits; with the open questions if its condition is unknown."""
    for rule in rules:
        if not _rule_applies(rule, died):
            continue
        if rule.when is None:
            return rule, ()
        outcome = rule.when.evaluate(fact)
        if outcome.value is False:
            continue
        return rule, outcome.questions
    return None, ()


def compute_deadline(
    task: Task,
    died: date | None,
    fact: Callable[[str], Outcome],
    catalogue: Catalogue,
) -> Deadline:
    """The deadline of ``task`` for a death on ``died``."""
    if died is None:
        only_undated = all(rule.rule in ("none", "asap") for rule in task.deadline)
        if only_undated:
            first = task.deadline[0]
            kind = ASAP if first.rule == "asap" else NONE
            _, text = _compute(first, date.max)
            if first.rule == "none" and first.note:
                text = ""  # the note says it better than the general sentence
            return Deadline(
                kind, None, _with_note(text, first.note), first.verification, first.evidence
            )
        return Deadline(
            UNKNOWN, None, "Vul de datum van overlijden in; dan rekent de app de termijn uit."
        )
    rule, questions = _choose(task.deadline, died, fact)
    if rule is None:  # the catalogue check makes sure the last rule always fits
        return Deadline(NONE, None, "Hiervoor geldt geen vaste termijn.")
    verification = rule.verification
    evidence = rule.evidence
    if rule.rule == "same_as":
        target = catalogue.tasks[rule.same_as]
        target_rule, target_questions = _choose(target.deadline, died, fact)
        if target_rule is None:
            return Deadline(NONE, None, f"Dezelfde termijn als voor '{target.title}'.")
        day, _ = _compute(target_rule, died)
        same = f"Dezelfde termijn als voor '{target.title}'"
        text = f"{same}: {long_date(day)}." if day is not None else f"{same}."
        questions = (*questions, *target_questions)
        verification = Verification.combine(verification, target_rule.verification)
        evidence = evidence or target_rule.evidence
        expected = target_rule.expected
    else:
        day, text = _compute(rule, died)
        if rule.rule == "none" and rule.note:
            text = ""  # the note says it better than the general sentence
        expected = rule.expected
    if expected:
        text = f"Verwacht: {text[0].lower()}{text[1:]}"
    text = _with_note(text, rule.note)
    if day is not None and rule.rule != "working_days" and not expected:
        text = _with_note(text, _closed_day_warning(day))
    if questions:
        text += " Dit hangt nog af van uw antwoord op: " + " ".join(questions)
    if day is None:
        kind = ASAP if rule.rule == "asap" else NONE
    else:
        kind = EXPECTED if expected else DATE
    return Deadline(kind, day, text, verification, evidence)


def compute_available_from(task: Task, died: date | None) -> date | None:
    """The first day a task can be done (for example 1 March of the next year), if any."""
    rule = task.available_from
    if rule is None or died is None:
        return None
    day, _ = _compute(rule, died)
    return day


def _closed_day_warning(day: date) -> str:
    """A warning when a deadline falls on a weekend day or a public holiday."""
    if is_working_day(day):
        return ""
    holiday = public_holidays(day.year).get(day)
    what = (
        f"{holiday}, een feestdag"
        if holiday
        else "een " + format_date(day, format="EEEE", locale="nl_NL")
    )
    return f"Let op: dat is {what}. Zorg dat het vóór die dag geregeld is."


def _with_note(text: str, note: str) -> str:
    if not text:
        return note
    return f"{text} {note}" if note else text
