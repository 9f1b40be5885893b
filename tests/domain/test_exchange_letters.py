"""The register of letters in the exchange file (version 2), and version 1 files."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from nabestaanden.domain.exchange import FormatError, read_dossier, write_dossier
from nabestaanden.domain.letters import LetterContent, RegisteredLetter
from tests.support.examples import LETTER, example_document

TODAY = date(2026, 11, 29)


def a_letter() -> RegisteredLetter:
    content = LetterContent(
        letter_id="bank_melden",
        title="Overlijden melden bij de bank",
        task_id="banken_melden",
        organisation_id="bank",
        sender_name="Pieter van der Berg",
        sender_address=("Kerkstraat 3", "1234 AB  AMERSFOORT"),
        sender_contact=("06 12345678",),
        recipient_lines=("Voorbeeldbank", "t.a.v. Nabestaandenservice"),
        their_reference="klantnummer 12345678",
        our_reference="1-1",
        letter_date=date(2026, 11, 20),
        subject="Overlijden van mevrouw J.M. van der Berg",
        details=(("Naam", "Johanna Maria van der Berg"), ("Geboren", "2 april 1950")),
        salutation="Geachte heer, mevrouw,",
        paragraphs=("  Hierbij meld ik  het overlijden.", "Met <b>vriendelijke</b> groet & dank"),
        closing="Met vriendelijke groet,",
        signer_name="Pieter van der Berg",
        signer_capacity="zoon",
        enclosures=("kopie akte van overlijden",),
        answer_weeks=4,
    )
    return RegisteredLetter(
        content,
        datetime(2026, 11, 20, 14, 5, 7, 123456),
        "01-bank.pdf",
        sent_on=date(2026, 11, 21),
        answer_expected_by=date(2026, 12, 19),
    )


def with_letters(*entries: object) -> dict[str, Any]:
    document = example_document()
    document["letters"] = list(entries)
    return document


def problems_of(document: object) -> list[str]:
    with pytest.raises(FormatError) as caught:
        read_dossier(document, TODAY)
    return [str(problem) for problem in caught.value.problems]


def written_letter() -> dict[str, Any]:
    document = write_dossier(read_dossier(example_document(), TODAY))
    data = read_dossier(document, TODAY)
    data.letters = [a_letter()]
    entry: dict[str, Any] = json.loads(json.dumps(write_dossier(data)))["letters"][0]
    return entry


def test_the_letter_the_property_tests_start_from_is_the_one_written() -> None:
    assert written_letter() == LETTER


def test_a_letter_reads_back_exactly_as_printed_spaces_and_markup_too() -> None:
    entry = written_letter()
    assert entry["status"] == "sent"
    dossier = read_dossier(with_letters(entry), TODAY)
    assert dossier.letters == [a_letter()]
    assert dossier.letters[0].content.paragraphs[0] == "  Hierbij meld ik  het overlijden."


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda e: e.pop("content"), "letters[0].content: ontbreekt"),
        (lambda e: e.update(created_at="gisteren"), "letters[0].created_at: ontbreekt of is geen"),
        (lambda e: e.update(status="answered"), "letters[0].status: 'answered' past niet"),
        (lambda e: e.update(status="verloren"), "letters[0].status: onbekende waarde"),
        (
            lambda e: e.update(sent_on=None, answer_received_on="2026-11-25", status=None),
            "letters[0].sent_on: ontbreekt; een antwoord",
        ),
        (lambda e: e["content"].update(details=[["Naam"]]), "letters[0].content.details[0]"),
        (lambda e: e["content"].update(answer_weeks=0), "letters[0].content.answer_weeks"),
        (lambda e: e["content"].update(paragraphs=["a", 3]), "letters[0].content.paragraphs[1]"),
        (lambda e: e["content"].update(letter_date="20-11-2026"), "letters[0].content.letter_date"),
        (lambda e: e["content"].update(kleur="blauw"), "letters[0].content.kleur: onbekend veld"),
    ],
)
def test_a_broken_letter_is_named_by_its_path(change: Any, problem: str) -> None:
    entry = written_letter()
    change(entry)
    if entry.get("status") is None:
        entry.pop("status", None)
    found = problems_of(with_letters(entry))
    assert any(item.startswith(problem) for item in found), found


def test_a_version_1_file_still_reads_and_is_written_as_version_2() -> None:
    document = example_document()
    document["format"] = "nabestaanden-dossier/1"
    for key in ("title", "intake_step", "archived", "letters"):
        document.pop(key)
    for key in ("first_names", "surname_prefix", "surname"):
        document["situation"]["partner"].pop(key)
    dossier = read_dossier(document, TODAY)
    written = write_dossier(dossier)
    assert written["format"] == "nabestaanden-dossier/2"
    assert (written["title"], written["intake_step"], written["archived"]) == ("", "done", False)
    assert written["letters"] == []
    assert written["situation"]["partner"]["surname"] == ""


def test_a_version_1_file_with_a_register_is_told_the_field_came_later() -> None:
    document = example_document()
    document["format"] = "nabestaanden-dossier/1"
    document.pop("title")
    found = problems_of(document)
    assert "letters: onbekend veld (typfout?)" in found
    assert "intake_step: onbekend veld (typfout?)" in found


def test_the_partner_name_and_the_dossier_name_come_back() -> None:
    dossier = read_dossier({**example_document(), "title": "Oma Jo"}, TODAY)
    assert dossier.title == "Oma Jo"
    assert dossier.situation.partner is not None
    assert dossier.situation.partner.full_name == "Hendrik de Vries"
