"""The letter texts: definitions read and checked from ``resources/letters/``.

A letter definition says what a letter is for (a task and an organisation), when the
plan calls for it, and its paragraphs with fields such as ``{overledene}``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from nabestaanden.domain.catalogue import (
    NEEDED_DOCUMENTS,
    Catalogue,
    CatalogueError,
    Verification,
)
from nabestaanden.domain.catalogue_checks import Checker
from nabestaanden.domain.conditions import (
    Condition,
    Outcome,
    known,
)
from nabestaanden.domain.dossier import Dossier
from nabestaanden.domain.rules import FACTS
from nabestaanden.domain.toml_files import Compiled

# The general letter is addressed to any organisation the user adds.
ANY_ORGANISATION: Final = "*"


FIELDS: Final[dict[str, str]] = {
    "overledene": "de naam van de overledene",
    "geboortedatum": "de geboortedatum van de overledene",
    "overlijdensdatum": "de datum van overlijden",
    "overlijdensjaar": "het jaar van overlijden",
    "jaar_voor_overlijden": "het jaar voor het overlijden",
    "adres_overledene": "het laatste adres van de overledene",
    "organisatie": "de naam van de organisatie",
    "ondertekenaar": "uw naam (de contactpersoon)",
    "hoedanigheid": "uw relatie tot de overledene",
    "iban": "uw rekeningnummer (IBAN)",
    "partner": "de naam van de partner",
    "kenmerk": "uw kenmerk bij de organisatie (klantnummer, polisnummer)",
    "termijn": "de uiterste datum van de taak",
}


LETTER_FACTS: Final[dict[str, Callable[[Dossier], Outcome]]] = {
    "signer_is_partner": lambda dossier: known(dossier.contact.relation == "partner"),
    "signer_is_executeur": lambda dossier: known(dossier.contact.relation == "executeur"),
}


_LETTER_KEYS: Final = (
    "title",
    "task",
    "organisation",
    "subject",
    "bsn",
    "when",
    "offered_when",
    "also_when_expected_passed",
    "send_after_months",
    "before_prerequisites",
    "on_request",
    "answer_weeks",
    "enclosures",
    "sources",
    "peildatum",
    "to_verify",
    "verify_note",
    "paragraph",
)


_REQUIRED: Final = ("title", "organisation", "subject", "bsn", "sources", "peildatum", "paragraph")


@dataclass(frozen=True)
class ConditionalText:
    text: str
    when: Condition | None = None
    # An enclosure that is a copy of a document of the documents log (its id in
    # catalogue.NEEDED_DOCUMENTS): a sent letter counts as having sent that copy.
    document: str = ""


@dataclass(frozen=True)
class LetterDefinition:
    id: str
    title: str
    task: str | None
    organisation: str
    subject: str
    bsn: bool
    when: Condition
    offered_when: Condition | None
    also_when_expected_passed: bool
    send_after_months: int
    before_prerequisites: bool
    on_request: bool
    answer_weeks: int | None
    enclosures: tuple[ConditionalText, ...]
    paragraphs: tuple[ConditionalText, ...]
    sources: tuple[str, ...]
    peildatum: date
    verification: Verification

    def texts(self) -> Iterable[str]:
        yield self.subject
        yield from (paragraph.text for paragraph in self.paragraphs)
        yield from (enclosure.text for enclosure in self.enclosures)


# --- loading -----------------------------------------------------------------------------


def _fields_in(text: str) -> list[str]:
    """The field names used in a text; raises ValueError on a stray brace."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


class _LetterChecker(Checker):
    def __init__(self) -> None:
        super().__init__((*FACTS, *LETTER_FACTS))

    def fields(self, text: str, where: str) -> None:
        try:
            names = _fields_in(text)
        except ValueError:
            self.problem(where, "een losse { of }: schrijf {{ of }} voor een accolade")
            return
        for name in names:
            if name not in FIELDS:
                self.problem(where, f"onbekend veld {{{name}}}; kies uit " + ", ".join(FIELDS))

    def conditional_texts(
        self, obj: Mapping[str, Any], key: str, where: str, documents: bool = False
    ) -> tuple[ConditionalText, ...]:
        values = obj.get(key, [])
        if not isinstance(values, list):
            self.problem(f"{where}.{key}", "moet een lijst zijn")
            return ()
        result = []
        for index, value in enumerate(values):
            item_where = f"{where}.{key}[{index}]"
            item = self.table(
                value, item_where, ("text",), ("when", "document") if documents else ("when",)
            )
            if item is None:
                continue
            text = self.text(item, "text", item_where)
            self.fields(text, f"{item_where}.text")
            when = item.get("when")
            document = self.needed_document(item, item_where) if "document" in item else ""
            if document in NEEDED_DOCUMENTS and not _names_copy_of(text, document):
                self.problem(
                    f"{item_where}.text",
                    f"zeg dat het een kopie is van de {document.replace('_', ' ')}",
                )
            result.append(
                ConditionalText(
                    text,
                    None if when is None else self.condition(when, f"{item_where}.when"),
                    document,
                )
            )
        return tuple(result)


