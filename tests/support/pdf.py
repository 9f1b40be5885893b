"""Reading PDFs back for tests: text, characters with positions (in mm), metadata."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber

MM = 72 / 25.4


@dataclass(frozen=True)
class Char:
    text: str
    left: float  # mm from the left edge
    right: float
    top: float  # mm from the top edge
    bottom: float
    size: float  # points
    font: str


@dataclass(frozen=True)
class Pdf:
    pages: list[str]
    chars: list[list[Char]]
    lines: list[list[tuple[float, str]]]  # per page: (top in mm, text of the line)
    metadata: dict[str, Any]
    page_size_mm: tuple[float, float]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def read_pdf(data: bytes) -> Pdf:
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = []
        chars = []
        lines = []
        for page in document.pages:
            pages.append(page.extract_text() or "")
            chars.append(
                [
                    Char(
                        c["text"],
                        c["x0"] / MM,
                        c["x1"] / MM,
                        c["top"] / MM,
                        c["bottom"] / MM,
                        round(c["size"], 1),
                        c["fontname"],
                    )
                    for c in page.chars
                ]
            )
            lines.append(
                [
                    (line["top"] / MM, line["text"])
                    for line in page.extract_text_lines(keep_blank_chars=True)
                ]
            )
        first = document.pages[0]
        return Pdf(
            pages,
            chars,
            lines,
            dict(document.metadata),
            (first.width / MM, first.height / MM),
        )
