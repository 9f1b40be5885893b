"""The boedelbeschrijving: the estate as of the date of death (an A4 PDF).

For the heirs and the notary: every item with how its value is known, the totals
(community property counting for half, unknown values never as zero), the warnings
before accepting the inheritance, and which documents went where.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from nabestaanden.documents.styles import TEXT_WIDTH, styles, text
from nabestaanden.documents.summaries import _build, _cell, _header, _heading, _pairs, _table
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.estate import (
    COPY_KIND_LABELS,
    DOCUMENT_LABELS,
    KIND_LABELS,
    VALUE_BASIS_LABELS,
    EstateItem,
    estate_warnings,
    totals,
)
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


def estate_story(plan: Plan) -> list[Flowable]:
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
    if estate.documents_sent:
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
        story.append(_table(rows, (50 * mm, 28 * mm, 30 * mm, 28 * mm, TEXT_WIDTH - 136 * mm)))
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


def build_estate_description(plan: Plan, target: str | Path | BinaryIO) -> None:
    _build(estate_story(plan), target, "Boedelbeschrijving", plan)
