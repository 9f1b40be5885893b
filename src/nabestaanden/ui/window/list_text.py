"""How the dossier list writes and searches: dates, and names without accents."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


# Letters that Unicode does not split into a base letter and an accent.
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"}
)


# The combining accents of the Latin, Greek and Cyrillic letters (after NFKD).
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def dutch_date(value: date | None) -> str:
    """``15-03-2027``, or empty."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}" if value else ""


def search_key(text: str) -> str:
    """Text to compare for searching and sorting: case and accents left out
    (``Zoë Yılmaz`` becomes ``zoe yilmaz``)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    plain = _ACCENTS.sub("", unicodedata.normalize("NFKD", folded))
    return plain if plain.isascii() else plain.translate(_PLAIN_LETTERS)
