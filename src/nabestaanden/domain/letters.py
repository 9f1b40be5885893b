"""Request letters: their texts (data in ``resources/letters/``) and their content.

A letter definition says what a letter is for (a task and an organisation), when the
plan calls for it, and its paragraphs with fields such as ``{overledene}``. Composing
a letter fills the fields from the dossier and gives a :class:`LetterContent`: plain
text, ready for the layout in :mod:`nabestaanden.documents`, and complete enough to be
stored in the register and printed again later exactly the same.

Nothing here knows about PDF; user text stays plain text (the layout escapes it).

The texts are in ``letter_texts``, the offers in ``letter_offers``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime, timedelta
from typing import Any, Final

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.conditions import (
    Condition,
)
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.deadlines import compute_deadline
from nabestaanden.domain.dossier import Address, Dossier
from nabestaanden.domain.letter_offers import (
    LetterFacts,
    Recipient,
    address_street_line,
    country_name,
    postal_line,
)
from nabestaanden.domain.letter_texts import FIELDS, LetterDefinition
from nabestaanden.domain.validation import format_iban

# Printed where the dossier has no value for a field: a line to fill in by hand.
FILL_IN: Final = "……………………"


MAX_ADDRESS_LINES: Final = 6


# How the signer writes, after "Ik schrijf u als ...".
CAPACITIES: Final[dict[str | None, str]] = {
    "partner": "de partner van de overledene",
    "child": "een kind van de overledene",
    "grandchild": "een kleinkind van de overledene",
    "other_relative": "een familielid van de overledene",
    "executeur": "de executeur van de nalatenschap",
    "bewindvoerder": "de (voormalige) bewindvoerder van de overledene",
    "notary": "de notaris die de nalatenschap afwikkelt",
    "other": "de contactpersoon voor de nalatenschap",
    None: "de contactpersoon voor de nalatenschap",
}


SALUTATION: Final = "Geachte heer, mevrouw,"


CLOSING: Final = "Met vriendelijke groet,"


# --- composing one letter -----------------------------------------------------------------


# The fields of a letter that hold lines of text (a tuple here, a list in JSON).
LINE_FIELDS: Final = (
    "sender_address",
    "sender_contact",
    "recipient_lines",
    "paragraphs",
    "enclosures",
    "missing",
)


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
        for key in LINE_FIELDS:
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
    # An unsent letter made before the data behind it changed (a name, an address):
    # making it again brings it up to date.
    out_of_date: bool = False

    @property
    def status(self) -> str:
        return register_status(self.sent_on, self.answer_received_on)

    def answer_overdue(self, today: date) -> bool:
        return (
            self.status == SENT
            and self.answer_expected_by is not None
            and self.answer_expected_by < today
        )


def register_status(sent_on: date | None, answer_received_on: date | None) -> str:
    """How far a letter has got: answered, sent, or only drafted."""
    if answer_received_on is not None:
        return ANSWERED
    return SENT if sent_on is not None else DRAFTED


@dataclass(frozen=True)
class RegisteredLetter:
    """A letter of the register with all that is kept about it: the letter as printed,
    its file name and its dates (exchange format version 2)."""

    content: LetterContent
    created_at: datetime
    file_name: str = ""
    sent_on: date | None = None
    answer_expected_by: date | None = None
    answer_received_on: date | None = None

    @property
    def status(self) -> str:
        return register_status(self.sent_on, self.answer_received_on)


# The parts of a letter that come from the dossier's data (not its date, its number,
# or a body the user may have edited): when a fresh composition differs in one of
# them, the letter made earlier is out of date.
DATA_PARTS: Final = (
    "sender_name",
    "sender_address",
    "sender_contact",
    "recipient_lines",
    "subject",
    "details",
    "signer_name",
    "signer_capacity",
    "enclosures",
    "missing",
)


def behind(stored: LetterContent, fresh: LetterContent) -> bool:
    """Whether a stored letter shows older data than the same letter composed now."""
    return any(getattr(stored, part) != getattr(fresh, part) for part in DATA_PARTS)


def answer_expected(sent_on: date, weeks: int | None) -> date | None:
    return sent_on + timedelta(weeks=weeks) if weeks else None
