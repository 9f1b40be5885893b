"""The estate in the exchange file: read, written back, and refused with a place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from nabestaanden.domain.estate import DocumentSent, EstateItem
from nabestaanden.domain.exchange import FormatError, read_dossier, write_dossier
from tests.support.examples import ESTATE, example_document

TODAY = date(2026, 5, 1)


def with_estate(estate: object) -> dict[str, Any]:
    document = example_document()
    document["estate"] = estate
    return document


def problems_of(document: object) -> list[str]:
    with pytest.raises(FormatError) as caught:
        read_dossier(document, TODAY)
    return [str(problem) for problem in caught.value.problems]


def test_an_estate_is_read_with_exact_amounts_and_unknown_values() -> None:
    estate = read_dossier(with_estate(ESTATE), TODAY).estate
    assert estate.items == (
        EstateItem(
            "bank_account",
            "Betaalrekening",
            "ing",
            "NL91 INGB 0001 2345 67",
            Decimal("1234.56"),
            "statement",
            "alone",
        ),
        EstateItem("savings", "Spaarrekening Rabobank"),
        EstateItem(
            "house",
            "Woning Kerkstraat 1",
            value=Decimal("325000"),
            value_basis="appraisal",
            owned="community",
        ),
        EstateItem("funeral_costs", value=Decimal("8450.10"), value_basis="statement"),
    )
    assert estate.documents_sent == (
        DocumentSent("akte_van_overlijden", "ING", "certified_copy", date(2026, 3, 20)),
        DocumentSent(
            "verklaring_van_erfrecht",
            "Rabobank",
            "original",
            date(2026, 3, 21),
            date(2026, 4, 2),
            "Terug met de saldo-opgave",
        ),
    )


def test_an_estate_is_written_back_as_it_was_read() -> None:
    dossier = read_dossier(with_estate(ESTATE), TODAY)
    written = write_dossier(dossier)
    assert read_dossier(written, TODAY) == dossier
    assert written["estate"]["items"][2]["value"] == "325000.00"
    assert written["estate"]["items"][1]["value"] is None


def test_a_dossier_without_an_estate_is_written_without_it() -> None:
    dossier = read_dossier(example_document(), TODAY)
    assert "estate" not in write_dossier(dossier)  # an older app reads the file still


def test_each_mistake_in_the_estate_names_its_place() -> None:
    estate = {
        "items": [
            {"kind": "boat", "value": "10"},
            {"kind": "savings", "value": 1234.56, "value_basis": "statement"},
            {"kind": "savings", "value": "1.234,56", "value_basis": "statement"},
            {"kind": "loan", "value": "-500", "value_basis": "statement"},
            {"kind": "car", "value": "4000"},
            {"kind": "house", "value_basis": "appraisal"},
            {"kind": "shares", "value": "10", "value_basis": "unknown", "owner": "x"},
            {"description": "Iets"},
        ],
        "documents_sent": [
            {"document": "paspoort", "organisation": "ING"},
            {"document": "testament", "sent_on": "2026-04-01", "returned_on": "2026-03-01"},
        ],
    }
    found = problems_of(with_estate(estate))
    money = (
        'geen bedrag: schrijf euro\'s als tekst met een punt, zoals "1234.56" (zonder '
        "euroteken, zonder duizendtallen; een schuld ook zonder min)"
    )
    assert found == [
        "estate.items[0].kind: onbekende waarde; kies uit 'bank_account', 'savings', "
        "'house', 'car', 'insurance', 'pension_capital', 'shares', 'inventory', 'claim', "
        "'mortgage', 'loan', 'credit_card', 'tax', 'care_costs', 'funeral_costs', "
        "'allowance_repayment'",
        "estate.items[0].value_basis: ontbreekt bij een bedrag: statement (afschrift), "
        "appraisal (taxatie) of estimate (schatting)",
        f"estate.items[1].value: {money}",
        f"estate.items[2].value: {money}",
        f"estate.items[3].value: {money}",
        "estate.items[4].value_basis: ontbreekt bij een bedrag: statement (afschrift), "
        "appraisal (taxatie) of estimate (schatting)",
        "estate.items[5].value_basis: 'appraisal' zonder bedrag: vul 'value' in, of kies 'unknown'",
        "estate.items[6].owner: onbekend veld (typfout?)",
        "estate.items[6].value_basis: 'unknown' past niet bij een bedrag: kies statement, "
        "appraisal of estimate",
        "estate.items[7].kind: ontbreekt; wat voor bezit of schuld is het?",
        "estate.documents_sent[0].document: onbekende waarde; kies uit "
        "'akte_van_overlijden', 'verklaring_van_erfrecht', 'testament', 'other'",
        "estate.documents_sent[1].organisation: ontbreekt; naar wie is het verstuurd?",
        "estate.documents_sent[1].returned_on: ligt vóór de dag van versturen (sent_on)",
    ]


def test_an_heirs_part_from_the_will_is_read_written_back_and_checked() -> None:
    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Anna",
            "surname_prefix": "",
            "surname": "Bos",
            "relation": "child",
            "will_share": "2/4",
        },
        {"first_names": "Bram", "surname_prefix": "", "surname": "Bos", "relation": "child"},
    ]
    dossier = read_dossier(document, TODAY)
    assert [heir.will_share for heir in dossier.heirs] == ["1/2", ""]
    written = write_dossier(dossier)
    assert written["heirs"][0]["will_share"] == "1/2"
    assert "will_share" not in written["heirs"][1]  # only when entered
    assert read_dossier(written, TODAY) == dossier
    document["heirs"][1]["will_share"] = "de helft"
    assert problems_of(document) == [
        "heirs[1].will_share: 'de helft' is geen deel: schrijf een breuk, zoals 1/2 of 1/3 "
        "(of 1 voor alles)."
    ]


def test_a_grandchild_in_the_place_of_a_child_is_read_written_back_and_checked() -> None:
    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Eva",
            "surname_prefix": "",
            "surname": "Bos",
            "relation": "grandchild",
            "in_place_of": "  Daan   Bos ",
        },
        {"first_names": "Bram", "surname_prefix": "", "surname": "Bos", "relation": "child"},
    ]
    dossier = read_dossier(document, TODAY)
    assert [heir.in_place_of for heir in dossier.heirs] == ["Daan Bos", ""]
    written = write_dossier(dossier)
    assert written["heirs"][0]["in_place_of"] == "Daan Bos"
    assert "in_place_of" not in written["heirs"][1]  # only when entered
    assert read_dossier(written, TODAY) == dossier
    document["heirs"][1]["in_place_of"] = "Daan Bos"  # a child takes nobody's place
    assert problems_of(document) == [
        "heirs[1].in_place_of: alleen bij een kleinkind (relation 'grandchild'): de naam van "
        "het kind van de overledene wiens plaats het inneemt"
    ]


def test_an_age_band_and_who_reports_the_death_are_written_only_when_given() -> None:
    document = example_document()
    document["situation"]["children"] = [
        {"date_of_birth": None, "studying": False, "age_band": "18_20"},
        {"date_of_birth": "2010-06-30", "studying": False},
    ]
    document["situation"]["death_reported_by"] = "family"
    dossier = read_dossier(document, TODAY)
    assert [child.age_band for child in dossier.situation.children] == ["18_20", ""]
    assert dossier.situation.death_reported_by == "family"
    written = write_dossier(dossier)
    assert written["situation"]["children"][0]["age_band"] == "18_20"
    assert "age_band" not in written["situation"]["children"][1]
    assert read_dossier(written, TODAY) == dossier
    default = write_dossier(read_dossier(example_document(), TODAY))
    assert "death_reported_by" not in default["situation"]  # the undertaker: the default
    document["situation"]["children"][0]["age_band"] = "volwassen"
    document["situation"]["death_reported_by"] = "buurman"
    found = problems_of(document)
    assert found[0].startswith("situation.children[0].age_band: onbekende waarde; kies uit")
    assert found[1].startswith("situation.death_reported_by: onbekende waarde; kies uit")
