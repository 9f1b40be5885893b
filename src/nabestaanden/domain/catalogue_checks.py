"""The checks a catalogue entry must pass: types, ids, sources with quotes, and
references between entries (no unknown task, no cycle of prerequisites).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Final

from nabestaanden.domain.catalogue import (
    MAX_QUOTE,
    NEEDED_DOCUMENTS,
    Catalogue,
    DeadlineRule,
    DocumentNeed,
    Evidence,
    Task,
    Verification,
    term_marks,
)
from nabestaanden.domain.conditions import Condition, ConditionSyntaxError, parse_condition
from nabestaanden.domain.rules import FACTS

_ID: Final = re.compile(r"[a-z0-9_]+")


_URL: Final = re.compile(r"https://[^\s/]+\.[a-z]{2,}(/\S*)?")


class Checker:
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

    def document_needs(
        self, obj: Mapping[str, Any], where: str, sources: tuple[str, ...]
    ) -> tuple[DocumentNeed, ...]:
        """The ``needs`` list: each document the organisation asks for, with its quote."""
        values = obj.get("needs", [])
        if not isinstance(values, list):
            self.problem(f"{where}.needs", "moet een lijst met { document, source, quote } zijn")
            return ()
        needs: list[DocumentNeed] = []
        for index, value in enumerate(values):
            need_where = f"{where}.needs[{index}]"
            entry = self.table(
                value, need_where, ("document", "source", "quote"), ("on_request", "when")
            )
            if entry is None:
                continue
            document = self.needed_document(entry, need_where)
            if any(need.document == document for need in needs):
                self.problem(f"{need_where}.document", f"{document!r} staat er al")
            source = self.source(entry, "source", need_where)
            if source and source not in sources:
                self.problem(
                    f"{need_where}.source", f"'{source}' staat niet bij de bronnen (sources)"
                )
            when = entry.get("when")
            needs.append(
                DocumentNeed(
                    document=document,
                    evidence=Evidence(source, self.quote(entry, "quote", need_where), "needs"),
                    on_request=self.flag(entry, "on_request", need_where),
                    when=None if when is None else self.condition(when, f"{need_where}.when"),
                )
            )
        return tuple(needs)

    def needed_document(self, obj: Mapping[str, Any], where: str) -> str:
        """The ``document`` key: one of :data:`~catalogue.NEEDED_DOCUMENTS` (the ids of
        the estate's documents log)."""
        document = self.text(obj, "document", where)
        if document and document not in NEEDED_DOCUMENTS:
            self.problem(
                f"{where}.document",
                f"onbekend document {document!r}; kies uit " + ", ".join(NEEDED_DOCUMENTS),
            )
        return document

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


def check_references(check: Checker, catalogue: Catalogue) -> None:
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
        if limited and not covers_all_dates(task.deadline):
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


def covers_all_dates(rules: tuple[DeadlineRule, ...]) -> bool:
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
