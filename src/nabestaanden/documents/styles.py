"""Fonts, paragraph styles and the page basics shared by every PDF.

The font is Liberation Sans (SIL Open Font License, ``resources/fonts/OFL.txt``), a
sans-serif with wide Latin coverage, so names like Şükrü Yılmaz and Łukasz Kowalczyk
print as typed. ReportLab embeds only the glyphs a document uses (a subset).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from nabestaanden.resources import resource_dir

REGULAR: Final = "LiberationSans"
BOLD: Final = "LiberationSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN: Final = 25 * mm
RIGHT_MARGIN: Final = 20 * mm
TEXT_WIDTH: Final = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
GREY: Final[Color] = HexColor("#555555")
RULE: Final[Color] = HexColor("#999999")
PRODUCER: Final = "Nabestaanden"


@cache
def register_fonts() -> None:
    """Register the shipped TrueType fonts with ReportLab (once per process)."""
    folder = resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


def text(value: str) -> str:
    """User text made safe for Platypus markup: ``<``, ``&`` and ``>`` print as typed."""
    # html.escape, not xml.sax.saxutils.escape (the same three characters): that module
    # loads urllib.request, http.client and ssl, 12 ms of every letters command.
    return escape(value, quote=False)


def bold(value: str) -> str:
    return f"<b>{text(value)}</b>"


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10.5, leading=14.5, spaceAfter=7
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontSize=8, leading=10, textColor=GREY, spaceAfter=0
        ),
        "value": ParagraphStyle("value", parent=base, fontSize=10, leading=12.5, spaceAfter=0),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceAfter=0
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            parent=base,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
        ),
    }


@cache
def letter_styles() -> dict[str, ParagraphStyle]:
    """The letters' styles: one font only, so each letter embeds a single font subset."""
    register_fonts()
    base = ParagraphStyle(
        "letter",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10.5,
        leading=14.5,
        spaceAfter=7,
    )
    return {
        "body": base,
        "body_tight": ParagraphStyle("letter_tight", parent=base, spaceAfter=1),
        "small": ParagraphStyle(
            "letter_small", parent=base, fontSize=8.5, leading=11, spaceAfter=2
        ),
    }


def body_frame(frame_id: str, top: float, bottom: float) -> Frame:
    """The text area of a page between ``top`` and ``bottom`` (points from each edge)."""
    return Frame(
        LEFT_MARGIN,
        bottom,
        TEXT_WIDTH,
        PAGE_HEIGHT - top - bottom,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def new_document(
    target: str | Path | BinaryIO,
    templates: list[PageTemplate],
    title: str,
    author: str,
    subject: str,
) -> BaseDocTemplate:
    """An A4 document with the given page templates and the PDF metadata.

    The metadata holds the title, the author (the signer) and the subject; nothing
    else personal. ``invariant`` keeps the file free of the creation time and a random
    id, so a reprint of the same letter is the same file.
    """
    register_fonts()
    document = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=title,
        author=author,
        subject=subject,
        creator=PRODUCER,
        producer=PRODUCER,
        invariant=1,
        lang="nl-NL",
    )
    document.addPageTemplates(templates)
    return document


class NumberedCanvas(Canvas):
    """A canvas that writes "Pagina 1 van 3" at the foot of every page of a multi-page PDF."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own, not in the stubs

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(REGULAR, 8)
                self.setFillColor(GREY)
                self.drawRightString(
                    PAGE_WIDTH - RIGHT_MARGIN,
                    12 * mm,
                    f"Pagina {self.getPageNumber()} van {total}",
                )
            super().showPage()
        super().save()


def fit_font_size(lines: Sequence[str], font: str, width: float, sizes: Sequence[float]) -> float:
    """The largest of ``sizes`` at which every line fits ``width``; the smallest otherwise."""
    for size in sizes:
        if all(pdfmetrics.stringWidth(line, font, size) <= width for line in lines):
            return size
    return sizes[-1]
