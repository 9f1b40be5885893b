"""The "herstelblad": one A4 page with the recovery key, to print and put away.

It says what the key is, where to keep the sheet and how to use it, shows the key in
5 groups of 5 characters in a large fixed-width font, and spells each group with the
Dutch spelling alphabet, for reading it out over the phone. It names the data
folder and the date; nothing about the deceased or the family (no personal data: a
sheet found in a drawer tells nobody whose estate it is).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageTemplate, Paragraph, Spacer, Table, TableStyle

from nabestaanden.documents.styles import RULE, TEXT_WIDTH, body_frame, new_document, styles, text
from nabestaanden.domain.dates import long_date

# The Dutch spelling alphabet (as used on the phone in the Netherlands).
SPELLING: Final = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "J": "Johannes",
    "K": "Karel",
    "M": "Marie",
    "N": "Nico",
    "P": "Pieter",
    "Q": "Quirinus",
    "R": "Rudolf",
    "S": "Simon",
    "T": "Teunis",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Y": "Ypsilon",
    "Z": "Zacharias",
    "0": "nul",
    "1": "één",
    "2": "twee",
    "3": "drie",
    "4": "vier",
    "5": "vijf",
    "6": "zes",
    "7": "zeven",
    "8": "acht",
    "9": "negen",
}
KEY_FONT: Final = "Courier-Bold"  # one of PDF's standard fonts: fixed width, 0 with no O


def spelled(group: str) -> str:
    """``7K3QF`` as ``zeven - Karel - drie - Quirinus - Ferdinand``."""
    return " - ".join(SPELLING.get(character, character) for character in group)


def _key_table(groups: Sequence[str]) -> Table:
    style = styles()
    key_style = ParagraphStyle(
        "key", parent=style["body"], fontName=KEY_FONT, fontSize=22, leading=26, spaceAfter=0
    )
    rows: list[list[Any]] = []
    for number, group in enumerate(groups, start=1):
        rows.append(
            [
                Paragraph(f"{number}.", style["cell"]),
                Paragraph(text(" ".join(group)), key_style),
                Paragraph(text(spelled(group)), style["small"]),
            ]
        )
    table = Table(rows, colWidths=[10 * mm, 62 * mm, TEXT_WIDTH - 72 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def build_recovery_sheet(
    groups: Sequence[str], data_folder: str, made_on: date, target: str | Path | BinaryIO
) -> None:
    """Write the sheet.

    Args:
        groups: the recovery key in its 5 groups of 5 characters.
        data_folder: the folder whose data the key opens.
        made_on: the date printed on the sheet.
        target: a file name or a binary stream.
    """
    style = styles()

    def paragraph(value: str, kind: str = "body") -> Paragraph:
        return Paragraph(text(value), style[kind])

    story = [
        paragraph("Herstelblad voor Nabestaanden", "title"),
        paragraph(
            "Met de herstelsleutel op dit blad opent u uw gegevens in Nabestaanden als de "
            "gewone sleutel weg is. Bijvoorbeeld na een nieuwe computer, na het opnieuw "
            "installeren van Windows, of als u uw wachtwoordzin vergeten bent. Ook de "
            "reservekopieën van uw gegevens gaan ermee open, op elke computer."
        ),
        paragraph("Uw herstelsleutel", "heading"),
        _key_table(groups),
        Spacer(1, 3 * mm),
        paragraph(
            "De sleutel bestaat uit cijfers en hoofdletters. De letters I, L, O en U komen "
            "er niet in voor: een rondje is altijd het cijfer nul.",
            "small",
        ),
        paragraph("Waar bewaart u dit blad?", "heading"),
        paragraph(
            "• Op papier, op een veilige plek thuis, bijvoorbeeld bij uw paspoort en "
            "polissen, of in een kluis."
        ),
        paragraph("• Niet bij de computer of in de laptoptas."),
        paragraph("• Niet als foto of bestand op de computer, en niet in uw e-mail."),
        paragraph(
            "• Wie dit blad heeft, kan uw gegevens openen. Laat het alleen zien aan iemand "
            "die u vertrouwt, bijvoorbeeld een mede-erfgenaam."
        ),
        paragraph("Hoe gebruikt u de sleutel?", "heading"),
        paragraph(
            "Start Nabestaanden. Kan de app uw gegevens niet openen, kies dan "
            "'Herstellen met herstelsleutel' en typ de 25 tekens over. Kleine letters, "
            "spaties en streepjes mogen. Het laatste teken is een controle: typt u een "
            "teken verkeerd, dan zegt de app dat, en verandert er niets. Op de "
            "opdrachtregel: nabestaanden recover."
        ),
        paragraph("Bij welke gegevens hoort dit blad?", "heading"),
        paragraph(f"Map: {data_folder}"),
        paragraph(f"Gemaakt op: {long_date(made_on)}"),
    ]
    frame = body_frame("page", 20 * mm, 20 * mm)
    document = new_document(
        target,
        [PageTemplate(id="page", frames=[frame])],
        "Herstelblad",
        "",
        "Herstelsleutel voor Nabestaanden",
    )
    document.build(story)
