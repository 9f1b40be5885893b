"""The mandate PDFs read back: every party, organisation, right, duration and basis;
one signature block per heir on the draft boedelvolmacht."""

from __future__ import annotations

import io
from datetime import date

from nabestaanden.documents.mandates import build_boedelvolmacht, build_mandate_overview
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.mandates import (
    DURATION_LABELS,
    LEGAL_BASIS_LABELS,
    RIGHT_LABELS,
)
from nabestaanden.domain.plan import build_plan
from nabestaanden.resources import default_catalogue
from tests.support.examples import MANDATE, example_document
from tests.support.pdf import read_pdf

TODAY = date(2026, 6, 1)


def plan_with_mandates():  # type: ignore[no-untyped-def]
    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "Şahin",
            "relation": "child",
            "address": None,
        },
        {
            "first_names": "Łukasz",
            "surname_prefix": "van",
            "surname": "Dijk",
            "relation": "child",
            "address": None,
        },
    ]
    document["mandates"] = [
        MANDATE,
        {
            **MANDATE,
            "holder": {"organisation": "Notariskantoor De Vries"},
            "legal_basis": "executeur",
            "duration": "geen_einddatum",
            "valid_until": None,
            "services": [
                {
                    "organisation": "belastingdienst",
                    "name": "",
                    "type": "belastingen",
                    "rights": ["aanvragen"],
                }
            ],
        },
    ]
    return build_plan(read_dossier(document, TODAY), default_catalogue(), TODAY)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_overview_names_every_party_organisation_right_duration_and_basis() -> None:
    plan = plan_with_mandates()
    target = io.BytesIO()
    build_mandate_overview(plan, target)
    whole = flat(read_pdf(target.getvalue()).text)
    # Only the part per authorised party counts: the "niet gedekt" part below names
    # organisations and rights too.
    text = whole.split("Niet gedekt door een actieve machtiging")[0]
    for name in ("Pieter van der Berg", "Notariskantoor De Vries"):
        assert name in text
    for mandate in plan.dossier.mandates:
        assert LEGAL_BASIS_LABELS[mandate.legal_basis].split(" (")[0] in text
        for service in mandate.services:
            assert (service.name or plan.catalogue.organisation_name(service.organisation)) in text
            assert ", ".join(RIGHT_LABELS[right] for right in service.rights) in text
    assert "tot en met 31 december 2026" in text
    assert DURATION_LABELS["geen_einddatum"] in text
    assert "boedelvolmacht van 1 april 2026, kenmerk BV-1" in text  # the evidence
    assert "Niet gedekt door een actieve machtiging" in whole
    assert "DigiD van de overledene" in whole  # the warnings come along


def test_the_draft_boedelvolmacht_has_the_scope_and_one_signature_block_per_heir() -> None:
    plan = plan_with_mandates()
    mandate = plan.dossier.mandates[0]
    target = io.BytesIO()
    build_boedelvolmacht(plan, mandate, target)
    text = flat(read_pdf(target.getvalue()).text)
    assert text.count("CONCEPT") >= 2 and "notaris" in text
    assert "Johanna Maria van der Berg" in text and "Pieter van der Berg" in text
    for service in mandate.services:
        assert (service.name or plan.catalogue.organisation_name(service.organisation)) in text
    assert text.count("Naam erfgenaam") == text.count("Handtekening …") == len(plan.dossier.heirs)
    assert len(plan.dossier.heirs) == 2
    assert "Zoë Şahin" in text and "Łukasz van Dijk" in text


def test_what_is_not_covered_looks_at_the_rights_too() -> None:
    plan = plan_with_mandates()
    target = io.BytesIO()
    build_mandate_overview(plan, target)
    text = flat(read_pdf(target.getvalue()).text)
    gaps = text.split("Niet gedekt door een actieve machtiging", 1)[1].split("Let op", 1)[0]
    # The notary may only file at the Belastingdienst; the contact may view and change at
    # ABP; an organisation in the plan without any mandate is named as such.
    assert "Belastingdienst: wel aanvragen of indienen; niet inzien, wijzigen." in gaps
    assert "ABP: wel inzien, wijzigen; niet aanvragen of indienen." in gaps
    assert "Sociale Verzekeringsbank (SVB): geen actieve machtiging." in gaps


def test_the_draft_names_the_rights_and_the_duration() -> None:
    plan = plan_with_mandates()
    mandate = plan.dossier.mandates[0]
    target = io.BytesIO()
    build_boedelvolmacht(plan, mandate, target)
    text = flat(read_pdf(target.getvalue()).text)
    for service in mandate.services:
        assert ", ".join(RIGHT_LABELS[right] for right in service.rights) in text
    assert "31 december 2026" in text  # tot en met
    assert "volmacht aan Pieter van der Berg" in text


def test_every_page_of_the_draft_says_it_is_a_draft() -> None:
    plan = plan_with_mandates()
    heir = plan.dossier.heirs[0]
    plan.dossier.heirs = [heir] * 9  # signature blocks run over to a second page
    target = io.BytesIO()
    build_boedelvolmacht(plan, plan.dossier.mandates[0], target)
    pages = read_pdf(target.getvalue()).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "CONCEPT – geen officieel document" in flat(page), number


def test_a_draft_without_heirs_in_the_dossier_leaves_lines_to_fill_in() -> None:
    plan = plan_with_mandates()
    plan.dossier.heirs = []
    target = io.BytesIO()
    build_boedelvolmacht(plan, plan.dossier.mandates[0], target)
    text = flat(read_pdf(target.getvalue()).text)
    assert "De erfgenamen staan nog niet in het dossier" in text
    assert text.count("Naam erfgenaam") == 2
