"""Request letters: their texts (data in ``resources/letters/``) and their content.

A letter definition says what a letter is for (a task and an organisation), when the
plan calls for it, and its paragraphs with fields such as ``{overledene}``. Composing
a letter fills the fields from the dossier and gives a :class:`LetterContent`: plain
text, ready for the layout in :mod:`nabestaanden.documents`, and complete enough to be
stored in the register and printed again later exactly the same.

Nothing here knows about PDF; user text stays plain text (the layout escapes it).
"""

from __future__ import annotations

import re
import string
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from babel import Locale

from nabestaanden.domain.catalogue import (
    PENSION_FUNDS,
    Catalogue,
    CatalogueError,
    Verification,
    _Checker,
)
from nabestaanden.domain.conditions import (
    Condition,
    Outcome,
    known,
)
from nabestaanden.domain.dates import add_months, long_date
from nabestaanden.domain.deadlines import compute_deadline
from nabestaanden.domain.dossier import Address, Dossier, OrganisationDetails
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.rules import FACTS, SituationFacts
from nabestaanden.domain.validation import format_iban

# The general letter is addressed to any organisation the user adds.
ANY_ORGANISATION: Final = "*"
# Printed where the dossier has no value for a field: a line to fill in by hand.
FILL_IN: Final = "……………………"
MAX_ADDRESS_LINES: Final = 6

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

# How the signer writes, after "Ik schrijf u als ...".
CAPACITIES: Final[dict[str | None, str]] = {
    "partner": "de partner van de overledene",
    "child": "een kind van de overledene",
    "other_relative": "een familielid van de overledene",
    "executeur": "de executeur van de nalatenschap",
    "bewindvoerder": "de (voormalige) bewindvoerder van de overledene",
    "notary": "de notaris die de nalatenschap afwikkelt",
    "other": "de contactpersoon voor de nalatenschap",
    None: "de contactpersoon voor de nalatenschap",
}

SALUTATION: Final = "Geachte heer, mevrouw,"
CLOSING: Final = "Met vriendelijke groet,"

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


class _LetterChecker(_Checker):
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
        self, obj: Mapping[str, Any], key: str, where: str
    ) -> tuple[ConditionalText, ...]:
        values = obj.get(key, [])
        if not isinstance(values, list):
            self.problem(f"{where}.{key}", "moet een lijst zijn")
            return ()
        result = []
        for index, value in enumerate(values):
            item_where = f"{where}.{key}[{index}]"
            item = self.table(value, item_where, ("text",), ("when",))
            if item is None:
                continue
            text = self.text(item, "text", item_where)
            self.fields(text, f"{item_where}.text")
            when = item.get("when")
            result.append(
                ConditionalText(
                    text, None if when is None else self.condition(when, f"{item_where}.when")
                )
            )
        return tuple(result)


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
        enclosures=check.conditional_texts(obj, "enclosures", where),
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
    for path in paths:
        try:
            with path.open("rb") as handle:
                document = tomllib.load(handle)
        except OSError as error:
            check.problem(path.name, f"kan niet worden gelezen: {error.strerror or error}")
            continue
        except tomllib.TOMLDecodeError as error:
            check.problem(path.name, f"geen geldige TOML: {error}")
            continue
        definition = _definition(check, path.stem, document, catalogue)
        if definition is not None:
            letters[definition.id] = definition
    if check.problems:
        raise CatalogueError(check.problems)
    return letters


# --- which letters a plan calls for -------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Who a letter goes to, with the address as it goes in the envelope window."""

    organisation_id: str
    name: str
    department: str = ""
    lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    reference: str = ""
    phone: str = ""
    address_to_verify: str = ""  # what is unsure about a catalogue address, if anything

    @property
    def has_address(self) -> bool:
        return bool(self.lines and self.city)

    def address_lines(self) -> list[str]:
        """The address block the PostNL way: name, department, street or Postbus, postcode
        and city (``1234 AB  PLAATS``), and the country for an address abroad."""
        # A catalogue address may start with the name itself ("ABP Pensioenen").
        starts_with_name = bool(self.lines) and self.lines[0].casefold().startswith(
            self.name.casefold()
        )
        block = [] if starts_with_name else [self.name]
        if self.department:
            block.append(self.department)
        block.extend(self.lines)
        if self.postcode or self.city:
            block.append(postal_line(self.postcode, self.city, self.country))
        if self.country and self.country != "NL":
            block.append(country_name(self.country).upper())
        return [line for line in block if line]


