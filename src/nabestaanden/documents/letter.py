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
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from nabestaanden.documents.styles import (
    BOLD,
    GREY,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    REGULAR,
    RIGHT_MARGIN,
    RULE,
    TEXT_WIDTH,
    NumberedCanvas,
    bold,
    document_info,
    fit_font_size,
    register_fonts,
    styles,
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
    """The line as it is when it fits (two spaces before the city stay); else wrapped."""
    if stringWidth(line, font, size) <= width:
        return [line]
    return simpleSplit(line, font, size, width) or [""]


def address_block(lines: tuple[str, ...]) -> tuple[list[str], float]:
    """The lines as printed in the window and their font size; wrapped only if needed."""
    register_fonts()
    size = fit_font_size(lines, REGULAR, ADDRESS_WIDTH, ADDRESS_SIZES)
    printed: list[str] = []
    for line in lines:
        printed.extend(wrap(line, REGULAR, size, ADDRESS_WIDTH))
    if len(printed) > MAX_ADDRESS_LINES:
        raise LetterLayoutError(
            f"Het adres van de ontvanger is te lang voor het venster van de envelop "
            f"({len(printed)} regels, hooguit {MAX_ADDRESS_LINES}). Maak de naam, de afdeling "
            f"of de straat korter."
        )
    return printed, size


def return_line(content: LetterContent) -> str:
    parts = [content.sender_name, *content.sender_address]
    return ", ".join(part for part in parts if part)


def _draw_first_page(canvas: Canvas, content: LetterContent) -> None:
    canvas.saveState()
    # Sender, top right.
    y = _from_top(SENDER_TOP)
    canvas.setFillColor(GREY)
    for index, line in enumerate(
        [content.sender_name, *content.sender_address, *content.sender_contact]
    ):
        font = BOLD if index == 0 else REGULAR
        for part in wrap(line, font, 9, SENDER_WIDTH):
            canvas.setFont(font, 9)
            canvas.drawString(SENDER_LEFT, y, part)
            y -= 11.5
    # Return address on one line, just above the window's address.
    sender = return_line(content)
    if sender:
        size = fit_font_size([sender], REGULAR, ADDRESS_WIDTH, RETURN_SIZES)
        while sender and canvas.stringWidth(sender, REGULAR, size) > ADDRESS_WIDTH:
            sender = sender[:-2] + "…"
        canvas.setFont(REGULAR, size)
        canvas.drawString(ADDRESS_LEFT, _from_top(RETURN_BASELINE), sender)
    # The address block.
    lines, size = address_block(content.recipient_lines)
    leading = size * 1.2
    canvas.setFillColor("black")
    baseline = _from_top(ADDRESS_TOP) - size
    for line in lines:
        canvas.setFont(REGULAR, size)
        canvas.drawString(ADDRESS_LEFT, baseline, line)
        baseline -= leading
    # Fold and punch marks.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for mark in FOLD_MARKS:
        canvas.line(4 * mm, _from_top(mark), 9 * mm, _from_top(mark))
    canvas.line(4 * mm, PUNCH_MARK, 7 * mm, PUNCH_MARK)
    canvas.restoreState()


def _reference_block(content: LetterContent) -> Table:
    style = styles()
    columns: list[tuple[str, str]] = []
    if content.their_reference:
        columns.append(("Uw kenmerk", content.their_reference))
    if content.our_reference:
        columns.append(("Ons kenmerk", content.our_reference))
    columns.append(("Datum", long_date(content.letter_date)))
    width = TEXT_WIDTH / 3
    rows: list[list[Any]] = [
        [Paragraph(text(label), style["label"]) for label, _ in columns],
        [Paragraph(text(value), style["value"]) for _, value in columns],
        [Paragraph("Onderwerp", style["label"])] + [""] * (len(columns) - 1),
        [Paragraph(text(content.subject), style["subject"])] + [""] * (len(columns) - 1),
    ]
    widths = [width] * (len(columns) - 1) + [TEXT_WIDTH - width * (len(columns) - 1)]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 2), (-1, 2), 6),
    ]
    if len(columns) > 1:
        commands += [("SPAN", (0, 2), (-1, 2)), ("SPAN", (0, 3), (-1, 3))]
    table.setStyle(TableStyle(commands))
    return table


def _details_block(content: LetterContent) -> Table:
    style = styles()
    rows = [
        [Paragraph(text(label), style["cell"]), Paragraph(text(value), style["cell_bold"])]
        for label, value in content.details
    ]
    table = Table(rows, colWidths=[38 * mm, TEXT_WIDTH - 38 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def letter_story(content: LetterContent) -> list[Flowable]:
    style = styles()
    story: list[Flowable] = [_reference_block(content), Spacer(1, 6 * mm)]
    if content.details:
        story += [_details_block(content), Spacer(1, 5 * mm)]
    story.append(Paragraph(text(content.salutation), style["body"]))
    story += [Paragraph(text(paragraph), style["body"]) for paragraph in content.paragraphs]
    signature: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(text(content.closing), style["body"]),
        Spacer(1, 16 * mm),  # room for the signature
        Paragraph(text(content.signer_name), style["value"]),
    ]
    if content.signer_capacity:
        signature.append(Paragraph(text(content.signer_capacity), style["small"]))
    story.append(KeepTogether(signature))
    if content.enclosures:
        enclosures: list[Flowable] = [
            Spacer(1, 6 * mm),
            Paragraph(bold("Bijlagen"), style["small"]),
        ]
        enclosures += [
            Paragraph(text(item), style["small"], bulletText="–") for item in content.enclosures
        ]
        story.append(KeepTogether(enclosures))
    return story


def build_letter(content: LetterContent, target: str | Path | BinaryIO) -> None:
    """Lay out one letter and write the PDF to ``target`` (a path or a binary file)."""
    register_fonts()
    address_block(content.recipient_lines)  # refuse an address that does not fit, early
    first = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN,
        PAGE_HEIGHT - BODY_TOP_FIRST - BOTTOM_MARGIN,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN,
        PAGE_HEIGHT - BODY_TOP_NEXT - BOTTOM_MARGIN,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        target if isinstance(target, str) or not isinstance(target, Path) else str(target),
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=BODY_TOP_NEXT,
        bottomMargin=BOTTOM_MARGIN,
        **document_info(content.title, content.signer_name, "Brief na een overlijden"),
    )
    document.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[first],
                onPage=lambda canvas, _doc: _draw_first_page(canvas, content),
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[later]),
        ]
    )
    document.build(letter_story(content), canvasmaker=NumberedCanvas)


def letter_pdf(content: LetterContent) -> bytes:
    """The PDF of one letter, as bytes."""
    buffer = io.BytesIO()
    build_letter(content, buffer)
    return buffer.getvalue()
