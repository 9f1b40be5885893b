"""A dossier's full set of documents: every letter the plan calls for and the summaries.

Each file is written under a temporary name and renamed when complete, so a
cancelled or failed run never leaves a half-written PDF behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO, Final

from nabestaanden.documents.letter import build_letter, first_page_header
from nabestaanden.documents.summaries import (
    build_contact_sheet,
    build_deadline_sheet,
    build_overview,
)
from nabestaanden.domain.letter_offers import LetterOffer, letters_for_plan
from nabestaanden.domain.letter_texts import LetterDefinition
from nabestaanden.domain.letters import LetterContent, LetterRecord, compose_letter
from nabestaanden.domain.plan import Plan

OVERVIEW: Final = "overzicht.pdf"
DEADLINES: Final = "termijnen.pdf"
CONTACTS: Final = "contacten.pdf"

# (done, total, what is being made) -> False to stop.
Progress = Callable[[int, int, str], bool]


class Cancelled(Exception):
    """The user stopped the run; the files finished before it are kept."""


@dataclass(frozen=True)
class Written:
    path: Path
    title: str
    content: LetterContent | None = None


def write_atomically(path: Path, build: Callable[[BinaryIO], None]) -> None:
    """Write a file under a temporary name and rename it only when it is complete."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            build(handle)
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def letter_file_name(index: int, offer: LetterOffer) -> str:
    """``03-pensioen-melden-abp.pdf``: number, purpose and recipient, safe on every system."""
    return f"{index:02d}-{offer.key.replace('_', '-')}.pdf"


def chosen_offers(
    plan: Plan, letters: Mapping[str, LetterDefinition], include_all: bool = False
) -> list[LetterOffer]:
    return [offer for offer in letters_for_plan(plan, letters) if include_all or offer.called_for]


def write_dossier_documents(
    plan: Plan,
    letters: Mapping[str, LetterDefinition],
    folder: Path,
    letter_date: date,
    include_all: bool = False,
    register: Sequence[LetterRecord] | Callable[[], Sequence[LetterRecord]] = (),
    progress: Progress | None = None,
    record: Callable[[LetterContent, str], LetterContent] | None = None,
) -> list[Written]:
    """Write the letters and the three summaries into ``folder``; return what was written.

    ``record`` is called with each letter and its file name before it is printed (to
    add it to the register) and returns the letter to print (with "ons kenmerk").
    ``register`` may be a function, asked for the register when the overview is made
    (so the overview shows the letters of this run too).

    Every letter is composed and its layout checked before the first file is written,
    so an address that does not fit stops the run before anything is on disk.

    Raises:
        Cancelled: when ``progress`` returns False; the finished files stay.
        nabestaanden.documents.letter.LetterLayoutError: an address does not fit.
    """
    folder.mkdir(parents=True, exist_ok=True)
    offers = chosen_offers(plan, letters, include_all)
    with_estate = bool(plan.dossier.estate.items)
    total = len(offers) + 3 + with_estate
    written: list[Written] = []

    def step(what: str) -> None:
        if progress is not None and not progress(len(written), total, what):
            raise Cancelled

    composed = [
        compose_letter(offer.definition, offer.recipient, plan.dossier, plan.catalogue, letter_date)
        for offer in offers
    ]
    for content in composed:
        first_page_header(content)  # raises LetterLayoutError before anything is written
    for index, (offer, content) in enumerate(zip(offers, composed, strict=True), start=1):
        step(offer.definition.title)
        path = folder / letter_file_name(index, offer)
        if record is not None:
            content = record(content, path.name)
        write_atomically(path, partial(build_letter, content))
        written.append(Written(path, content.title, content))
    summaries: list[tuple[str, str, Callable[[BinaryIO], None]]] = [
        (
            OVERVIEW,
            "Overzicht",
            lambda handle: build_overview(
                plan, handle, register() if callable(register) else register
            ),
        ),
        (DEADLINES, "Termijnen", lambda handle: build_deadline_sheet(plan, handle)),
        (CONTACTS, "Contacten", lambda handle: build_contact_sheet(plan, handle)),
    ]
    if with_estate:  # what the estate holds and owes, once the family listed something
        from nabestaanden.documents.estate import FILE_NAME, build_estate_description

        summaries.append(
            (
                FILE_NAME,
                "Boedelbeschrijving",
                lambda handle: build_estate_description(plan, handle, letters),
            )
        )
    for name, title, build in summaries:
        step(title)
        write_atomically(folder / name, build)
        written.append(Written(folder / name, title))
    if progress is not None:
        progress(total, total, "")
    return written