def _names_copy_of(text: str, document: str) -> bool:
    """Whether an enclosure's text says it is a copy of the document (by its name)."""
    words = text.casefold()
    return "kopie" in words and document.replace("_", " ") in words


def _definition(
    check: _LetterChecker, letter_id: str, document: Mapping[str, Any], catalogue: Catalogue
) -> LetterDefinition | None:
    where = f"{letter_id}.toml"
    obj = check.table(document, where, _REQUIRED, _LETTER_KEYS)
    if obj is None:
        return None
    check.identifier(letter_id, where)
    task = obj.get("task")
    if task is not None and (not isinstance(task, str) or task not in catalogue.tasks):
        check.problem(f"{where}.task", f"onbekende taak {task!r}")
        task = None
    organisation = check.text(obj, "organisation", where)
    if organisation not in (ANY_ORGANISATION, *catalogue.organisations):
        check.problem(f"{where}.organisation", f"onbekende organisatie {organisation!r}")
    if task is None and organisation != ANY_ORGANISATION:
        check.problem(f"{where}.task", "ontbreekt; alleen de algemene brief ('*') heeft geen taak")
    subject = check.text(obj, "subject", where)
    check.fields(subject, f"{where}.subject")
    paragraphs = check.conditional_texts(obj, "paragraph", where)
    if "paragraph" in obj and not paragraphs:
        check.problem(f"{where}.paragraph", "een brief heeft minstens één alinea")
    answer_weeks = (
        check.integer(obj, "answer_weeks", where, 1, 52) if "answer_weeks" in obj else None
    )
    return LetterDefinition(
        id=letter_id,
        title=check.text(obj, "title", where),
        task=task,
        organisation=organisation,
        subject=subject,
        bsn=check.flag(obj, "bsn", where),
        when=check.condition(obj.get("when", "always"), f"{where}.when"),
        offered_when=(
            check.condition(obj["offered_when"], f"{where}.offered_when")
            if "offered_when" in obj
            else None
        ),
        also_when_expected_passed=check.flag(obj, "also_when_expected_passed", where),
        send_after_months=(
            check.integer(obj, "send_after_months", where, 1, 60)
            if "send_after_months" in obj
            else 0
        ),
        before_prerequisites=check.flag(obj, "before_prerequisites", where),
        on_request=check.flag(obj, "on_request", where),
        answer_weeks=answer_weeks,
        enclosures=check.conditional_texts(obj, "enclosures", where, documents=True),
        paragraphs=paragraphs,
        sources=check.sources(obj, "sources", where),
        peildatum=check.day(obj, "peildatum", where) or date.min,
        verification=check.verification(obj, where),
    )


def load_letters(folder: Path, catalogue: Catalogue) -> dict[str, LetterDefinition]:
    """Read and check every ``*.toml`` in ``folder``; raise :class:`CatalogueError` on mistakes."""
    check = _LetterChecker()
    letters: dict[str, LetterDefinition] = {}
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        check.problem(str(folder), "bevat geen brieven (*.toml)")
    compiled = Compiled(folder.parent)  # the parsed files, while their bytes are unchanged
    for path in paths:
        try:
            document = compiled.read(path)
        except OSError as error:
            check.problem(path.name, f"kan niet worden gelezen: {error.strerror or error}")
            continue
        except ValueError as error:  # not valid TOML, or not UTF-8
            check.problem(path.name, f"geen geldige TOML: {error}")
            continue
        definition = _definition(check, path.stem, document, catalogue)
        if definition is not None:
            letters[definition.id] = definition
    if check.problems:
        raise CatalogueError(check.problems)
    return letters
