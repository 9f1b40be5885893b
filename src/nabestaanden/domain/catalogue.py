"""The catalogue: tasks, organisations, glossary and the AOW-age table, as data.

The files live in ``resources/catalogue/`` (TOML). Loading checks every entry and
collects one problem per mistake, with the file and the key, so an editor of the
catalogue sees all mistakes at once. A catalogue with problems is never used.

Texts may mark glossary terms as ``[[verklaring van erfrecht]]`` (the term or one of
its aliases) or ``[[erfgenamen|erfgenaam]]`` (shown text, then the term's id).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from nabestaanden.domain.conditions import Condition, ConditionSyntaxError, parse_condition
from nabestaanden.domain.rules import FACTS, AowAge

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

# Deadline rules that compute a date: each must carry the quote it rests on.
DATED_RULES: Final = ("days", "weeks", "working_days", "months", "end_of_month", "fixed_date")
# How long a quote may be: one or two sentences, not a copy of the page.
MAX_QUOTE: Final = 600

_ID: Final = re.compile(r"[a-z0-9_]+")
_TERM_MARK: Final = re.compile(r"\[\[([^\[\]|]+)(?:\|([a-z0-9_]+))?\]\]")
_URL: Final = re.compile(r"https://[^\s/]+\.[a-z]{2,}(/\S*)?")


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


class _Checker:
    """Reads TOML tables and collects problems, like the exchange-format reader."""

    def __init__(self, fact_names: Iterable[str] = FACTS) -> None:
        self.problems: list[str] = []
        self.fact_names = frozenset(fact_names)

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def table(
        self, value: object, where: str, required: Iterable[str], optional: Iterable[str]
    ) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(where, "moet een tabel zijn")
            return None
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed:
                self.problem(f"{where}.{key}", "onbekende sleutel (typfout?)")
        for key in required:
            if key not in value:
                self.problem(f"{where}.{key}", "ontbreekt")
        return value

    def text(self, obj: Mapping[str, Any], key: str, where: str, empty_ok: bool = False) -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            self.problem(f"{where}.{key}", "moet tekst zijn")
            return ""
        if not value.strip() and not empty_ok and key in obj:
            self.problem(f"{where}.{key}", "mag niet leeg zijn")
        return " ".join(value.split())

    def texts(self, obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.problem(f"{where}.{key}", "moet een lijst met (niet-lege) teksten zijn")
            return ()
        return tuple(" ".join(item.split()) for item in value)

    def flag(self, obj: Mapping[str, Any], key: str, where: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{where}.{key}", "moet true of false zijn")
            return False
        return value

    def integer(self, obj: Mapping[str, Any], key: str, where: str, low: int, high: int) -> int:
        value = obj.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.problem(f"{where}.{key}", f"moet een geheel getal van {low} tot {high} zijn")
            return low
        return value

    def day(self, obj: Mapping[str, Any], key: str, where: str) -> date | None:
        if key not in obj:
            return None
        value = obj[key]
        if not isinstance(value, date):
            self.problem(
                f"{where}.{key}",
                "moet een datum zijn (schrijf 2026-11-29, zonder aanhalingstekens)",
            )
            return None
        return value

    def sources(self, obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        urls = self.texts(obj, key, where)
        if key in obj and not urls:
            self.problem(f"{where}.{key}", "noem minstens één bron")
        for url in urls:
            self._check_url(url, f"{where}.{key}")
        return urls

    def source(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        url = self.text(obj, key, where)
        self._check_url(url, f"{where}.{key}")
        return url

    def _check_url(self, url: str, where: str) -> None:
        if not _URL.fullmatch(url) or "..." in url:
            self.problem(where, f"'{url}' is geen volledige https-link")

    def quote(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        """A quote from a source: required, one or two sentences."""
        if key not in obj:
            self.problem(f"{where}.{key}", "ontbreekt: citeer de zin uit de bron die dit zegt")
            return ""
        quote = self.text(obj, key, where)
        if len(quote) > MAX_QUOTE:
            self.problem(
                f"{where}.{key}", f"te lang ({len(quote)} tekens): citeer één of twee zinnen"
            )
        return quote

    def evidence_item(
        self, value: object, where: str, sources: tuple[str, ...], with_about: bool
    ) -> Evidence | None:
        """One ``{ source, quote }`` table; its source must be among ``sources``."""
        optional = ("about",) if with_about else ()
        entry = self.table(value, where, ("source", "quote"), optional)
        if entry is None:
            return None
        source = self.source(entry, "source", where)
        if source and source not in sources:
            self.problem(f"{where}.source", f"'{source}' staat niet bij de bronnen (sources)")
        return Evidence(
            source=source,
            quote=self.quote(entry, "quote", where),
            about=self.text(entry, "about", where) if with_about else "",
        )

    def evidence_list(
        self, obj: Mapping[str, Any], where: str, sources: tuple[str, ...], required: bool
    ) -> tuple[Evidence, ...]:
        """The ``evidence`` list: quotes from the entry's sources."""
        value = obj.get("evidence")
        if value is None:
            if required:
                self.problem(
                    f"{where}.evidence",
                    "ontbreekt: citeer per bron de zin die de voorwaarde en de kern van de "
                    "tekst steunt",
                )
            return ()
        if not isinstance(value, list) or (required and not value):
            self.problem(f"{where}.evidence", "moet een lijst met { source, quote } zijn")
            return ()
        found = (
            self.evidence_item(item, f"{where}.evidence[{index}]", sources, with_about=True)
            for index, item in enumerate(value)
        )
        return tuple(item for item in found if item is not None)

    def verification(self, obj: Mapping[str, Any], where: str) -> Verification:
        to_verify = self.flag(obj, "to_verify", where)
        note = self.text(obj, "verify_note", where, empty_ok=True)
        if to_verify and not note:
            self.problem(f"{where}.verify_note", "zeg wat er nog te controleren is")
        if note and not to_verify:
            self.problem(f"{where}.verify_note", "alleen invullen bij to_verify = true")
        return Verification(to_verify, note)

    def condition(self, text: object, where: str) -> Condition:
        if not isinstance(text, str):
            self.problem(where, "moet een formule als tekst zijn")
            return parse_condition("always", self.fact_names)
        try:
            return parse_condition(text, self.fact_names)
        except ConditionSyntaxError as error:
            self.problem(where, str(error))
            return parse_condition("always", self.fact_names)

    def identifier(self, value: str, where: str) -> None:
        if not _ID.fullmatch(value):
            self.problem(where, "een id bestaat uit kleine letters, cijfers en _")


