"""The letter layout: one A4 business letter for a window envelope, used by every letter.

Placement (millimetres from the top-left corner of the page):

- the recipient's address block starts 51 mm from the top and 25 mm from the left,
  inside the window area (20-110 mm across, 43-88 mm down) that fits most envelopes
  for A4 folded in three; at most 6 lines, sans-serif 10-11 pt, no italics;
- the sender's return address on one line just above it (48 mm);
- the sender's name and contact details at the top right;
- the reference block (uw kenmerk, ons kenmerk, datum, onderwerp) from 95 mm;
- fold marks at 99 and 198 mm and a punch mark at 148.5 mm, in the left margin.

The texts come from :class:`~nabestaanden.domain.letters.LetterContent`; every user
text is escaped before it reaches Platypus markup.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from nabestaanden.documents.styles import (
    GREY,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    REGULAR,
    RIGHT_MARGIN,
    RULE,
    TEXT_WIDTH,
    NumberedCanvas,
    body_frame,
    fit_font_size,
    letter_styles,
    new_document,
    register_fonts,
    text,
)
from nabestaanden.domain.dates import long_date
from nabestaanden.domain.letters import MAX_ADDRESS_LINES, LetterContent

# The window area on the page, in points from the top-left corner.
WINDOW_LEFT: Final = 20 * mm
WINDOW_RIGHT: Final = 110 * mm
WINDOW_TOP: Final = 43 * mm
WINDOW_BOTTOM: Final = 88 * mm

ADDRESS_LEFT: Final = 25 * mm
ADDRESS_TOP: Final = 51 * mm
ADDRESS_WIDTH: Final = WINDOW_RIGHT - ADDRESS_LEFT - 2 * mm
ADDRESS_SIZES: Final = (11.0, 10.5, 10.0)
RETURN_BASELINE: Final = 47.5 * mm
RETURN_SIZES: Final = (7.0, 6.5, 6.0, 5.5)
SENDER_LEFT: Final = 125 * mm
SENDER_TOP: Final = 20 * mm
SENDER_WIDTH: Final = PAGE_WIDTH - RIGHT_MARGIN - SENDER_LEFT
SENDER_SIZE: Final = 9.0
LABEL_SIZE: Final = 7.5
LABEL_LEADING: Final = 10.0
VALUE_SIZE: Final = 10.0
SUBJECT_SIZE: Final = 10.5
DETAILS_SIZE: Final = 9.0
DETAILS_LABEL_WIDTH: Final = 38 * mm
STRONG_STROKE: Final = 0.35
ASCENT: Final = 0.8  # the font's ascent as a share of its size, to place a line by its top
BODY_TOP_FIRST: Final = 95 * mm
BODY_TOP_NEXT: Final = 22 * mm
BOTTOM_MARGIN: Final = 22 * mm
FOLD_MARKS: Final = (99 * mm, 198 * mm)
PUNCH_MARK: Final = PAGE_HEIGHT / 2


class LetterLayoutError(ValueError):
    """The letter cannot be laid out as it should (an address too long for the window)."""


def _from_top(distance: float) -> float:
    return PAGE_HEIGHT - distance


def wrap(line: str, font: str, size: float, width: float) -> list[str]:
    """The line as it is when it fits (two spaces before the city stay); else wrapped.

    A word wider than ``width`` (a long reference number) is broken where it must.
    """
    if stringWidth(line, font, size) <= width:
        return [line]
    result: list[str] = []
    for part in simpleSplit(line, font, size, width) or [""]:
        while stringWidth(part, font, size) > width:
            cut = len(part) - 1
            while cut > 1 and stringWidth(part[:cut], font, size) > width:
                cut -= 1
            result.append(part[:cut])
            part = part[cut:]
        result.append(part)
    return result


def address_block(lines: tuple[str, ...]) -> tuple[list[str], float]:
    """The lines as printed in the window and their font size.

    A long name or department (a line without digits) may wrap at a space. A line with
    a house number, a Postbus or a postcode is never wrapped: a number or a city on a
    line of its own is not the PostNL form. A line that still does not fit the window
    at 10 pt, or more than 6 lines in all, is refused with a message saying what to
    shorten.
    """
    register_fonts()
    size = fit_font_size(lines, REGULAR, ADDRESS_WIDTH, ADDRESS_SIZES)
    printed: list[str] = []
    for line in lines:
        fits = stringWidth(line, REGULAR, size) <= ADDRESS_WIDTH
        parts = [line] if fits else simpleSplit(line, REGULAR, size, ADDRESS_WIDTH)
        if not fits and (
            any(character.isdigit() for character in line)
            or any(stringWidth(part, REGULAR, size) > ADDRESS_WIDTH for part in parts)
        ):
            raise LetterLayoutError(
                f"De adresregel '{line}' is te lang voor het venster van de envelop. "
                "Maak hem korter, bijvoorbeeld met een afkorting."
            )
        printed.extend(parts)
    if len(printed) > MAX_ADDRESS_LINES:
        raise LetterLayoutError(
            f"Het adres van de ontvanger is te lang voor het venster van de envelop "
            f"({len(printed)} regels, hooguit {MAX_ADDRESS_LINES}). Maak de naam of de "
            "afdeling korter, of laat de afdeling weg."
        )
    return printed, size


def return_line(content: LetterContent) -> str:
    parts = [content.sender_name, *content.sender_address]
    return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class _Line:
    """One line of the first page's header: position in points from the top-left corner."""

    x: float
    top: float
    text: str
    size: float
    strong: bool = False
    grey: bool = False


