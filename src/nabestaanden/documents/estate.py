"""The boedelbeschrijving: the estate as of the date of death (an A4 PDF).

For the heirs and the notary: every item with how its value is known, the totals
(community property counting for half, unknown values never as zero), the warnings
before accepting the inheritance, and which documents went where.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from nabestaanden.documents.styles import TEXT_WIDTH, styles, text
from nabestaanden.documents.summaries import _build, _cell, _header, _heading, _pairs, _table
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.document_needs import letter_copies
from nabestaanden.domain.estate import (
    COPY_KIND_LABELS,
    DOCUMENT_LABELS,
    KIND_LABELS,
    VALUE_BASIS_LABELS,
    EstateItem,
    estate_warnings,
    totals,
)
from nabestaanden.domain.estate_shares import (
    INHERITING_RELATIONSHIPS,
    HeirShare,
    family_for_shares,
    heir_shares,
    legal_shares,
    parse_share,
    shares_in_money,
    will_shares,
)
from nabestaanden.domain.estate_tax import TaxYear, indication
from nabestaanden.domain.letter_texts import LetterDefinition
from nabestaanden.domain.money import euros
from nabestaanden.domain.plan import Plan

FILE_NAME: Final = "boedelbeschrijving.pdf"
UNKNOWN: Final = "nog onbekend"
_WIDTHS: Final = (50 * mm, 34 * mm, 26 * mm, 28 * mm, TEXT_WIDTH - 138 * mm)


def _what(item: EstateItem) -> str:
    """``Spaarrekening: bij de Rabobank``; the kind alone when the description repeats it."""
    kind = KIND_LABELS.get(item.kind, item.kind)
    if not item.description or item.description.casefold() == kind.casefold():
        return kind
    return f"{kind}: {item.description}"


def _item_rows(items: list[EstateItem], catalogue: Catalogue) -> list[list[Paragraph]]:
    rows = [
        [
            _cell("Omschrijving", True),
            _cell("Bij / kenmerk", True),
            _cell("Waarde", True),
            _cell("Hoe bekend", True),
            _cell("Telt mee", True),
        ]
    ]
    for item in items:
        what = _what(item)
        known = catalogue.organisations.get(item.organisation)
        organisation = known.name if known is not None else item.organisation
        where = " / ".join(part for part in (organisation, item.reference) if part)
        counted = item.counted
        share = UNKNOWN if counted is None else euros(counted)
        if item.owned == "community" and counted is not None:
            share += " (de helft)"
        rows.append(
            [
                _cell(what),
                _cell(where),
                _cell(UNKNOWN if item.value is None else euros(item.value)),
                _cell(VALUE_BASIS_LABELS.get(item.value_basis, item.value_basis)),
                _cell(share),
            ]
        )
    return rows


def estate_story(
    plan: Plan, letters: Mapping[str, LetterDefinition] | None = None
) -> list[Flowable]:
    """The boedelbeschrijving's pages; ``letters`` (the definitions) to list the copies
    that went out enclosed with a sent letter beside the documents log."""
    style = styles()
    estate = plan.dossier.estate
    died = plan.dossier.deceased.date_of_death
    story = _header("Boedelbeschrijving", plan)
    story.append(
        Paragraph(
            text(
                "Wat de overledene bezat en schuldig was"
                + (f" op {long_date(died)}, de dag van overlijden." if died else ".")
                + " Iets uit een gemeenschap van goederen telt voor de helft: de andere "
                "helft is van de partner. Een waarde die nog onbekend is, telt niet mee; "
                "de totalen zijn dan nog niet compleet."
            ),
            style["body"],
        )
    )
    assets = [item for item in estate.items if not item.is_debt]
    debts = [item for item in estate.items if item.is_debt]
    for title, part in (("Bezittingen", assets), ("Schulden", debts)):
        story.append(_heading(title))
        if part:
            story.append(_table(_item_rows(part, plan.catalogue), _WIDTHS))
        else:
            story.append(Paragraph(text("Geen ingevuld."), style["body"]))
    found = totals(estate.items)
    missing = found.unknown_assets + found.unknown_debts
    story.append(_heading("Totalen"))
    story.append(
        _pairs(
            [
                ("Bezittingen", euros(found.assets)),
                ("Schulden", euros(found.debts)),
                ("Saldo", euros(found.balance)),
                (
                    "Nog onbekend",
                    f"{missing} waarde{'n' if missing != 1 else ''}, niet meegeteld"
                    if missing
                    else "",
                ),
            ]
        )
    )
    warnings = estate_warnings(list(estate.items))
    if warnings:
        story.append(_heading("Let op, vóór u de erfenis aanvaardt"))
        for warning in warnings:
            story.append(Paragraph(text(warning.text), style["body"]))
    enclosed = letter_copies(plan.dossier, letters or {})
    if estate.documents_sent or enclosed:
        story.append(_heading("Verstuurde documenten"))
        rows = [
            [
                _cell("Document", True),
                _cell("Vorm", True),
                _cell("Naar", True),
                _cell("Verstuurd", True),
                _cell("Terug", True),
            ]
        ]
        for document in estate.documents_sent:
            what = DOCUMENT_LABELS.get(document.document, document.document)
            if document.description:
                what = f"{what} ({document.description})"
            rows.append(
                [
                    _cell(what),
                    _cell(COPY_KIND_LABELS.get(document.copy_kind, document.copy_kind)),
                    _cell(document.organisation),
                    _cell(long_date(document.sent_on) if document.sent_on else "-"),
                    _cell(long_date(document.returned_on) if document.returned_on else "nee"),
                ]
            )
        for copy in enclosed:  # a copy stays with the organisation: nothing comes back
            what = DOCUMENT_LABELS.get(copy.document, copy.document)
            rows.append(
                [
                    _cell(f"{what} (bij de brief: {copy.letter_title})"),
                    _cell(COPY_KIND_LABELS.get(copy.copy_kind, copy.copy_kind)),
                    _cell(copy.organisation),
                    _cell(long_date(copy.sent_on) if copy.sent_on else "-"),
                    _cell("-"),
                ]
            )
        story.append(_table(rows, (50 * mm, 28 * mm, 30 * mm, 28 * mm, TEXT_WIDTH - 136 * mm)))
    from nabestaanden.resources import default_tax_tables

    story += heirs_story(plan, default_tax_tables())
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            text(
                "Deze beschrijving is gemaakt met de gegevens die de familie invulde. Zij "
                "is geen officiële boedelbeschrijving van een notaris."
            ),
            style["small"],
        )
    )
    return story


def build_estate_description(
    plan: Plan,
    target: str | Path | BinaryIO,
    letters: Mapping[str, LetterDefinition] | None = None,
) -> None:
    _build(estate_story(plan, letters), target, "Boedelbeschrijving", plan)


def heirs_story(plan: Plan, tables: dict[int, TaxYear]) -> list[Flowable]:
    """Per heir: the part under the law (without a will), in euros of the known balance,
    and a rough erfbelasting indication, each marked as an indication."""
    style = styles()
    dossier = plan.dossier
    situation = dossier.situation
    story: list[Flowable] = [_heading("Per erfgenaam: een indicatie")]
    balance = max(totals(dossier.estate.items).balance, Decimal(0))  # known values only
    if situation.will == "yes":
        from_will = [
            (heir, parse_share(heir.will_share)) for heir in dossier.heirs if heir.will_share
        ]
        if not from_will:
            story.append(
                Paragraph(
                    text(
                        "Er is een testament. Daarin staat wie erft en hoeveel. Vul bij "
                        "Erfgenamen het deel van elke erfgenaam in, of vraag de notaris naar "
                        "de verdeling."
                    ),
                    style["body"],
                )
            )
            return story
        shares, warning = will_shares(
            [(heir.full_name or "een erfgenaam", part) for heir, part in from_will]
        )
        groups = [_tax_group(heir.relation) for heir, _part in from_will]
        in_money = zip(shares_in_money(shares, balance), groups, strict=True)
        heirs = [HeirShare(share, amount, group) for (share, amount), group in in_money]
        intro = (
            "Zo verdeelt het testament de erfenis, zoals de delen zijn ingevuld. Het bedrag "
            "is dat deel van het saldo hierboven. Dit is een indicatie, geen berekening."
        )
        return story + _shares_table(plan, tables, heirs, warning, intro)
    partner = situation.partner
    partner_name = (partner.full_name or "de partner") if partner is not None else None
    inherits = partner is not None and partner.relationship in INHERITING_RELATIONSHIPS
    children = [heir.full_name or "een kind" for heir in dossier.heirs if heir.relation == "child"]
    grandchildren = [
        (heir.full_name or "een kleinkind", heir.in_place_of)
        for heir in dossier.heirs
        if heir.relation == "grandchild"
    ]
    heir_of, descendants, family_notes = family_for_shares(
        partner_name, inherits, children, grandchildren
    )
    shares = legal_shares(heir_of, descendants)
    for note in family_notes:
        story.append(Paragraph(text(f"Let op: {note}"), style["body"]))
    if shares.other_relatives_inherit:
        story.append(Paragraph(text(" ".join(shares.notes)), style["body"]))
        return story
    intro = (
        "Zo verdeelt de wet de erfenis als er geen testament is: de partner (getrouwd of "
        "geregistreerd) en de kinderen krijgen ieder een gelijk deel. Het bedrag is dat deel "
        "van het saldo hierboven. Dit is een indicatie, geen berekening."
    )
    if any(share.in_place_of for share in shares.shares):
        intro += (
            " Is een kind eerder overleden of heeft het de erfenis verworpen? Dan delen zijn "
            "of haar kinderen samen het deel van dat kind (plaatsvervulling)."
        )
    if situation.will == "unknown":
        intro += " Of er een testament is, is nog niet bekend."
    if partner is not None and not inherits:
        intro += (
            " Wie samenwoonde zonder huwelijk of geregistreerd partnerschap, erft volgens de "
            "wet niet."
        )
    heirs = heir_shares(shares, balance, heir_of is not None)
    story += _shares_table(plan, tables, heirs, "", intro)
    if partner is not None and inherits and descendants:
        story.append(
            Paragraph(
                text(
                    "Met een partner en kinderen krijgt de partner volgens de wet alle "
                    "bezittingen en schulden; de kinderen krijgen een vordering in geld op de "
                    "partner, ter waarde van hun deel (de wettelijke verdeling)."
                ),
                style["small"],
            )
        )
    return story


def _tax_group(relation: str | None) -> str:
    """The erfbelasting group of an heir named in a will, by their relation."""
    return relation if relation in ("partner", "child", "grandchild") else "other"


def _shares_table(
    plan: Plan,
    tables: dict[int, TaxYear],
    heirs: list[HeirShare],
    warning: str,
    intro: str,
) -> list[Flowable]:
    """The heirs' parts of the known balance in euros, with a tax indication per heir
    in its tax group."""
    style = styles()
    found = totals(plan.dossier.estate.items)
    died = plan.dossier.deceased.date_of_death
    table = tables.get(died.year) if died else None
    if not found.complete:
        intro += " Nog niet alle waarden zijn bekend: de bedragen kunnen nog veranderen."
    story: list[Flowable] = [Paragraph(text(intro), style["body"])]
    if warning:
        story.append(Paragraph(text(f"Let op: {warning}"), style["body"]))
    rows = [[_cell("Erfgenaam", True), _cell("Deel", True), _cell("Bedrag", True)]]
    if table is not None:
        rows[0].append(_cell("Erfbelasting (indicatie)", True))
    for heir in heirs:
        part = heir.share.part
        name = heir.share.name
        if heir.share.in_place_of:
            name += f" (in de plaats van {' en '.join(heir.share.in_place_of)})"
        row = [
            _cell(name),
            _cell(f"{part.numerator}/{part.denominator}"),
            _cell(euros(heir.amount)),
        ]
        if table is not None:
            row.append(_cell(euros(indication(heir.amount, heir.relation, table).tax)))
        rows.append(row)
    widths = (60 * mm, 20 * mm, 35 * mm) if table is None else (55 * mm, 18 * mm, 35 * mm)
    story.append(_table(rows, (*widths, TEXT_WIDTH - sum(widths))))
    if table is None:
        note = (
            "De tarieven van de erfbelasting voor dit jaar van overlijden staan niet in de "
            "app; de Belastingdienst rekent de belasting uit."
        )
    else:
        note = (
            "De erfbelasting is een grove indicatie met de vrijstellingen en tarieven van "
            f"{table.year} (bijgewerkt {long_date(table.peildatum)}); de Belastingdienst "
            "rekent de echte belasting uit."
        )
        if table.verification.to_verify:
            note += f" Te controleren: {table.verification.note}"
    story.append(Paragraph(text(note), style["small"]))
    return story
