"""Reading the catalogue from its TOML files into the domain's types, entry by entry,
with every problem named by file and key (:class:`~catalogue.CatalogueError`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any, Final

from nabestaanden.domain.catalogue import (
    DATED_RULES,
    DEADLINE_RULES,
    THEMES,
    Catalogue,
    CatalogueError,
    ConditionalPrerequisite,
    DeadlineRule,
    Evidence,
    GlossaryTerm,
    Organisation,
    Phone,
    PostalAddress,
    Task,
    Theme,
)
from nabestaanden.domain.catalogue_checks import Checker, check_references
from nabestaanden.domain.rules import AowAge
from nabestaanden.domain.toml_files import Compiled

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
    check: Checker, value: object, where: str, sources: tuple[str, ...]
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
    "needs",
    "depends_on",
    "depends_on_if",
    "send",
    "available_from",
    "to_verify",
    "verify_note",
)


def _task(check: Checker, task_id: str, value: object) -> Task | None:
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
        needs=check.document_needs(obj, where, sources),
    )


def _organisation(check: Checker, org_id: str, value: object) -> Organisation | None:
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


def _term(check: Checker, term_id: str, value: object) -> GlossaryTerm | None:
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


def _aow_table(check: Checker, document: Mapping[str, Any]) -> tuple[AowAge, ...]:
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


def _read_toml(check: Checker, compiled: Compiled, folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        return compiled.read(path)
    except OSError as error:
        check.problem(name, f"kan niet worden gelezen: {error.strerror or error}")
    except ValueError as error:  # not valid TOML, or not UTF-8
        check.problem(name, f"geen geldige TOML: {error}")
    return {}


def _entries(check: Checker, document: Mapping[str, Any], key: str, file: str) -> dict[str, Any]:
    entries = document.get(key, {})
    if not isinstance(entries, dict) or not entries:
        check.problem(file, f"bevat geen [{key}.…]-tabellen")
        return {}
    return entries


def load_catalogue(folder: Path) -> Catalogue:
    """Read and check the catalogue in ``folder``; raise :class:`CatalogueError` on mistakes."""
    check = Checker()
    compiled = Compiled(folder.parent)  # the parsed files, while their bytes are unchanged
    tasks_doc = _read_toml(check, compiled, folder, "tasks.toml")
    organisations_doc = _read_toml(check, compiled, folder, "organisations.toml")
    glossary_doc = _read_toml(check, compiled, folder, "glossary.toml")
    aow_doc = _read_toml(check, compiled, folder, "aow_age.toml")

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
    check_references(check, catalogue)
    if check.problems:
        raise CatalogueError(check.problems)
    return catalogue