def postal_line(postcode: str, city: str, country: str = "NL") -> str:
    """``1234 AB  UTRECHT``: postcode with one space, two spaces, the city in capitals."""
    postcode = " ".join(postcode.split())
    if country == "NL" and re.fullmatch(r"\d{4} ?[A-Za-z]{2}", postcode):
        postcode = f"{postcode[:4]} {postcode[-2:].upper()}"
    city = " ".join(city.split()).upper()
    return f"{postcode}  {city}" if postcode else city


def country_name(code: str) -> str:
    """The Dutch name of a country: ``BE`` → ``België``."""
    territories: Mapping[str, str] = Locale.parse("nl_NL").territories
    return territories.get(code.upper(), code.upper())


def address_street_line(address: Address) -> str:
    number = " ".join(part for part in (address.number, address.addition) if part)
    return " ".join(part for part in (address.street, number) if part)


def recipient_for(
    organisation_id: str, catalogue: Catalogue, details: OrganisationDetails | None
) -> Recipient:
    """The recipient from the family's details, falling back on the catalogue's address."""
    known_org = catalogue.organisations.get(organisation_id)
    name = (details.name if details else "") or catalogue.organisation_name(organisation_id)
    if details is not None and details.address is not None:
        address = details.address
        street = address_street_line(address)
        return Recipient(
            organisation_id=organisation_id,
            name=name,
            department=details.department,
            lines=(street,) if street else (),
            postcode=address.postcode,
            city=address.city,
            country=address.country or "NL",
            reference=details.reference,
            phone=details.phone,
        )
    postal = known_org.address if known_org else None
    lines: tuple[str, ...] = ()
    if postal is not None:
        # The catalogue's first line may repeat the name ("ABP Pensioenen"): keep it.
        lines = postal.lines
    return Recipient(
        organisation_id=organisation_id,
        name=name,
        department=details.department if details else "",
        lines=lines,
        postcode=postal.postcode if postal else "",
        city=postal.city if postal else "",
        reference=details.reference if details else "",
        phone=details.phone if details else "",
        address_to_verify=(
            postal.verification.note if postal and postal.verification.to_verify else ""
        ),
    )


@dataclass(frozen=True)
class LetterOffer:
    """A letter the plan offers: one definition, addressed to one organisation."""

    definition: LetterDefinition
    recipient: Recipient
    item: PlanItem | None
    called_for: bool
    reason: str
    number: int = 1  # the 2nd, 3rd... letter of this kind to a recipient of the same name

    @property
    def key(self) -> str:
        """Stable and readable: the letter id and the recipient, as a file name stem
        (``-2`` and so on for a second entry with the same name, such as two accounts)."""
        base = f"{self.definition.id}-{slug(self.recipient.name)}"
        return base if self.number == 1 else f"{base}-{self.number}"