_RULE_KEYS: Final = (
    "rule",
    "count",
    "month",
    "day",
    "years_after",
    "task",
    "when",
    "died_before",
    "died_on_or_after",
    "note",
    "expected",
    "to_verify",
    "verify_note",
    "evidence",
)


def _deadline_rule(
    check: _Checker, value: object, where: str, sources: tuple[str, ...]
) -> DeadlineRule | None:
    obj = check.table(value, where, ("rule",), _RULE_KEYS)
    if obj is None:
        return None
    rule = obj.get("rule")
    if rule not in DEADLINE_RULES:
        check.problem(f"{where}.rule", "kies uit " + ", ".join(DEADLINE_RULES))
        return None
    needs = {
        "days": ("count",),
        "weeks": ("count",),
        "working_days": ("count",),
        "months": ("count",),
        "end_of_month": ("count",),
        "fixed_date": ("month", "day", "years_after"),
        "same_as": ("task",),
    }.get(rule, ())
    for key in ("count", "month", "day", "years_after", "task"):
        if key in needs and key not in obj:
            check.problem(f"{where}.{key}", f"ontbreekt bij regel '{rule}'")
        elif key not in needs and key in obj:
            check.problem(f"{where}.{key}", f"hoort niet bij regel '{rule}'")
    month = check.integer(obj, "month", where, 1, 12) if "month" in obj else 0
    day = check.integer(obj, "day", where, 1, 31) if "day" in obj else 0
    if month and day and day > (28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        check.problem(f"{where}.day", "die dag bestaat niet in die maand")
    when = obj.get("when")
    evidence: Evidence | None = None
    if "evidence" in obj:
        evidence = check.evidence_item(
            obj["evidence"], f"{where}.evidence", sources, with_about=False
        )
    elif rule in DATED_RULES:
        check.problem(
            f"{where}.evidence",
            "ontbreekt: een termijn met een datum citeert de bron die hem noemt "
            "(evidence = { source = ..., quote = ... })",
        )
    return DeadlineRule(
        rule=str(rule),
        count=check.integer(obj, "count", where, 1, 120) if "count" in obj else 0,
        month=month,
        day=day,
        years_after=check.integer(obj, "years_after", where, 0, 10) if "years_after" in obj else 0,
        same_as=check.text(obj, "task", where),
        when=None if when is None else check.condition(when, f"{where}.when"),
        died_before=check.day(obj, "died_before", where),
        died_on_or_after=check.day(obj, "died_on_or_after", where),
        note=check.text(obj, "note", where, empty_ok=True),
        expected=check.flag(obj, "expected", where),
        verification=check.verification(obj, where),
        evidence=evidence,
    )


_TASK_REQUIRED: Final = (
    "title",
    "theme",
    "organisation",
    "applies_when",
    "informed_automatically",
    "why",
    "what_to_do",
    "documents",
    "deadline",
    "sources",
    "peildatum",
)
_TASK_OPTIONAL: Final = (
    "evidence",
    "depends_on",
    "depends_on_if",
    "send",
    "available_from",
    "to_verify",
    "verify_note",
)


def _task(check: _Checker, task_id: str, value: object) -> Task | None:
    where = f"tasks.toml: task.{task_id}"
    check.identifier(task_id, where)
    obj = check.table(value, where, _TASK_REQUIRED, _TASK_OPTIONAL)
    if obj is None:
        return None
    sources = check.sources(obj, "sources", where)
    rules_value = obj.get("deadline", [])
    if not isinstance(rules_value, list) or not rules_value:
        check.problem(f"{where}.deadline", "moet een lijst met minstens één termijnregel zijn")
        rules_value = []
    rules = [
        _deadline_rule(check, item, f"{where}.deadline[{index}]", sources)
        for index, item in enumerate(rules_value)
    ]
    conditional: list[ConditionalPrerequisite] = []
    for index, item in enumerate(obj.get("depends_on_if", [])):
        item_where = f"{where}.depends_on_if[{index}]"
        entry = check.table(item, item_where, ("task", "when"), ())
        if entry is not None:
            conditional.append(
                ConditionalPrerequisite(
                    check.text(entry, "task", item_where),
                    check.condition(entry.get("when"), f"{item_where}.when"),
                )
            )
    available = obj.get("available_from")
    peildatum = check.day(obj, "peildatum", where)
    return Task(
        id=task_id,
        title=check.text(obj, "title", where),
        theme=check.text(obj, "theme", where),
        organisation=check.text(obj, "organisation", where),
        applies_when=check.condition(obj.get("applies_when"), f"{where}.applies_when"),
        informed_automatically=check.flag(obj, "informed_automatically", where),
        depends_on=check.texts(obj, "depends_on", where),
        depends_on_if=tuple(conditional),
        why=check.text(obj, "why", where),
        what_to_do=check.text(obj, "what_to_do", where),
        documents=check.texts(obj, "documents", where),
        send=check.texts(obj, "send", where),
        deadline=tuple(rule for rule in rules if rule is not None),
        available_from=None
        if available is None
        else _deadline_rule(check, available, f"{where}.available_from", sources),
        sources=sources,
        peildatum=peildatum or date.min,
        verification=check.verification(obj, where),
        evidence=check.evidence_list(obj, where, sources, required=True),
    )


def _organisation(check: _Checker, org_id: str, value: object) -> Organisation | None:
    where = f"organisations.toml: organisation.{org_id}"
    check.identifier(org_id, where)
    obj = check.table(
        value,
        where,
        ("name", "after_death", "informed_via_brp", "sources", "peildatum"),
        (
            "pension_fund",
            "address",
            "address_note",
            "phone",
            "to_verify",
            "verify_note",
            "evidence",
        ),
    )
    if obj is None:
        return None
    sources = check.sources(obj, "sources", where)
    address: PostalAddress | None = None
    if "address" in obj:
        address_where = f"{where}.address"
        entry = check.table(
            obj["address"],
            address_where,
            ("lines", "postcode", "city", "source"),
            ("quote", "to_verify", "verify_note"),
        )
        if entry is not None:
            postcode = check.text(entry, "postcode", address_where)
            if not re.fullmatch(r"[1-9]\d{3} [A-Z]{2}", postcode):
                check.problem(f"{address_where}.postcode", "schrijf de postcode als 1234 AB")
            address = PostalAddress(
                lines=check.texts(entry, "lines", address_where),
                postcode=postcode,
                city=check.text(entry, "city", address_where).upper(),
                source=check.source(entry, "source", address_where),
                verification=check.verification(entry, address_where),
                quote=check.text(entry, "quote", address_where),
            )
            if not address.quote and not address.verification.to_verify:
                # An address nobody can check stays "te controleren".
                check.problem(
                    f"{address_where}.quote",
                    "ontbreekt: citeer de zin met het adres, of zet to_verify = true",
                )
            elif address.quote and postcode.replace(" ", "") not in address.quote.replace(" ", ""):
                check.problem(
                    f"{address_where}.quote", f"het citaat noemt de postcode {postcode} niet"
                )
    elif not obj.get("address_note"):
        check.problem(f"{where}.address_note", "zonder adres: zeg waar de familie het adres vindt")
    phones: list[Phone] = []
    for index, item in enumerate(obj.get("phone", [])):
        phone_where = f"{where}.phone[{index}]"
        entry = check.table(item, phone_where, ("label", "number", "source"), ())
        if entry is not None:
            phones.append(
                Phone(
                    check.text(entry, "label", phone_where),
                    check.text(entry, "number", phone_where),
                    check.source(entry, "source", phone_where),
                )
            )
    return Organisation(
        id=org_id,
        name=check.text(obj, "name", where),
        after_death=check.text(obj, "after_death", where),
        informed_via_brp=check.flag(obj, "informed_via_brp", where),
        pension_fund=check.flag(obj, "pension_fund", where),
        address=address,
        address_note=check.text(obj, "address_note", where, empty_ok=True),
        phones=tuple(phones),
        sources=sources,
        peildatum=check.day(obj, "peildatum", where) or date.min,
        verification=check.verification(obj, where),
        evidence=check.evidence_list(obj, where, sources, required=True),
    )


def _term(check: _Checker, term_id: str, value: object) -> GlossaryTerm | None:
    where = f"glossary.toml: term.{term_id}"
    check.identifier(term_id, where)
    obj = check.table(
        value,
        where,
        ("term", "nl", "en_term", "en", "sources", "peildatum"),
        ("aliases", "see_also", "to_verify", "verify_note", "evidence"),
    )
    if obj is None:
        return None
    sources = check.sources(obj, "sources", where)
    return GlossaryTerm(
        id=term_id,
        term=check.text(obj, "term", where),
        aliases=check.texts(obj, "aliases", where),
        nl=check.text(obj, "nl", where),
        en_term=check.text(obj, "en_term", where),
        en=check.text(obj, "en", where),
        see_also=check.texts(obj, "see_also", where),
        sources=sources,
        peildatum=check.day(obj, "peildatum", where) or date.min,
        verification=check.verification(obj, where),
        evidence=check.evidence_list(obj, where, sources, required=True),
    )


def _aow_table(check: _Checker, document: Mapping[str, Any]) -> tuple[AowAge, ...]:
    rows: list[AowAge] = []
    for index, item in enumerate(document.get("year", [])):
        where = f"aow_age.toml: year[{index}]"
        entry = check.table(
            item,
            where,
            ("year", "years", "months", "sources", "peildatum"),
            ("to_verify", "verify_note", "evidence"),
        )
        if entry is None:
            continue
        sources = check.sources(entry, "sources", where)
        check.evidence_list(entry, where, sources, required=False)
        verification = check.verification(entry, where)
        rows.append(
            AowAge(
                year=check.integer(entry, "year", where, 1957, 2100),
                years=check.integer(entry, "years", where, 65, 75),
                months=check.integer(entry, "months", where, 0, 11),
                source=sources[0] if sources else "",
                peildatum=check.day(entry, "peildatum", where) or date.min,
                to_verify=verification.to_verify,
            )
        )
    rows.sort(key=lambda row: row.year)
    if not rows:
        check.problem("aow_age.toml", "de tabel is leeg")
    for previous, current in itertools.pairwise(rows):
        if current.year != previous.year + 1:
            check.problem("aow_age.toml", f"het jaar na {previous.year} ontbreekt of komt dubbel")
        if current.total_months < previous.total_months:
            check.problem("aow_age.toml", f"de AOW-leeftijd in {current.year} is lager dan ervoor")
    return tuple(rows)


def _check_references(check: _Checker, catalogue: Catalogue) -> None:
    for task in catalogue.tasks.values():
        where = f"tasks.toml: task.{task.id}"
        if task.theme not in catalogue.themes:
            check.problem(f"{where}.theme", f"onbekend thema '{task.theme}'")
        if task.organisation not in catalogue.organisations:
            check.problem(f"{where}.organisation", f"onbekende organisatie '{task.organisation}'")
        prerequisites = [*task.depends_on, *(item.task for item in task.depends_on_if)]
        for prerequisite in prerequisites:
            if prerequisite not in catalogue.tasks:
                check.problem(f"{where}.depends_on", f"onbekende taak '{prerequisite}'")
            elif prerequisite == task.id:
                check.problem(f"{where}.depends_on", "een taak kan niet van zichzelf afhangen")
        start = task.available_from
        if start is not None and (start.rule in ("same_as", "none", "asap") or start.when):
            check.problem(
                f"{where}.available_from", "gebruik een regel met een datum, zonder 'when'"
            )
        for rule in task.deadline:
            if rule.rule == "same_as":
                target = catalogue.tasks.get(rule.same_as)
                if target is None or any(other.rule == "same_as" for other in target.deadline):
                    check.problem(
                        f"{where}.deadline",
                        f"'same_as' moet wijzen naar een taak met een eigen termijn "
                        f"({rule.same_as})",
                    )
        last = task.deadline[-1] if task.deadline else None
        limited = last is not None and bool(last.when or last.died_before or last.died_on_or_after)
        if limited and not _covers_all_dates(task.deadline):
            check.problem(
                f"{where}.deadline",
                "de laatste termijnregel moet altijd gelden (zonder 'when')",
            )
        for text in task.texts():
            for shown, term_id in term_marks(text):
                if term_id is not None and term_id not in catalogue.glossary:
                    check.problem(where, f"onbekend begrip '{term_id}' in [[{shown}|{term_id}]]")
                elif term_id is None and catalogue.find_term(shown) is None:
                    check.problem(where, f"onbekend begrip [[{shown}]] (niet in glossary.toml)")
        if term_marks(task.title):
            check.problem(f"{where}.title", "een titel mag geen [[begrip]] bevatten")
    cycle = find_cycle(catalogue)
    if cycle:
        check.problem("tasks.toml", "taken hangen in een kring van elkaar af: " + " → ".join(cycle))
    for term in catalogue.glossary.values():
        for other in term.see_also:
            if other not in catalogue.glossary:
                check.problem(
                    f"glossary.toml: term.{term.id}.see_also", f"onbekend begrip '{other}'"
                )
    for organisation in catalogue.organisations.values():
        for text in (organisation.after_death, organisation.address_note):
            for shown, term_id in term_marks(text):
                found = catalogue.glossary.get(term_id) if term_id else catalogue.find_term(shown)
                if found is None:
                    check.problem(
                        f"organisations.toml: organisation.{organisation.id}",
                        f"onbekend begrip [[{shown}]]",
                    )


def _covers_all_dates(rules: tuple[DeadlineRule, ...]) -> bool:
    """True when the rules limited only by date of death together cover every date."""
    if any(
        rule.when is None and not rule.died_before and not rule.died_on_or_after for rule in rules
    ):
        return True
    befores = {rule.died_before for rule in rules if rule.died_before and not rule.when}
    afters = {rule.died_on_or_after for rule in rules if rule.died_on_or_after and not rule.when}
    return bool(befores & afters)


def prerequisites(task: Task) -> tuple[str, ...]:
    """Every task that may have to be done before ``task`` (conditional ones included)."""
    return (*task.depends_on, *(item.task for item in task.depends_on_if))


def find_cycle(catalogue: Catalogue) -> list[str]:
    """A chain of task ids that depend on each other in a circle, or [] when none."""
    state: dict[str, int] = {}  # 1: being visited, 2: done
    path: list[str] = []

    def visit(task_id: str) -> list[str]:
        state[task_id] = 1
        path.append(task_id)
        task = catalogue.tasks.get(task_id)
        for prerequisite in prerequisites(task) if task else ():
            if state.get(prerequisite) == 1:
                return [*path[path.index(prerequisite) :], prerequisite]
            if prerequisite not in state:
                found = visit(prerequisite)
                if found:
                    return found
        path.pop()
        state[task_id] = 2
        return []

    for task_id in catalogue.tasks:
        if task_id not in state:
            found = visit(task_id)
            if found:
                return found
    return []


def _read_toml(check: _Checker, folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        check.problem(name, f"kan niet worden gelezen: {error.strerror or error}")
    except tomllib.TOMLDecodeError as error:
        check.problem(name, f"geen geldige TOML: {error}")
    return {}


def _entries(check: _Checker, document: Mapping[str, Any], key: str, file: str) -> dict[str, Any]:
    entries = document.get(key, {})
    if not isinstance(entries, dict) or not entries:
        check.problem(file, f"bevat geen [{key}.…]-tabellen")
        return {}
    return entries


def load_catalogue(folder: Path) -> Catalogue:
    """Read and check the catalogue in ``folder``; raise :class:`CatalogueError` on mistakes."""
    check = _Checker()
    tasks_doc = _read_toml(check, folder, "tasks.toml")
    organisations_doc = _read_toml(check, folder, "organisations.toml")
    glossary_doc = _read_toml(check, folder, "glossary.toml")
    aow_doc = _read_toml(check, folder, "aow_age.toml")

    themes: dict[str, Theme] = {}
    for theme_id, value in _entries(check, tasks_doc, "theme", "tasks.toml").items():
        where = f"tasks.toml: theme.{theme_id}"
        obj = check.table(value, where, ("title", "order"), ())
        if theme_id not in THEMES:
            check.problem(where, "onbekend thema; kies uit " + ", ".join(THEMES))
        if obj is not None:
            themes[theme_id] = Theme(
                theme_id, check.text(obj, "title", where), check.integer(obj, "order", where, 1, 99)
            )
    unknown_top = set(tasks_doc) - {"theme", "task"}
    for key in sorted(unknown_top):
        check.problem(f"tasks.toml: {key}", "onbekende sleutel (typfout?)")

    tasks = {
        task_id: task
        for task_id, value in _entries(check, tasks_doc, "task", "tasks.toml").items()
        if (task := _task(check, task_id, value)) is not None
    }
    organisations = {
        org_id: organisation
        for org_id, value in _entries(
            check, organisations_doc, "organisation", "organisations.toml"
        ).items()
        if (organisation := _organisation(check, org_id, value)) is not None
    }
    glossary = {
        term_id: term
        for term_id, value in _entries(check, glossary_doc, "term", "glossary.toml").items()
        if (term := _term(check, term_id, value)) is not None
    }
    term_index: dict[str, str] = {}
    for term in glossary.values():
        for name in (term.term, *term.aliases):
            key = name.casefold()
            if key in term_index and term_index[key] != term.id:
                check.problem(
                    f"glossary.toml: term.{term.id}",
                    f"'{name}' hoort al bij begrip '{term_index[key]}'",
                )
            term_index[key] = term.id
    catalogue = Catalogue(
        themes=themes,
        tasks=tasks,
        organisations=organisations,
        glossary=glossary,
        aow_table=_aow_table(check, aow_doc),
        _term_index=term_index,
    )
    _check_references(check, catalogue)
    if check.problems:
        raise CatalogueError(check.problems)
    return catalogue
