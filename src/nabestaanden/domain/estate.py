"""The estate (boedel): what the deceased owned and owed on the date of death, and what
that means for the heirs.

Values are :class:`~decimal.Decimal` euros, never floats; a value not known yet is
``None`` and is never counted as zero: the totals say how many values are missing.
Something that belonged to a community of property (gemeenschap van goederen) counts
for half: the other half is the surviving partner's own.

The heirs' shares under the law are in :mod:`estate_shares`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

ASSET_KINDS: Final = (
    "bank_account",
    "savings",
    "house",
    "car",
    "insurance",
    "pension_capital",
    "shares",
    "inventory",
    "claim",
)
DEBT_KINDS: Final = (
    "mortgage",
    "loan",
    "credit_card",
    "tax",
    "care_costs",
    "funeral_costs",
    "allowance_repayment",
)
KINDS: Final = ASSET_KINDS + DEBT_KINDS
KIND_LABELS: Final[dict[str, str]] = {
    "bank_account": "Betaalrekening",
    "savings": "Spaarrekening",
    "house": "Huis",
    "car": "Auto",
    "insurance": "Verzekering",
    "pension_capital": "Pensioenkapitaal",
    "shares": "Aandelen of beleggingen",
    "inventory": "Inboedel",
    "claim": "Vordering (geld dat de overledene nog kreeg)",
    "mortgage": "Hypotheek",
    "loan": "Lening",
    "credit_card": "Creditcard",
    "tax": "Belasting",
    "care_costs": "Zorgkosten",
    "funeral_costs": "Kosten van de uitvaart",
    "allowance_repayment": "Toeslagen terugbetalen",
}
# How a value is known: a bank statement or an answer, an appraisal, an estimate, or
# not yet.
VALUE_BASES: Final = ("statement", "appraisal", "estimate", "unknown")
VALUE_BASIS_LABELS: Final[dict[str, str]] = {
    "statement": "afschrift of opgave",
    "appraisal": "taxatie",
    "estimate": "schatting",
    "unknown": "onbekend",
}
OWNERSHIPS: Final = ("alone", "community")
OWNERSHIP_LABELS: Final[dict[str, str]] = {
    "alone": "van de overledene alleen",
    "community": "gemeenschap van goederen (de helft telt)",
}
# The task in the catalogue where the family chooses to accept (zuiver or beneficiair)
# or to refuse the inheritance; the warnings point there.
CHOICE_TASK: Final = "erfenis_keuze"
HALF: Final = Decimal("0.5")

# The documents that go out to organisations, and in what form.
DOCUMENTS: Final = ("akte_van_overlijden", "verklaring_van_erfrecht", "testament", "other")
DOCUMENT_LABELS: Final[dict[str, str]] = {
    "akte_van_overlijden": "Akte van overlijden",
    "verklaring_van_erfrecht": "Verklaring van erfrecht",
    "testament": "Testament",
    "other": "Ander document",
}
COPY_KINDS: Final = ("original", "certified_copy", "copy")
COPY_KIND_LABELS: Final[dict[str, str]] = {
    "original": "origineel",
    "certified_copy": "gewaarmerkte kopie",
    "copy": "kopie",
}


@dataclass(frozen=True)
class EstateItem:
    """One thing the deceased owned or owed, as of the date of death."""

    kind: str
    description: str = ""
    organisation: str = ""
    reference: str = ""
    value: Decimal | None = None  # euros; None: not known yet
    value_basis: str = "unknown"
    owned: str = "alone"
    # The letter (its number in the register) that asked for this value, if any.
    letter_id: int | None = None

    @property
    def is_debt(self) -> bool:
        return self.kind in DEBT_KINDS

    @property
    def counted(self) -> Decimal | None:
        """What counts for the estate: all of it, or half under community of property."""
        if self.value is None:
            return None
        return self.value * HALF if self.owned == "community" else self.value


@dataclass(frozen=True)
class DocumentSent:
    """An original or a copy of a document sent to an organisation, and whether it
    came back."""

    document: str
    organisation: str = ""
    copy_kind: str = "copy"
    sent_on: date | None = None
    returned_on: date | None = None
    description: str = ""  # which document, for "other"; or a remark


@dataclass(frozen=True)
class Estate:
    """What the estate holds and owes, and the documents sent out for it."""

    items: tuple[EstateItem, ...] = ()
    documents_sent: tuple[DocumentSent, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items and not self.documents_sent


class EstateRefused(ValueError):
    """An item or a document entered does not hold together; ``problems`` say what
    to put right, each naming the field (in Dutch)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


MAX_VALUE: Final = Decimal("999999999999.99")


