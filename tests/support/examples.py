"""Example dossiers in the exchange format, for tests and benchmarks."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from nabestaanden.domain.mandates import Holder, Mandate, grant

_EXAMPLE: dict[str, Any] = {
    "format": "nabestaanden-dossier/1",
    "deceased": {
        "first_names": "Johanna Maria",
        "surname_prefix": "van der",
        "surname": "Berg",
        "bsn": "111222333",
        "date_of_birth": "1950-04-02",
        "date_of_death": "2026-03-15",
        "address": {
            "street": "Lindelaan",
            "number": "12",
            "addition": "bis",
            "postcode": "3581 AB",
            "city": "Utrecht",
            "country": "NL",
        },
        "lived_in_netherlands": True,
    },
    "situation": {
        "will": "unknown",
        "partner": {
            "relationship": "married",
            "date_of_birth": "1952-08-19",
            "incapacity_45": False,
        },
        "children": [{"date_of_birth": "2010-06-30", "studying": False}],
        "other_parent_deceased": False,
        "no_other_legal_parent": False,
        "income": ["aow", "pension"],
        "pension_funds": ["abp"],
        "allowances": ["huurtoeslag", "zorgtoeslag"],
        "allowance_holder": "deceased",
        "toeslagen_herstel": False,
        "housing": "rent",
        "study_debt": False,
        "car": True,
        "estate_above_exemption": "unknown",
        "unknown": ["study_debt"],
    },
    "contact": {
        "first_names": "Pieter",
        "surname_prefix": "van der",
        "surname": "Berg",
        "relation": "child",
        "address": {
            "street": "Kerkstraat",
            "number": "3",
            "addition": "",
            "postcode": "1234 AB",
            "city": "Amersfoort",
        },
        "phone": "06 12345678",
        "email": "pieter@example.nl",
        "iban": "NL91ABNA0417164300",
    },
    "heirs": [],
    "mandates": [],
    "tasks": {},
    "organisations": [
        {
            "organisation": "bank",
            "name": "Voorbeeldbank",
            "department": "Nabestaandenservice",
            "address": {
                "street": "Antwoordnummer",
                "number": "1234",
                "addition": "",
                "postcode": "8900 VB",
                "city": "Leeuwarden",
                "country": "NL",
            },
            "reference": "klantnummer 12345678",
            "phone": "",
        }
    ],
}


def example_document() -> dict[str, Any]:
    """The example of docs/dossier-format.md (a fresh copy each call)."""
    return copy.deepcopy(_EXAMPLE)


# One mandate in the exchange format (see docs/dossier-format.md).
MANDATE = {
    "holder": {"person": "contact"},
    "legal_basis": "boedelvolmacht",
    "evidence": {"document": "boedelvolmacht", "date": "2026-04-01", "reference": "BV-1"},
    "services": [
        {"organisation": "bank", "name": "ING", "type": "financien", "rights": ["inzien"]},
        {"organisation": "abp", "name": "", "type": "pensioen", "rights": ["inzien", "wijzigen"]},
    ],
    "duration": "tot_datum",
    "task": None,
    "valid_from": "2026-04-01",
    "valid_until": "2026-12-31",
    "history": [
        {"status": "concept", "date": "2026-04-01", "note": ""},
        {"status": "actief", "date": "2026-04-03", "note": "getekend"},
    ],
    "note": "",
}


def bank_mandate(
    on: date,
    duration: str = "geen_einddatum",
    holder: str = "contact",
    basis: str = "anders",
    **details: object,
) -> Mandate:
    """A mandate to view at the bank, recorded as a concept on ``on``."""
    return grant(
        Holder(person=holder),
        basis,
        [("bank", "financien", "")],
        ["inzien"],
        duration,
        on,
        **details,
    )
