"""The letter layout, read back from the PDF as a recipient (and a sorting machine) would."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from typing import Any

import pdfplumber
import pytest

from nabestaanden.documents.letter import (
    WINDOW_BOTTOM,
    WINDOW_LEFT,
    WINDOW_RIGHT,
    WINDOW_TOP,
    LetterLayoutError,
    letter_pdf,
)
from nabestaanden.domain.catalogue import PENSION_FUNDS
from nabestaanden.domain.dossier import OrganisationDetails
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import recipient_for
from nabestaanden.domain.letter_texts import ANY_ORGANISATION, LetterDefinition
from nabestaanden.domain.letters import LetterContent, compose_letter
from nabestaanden.resources import default_catalogue, default_letters
from tests.support.examples import example_document
from tests.support.pdf import MM, Pdf, read_pdf

TODAY = date(2026, 11, 29)
WINDOW = (WINDOW_LEFT / MM, WINDOW_RIGHT / MM, WINDOW_TOP / MM, WINDOW_BOTTOM / MM)
POSTCODE_LINE = re.compile(r"\d{4} [A-Z]{2}  [A-Z][A-Z' -]+")


def fewest_data() -> dict[str, Any]:
    return {
        "format": "nabestaanden-dossier/1",
        "deceased": {"surname": "Jansen", "date_of_death": "2026-10-01"},
    }


def most_data() -> dict[str, Any]:
    document = example_document()
    document["deceased"].update(
        first_names="Şükrü Zoë Wilhelmina Theodora",
        surname_prefix="van den",
        surname="Yılmaz-IJzerman & <Kowalczyk>",
    )
    document["deceased"]["address"].update(
        street="Burgemeester van Karnebeek-Schimmelpenninckstraat", number="1234", addition="ZW-3"
    )
    document["contact"].update(
        first_names="Łukasz Maximiliaan",
        surname_prefix="",
        surname="O'Neill & Zn.",
        relation="executeur",
    )
    document["contact"]["address"]["street"] = "Oude Rijksstraatweg richting Noordwijkerhout"
    document["situation"].update(
        will="yes",
        estate_above_exemption="yes",
        income=["aow", "pension", "uwv_benefit", "salary", "business"],
        pension_funds=["abp", "Stichting Pensioenfonds voor de Grafische Bedrijven"],
        allowances=["huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden_budget"],
        study_debt=True,
    )
    document["situation"]["partner"]["relationship"] = "cohabiting_contract"
    document["situation"]["children"] = [
        {"date_of_birth": "2010-06-30", "studying": True},
        {"date_of_birth": "2012-01-01", "studying": False},
    ]
    document["heirs"] = [
        {
            "first_names": "Marie-Claire Ébène",
            "surname_prefix": "de",
            "surname": "Vries",
            "relation": "partner",
        }
    ]
    document["organisations"] = [
        {
            "organisation": organisation,
            "name": "Coöperatieve Rabobank U.A., regio Rivierenland",
            "department": "t.a.v. Bijzonder Beheer Nabestaanden",
            "address": {
                "street": "Postbus",
                "number": "17100",
                "postcode": "3500 HG",
                "city": "Utrecht",
            },
            "reference": "Polis- en klantnummer 1234-5678-90 / dossier 2026-000123",
        }
        for organisation in ("bank", "zorgverzekeraar", "notaris", "uwv", "svb", "verhuurder")
    ] + [{"name": "Vereniging tot Behoud van Natuurmonumenten in Nederland"}]
    return document


def recipient_of(definition: LetterDefinition, document: dict[str, Any]) -> OrganisationDetails:
    organisation = definition.organisation
    if organisation == PENSION_FUNDS:
        organisation = "abp"
    for entry in document.get("organisations", []):
        if entry.get("organisation", "") == (
            "" if organisation == ANY_ORGANISATION else organisation
        ):
            return read_dossier({**fewest_data(), "organisations": [entry]}, TODAY).organisations[0]
    if organisation == ANY_ORGANISATION:
        return OrganisationDetails(name="Sportschool")
    return OrganisationDetails(organisation=organisation)


def render(definition: LetterDefinition, document: dict[str, Any]) -> tuple[LetterContent, Pdf]:
    catalogue = default_catalogue()
    dossier = read_dossier(document, TODAY)
    details = recipient_of(definition, document)
    organisation = details.organisation or (
        "abp" if definition.organisation == PENSION_FUNDS else details.organisation
    )
    recipient = recipient_for(organisation, catalogue, details)
    content = compose_letter(definition, recipient, dossier, catalogue, TODAY)
    return content, read_pdf(letter_pdf(content))


def window_lines(pdf: Pdf) -> list[str]:
    _left, _right, top, bottom = WINDOW
    return [text for line_top, text in pdf.lines[0] if top <= line_top <= bottom]


LETTERS = sorted(default_letters())
DOSSIERS = {"weinig": fewest_data, "veel": most_data}


@pytest.mark.parametrize("letter_id", LETTERS)
@pytest.mark.parametrize("kind", sorted(DOSSIERS))
def test_every_letter_renders_with_the_address_in_the_window(letter_id: str, kind: str) -> None:
    definition = default_letters()[letter_id]
    document = DOSSIERS[kind]()
    content, pdf = render(definition, document)
    left, right, top, bottom = WINDOW
    page_width, page_height = pdf.page_size_mm
    assert (round(page_width), round(page_height)) == (210, 297)

    # The address block: every character inside the window, at most 6 lines, 10-12 pt.
    # Everything below the return line down to the reference block, left of the
    # sender's column: an overflowing character is in this selection too.
    block = [char for char in pdf.chars[0] if 49 < char.top < 92 and char.left < 120]
    assert block
    for char in block:
        assert left <= char.left and char.right <= right, char
        assert top <= char.top and char.bottom <= bottom, char
        assert 10 <= char.size <= 12
        assert "Italic" not in char.font and "Oblique" not in char.font
    printed = window_lines(pdf)
    sender, address = printed[0], printed[1:]
    assert sender.startswith(content.sender_name) or not content.sender_name
    assert 2 <= len(address) <= 6
    if "adres" not in content.missing:
        assert POSTCODE_LINE.fullmatch(address[-1]), address

    # Nothing outside the page or in the margins: no overflow.
    for page in pdf.chars:
        for char in page:
            assert char.left >= 4 and char.right <= page_width - 15, char
            assert char.top >= 10 and char.bottom <= page_height - 8, char

    # The date in Dutch, the subject, the closing and the signer.
    assert "29 november 2026" in pdf.text
    flat = " ".join(pdf.text.split())
    assert " ".join(content.subject.split()) in flat
    assert "Met vriendelijke groet," in pdf.text
    if content.signer_name:
        assert content.signer_name in pdf.text

    # The BSN on the letters that need it, and on no others.
    bsn = read_dossier(document, TODAY).deceased.bsn
    if bsn:
        assert (bsn in pdf.text) == definition.bsn
    assert ("BSN" in pdf.text) == definition.bsn


def test_names_with_special_letters_and_markup_characters_come_back_exactly() -> None:
    definition = default_letters()["bank_melden"]
    _content, pdf = render(definition, most_data())
    flat = " ".join(pdf.text.split())
    for name in (
        "Şükrü Zoë Wilhelmina Theodora van den Yılmaz-IJzerman & <Kowalczyk>",
        "Łukasz Maximiliaan O'Neill & Zn.",
        "Coöperatieve Rabobank U.A., regio Rivierenland",
    ):
        assert name in flat


def test_metadata_names_the_purpose_and_the_signer_and_nothing_else_personal() -> None:
    definition = default_letters()["svb_overlijden_melden"]
    content, pdf = render(definition, most_data())
    assert pdf.metadata["Title"] == content.title
    assert pdf.metadata["Author"] == content.signer_name
    assert pdf.metadata["Subject"] == "Brief na een overlijden"
    everything = " ".join(str(value) for value in pdf.metadata.values())
    for personal in ("Yılmaz", "111222333", "Lindelaan", "Kerkstraat", "NL91"):
        assert personal not in everything


def test_a_reprint_is_the_same_file() -> None:
    definition = default_letters()["pensioen_melden"]
    content, _pdf = render(definition, most_data())
    first = letter_pdf(content)
    again = letter_pdf(LetterContent.from_json(content.to_json()))
    assert first == again


def test_the_file_is_small_because_the_font_is_subset() -> None:
    definition = default_letters()["pensioen_melden"]
    content, _pdf = render(definition, most_data())
    assert len(letter_pdf(content)) < 120_000  # the full fonts alone are 800 kB


def test_page_numbers_only_on_a_letter_of_more_pages() -> None:
    definition = default_letters()["bank_melden"]
    content, _pdf = render(definition, example_document())
    short = read_pdf(letter_pdf(replace(content, paragraphs=("Een korte brief.",))))
    assert len(short.pages) == 1
    assert "Pagina" not in short.text
    many = replace(
        content,
        enclosures=tuple(f"Bijlage nummer {n} met een beschrijving" for n in range(1, 41)),
    )
    long_pdf = read_pdf(letter_pdf(many))
    assert len(long_pdf.pages) >= 2
    total = len(long_pdf.pages)
    for number, page in enumerate(long_pdf.pages, start=1):
        assert f"Pagina {number} van {total}" in page
    flat = " ".join(long_pdf.text.split())
    assert "Bijlage nummer 40 met een beschrijving" in flat


def test_fold_marks_sit_at_a_third_and_two_thirds() -> None:
    definition = default_letters()["bank_melden"]
    content, _pdf = render(definition, example_document())
    with pdfplumber.open(io.BytesIO(letter_pdf(content))) as document:
        marks = sorted(round(line["top"] / MM) for line in document.pages[0].lines)
    assert {99, 198} <= set(marks)
    assert 148 in marks or 149 in marks


def test_an_address_too_long_for_the_window_is_refused_in_plain_dutch() -> None:
    definition = default_letters()["bank_melden"]
    content, _pdf = render(definition, example_document())
    too_long = replace(
        content,
        recipient_lines=(
            *content.recipient_lines,
            "Afdeling met een heel lange naam die nergens op slaat en door blijft gaan",
            "Nog een afdeling",
            "En nog een",
        ),
    )
    with pytest.raises(LetterLayoutError, match="te lang voor het venster"):
        letter_pdf(too_long)


def test_a_long_reference_wraps_inside_its_own_column() -> None:
    definition = default_letters()["bank_melden"]
    content, _pdf = render(definition, example_document())
    long_reference = replace(content, their_reference="KLANT" + "0123456789" * 6)
    pdf = read_pdf(letter_pdf(long_reference))
    date_left = min(char.left for char in pdf.chars[0] if char.text == "D" and 90 < char.top < 100)
    reference = [char for char in pdf.chars[0] if 95 < char.top < 125 and char.right <= date_left]
    assert "KLANT0123" in "".join(char.text for char in reference)
    # All 60 digits of the reference stay in its own column: none run into the date.
    assert sum(char.text.isdigit() for char in reference) == 60


def test_a_long_name_wraps_but_a_street_or_postcode_line_never_does() -> None:
    definition = default_letters()["bank_melden"]
    content, _pdf = render(definition, example_document())
    long_name = replace(
        content,
        recipient_lines=(
            "Vereniging tot Behoud van Natuurmonumenten in Nederland",
            "Postbus 9955",
            "1243 ZS  'S-GRAVELAND",
        ),
    )
    printed = window_lines(read_pdf(letter_pdf(long_name)))[1:]
    assert printed[-2:] == ["Postbus 9955", "1243 ZS  'S-GRAVELAND"]
    assert len(printed) == 4
    long_street = replace(
        content,
        recipient_lines=(
            "Voorbeeldbank",
            "Burgemeester van Karnebeek-Schimmelpenninckstraat 1234 ZW-3",
            "3500 HG  UTRECHT",
        ),
    )
    with pytest.raises(LetterLayoutError, match=r"Karnebeek.*te lang"):
        letter_pdf(long_street)
