"""Example dossiers in the exchange format, for tests and benchmarks."""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from nabestaanden.domain.dossier import Dossier
from nabestaanden.domain.mandates import Holder, Mandate, grant

_EXAMPLE: dict[str, Any] = {
    "format": "nabestaanden-dossier/2",
    "title": "",
    "intake_step": "done",
    "archived": False,
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
            "first_names": "Hendrik",
            "surname_prefix": "de",
            "surname": "Vries",
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
    "letters": [],
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


# One letter of the register in the exchange format, version 2 (docs/dossier-format.md).
LETTER: dict[str, Any] = {
    "status": "sent",
    "created_at": "2026-11-20T14:05:07.123456",
    "sent_on": "2026-11-21",
    "answer_expected_by": "2026-12-19",
    "answer_received_on": None,
    "file_name": "01-bank.pdf",
    "content": {
        "letter_id": "bank_melden",
        "title": "Overlijden melden bij de bank",
        "task_id": "banken_melden",
        "organisation_id": "bank",
        "sender_name": "Pieter van der Berg",
        "sender_address": ["Kerkstraat 3", "1234 AB  AMERSFOORT"],
        "sender_contact": ["06 12345678"],
        "recipient_lines": ["Voorbeeldbank", "t.a.v. Nabestaandenservice"],
        "their_reference": "klantnummer 12345678",
        "our_reference": "1-1",
        "letter_date": "2026-11-20",
        "subject": "Overlijden van mevrouw J.M. van der Berg",
        "details": [["Naam", "Johanna Maria van der Berg"], ["Geboren", "2 april 1950"]],
        "salutation": "Geachte heer, mevrouw,",
        "paragraphs": [
            "  Hierbij meld ik  het overlijden.",
            "Met <b>vriendelijke</b> groet & dank",
        ],
        "closing": "Met vriendelijke groet,",
        "signer_name": "Pieter van der Berg",
        "signer_capacity": "zoon",
        "enclosures": ["kopie akte van overlijden"],
        "answer_weeks": 4,
        "missing": [],
        "to_verify": "",
        "has_bsn": False,
    },
}


# An estate as the exchange format carries it: an asset with its value, one not known
# yet, community property, a debt, and documents sent (one back).
ESTATE: dict[str, Any] = {
    "items": [
        {
            "kind": "bank_account",
            "description": "Betaalrekening",
            "organisation": "ing",
            "reference": "NL91 INGB 0001 2345 67",
            "value": "1234.56",
            "value_basis": "statement",
            "owned": "alone",
        },
        {"kind": "savings", "description": "Spaarrekening Rabobank", "value": None},
        {
            "kind": "house",
            "description": "Woning Kerkstraat 1",
            "value": "325000.00",
            "value_basis": "appraisal",
            "owned": "community",
        },
        {"kind": "funeral_costs", "value": "8450.10", "value_basis": "statement"},
    ],
    "documents_sent": [
        {
            "document": "akte_van_overlijden",
            "copy": "certified_copy",
            "organisation": "ING",
            "sent_on": "2026-03-20",
            "returned_on": None,
        },
        {
            "document": "verklaring_van_erfrecht",
            "copy": "original",
            "organisation": "Rabobank",
            "sent_on": "2026-03-21",
            "returned_on": "2026-04-02",
            "description": "Terug met de saldo-opgave",
        },
    ],
}


def estate_document() -> dict[str, Any]:
    """The documented example with an estate, and two children as heirs with the parts
    a will would give them (used only when there is a will)."""
    heirs = [
        {
            "first_names": name,
            "surname_prefix": "",
            "surname": "de Vries",
            "relation": "child",
            "address": None,
            "will_share": share,
        }
        for name, share in (("Anna", "1/2"), ("Bram", "1/2"))
    ]
    return {**example_document(), "heirs": heirs, "estate": ESTATE}


def with_sent_bank_letter(dossier: Dossier, sent_on: date | None) -> Dossier:
    """The dossier with the bank letter (dated 1 May 2026) in the register, sent on
    ``sent_on`` (or not)."""
    from dataclasses import replace

    from nabestaanden.domain.letter_offers import letters_for_plan
    from nabestaanden.domain.letters import RegisteredLetter, compose_letter
    from nabestaanden.domain.plan import build_plan
    from nabestaanden.resources import default_catalogue, default_letters

    written = date(2026, 5, 1)
    plan = build_plan(dossier, default_catalogue(), written)
    offer = next(
        offer
        for offer in letters_for_plan(plan, default_letters())
        if offer.definition.id == "bank_melden"
    )
    content = compose_letter(
        offer.definition, offer.recipient, dossier, default_catalogue(), written
    )
    letter = RegisteredLetter(content, datetime(2026, 4, 1, 10, 0), "brief.pdf", sent_on)
    return replace(dossier, letters=[letter])