def item_problems(item: EstateItem) -> list[str]:
    """What is wrong with an item as entered; empty when it can be saved."""
    problems: list[str] = []
    if item.kind not in KINDS:
        problems.append("Soort: kies wat voor bezit of schuld het is.")
    if item.value is not None:
        exponent = item.value.as_tuple().exponent
        if not item.value.is_finite() or item.value < 0 or item.value > MAX_VALUE:
            problems.append(
                "Waarde: vul een bedrag in euro's in, zonder min (een schuld staat al bij "
                "de schulden)."
            )
        elif isinstance(exponent, int) and exponent < -2:
            problems.append("Waarde: ten hoogste twee cijfers achter de komma.")
        if item.value_basis == "unknown":
            problems.append(
                "Hoe bekend: kies afschrift, taxatie of schatting, want er is een bedrag."
            )
    elif item.value_basis != "unknown":
        problems.append("Waarde: vul het bedrag in, of kies bij 'Hoe bekend' onbekend.")
    if item.value_basis not in VALUE_BASES:
        problems.append("Hoe bekend: kies afschrift, taxatie, schatting of onbekend.")
    if item.owned not in OWNERSHIPS:
        problems.append("Van wie: kies 'van de overledene alleen' of 'gemeenschap'.")
    for label, value, most in (
        ("Omschrijving", item.description, 300),
        ("Organisatie", item.organisation, 200),
        ("Kenmerk", item.reference, 100),
    ):
        if len(value) > most:
            problems.append(f"{label}: ten hoogste {most} tekens.")
    return problems


def document_problems(document: DocumentSent) -> list[str]:
    """What is wrong with a document sent, as entered; empty when it can be saved."""
    problems: list[str] = []
    if document.document not in DOCUMENTS:
        problems.append("Document: kies welk document is verstuurd.")
    if document.copy_kind not in COPY_KINDS:
        problems.append("Vorm: kies origineel, gewaarmerkte kopie of kopie.")
    if not document.organisation.strip():
        problems.append("Naar: vul in naar welke organisatie het ging.")
    if document.returned_on and document.sent_on and document.returned_on < document.sent_on:
        problems.append("Terug: die datum ligt vóór de dag van versturen.")
    return problems


def check_item(item: EstateItem) -> None:
    """Raise: EstateRefused."""
    problems = item_problems(item)
    if problems:
        raise EstateRefused(problems)


def check_document(document: DocumentSent) -> None:
    """Raise: EstateRefused."""
    problems = document_problems(document)
    if problems:
        raise EstateRefused(problems)


@dataclass(frozen=True)
class Totals:
    """Assets and debts with a known value; how many values are still unknown."""

    assets: Decimal
    debts: Decimal
    unknown_assets: int
    unknown_debts: int

    @property
    def balance(self) -> Decimal:
        """Assets minus debts, of the known values only."""
        return self.assets - self.debts

    @property
    def complete(self) -> bool:
        return self.unknown_assets == 0 and self.unknown_debts == 0


def totals(items: Iterable[EstateItem]) -> Totals:
    assets = debts = Decimal(0)
    unknown_assets = unknown_debts = 0
    for item in items:
        counted = item.counted
        if counted is None:
            if item.is_debt:
                unknown_debts += 1
            else:
                unknown_assets += 1
        elif item.is_debt:
            debts += counted
        else:
            assets += counted
    return Totals(assets, debts, unknown_assets, unknown_debts)


@dataclass(frozen=True)
class EstateWarning:
    """Something to know before the heirs choose to accept the inheritance."""

    code: str
    text: str
    task: str = CHOICE_TASK


def estate_warnings(items: Sequence[EstateItem]) -> list[EstateWarning]:
    """Warnings for the choice between accepting (zuiver or beneficiair) and refusing."""
    if not items:
        return []
    found = totals(items)
    warnings: list[EstateWarning] = []
    advice = (
        "Aanvaard de erfenis dan niet zomaar. Kies liever beneficiair aanvaarden: dan "
        "betaalt u schulden nooit uit uw eigen geld. Zie de taak over de keuze."
    )
    if found.debts > found.assets:
        warnings.append(
            EstateWarning(
                "debts_exceed",
                "De schulden zijn hoger dan de bezittingen, met de bedragen die nu bekend "
                f"zijn. {advice}",
            )
        )
    elif found.unknown_debts:
        warnings.append(
            EstateWarning(
                "debts_may_exceed",
                f"Van {_count(found.unknown_debts, 'schuld', 'schulden')} is het bedrag nog "
                "niet bekend. Misschien zijn de schulden hoger dan de bezittingen. "
                f"{advice}",
            )
        )
    if not found.complete:
        missing = found.unknown_assets + found.unknown_debts
        warnings.append(
            EstateWarning(
                "values_unknown",
                f"Van {_count(missing, 'post', 'posten')} is de waarde nog onbekend. De "
                "totalen tellen die niet mee: ze zijn dus nog niet compleet. Vul de "
                "bedragen in als de antwoorden binnen zijn.",
            )
        )
    return warnings


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one}" if number == 1 else f"{number} {many}"
