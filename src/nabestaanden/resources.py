"""Where the app's data files live: the catalogue, letter texts, fonts, translations,
icons.

One function decides it, so the same code works from the source tree (and an
editable install, as ``make run`` does: ``resources/`` beside ``src/``), from an
installed wheel (which carries them as ``nabestaanden/data``), and from a frozen
bundle (PyInstaller puts them at the same place under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.domain.estate_tax import TaxYear
    from nabestaanden.domain.letter_texts import LetterDefinition

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resource_dir() -> Path:
    """The folder that holds ``catalogue/``, ``schemas/`` and the other resources.

    Looked for, in this order: in a frozen bundle (PyInstaller's ``sys._MEIPASS``),
    inside the installed package, and at the root of the source tree.
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if isinstance(frozen_root, str):
        candidates.append(Path(frozen_root) / "nabestaanden" / "data")
    candidates.append(_PACKAGE_DIR / "data")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "catalogue").is_dir():
            return candidate
    searched = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"De gegevensbestanden van de app ontbreken (gezocht in: {searched}).")


@cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with the app, read and checked once per process."""
    from nabestaanden.domain.catalogue_loading import load_catalogue

    return load_catalogue(resource_dir() / "catalogue")


@cache
def default_letters() -> dict[str, LetterDefinition]:
    """The letter texts shipped with the app, read and checked against the catalogue once."""
    from nabestaanden.domain.letter_texts import load_letters

    return load_letters(resource_dir() / "letters", default_catalogue())


@cache
def default_tax_tables() -> dict[int, TaxYear]:
    """The erfbelasting exemptions and rates per year of death, read and checked once."""
    from nabestaanden.domain.estate_tax import load_tax_tables

    return load_tax_tables(resource_dir() / "catalogue")
