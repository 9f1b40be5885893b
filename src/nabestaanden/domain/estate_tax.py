"""A rough erfbelasting indication per heir, from the year's exemptions and rates.

An indication, never a calculation: the Belastingdienst computes the tax from the
return, and much that changes it is not in the app (the partner's exemption shrinks
with a nabestaandenpensioen, gifts in the years before, a will's legacies, life
insurance). The table per year of death lives in ``resources/catalogue/
erfbelasting.toml`` with its sources and peildatum; a year marked ``to_verify`` shows
as "te controleren".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from nabestaanden.domain.catalogue import CatalogueError, Evidence, Verification
from nabestaanden.domain.catalogue_checks import Checker
from nabestaanden.domain.toml_files import Compiled

FILE: Final = "erfbelasting.toml"
# Who the heir is to the deceased, for the exemption and the rates.
TAX_RELATIONS: Final = ("partner", "child", "grandchild", "disabled_child", "parent", "other")
_RATE_GROUPS: Final = ("partner", "child", "grandchild", "other")
# The rates of a relation without a group of its own.
_RATE_GROUP_OF: Final = {"disabled_child": "child", "parent": "other"}


@dataclass(frozen=True)
class TaxYear:
    year: int
    exemptions: Mapping[str, Decimal]
    # Per rate group: the rate up to ``bracket`` above the exemption, and above it.
    rates: Mapping[str, tuple[Decimal, Decimal]]
    bracket: Decimal
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    peildatum: date
    verification: Verification


@dataclass(frozen=True)
class TaxIndication:
    """What an heir might pay on a share of a given value (an indication)."""

    share: Decimal
    exemption: Decimal
    taxable: Decimal
    tax: Decimal
    year: TaxYear


def indication(share: Decimal, relation: str, table: TaxYear) -> TaxIndication:
    """The tax on ``share`` euros for an heir of ``relation`` (one of ``TAX_RELATIONS``),
    rounded down to whole euros as the tax on an inheritance is."""
    exemption = table.exemptions[relation]
    low, high = table.rates[_RATE_GROUP_OF.get(relation, relation)]
    taxable = max(share - exemption, Decimal(0)).quantize(Decimal(1), rounding="ROUND_DOWN")
    first = min(taxable, table.bracket)
    tax = first * low + (taxable - first) * high
    return TaxIndication(
        share, exemption, taxable, tax.quantize(Decimal(1), rounding="ROUND_DOWN"), table
    )


def load_tax_tables(folder: Path) -> dict[int, TaxYear]:
    """Read and check ``erfbelasting.toml`` in the catalogue folder.

    Raise:
        CatalogueError: a mistake in the file, each one named.
    """
    check = Checker()
    path = folder / FILE
    try:
        document = Compiled(folder.parent).read(path)
    except OSError as error:
        problem = f"{FILE}: kan niet worden gelezen: {error.strerror or error}"
        raise CatalogueError([problem]) from None
    except ValueError as error:  # not valid TOML, or not UTF-8
        raise CatalogueError([f"{FILE}: geen geldige TOML: {error}"]) from None
    years: dict[int, TaxYear] = {}
    entries = document.get("year")
    if not isinstance(entries, list) or not entries:
        check.problem(FILE, "bevat geen [[year]]-tabellen")
        entries = []
    for index, value in enumerate(entries):
        where = f"{FILE}: year[{index}]"
        entry = check.table(
            value,
            where,
            ("year", "peildatum", "sources", "evidence", "bracket", "exemption", "rates"),
            ("to_verify", "verify_note"),
        )
        if entry is None:
            continue
        year = check.integer(entry, "year", where, 2020, 2100)
        if year in years:
            check.problem(f"{where}.year", f"{year} staat er twee keer in")
        sources = check.sources(entry, "sources", where)
        years[year] = TaxYear(
            year=year,
            exemptions=_amounts(check, entry.get("exemption"), f"{where}.exemption"),
            rates=_rates(check, entry.get("rates"), f"{where}.rates"),
            bracket=_amount(check, entry.get("bracket"), f"{where}.bracket"),
            sources=sources,
            evidence=check.evidence_list(entry, where, sources, required=True),
            peildatum=check.day(entry, "peildatum", where) or date.min,
            verification=check.verification(entry, where),
        )
    if check.problems:
        raise CatalogueError(check.problems)
    return years


def _amount(check: Checker, value: object, where: str) -> Decimal:
    if not isinstance(value, str):
        check.problem(where, 'moet een bedrag als tekst zijn, zoals "26230"')
        return Decimal(0)
    try:
        amount = Decimal(value)
    except InvalidOperation:
        check.problem(where, f"'{value}' is geen bedrag")
        return Decimal(0)
    if not amount.is_finite() or amount < 0:
        check.problem(where, f"'{value}' is geen bedrag")
        return Decimal(0)
    return amount


def _amounts(check: Checker, value: object, where: str) -> dict[str, Decimal]:
    table = check.table(value, where, TAX_RELATIONS, ())
    if table is None:
        return {}
    return {key: _amount(check, table.get(key), f"{where}.{key}") for key in TAX_RELATIONS}


def _rates(check: Checker, value: object, where: str) -> dict[str, tuple[Decimal, Decimal]]:
    table: Mapping[str, Any] | None = check.table(value, where, _RATE_GROUPS, ())
    if table is None:
        return {}
    rates: dict[str, tuple[Decimal, Decimal]] = {}
    for group in _RATE_GROUPS:
        pair = table.get(group)
        if not isinstance(pair, list) or len(pair) != 2:
            check.problem(f"{where}.{group}", 'moet twee tarieven zijn, zoals ["0.10", "0.20"]')
            continue
        low, high = (_amount(check, item, f"{where}.{group}") for item in pair)
        if not (0 <= low <= high < 1):
            check.problem(f"{where}.{group}", "tarieven tussen 0 en 1, het tweede niet lager")
        rates[group] = (low, high)
    return rates
