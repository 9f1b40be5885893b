"""The catalogue: tasks, organisations, glossary and the AOW-age table, as data.

The files live in ``resources/catalogue/`` (TOML). Loading checks every entry and
collects one problem per mistake, with the file and the key, so an editor of the
catalogue sees all mistakes at once. A catalogue with problems is never used.

Texts may mark glossary terms as ``[[verklaring van erfrecht]]`` (the term or one of
its aliases) or ``[[erfgenamen|erfgenaam]]`` (shown text, then the term's id).

The types live here; reading and checking the files is ``catalogue_loading``
and ``catalogue_checks``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from nabestaanden.domain.conditions import Condition
from nabestaanden.domain.rules import AowAge

THEMES: Final = (
    "eerste_dagen",
    "erfenis",
    "pensioenen",
    "toeslagen",
    "belastingen",
    "wonen_en_zorg",
    "overig",
)


DEADLINE_RULES: Final = (
    "none",
    "asap",
    "days",
    "weeks",
    "working_days",
    "months",
    "end_of_month",
    "fixed_date",
    "same_as",
)


# The organisation a task names when it concerns each pension fund of the situation.
PENSION_FUNDS: Final = "pensioenfonds"


# The documents a task may need the family to send (ids as in the estate's documents log).
NEEDED_DOCUMENTS: Final = ("akte_van_overlijden", "verklaring_van_erfrecht", "testament")


# Deadline rules that compute a date: each must carry the quote it rests on.
DATED_RULES: Final = ("days", "weeks", "working_days", "months", "end_of_month", "fixed_date")


# How long a quote may be: one or two sentences, not a copy of the page.
MAX_QUOTE: Final = 600


_TERM_MARK: Final = re.compile(r"\[\[([^\[\]|]+)(?:\|([a-z0-9_]+))?\]\]")


class CatalogueError(ValueError):
    """The catalogue files have mistakes; ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("Fouten in de catalogus:\n" + "\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Verification:
    """Whether a fact is confirmed; when not, what is unsure (shown as "te controleren")."""

    to_verify: bool = False
    note: str = ""

    @classmethod
    def combine(cls, *parts: Verification) -> Verification:
        """One verification for several facts: to verify if any part is, notes joined."""
        notes: list[str] = []
        for part in parts:
            if part.to_verify and part.note not in notes:
                notes.append(part.note)
        return cls(bool(notes), " ".join(notes))


@dataclass(frozen=True)
class Evidence:
    """A short quote from a source, beside its URL, so a reviewer can hold a claim
    against its source without going online. ``about`` says what it backs
    (``applies_when``, ``why``, a phrase); it may be empty."""

    source: str
    quote: str
    about: str = ""


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    order: int


@dataclass(frozen=True)
class DeadlineRule:
    """One way to compute a task's deadline; a task lists them, the first that fits wins.

    ``when`` limits the rule to situations where a condition holds;
    ``died_before`` and ``died_on_or_after`` to a range of dates of death (rules that
    changed by law).
    """

    rule: str
    count: int = 0
    month: int = 0
    day: int = 0
    years_after: int = 0
    same_as: str = ""
    when: Condition | None = None
    died_before: date | None = None
    died_on_or_after: date | None = None
    note: str = ""
    expected: bool = False
    verification: Verification = field(default_factory=Verification)
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ConditionalPrerequisite:
    task: str
    when: Condition


@dataclass(frozen=True)
class DocumentNeed:
    """A document the task's organisation asks for (one of :data:`NEEDED_DOCUMENTS`),
    with the quote that says so. ``on_request``: only when the organisation asks for it
    (a bank asks for the verklaring van erfrecht later); ``when``: only in these
    situations."""

    document: str
    evidence: Evidence
    on_request: bool = False
    when: Condition | None = None


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    theme: str
    organisation: str
    applies_when: Condition
    informed_automatically: bool
    depends_on: tuple[str, ...]
    depends_on_if: tuple[ConditionalPrerequisite, ...]
    why: str
    what_to_do: str
    documents: tuple[str, ...]
    send: tuple[str, ...]
    deadline: tuple[DeadlineRule, ...]
    available_from: DeadlineRule | None
    sources: tuple[str, ...]
    peildatum: date
    verification: Verification
    evidence: tuple[Evidence, ...] = ()
    needs: tuple[DocumentNeed, ...] = ()

    def texts(self) -> Iterable[str]:
        """Every user-facing text of the task (for the glossary check)."""
        yield self.title
        yield self.why
        yield self.what_to_do
        yield from self.documents
        yield from self.send
        for rule in self.deadline:
            yield rule.note


@dataclass(frozen=True)
class PostalAddress:
    lines: tuple[str, ...]
    postcode: str
    city: str
    source: str
    verification: Verification
    quote: str = ""


@dataclass(frozen=True)
class Phone:
    label: str
    number: str
    source: str


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    after_death: str
    informed_via_brp: bool
    pension_fund: bool
    address: PostalAddress | None
    address_note: str
    phones: tuple[Phone, ...]
    sources: tuple[str, ...]
    peildatum: date
    verification: Verification
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    aliases: tuple[str, ...]
    nl: str
    en_term: str
    en: str
    see_also: tuple[str, ...]
    sources: tuple[str, ...]
    peildatum: date
    verification: Verification
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    themes: dict[str, Theme]
    tasks: dict[str, Task]
    organisations: dict[str, Organisation]
    glossary: dict[str, GlossaryTerm]
    aow_table: tuple[AowAge, ...]
    _term_index: dict[str, str] = field(default_factory=dict, repr=False)

    def find_term(self, text: str) -> GlossaryTerm | None:
        """The glossary term a text means (its term or one of its aliases)."""
        term_id = self._term_index.get(text.strip().casefold())
        return self.glossary[term_id] if term_id else None

    def organisation_name(self, organisation: str) -> str:
        """The name of a catalogue organisation, or the free name as typed."""
        known = self.organisations.get(organisation)
        return known.name if known else organisation


def plain_text(text: str) -> str:
    """A text with its glossary marks removed: ``[[erfgenamen|erfgenaam]]`` → ``erfgenamen``."""
    return _TERM_MARK.sub(lambda match: match.group(1), text)


def term_marks(text: str) -> list[tuple[str, str | None]]:
    """The glossary marks in a text: (shown text, explicit term id or None)."""
    return [(match.group(1), match.group(2)) for match in _TERM_MARK.finditer(text)]
