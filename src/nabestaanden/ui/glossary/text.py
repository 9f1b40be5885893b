"""The glossary's texts: search folding, the short explanation, links to terms."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date
from typing import Final

from babel.dates import format_date

from nabestaanden.domain.catalogue import _TERM_MARK, Catalogue, GlossaryTerm, plain_text

TERM_SCHEME: Final = "begrip"


_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")


_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")


_NOT_A_WORD: Final = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """``text`` for comparing: no accents, no case, punctuation as spaces.

    ``"Beneficiaire"``, ``"bénéficiaire"`` and ``"BENEFICIAIRE"`` all fold to
    ``"beneficiaire"``; ``"DigiD-machtiging"`` folds to ``"digid machtiging"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_A_WORD.sub(" ", bare.casefold()).split())


def short_explanation(term: GlossaryTerm) -> str:
    """The first sentence of the term's Dutch explanation, without glossary marks."""
    text = plain_text(term.nl).strip()
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def _linked_paragraph(text: str, catalogue: Catalogue) -> str:
    parts: list[str] = []
    position = 0
    for match in _TERM_MARK.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        shown, term_id = match.group(1), match.group(2)
        term = catalogue.glossary.get(term_id) if term_id else catalogue.find_term(shown)
        if term is None:
            parts.append(html.escape(shown))
        else:
            parts.append(
                f'<a href="{TERM_SCHEME}:{html.escape(term.id)}"'
                f' title="{html.escape(short_explanation(term))}">{html.escape(shown)}</a>'
            )
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "<br>".join("".join(parts).split("\n"))


def linked_html(text: str, catalogue: Catalogue) -> str:
    """A catalogue text as rich text for a QLabel or QTextBrowser.

    Everything is HTML-escaped. A glossary mark whose term is known becomes a link
    ``begrip:<term id>`` with the term's first sentence as tooltip; an unknown mark
    becomes its plain text. A blank line starts a new ``<p>``; a single line break
    becomes ``<br>``.

    Args:
        text: a text from the catalogue (may contain ``[[…]]`` marks).
        catalogue: the catalogue whose glossary the marks refer to.

    Return:
        The HTML, one ``<p>`` per paragraph (empty for an empty text).
    """
    paragraphs = [part.strip() for part in _PARAGRAPH_BREAK.split(text.strip())]
    return "".join(
        f"<p>{_linked_paragraph(paragraph, catalogue)}</p>" for paragraph in paragraphs if paragraph
    )


def dutch_long_date(value: date) -> str:
    """A date written the Dutch way: ``15 maart 2026``."""
    return str(format_date(value, format="long", locale="nl_NL"))