def slug(text: str) -> str:
    """``Pensioenfonds Zorg & Welzijn`` → ``pensioenfonds-zorg-welzijn`` (for file names)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "organisatie"


class LetterFacts:
    """The situation facts plus the letter facts, for paragraph and letter conditions."""

    def __init__(self, dossier: Dossier, catalogue: Catalogue) -> None:
        self.dossier = dossier
        self.situation = SituationFacts(dossier, catalogue.aow_table)

    def __call__(self, name: str) -> Outcome:
        if name in LETTER_FACTS:
            return LETTER_FACTS[name](self.dossier)
        return self.situation(name)


def _recipients(
    definition: LetterDefinition, dossier: Dossier, catalogue: Catalogue
) -> list[Recipient]:
    entries = dossier.organisations
    if definition.organisation == ANY_ORGANISATION:
        known_ids = set(catalogue.organisations) | set(dossier.situation.pension_funds)
        return [
            recipient_for(entry.organisation, catalogue, entry)
            for entry in entries
            if entry.organisation not in known_ids
        ]
    if definition.organisation == PENSION_FUNDS and dossier.situation.pension_funds:
        wanted = list(dossier.situation.pension_funds)
    else:
        wanted = [definition.organisation]
    result: list[Recipient] = []
    for organisation_id in wanted:
        matching = [entry for entry in entries if entry.organisation == organisation_id]
        if matching:
            result.extend(recipient_for(organisation_id, catalogue, entry) for entry in matching)
        else:
            result.append(recipient_for(organisation_id, catalogue, None))
    return result


def letters_for_plan(plan: Plan, letters: Mapping[str, LetterDefinition]) -> list[LetterOffer]:
    """Every letter the plan offers, in the plan's order; ``called_for`` marks the ones to send.

    A letter is offered when its task is in the plan and its ``offered_when`` (by
    default its ``when``) is not false. It is called for when, besides, its task
    applies for sure and is not finished, the task's prerequisites are finished (or
    its deadline is near or past), its ``when`` holds (or the task's expected date has
    passed, where the letter says so), it is not a letter made only on request, and
    ``send_after_months`` have gone by.
    """
    facts = LetterFacts(plan.dossier, plan.catalogue)
    died = plan.dossier.deceased.date_of_death
    order = {item.id: index for index, item in enumerate(plan.items)}
    finished = {item.id for item in plan.items if item.finished}
    urgent = {item.id for item in (*plan.overdue(), *plan.due_soon())}
    offers: list[LetterOffer] = []
    for definition in letters.values():
        item = plan.item(definition.task) if definition.task else None
        if definition.task is not None and item is None:
            continue
        condition = definition.when.evaluate(facts).value
        offered = (
            condition
            if definition.offered_when is None
            else definition.offered_when.evaluate(facts).value
        )
        late = item is not None and item.follow_up and definition.also_when_expected_passed
        if offered is False and not late:
            continue
        waiting = bool(
            definition.send_after_months
            and died is not None
            and plan.today < add_months(died, definition.send_after_months)
        )
        first = (
            []
            if item is None or item.id in urgent or definition.before_prerequisites
            else [task for task in item.depends_on if task not in finished]
        )
        open_task = item is None or (not item.finished and item.applies.value is True)
        called_for = (
            open_task
            and not first
            and not definition.on_request
            and not waiting
            and (condition is True or late)
        )
        if called_for and late and condition is not True:
            reason = "Wat u verwachtte, is nog niet gekomen."
        elif called_for:
            reason = "Past bij uw situatie."
        elif item is not None and item.finished:
            reason = "De taak is al klaar."
        elif item is not None and item.applies.is_unknown:
            reason = "Misschien nodig: " + " ".join(item.open_questions)
        elif first and open_task and (condition is True or late) and not definition.on_request:
            titles = "; ".join(plan.catalogue.tasks[task].title for task in first)
            reason = f"Eerst: {titles}."
        elif waiting and died is not None:
            when = long_date(add_months(died, definition.send_after_months))
            reason = f"Pas nodig als het er op {when} nog niet is."
        else:
            reason = "Maak deze brief alleen als u hem nodig hebt."
        seen: dict[str, int] = {}
        for recipient in _recipients(definition, plan.dossier, plan.catalogue):
            number = seen[recipient.name] = seen.get(recipient.name, 0) + 1
            offers.append(LetterOffer(definition, recipient, item, called_for, reason, number))
    offers.sort(key=lambda offer: order.get(offer.definition.task or "", len(order)))
    return offers


def catalogue_problems(dossier: Dossier, catalogue: Catalogue) -> list[str]:
    """Ids in a dossier that the catalogue (and the situation) do not know: organisations
    in the family's details, and the task of an "eenmalig" mandate.

    Each as ``organisations[N].organisation: ...`` or ``mandates[N].task: ...`` (the
    exchange format's paths).
    """
    known = set(catalogue.organisations) | set(dossier.situation.pension_funds) | {""}
    problems = []
    for index, entry in enumerate(dossier.organisations):
        if entry.organisation not in known:
            problems.append(
                f"organisations[{index}].organisation: onbekende organisatie "
                f"'{entry.organisation}'. Kies een id uit de catalogus (bijvoorbeeld bank, svb, "
                "abp), een fonds uit situation.pension_funds, of laat het leeg en vul 'name' in."
            )
    for index, mandate in enumerate(dossier.mandates):
        if mandate.task is not None and mandate.task not in catalogue.tasks:
            problems.append(
                f"mandates[{index}].task: onbekende taak '{mandate.task}'. Kies een taak-id "
                "uit de catalogus (bijvoorbeeld ib_aangifte_f of banken_melden)."
            )
    return problems


# --- composing one letter -----------------------------------------------------------------


@dataclass(frozen=True)
class LetterContent:
    """One letter, all text filled in: what the layout prints and the register keeps."""

    letter_id: str
    title: str
    task_id: str | None
    organisation_id: str
    sender_name: str
    sender_address: tuple[str, ...]
    sender_contact: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    their_reference: str
    our_reference: str
    letter_date: date
    subject: str
    details: tuple[tuple[str, str], ...]
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signer_name: str
    signer_capacity: str
    enclosures: tuple[str, ...]
    answer_weeks: int | None = None
    missing: tuple[str, ...] = ()
    to_verify: str = ""
    has_bsn: bool = False

    @property
    def body_text(self) -> str:
        """The paragraphs as one editable text, separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def with_body(self, text: str) -> LetterContent:
        """The same letter with the body the user edited (blank lines split paragraphs)."""
        paragraphs = tuple(
            " ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()
        )
        return replace(self, paragraphs=paragraphs)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["letter_date"] = self.letter_date.isoformat()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LetterContent:
        known = {item.name for item in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["letter_date"] = date.fromisoformat(values["letter_date"])
        for key in (
            "sender_address",
            "sender_contact",
            "recipient_lines",
            "paragraphs",
            "enclosures",
            "missing",
        ):
            values[key] = tuple(values[key])
        values["details"] = tuple(tuple(pair) for pair in values["details"])
        return cls(**values)


class _Fill(dict[str, str]):
    """Field values for ``str.format_map``; an empty value becomes a line to fill in."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self.missing: list[str] = []

    def __getitem__(self, key: str) -> str:
        value = super().__getitem__(key)
        if value:
            return value
        if key not in self.missing:
            self.missing.append(key)
        return FILL_IN


def _partner_name(dossier: Dossier) -> str:
    if dossier.contact.relation == "partner":
        return dossier.contact.full_name
    for heir in dossier.heirs:
        if heir.relation == "partner":
            return heir.full_name
    return ""


def one_line_address(address: Address) -> str:
    street = address_street_line(address)
    parts = [street, " ".join(part for part in (address.postcode, address.city) if part)]
    if address.country and address.country != "NL":
        parts.append(country_name(address.country))
    return ", ".join(part for part in parts if part)


def field_values(dossier: Dossier, recipient: Recipient) -> dict[str, str]:
    deceased = dossier.deceased
    died = deceased.date_of_death
    return {
        "overledene": deceased.full_name,
        "geboortedatum": long_date(deceased.date_of_birth) if deceased.date_of_birth else "",
        "overlijdensdatum": long_date(died) if died else "",
        "overlijdensjaar": str(died.year) if died else "",
        "jaar_voor_overlijden": str(died.year - 1) if died else "",
        "adres_overledene": one_line_address(deceased.address),
        "organisatie": recipient.name,
        "ondertekenaar": dossier.contact.full_name,
        "hoedanigheid": CAPACITIES.get(dossier.contact.relation, CAPACITIES[None]),
        "iban": format_iban(dossier.contact.iban) if dossier.contact.iban else "",
        "partner": _partner_name(dossier),
        "kenmerk": recipient.reference,
    }


def _recipient_lines(recipient: Recipient) -> tuple[str, ...]:
    """The address block; without a known address, lines to write it in by hand."""
    if recipient.has_address:
        return tuple(recipient.address_lines())
    named = [line for line in (recipient.name, recipient.department) if line]
    return (*named, FILL_IN, FILL_IN)


def _task_deadline(
    definition: LetterDefinition, dossier: Dossier, catalogue: Catalogue, facts: LetterFacts
) -> str:
    """The date of the letter's task deadline in Dutch ("14 maart 2027"), or "" without one."""
    task = catalogue.tasks.get(definition.task or "")
    if task is None:
        return ""
    deadline = compute_deadline(task, dossier.deceased.date_of_death, facts, catalogue)
    return long_date(deadline.day) if deadline.day is not None else ""


def compose_letter(
    definition: LetterDefinition,
    recipient: Recipient,
    dossier: Dossier,
    catalogue: Catalogue,
    letter_date: date,
    our_reference: str = "",
) -> LetterContent:
    """Fill in one letter for one recipient; fields without a value become a line to fill in."""
    facts = LetterFacts(dossier, catalogue)
    values = _Fill(field_values(dossier, recipient))
    values["termijn"] = _task_deadline(definition, dossier, catalogue, facts)

    def fill(text: str) -> str:
        return text.format_map(values)

    def holds(condition: Condition | None) -> bool:
        return condition is None or condition.evaluate(facts).value is True

    deceased = dossier.deceased
    contact = dossier.contact
    details = [("Naam overledene", values["overledene"])]
    details.append(("Geboortedatum", values["geboortedatum"]))
    details.append(("Overleden op", values["overlijdensdatum"]))
    if definition.bsn:
        details.append(("BSN", deceased.bsn or FILL_IN))
        if not deceased.bsn:
            values.missing.append("bsn")
    last_address = one_line_address(deceased.address)
    if last_address:
        details.append(("Laatste adres", last_address))

    sender_contact = tuple(
        line
        for line in (
            f"Telefoon: {contact.phone}" if contact.phone else "",
            f"E-mail: {contact.email}" if contact.email else "",
        )
        if line
    )
    sender_address = tuple(
        line
        for line in (
            address_street_line(contact.address),
            postal_line(contact.address.postcode, contact.address.city, contact.address.country)
            if contact.address.city or contact.address.postcode
            else "",
            country_name(contact.address.country)
            if contact.address.country and contact.address.country != "NL"
            else "",
        )
        if line
    )
    signer = values["ondertekenaar"]
    capacity = values["hoedanigheid"]
    content = LetterContent(
        letter_id=definition.id,
        title=definition.title,
        task_id=definition.task,
        organisation_id=recipient.organisation_id,
        sender_name=contact.full_name,
        sender_address=sender_address,
        sender_contact=sender_contact,
        recipient_lines=_recipient_lines(recipient),
        their_reference=recipient.reference,
        our_reference=our_reference,
        letter_date=letter_date,
        subject=fill(definition.subject),
        details=tuple(details),
        salutation=SALUTATION,
        paragraphs=tuple(
            fill(paragraph.text) for paragraph in definition.paragraphs if holds(paragraph.when)
        ),
        closing=CLOSING,
        signer_name=signer,
        signer_capacity=capacity[0].upper() + capacity[1:],
        enclosures=tuple(
            fill(enclosure.text) for enclosure in definition.enclosures if holds(enclosure.when)
        ),
        answer_weeks=definition.answer_weeks,
        to_verify=" ".join(
            note
            for note in (
                definition.verification.note,
                f"Adres van {recipient.name}: {recipient.address_to_verify}"
                if recipient.address_to_verify and recipient.has_address
                else "",
            )
            if note
        ),
        has_bsn=definition.bsn,
    )
    missing = list(values.missing)
    if not recipient.has_address:
        missing.append("adres")
    return replace(content, missing=tuple(missing))


def describe_missing(missing: Sequence[str]) -> list[str]:
    """The missing fields of a letter, in words (``adres`` and ``bsn`` included)."""
    words = {**FIELDS, "adres": "het adres van de organisatie", "bsn": "het BSN van de overledene"}
    return [words.get(name, name) for name in missing]


# --- the register ------------------------------------------------------------------------

DRAFTED: Final = "drafted"
SENT: Final = "sent"
ANSWERED: Final = "answered"
REGISTER_STATUS_LABELS: Final[dict[str, str]] = {
    DRAFTED: "concept",
    SENT: "verstuurd",
    ANSWERED: "antwoord ontvangen",
}


@dataclass(frozen=True)
class LetterRecord:
    """One letter in the register: what was made, for whom, and how far it has got."""

    title: str
    recipient: str
    task_id: str | None
    created_on: date
    sent_on: date | None = None
    answer_expected_by: date | None = None
    answer_received_on: date | None = None
    letter_id: int = 0  # its number in the store's register (0: not stored)

    @property
    def status(self) -> str:
        if self.answer_received_on is not None:
            return ANSWERED
        return SENT if self.sent_on is not None else DRAFTED

    def answer_overdue(self, today: date) -> bool:
        return (
            self.status == SENT
            and self.answer_expected_by is not None
            and self.answer_expected_by < today
        )


def answer_expected(sent_on: date, weeks: int | None) -> date | None:
    return sent_on + timedelta(weeks=weeks) if weeks else None
