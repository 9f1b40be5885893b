"""Text that passes validation but is hostile to a layout renders in every letter:
ReportLab markup printed as the characters typed, a word of 5,000 characters
without a space, and a body of 500 lines."""

from __future__ import annotations

import pytest

from nabestaanden.documents.letter import letter_pdf
from nabestaanden.domain.dossier import Dossier
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import recipient_for
from nabestaanden.domain.letters import compose_letter
from nabestaanden.resources import default_catalogue, default_letters
from tests.support.examples import example_document
from tests.support.pdf import read_pdf
from tests.support.stores import TODAY

MARKUP = '<font size="40" color="red">Groot</font> <b>vet</b> &amp; <br/> <para>'
LONG_WORD = "x" * 5000
MANY_LINES = "\n\n".join(f"Regel {number}: {MARKUP}" for number in range(1, 501))


def hostile_dossier() -> Dossier:
    document = example_document()
    document["contact"]["first_names"] = MARKUP
    document["contact"]["email"] = "a&b<c>@example.nl"
    return read_dossier(document, TODAY)


@pytest.mark.parametrize("letter_id", sorted(default_letters()))
def test_hostile_text_renders_in_every_letter_as_it_was_typed(letter_id: str) -> None:
    catalogue = default_catalogue()
    definition = default_letters()[letter_id]
    organisation = (
        definition.organisation if definition.organisation in catalogue.organisations else "bank"
    )
    content = compose_letter(
        definition,
        recipient_for(organisation, catalogue, None),
        hostile_dossier(),
        catalogue,
        TODAY,
    )
    pdf = read_pdf(letter_pdf(content))
    flat = "".join(pdf.text.split())
    assert "".join(MARKUP.split()) in flat  # the markup printed as typed, not obeyed


def test_a_word_of_5000_characters_and_500_lines_render_within_the_margins() -> None:
    catalogue = default_catalogue()
    definition = default_letters()["bank_melden"]
    content = compose_letter(
        definition, recipient_for("bank", catalogue, None), hostile_dossier(), catalogue, TODAY
    )
    long_body = content.with_body(f"{LONG_WORD}\n\n{MANY_LINES}")
    long_pdf = read_pdf(letter_pdf(long_body))
    assert len(long_pdf.pages) > 5
    # The long word is wrapped inside the margins, not cut off: all its characters
    # are on the pages, none beyond the right margin.
    width = long_pdf.page_size_mm[0]
    xs = [char for page in long_pdf.chars for char in page if char.text == "x"]
    assert len(xs) >= len(LONG_WORD)
    assert all(char.right <= width - 15 for char in xs)
    assert "Regel 500:" in long_pdf.text