def _reference_lines(content: LetterContent, top: float) -> tuple[list[_Line], float]:
    """Uw kenmerk, ons kenmerk and datum in columns, then the onderwerp; returns the bottom."""
    lines: list[_Line] = []
    columns = [
        (label, value)
        for label, value in (
            ("Uw kenmerk", content.their_reference),
            ("Ons kenmerk", content.our_reference),
            ("Datum", long_date(content.letter_date)),
        )
        if value
    ]
    width = TEXT_WIDTH / 3
    deepest = top
    for index, (label, value) in enumerate(columns):
        x = LEFT_MARGIN + index * width
        lines.append(_Line(x, top, label, LABEL_SIZE, grey=True))
        y = top + LABEL_LEADING
        for part in wrap(value, REGULAR, VALUE_SIZE, width - 4 * mm):
            lines.append(_Line(x, y, part, VALUE_SIZE))
            y += VALUE_SIZE * 1.25
        deepest = max(deepest, y)
    y = deepest + 2 * mm
    lines.append(_Line(LEFT_MARGIN, y, "Onderwerp", LABEL_SIZE, grey=True))
    y += LABEL_LEADING
    for part in wrap(content.subject, REGULAR, SUBJECT_SIZE, TEXT_WIDTH):
        lines.append(_Line(LEFT_MARGIN, y, part, SUBJECT_SIZE, strong=True))
        y += SUBJECT_SIZE * 1.3
    return lines, y


def _details_lines(content: LetterContent, top: float) -> tuple[list[_Line], float]:
    """The deceased's details as label and value, the values emphasised."""
    lines: list[_Line] = []
    y = top
    value_left = LEFT_MARGIN + DETAILS_LABEL_WIDTH
    for label, value in content.details:
        lines.append(_Line(LEFT_MARGIN, y, label, DETAILS_SIZE))
        for part in wrap(value, REGULAR, DETAILS_SIZE, TEXT_WIDTH - DETAILS_LABEL_WIDTH):
            lines.append(_Line(value_left, y, part, DETAILS_SIZE, strong=True))
            y += DETAILS_SIZE * 1.3
    return lines, y


