"""What makes a mandate, or a change of its status, acceptable: one set of rules.

The mandate dialog, the status dialog, the exchange reader and the operations that
store a mandate all ask these functions, so the window, the command line and an
imported file refuse the same things in the same words. Each problem names the
field it is about; the caller puts its own name for that field in front (a label
in the window, a JSON path in a file).

Sentences refer to other fields through ``names`` (how the caller calls them), so
a file reader can say ``valid_from`` where the window says ‘Geldt vanaf’.

Each sentence is a template marked with ``QT_TRANSLATE_NOOP`` (context
``MandateRules``): lupdate collects it without this module importing Qt, and the
window shows it translated (:meth:`Problem.text`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from nabestaanden.domain.dates import long_date
from nabestaanden.domain.mandates import (
    ENDED_STATUSES,
    STATUS_LABELS,
    STATUSES,
    Mandate,
    StatusChange,
    organisation_key,
)

# How the window names the fields in its sentences; the exchange reader passes the
# JSON keys instead.
WINDOW_NAMES: Final[Mapping[str, str]] = {"valid_from": "‘Geldt vanaf’"}
FILE_NAMES: Final[Mapping[str, str]] = {"valid_from": "valid_from"}


CONTEXT: Final = "MandateRules"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this name
    """Mark ``text`` for translation in ``context``; return it as it is."""
    return text


@dataclass(frozen=True)
class Problem:
    """One thing to put right: the field (``date``, ``services[1]``, ...) and what,
    as a Dutch template with its values."""

    field: str
    template: str
    values: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        """The sentence in Dutch."""
        return self.text()

    def text(self, translate: Callable[[str], str] = str) -> str:
        """The sentence, its template first passed through ``translate``."""
        return translate(self.template).format(**dict(self.values))


class MandateRefused(ValueError):
    """A mandate or a status change breaks a rule; ``problems`` say which."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


def mandate_problems(mandate: Mandate, names: Mapping[str, str] = WINDOW_NAMES) -> list[Problem]:
    """What is wrong with a mandate as entered (its history aside).

    Fields: ``holder``, ``services``, ``services[i]``, ``services[i].rights``,
    ``task``, ``valid_until``.
    """
    problems: list[Problem] = []
    holder = mandate.holder
    if not holder.is_person and not holder.organisation.strip():
        problems.append(
            Problem(
                "holder",
                QT_TRANSLATE_NOOP(
                    "MandateRules", "vul de naam in van de organisatie die mag handelen"
                ),
            )
        )
    if not mandate.services:
        problems.append(
            Problem("services", QT_TRANSLATE_NOOP("MandateRules", "kies minstens één organisatie"))
        )
    seen: set[tuple[str, str]] = set()
    for index, service in enumerate(mandate.services):
        key = (organisation_key(service.organisation), organisation_key(service.name))
        if key in seen:
            problems.append(
                Problem(
                    f"services[{index}]",
                    QT_TRANSLATE_NOOP(
                        "MandateRules",
                        "staat er al; geef elke organisatie één keer, met alle rechten samen",
                    ),
                )
            )
        seen.add(key)
        if not service.rights:
            problems.append(
                Problem(
                    f"services[{index}].rights",
                    QT_TRANSLATE_NOOP(
                        "MandateRules", "kies wat er mag (inzien, wijzigen of aanvragen)"
                    ),
                )
            )
    if mandate.duration == "eenmalig" and mandate.task is None:
        problems.append(
            Problem(
                "task", QT_TRANSLATE_NOOP("MandateRules", "eenmalig: kies de taak waarvoor het is")
            )
        )
    if mandate.duration == "tot_datum" and mandate.valid_until is None:
        problems.append(
            Problem(
                "valid_until", QT_TRANSLATE_NOOP("MandateRules", "tot een datum: geef die datum")
            )
        )
    starts, until = mandate.valid_from, mandate.valid_until
    if starts is not None and until is not None and until < starts:
        begin = names["valid_from"]
        problems.append(
            Problem(
                "valid_until",
                QT_TRANSLATE_NOOP(
                    "MandateRules", "ligt vóór {begin}; geef een latere datum of pas {begin} aan"
                ),
                (("begin", begin),),
            )
        )
    return problems


def status_problems(
    history: tuple[StatusChange, ...],
    status: str,
    on: date,
    today: date,
    died: date | None,
) -> list[Problem]:
    """What is wrong with adding ``status`` on ``on`` to a mandate's ``history``.

    Fields: ``status``, ``date``.
    """
    problems: list[Problem] = []
    if status not in STATUSES:
        problems.append(
            Problem(
                "status",
                QT_TRANSLATE_NOOP("MandateRules", "onbekende status '{status}'"),
                (("status", status),),
            )
        )
    if history and history[-1].status in ENDED_STATUSES:
        problems.append(
            Problem(
                "status",
                QT_TRANSLATE_NOOP(
                    "MandateRules",
                    "deze machtiging is {status}; daarna komt geen status meer. Maak een "
                    "nieuwe machtiging.",
                ),
                (("status", STATUS_LABELS[history[-1].status]),),
            )
        )
    if on > today:
        problems.append(
            Problem(
                "date",
                QT_TRANSLATE_NOOP(
                    "MandateRules", "ligt in de toekomst; geef de datum waarop het gebeurde"
                ),
            )
        )
    if died is not None and on < died:
        problems.append(
            Problem(
                "date",
                QT_TRANSLATE_NOOP(
                    "MandateRules",
                    "ligt vóór de datum van overlijden. Een machtiging voor de nalatenschap "
                    "begint op of na de dag van overlijden, niet vóór het overlijden.",
                ),
            )
        )
    if history and on < history[-1].on:
        problems.append(
            Problem(
                "date",
                QT_TRANSLATE_NOOP(
                    "MandateRules",
                    "ligt vóór {date}, de datum van de vorige status ({status}). Kies die "
                    "datum of later.",
                ),
                (
                    ("date", long_date(history[-1].on)),
                    ("status", STATUS_LABELS.get(history[-1].status, history[-1].status)),
                ),
            )
        )
    return problems


def history_problems(
    history: tuple[StatusChange, ...], today: date, died: date | None
) -> list[tuple[int, Problem]]:
    """The problems of a whole history, each with the index of the change it is about."""
    problems: list[tuple[int, Problem]] = []
    for index, change in enumerate(history):
        for problem in status_problems(history[:index], change.status, change.on, today, died):
            problems.append((index, problem))
    return problems


def check_mandate(mandate: Mandate) -> None:
    """Refuse a mandate as entered that breaks a rule (its history is checked where
    a status is added: :func:`check_status_change`, or by the exchange reader).

    Raise:
        MandateRefused: with every problem found.
    """
    problems = mandate_problems(mandate)
    if problems:
        raise MandateRefused(problems)


def check_status_change(
    mandate: Mandate, status: str, on: date, today: date, died: date | None, note: str = ""
) -> Mandate:
    """The mandate with ``status`` added, or :class:`MandateRefused` saying why not."""
    problems = status_problems(mandate.history, status, on, today, died)
    if problems:
        raise MandateRefused(problems)
    return mandate.with_status(status, on, note)
