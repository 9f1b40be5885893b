"""The erfbelasting indication: exemption, two brackets, the table per year."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from nabestaanden.domain.catalogue import CatalogueError, Verification
from nabestaanden.domain.estate_tax import TAX_RELATIONS, TaxYear, indication, load_tax_tables
from nabestaanden.resources import default_tax_tables, resource_dir

# A made-up year with round numbers, so each figure below can be checked by hand.
TABLE = TaxYear(
    year=2030,
    exemptions={
        "partner": Decimal(800000),
        "child": Decimal(25000),
        "grandchild": Decimal(25000),
        "disabled_child": Decimal(75000),
        "parent": Decimal(60000),
        "other": Decimal(2500),
    },
    rates={
        "partner": (Decimal("0.10"), Decimal("0.20")),
        "child": (Decimal("0.10"), Decimal("0.20")),
        "grandchild": (Decimal("0.18"), Decimal("0.36")),
        "other": (Decimal("0.30"), Decimal("0.40")),
    },
    bracket=Decimal(150000),
    sources=(),
    evidence=(),
    peildatum=date(2030, 1, 1),
    verification=Verification(),
)


@pytest.mark.parametrize(
    ("relation", "share", "taxable", "tax"),
    [
        ("child", "20000", "0", "0"),  # within the exemption
        ("child", "125000", "100000", "10000"),  # 10% of 100,000
        ("child", "275000", "250000", "35000"),  # 10% of 150,000 + 20% of 100,000
        ("partner", "900000", "100000", "10000"),
        ("grandchild", "125000", "100000", "18000"),
        ("disabled_child", "175000", "100000", "10000"),  # the child's rates
        ("parent", "160000", "100000", "30000"),  # its own exemption, the others' rates
        ("other", "12500.99", "10000", "3000"),  # rounded down to whole euros
    ],
)
def test_the_tax_on_a_share_is_the_two_brackets_above_the_exemption(
    relation: str, share: str, taxable: str, tax: str
) -> None:
    result = indication(Decimal(share), relation, TABLE)
    assert (result.taxable, result.tax) == (Decimal(taxable), Decimal(tax))


def test_the_table_shipped_has_2026_with_sources_and_is_marked_to_verify() -> None:
    tables = default_tax_tables()
    year = tables[2026]
    assert set(year.exemptions) == set(TAX_RELATIONS)
    assert year.exemptions["child"] < year.exemptions["partner"]
    assert year.sources and all(item.quote for item in year.evidence)
    # Not from the Belastingdienst's own page: shown as "te controleren".
    assert year.verification.to_verify and "Belastingdienst" in year.verification.note


def test_a_mistake_in_the_table_is_refused_with_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue"
    shutil.copytree(resource_dir() / "catalogue", folder)
    table = folder / "erfbelasting.toml"
    table.write_text(
        table.read_text(encoding="utf-8").replace('\nchild = "26230"', '\nchild = "veel"'),
        "utf-8",
    )
    with pytest.raises(CatalogueError) as caught:
        load_tax_tables(folder)
    assert caught.value.problems == [
        "erfbelasting.toml: year[0].exemption.child: 'veel' is geen bedrag"
    ]