def first_page_header(content: LetterContent) -> tuple[list[_Line], float]:
    """Everything above the salutation on the first page, and where the body may start.

    Drawn straight on the page (in one font, emphasis by a heavier stroke), which is
    quicker than tables and keeps one font subset per letter.
    """
    register_fonts()
    lines: list[_Line] = []
    # Sender, top right.
    y = SENDER_TOP
    for index, line in enumerate(
        [content.sender_name, *content.sender_address, *content.sender_contact]
    ):
        for part in wrap(line, REGULAR, SENDER_SIZE, SENDER_WIDTH):
            lines.append(_Line(SENDER_LEFT, y, part, SENDER_SIZE, strong=index == 0, grey=True))
            y += SENDER_SIZE * 1.28
    # The return address on one line, just above the address in the window.
    sender = return_line(content)
    if sender:
        size = fit_font_size([sender], REGULAR, ADDRESS_WIDTH, RETURN_SIZES)
        while sender and stringWidth(sender, REGULAR, size) > ADDRESS_WIDTH:
            sender = sender[:-2] + "…"
        lines.append(_Line(ADDRESS_LEFT, RETURN_BASELINE - size * ASCENT, sender, size))
    # The address block.
    address, size = address_block(content.recipient_lines)
    y = ADDRESS_TOP
    for line in address:
        lines.append(_Line(ADDRESS_LEFT, y, line, size))
        y += size * 1.2
    reference, bottom = _reference_lines(content, BODY_TOP_FIRST)
    lines += reference
    if content.details:
        details, bottom = _details_lines(content, bottom + 5 * mm)
        lines += details
    return lines, bottom + 6 * mm


def _draw_first_page(canvas: Canvas, lines: list[_Line]) -> None:
    canvas.saveState()
    canvas.setLineWidth(STRONG_STROKE)
    for line in lines:
        colour = GREY if line.grey else black
        canvas.setFillColor(colour)
        canvas.setStrokeColor(colour)
        text_object = canvas.beginText(line.x, PAGE_HEIGHT - line.top - line.size * ASCENT)
        text_object.setFont(REGULAR, line.size)
        if line.strong:
            # Fill and stroke: the same glyphs a little heavier, without a second (bold)
            # font. The render mode is part of the graphics state: restore it after.
            canvas.saveState()
            text_object.setTextRenderMode(2)
        text_object.textLine(line.text)
        canvas.drawText(text_object)
        if line.strong:
            canvas.restoreState()
    # Fold and punch marks.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for mark in FOLD_MARKS:
        canvas.line(4 * mm, _from_top(mark), 9 * mm, _from_top(mark))
    canvas.line(4 * mm, PUNCH_MARK, 7 * mm, PUNCH_MARK)
    canvas.restoreState()


def letter_story(content: LetterContent) -> list[Flowable]:
    style = letter_styles()
    story: list[Flowable] = [Paragraph(text(content.salutation), style["body"])]
    story += [Paragraph(text(paragraph), style["body"]) for paragraph in content.paragraphs]
    signature: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(text(content.closing), style["body"]),
        Spacer(1, 16 * mm),  # room for the signature
        Paragraph(text(content.signer_name), style["body_tight"]),
    ]
    if content.signer_capacity:
        signature.append(Paragraph(text(content.signer_capacity), style["small"]))
    story.append(KeepTogether(signature))
    if content.enclosures:
        enclosures: list[Flowable] = [
            Spacer(1, 6 * mm),
            Paragraph("Bijlagen:", style["small"]),
        ]
        enclosures += [
            Paragraph(text(item), style["small"], bulletText="–") for item in content.enclosures
        ]
        story.append(KeepTogether(enclosures))
    return story


def build_letter(content: LetterContent, target: str | Path | BinaryIO) -> None:
    """Lay out one letter and write the PDF to ``target`` (a path or a binary file)."""
    header, body_top = first_page_header(content)  # refuses an address that does not fit
    first = body_frame("first", body_top, BOTTOM_MARGIN)
    later = body_frame("later", BODY_TOP_NEXT, BOTTOM_MARGIN)
    document = new_document(
        target,
        [
            PageTemplate(
                id="first",
                frames=[first],
                onPage=lambda canvas, _doc: _draw_first_page(canvas, header),
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[later]),
        ],
        content.title,
        content.signer_name,
        "Brief na een overlijden",
    )
    document.build(letter_story(content), canvasmaker=NumberedCanvas)


def letter_pdf(content: LetterContent) -> bytes:
    """The PDF of one letter, as bytes."""
    buffer = io.BytesIO()
    build_letter(content, buffer)
    return buffer.getvalue()
