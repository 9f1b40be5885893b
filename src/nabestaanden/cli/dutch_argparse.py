"""argparse in Dutch: its own texts ("usage:", "the following arguments are required")
are English; the command line of this app speaks Dutch. argparse looks its texts up
through ``_`` and ``ngettext`` (gettext) at the moment it needs them, so they are
replaced by a lookup in the table below; a text not in it stays as it is."""

from __future__ import annotations

import argparse
from typing import Final

DUTCH: Final[dict[str, str]] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "one of the arguments %s is required": "een van deze is nodig: %s",
    "unrecognized arguments: %s": "onbekend: %s (zie --help voor wat kan)",
    "not allowed with argument %s": "kan niet samen met %s",
    "ignored explicit argument %r": "waarde %r hoort hier niet",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hooguit één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s is niet duidelijk: bedoelt u %(matches)s?"
    ),
    "unexpected option string: %s": "onverwacht: %s",
    "invalid %(type)s value: %(value)r": "%(value)r is hier geen geldige waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r kan niet; kies uit %(choices)s"
    ),
    "can't open '%(filename)s': %(error)s": "'%(filename)s' kan niet worden geopend: %(error)s",
}
_PLURALS: Final[dict[str, tuple[str, str]]] = {
    "expected %s argument": ("hier hoort %s waarde achter", "hier horen %s waarden achter"),
}


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def _dutch_plural(singular: str, plural: str, count: int) -> str:
    if singular in _PLURALS:
        one, many = _PLURALS[singular]
        return one if count == 1 else many
    return singular if count == 1 else plural


def install() -> None:
    """Make argparse speak Dutch from now on (in this process)."""
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]
