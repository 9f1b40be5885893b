"""The boedelbeschrijving, read back from the PDF as the heirs and the notary see it."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from nabestaanden.documents.batch import write_dossier_documents
from nabestaanden.documents.estate import FILE_NAME, build_estate_description
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue, default_letters
from tests.support.examples import estate_document, example_document, with_sent_bank_letter
from tests.support.pdf import Pdf, read_pdf

TODAY = date(2026, 5, 1)


def plan_of(document: dict[str, Any]) -> Plan:
    return build_plan(read_dossier(document, TODAY), default_catalogue(), TODAY)


def pdf_of(plan: Plan) -> Pdf:
    buffer = io.BytesIO()
    build_estate_description(plan, buffer)
    return read_pdf(buffer.getvalue())


def flat(pdf: Pdf) -> str:
    # The euro sign is followed by a no-break space, so an amount never splits.
    return " ".join(pdf.text.replace("\xa0", " ").split())


def test_every_item_with_its_value_and_the_totals_in_dutch_form() -> None:
    plan = plan_of(estate_document())
    text = flat(pdf_of(plan))
    assert "Boedelbeschrijving" in text
    assert "overleden op 15 maart 2026" in text and "op 15 maart 2026, de dag" in text
    for item in plan.dossier.estate.items:  # (a cell may wrap: word by word)
        assert all(word in text for word in item.description.split())
    assert "€ 1.234,56" in text  # the bank account
    assert "€ 325.000,00" in text and "€ 162.500,00 (de helft)" in text  # community
    assert "nog onbekend" in text  # the savings account, not counted as zero
    # Assets 1,234.56 + 162,500.00; debts 8,450.10; the savings not counted.
    assert "Bezittingen € 163.734,56" in text
    assert "Schulden € 8.450,10" in text
    assert "Saldo € 155.284,46" in text
    assert "1 waarde, niet meegeteld" in text
    assert "afschrift" in text and "taxatie" in text


def test_the_warning_and_the_documents_sent_are_on_it() -> None:
    text = flat(pdf_of(plan_of(estate_document())))
    assert "Let op, vóór u de erfenis aanvaardt" in text
    assert "Van 1 post is de waarde nog onbekend" in text
    assert "Verstuurde documenten" in text
    assert "Akte van overlijden" in text and "gewaarmerkte" in text
    assert "Verklaring van erfrecht" in text and "saldo-opgave)" in text
    assert "2 april 2026" in text  # came back


def test_two_hundred_items_run_over_several_numbered_pages() -> None:
    document = estate_document()
    document["estate"] = {
        "items": [
            {
                "kind": "inventory" if number % 2 else "loan",
                "description": f"Post nummer {number}",
                "value": f"{number}.50",
                "value_basis": "estimate",
            }
            for number in range(1, 201)
        ]
    }
    pdf = pdf_of(plan_of(document))
    pages = len(pdf.pages)
    assert pages >= 4
    assert all(f"Pagina {page} van {pages}" in pdf.pages[page - 1] for page in range(1, pages))
    text = flat(pdf)
    assert all(f"Post nummer {number}" in text for number in (1, 77, 200))


def test_the_letters_include_it_only_when_the_estate_has_items(tmp_path: Any) -> None:
    with_items = plan_of(estate_document())
    written = write_dossier_documents(with_items, default_letters(), tmp_path / "a", TODAY)
    assert (tmp_path / "a" / FILE_NAME).is_file()
    assert written[-1].title == "Boedelbeschrijving"
    without = plan_of(example_document())
    write_dossier_documents(without, default_letters(), tmp_path / "b", TODAY)
    assert not (tmp_path / "b" / FILE_NAME).exists()


def with_family(will: str, relationship: str | None, children: list[str]) -> dict[str, Any]:
    document = estate_document()
    document["situation"]["will"] = will
    if relationship is None:
        document["situation"]["partner"] = None
    else:
        document["situation"]["partner"]["relationship"] = relationship
    document["heirs"] = [
        {"first_names": name, "surname_prefix": "", "surname": "de Vries", "relation": "child"}
        for name in children
    ]
    return document


def test_per_heir_the_legal_shares_of_the_balance_with_a_tax_indication() -> None:
    text = flat(pdf_of(plan_of(with_family("no", "married", ["Anna", "Bram"]))))
    assert "Per erfgenaam: een indicatie" in text
    # The balance 155,284.46 in three (51,761.4867 each): partner and two children.
    assert "Hendrik de Vries 1/3 € 51.761,49" in text
    assert "Anna de Vries 1/3 € 51.761,49" in text and "Bram de Vries 1/3" in text
    # A child: 51,761.49 - 26,230 exempt = 25,531 (whole euros) at 10%.
    assert "€ 2.553,00" in text
    assert "Dit is een indicatie, geen berekening" in text
    assert "Te controleren:" in text
    assert "wettelijke verdeling" in text


def test_with_a_will_the_notary_is_named_and_nothing_is_divided() -> None:
    text = flat(pdf_of(plan_of(with_family("yes", "married", ["Anna"]))))
    assert "Er is een testament" in text and "vraag de notaris" in text
    assert "1/2" not in text


def test_a_partner_living_together_without_marriage_does_not_inherit_by_law() -> None:
    text = flat(pdf_of(plan_of(with_family("no", "cohabiting", []))))
    assert "Dan erven andere familieleden" in text
    text = flat(pdf_of(plan_of(with_family("no", "cohabiting", ["Anna"]))))
    assert "Anna de Vries 1/1" in text
    assert "erft volgens de wet niet" in text


def test_with_a_will_the_parts_entered_are_used_and_a_shortfall_is_said() -> None:
    document = with_family("yes", "married", ["Anna", "Bram"])
    document["heirs"][0]["will_share"] = "1/2"
    document["heirs"][1]["will_share"] = "1/4"
    text = flat(pdf_of(plan_of(document)))
    assert "Zo verdeelt het testament de erfenis" in text
    assert "Anna de Vries 1/2 € 77.642,23" in text  # half of 155,284.46
    assert "Bram de Vries 1/4 € 38.821,12" in text
    assert "tellen samen op tot 3/4, niet tot het geheel" in text


def test_a_copy_enclosed_with_a_sent_letter_is_listed_with_the_documents_sent() -> None:
    dossier = with_sent_bank_letter(read_dossier(estate_document(), TODAY), date(2026, 4, 2))
    plan = build_plan(dossier, default_catalogue(), TODAY)
    buffer = io.BytesIO()
    build_estate_description(plan, buffer, default_letters())
    text = flat(read_pdf(buffer.getvalue()))
    # (the cell wraps: its lines come out between the next cells' text)
    assert "Akte van overlijden (bij de brief:" in text
    assert "Het overlijden melden bij de bank)" in text
    assert "Voorbeeldbank" in text and "2 april 2026" in text
    # Without the letter definitions, only the log: the letter is not guessed at.
    assert "bij de brief" not in flat(pdf_of(plan))


def test_grandchildren_in_the_place_of_a_child_who_died_before_share_its_part() -> None:
    document = estate_document()
    child = document["heirs"][0] | {"first_names": "Bram", "will_share": ""}
    grandchildren = [
        child | {"first_names": name, "relation": "grandchild", "in_place_of": "Daan de Vries"}
        for name in ("Eva", "Finn")
    ]
    document["heirs"] = [child, *grandchildren]
    text = flat(pdf_of(plan_of(document)))
    # The partner, Bram and Daan's branch a third each; Eva and Finn a sixth.
    assert "Hendrik de Vries 1/3" in text and "Bram de Vries 1/3" in text
    # (a name cell wraps: its second line comes out after the next cells' text)
    assert "Eva de Vries (in de plaats van Daan 1/6" in text
    assert "Finn de Vries (in de plaats van Daan 1/6" in text
    assert "plaatsvervulling" in text
    # Without the parent's name the grandchild does not count, and the PDF says why.
    document["heirs"][1]["in_place_of"] = ""
    document["heirs"][1]["relation"] = "grandchild"
    text = flat(pdf_of(plan_of(document)))
    assert "Let op: Bij Eva de Vries staat niet in wiens plaats" in text
