"""Baseline: a bare ReportLab one-page Platypus letter in the app's TrueType font.

As a module: ``bare_letter(target)`` (``benchmarks/letters.py`` times it against one of
the app's letters). As a script, ``python benchmarks/bare_letter.py DIR N`` writes N
such letters as PDF files into DIR: the whole-process baseline of ``nabestaanden
letters`` (``benchmarks/whole_process.py``). It imports nothing of the app.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "BareSans"

# Five address lines, a date, a subject, four paragraphs of about the length of the
# app's (140-170 characters), a closing and a name.
BARE_ADDRESS = (
    "Voorbeeldbank N.V.",
    "t.a.v. Nabestaandenservice",
    "Antwoordnummer 1234",
    "8900 VB  LEEUWARDEN",
    "Nederland",
)
BARE_PARAGRAPHS = (
    "Met deze brief laat ik u weten dat mijn moeder, mevrouw J.M. van der Berg, op "
    "15 maart 2026 is overleden. Zij was bij u bekend onder het hierboven genoemde nummer.",
    "Ik verzoek u de rekeningen op haar naam te blokkeren voor automatische afschrijvingen "
    "en mij een overzicht te sturen van de saldi op de dag van overlijden.",
    "Een kopie van de akte van overlijden en van mijn identiteitsbewijs stuur ik mee. Hebt "
    "u meer nodig, dan hoor ik dat graag per post of via het telefoonnummer hierboven.",
    "Wilt u uw antwoord binnen vier weken sturen naar het adres bovenaan deze brief? Alvast "
    "hartelijk dank voor uw medewerking en voor de zorgvuldige afhandeling hiervan.",
)


def register_font() -> None:
    """The app's regular face under a name of its own (once per process is enough)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "LiberationSans-Regular.ttf")))


def bare_letter(target: BinaryIO | str) -> None:
    """A plain one-page Platypus letter."""
    register_font()
    body = ParagraphStyle("bare", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=7)
    tight = ParagraphStyle("bare_tight", parent=body, spaceAfter=0)
    story = [Paragraph(line, tight) for line in BARE_ADDRESS]
    story += [
        Spacer(1, 20 * mm),
        Paragraph("Utrecht, 1 april 2026", body),
        Paragraph("Onderwerp: overlijden van mevrouw J.M. van der Berg", body),
        Spacer(1, 4 * mm),
    ]
    story += [Paragraph(paragraph, body) for paragraph in BARE_PARAGRAPHS]
    story += [
        Paragraph("Met vriendelijke groet,", body),
        Spacer(1, 16 * mm),
        Paragraph("Pieter van der Berg", body),
    ]
    document = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=51 * mm
    )
    document.build(story)


def main() -> None:
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        bare_letter(str(folder / f"brief-{number:02d}.pdf"))


if __name__ == "__main__":
    main()
