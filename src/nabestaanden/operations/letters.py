"""Letters: make one, change its text, mark it sent or answered, write them all."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from nabestaanden.operations.work import DOSSIER, LETTERS, ActionRefused, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.documents.batch import Progress, Written
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.domain.dossier import Dossier
    from nabestaanden.domain.letter_offers import LetterOffer
    from nabestaanden.domain.letter_texts import LetterDefinition
    from nabestaanden.domain.letters import LetterContent
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen


@dataclass(frozen=True)
class PrintedLetter:
    """A letter of the register as it prints: its content and its PDF."""

    dossier_id: int
    letter_id: int
    content: LetterContent
    pdf: bytes

    @property
    def missing_address(self) -> bool:
        """The app knows no address for the recipient: it is to be written in by hand."""
        return "adres" in self.content.missing


def _printed(dossier_id: int, letter_id: int, content: LetterContent) -> PrintedLetter:
    from nabestaanden.documents.letter import letter_pdf

    return PrintedLetter(dossier_id, letter_id, content, letter_pdf(content))


def make_letter(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    offer: LetterOffer,
    today: date,
) -> Changed[PrintedLetter]:
    """Compose an offered letter from the dossier as it is now and put it in the
    register (bringing its unsent draft up to date rather than adding a second one).

    Raise:
        LetterLayoutError: the recipient's address does not fit the envelope window;
            nothing was stored.
    """
    from nabestaanden.documents.letter import first_page_header
    from nabestaanden.domain.letters import compose_letter
    from nabestaanden.store import dossiers, letters, mapping

    with changing(store, catalogue) as work:
        data = mapping.to_domain(dossiers.get_dossier(work.session, dossier_id))
        content = compose_letter(offer.definition, offer.recipient, data, catalogue, today)
        first_page_header(content)  # an address that does not fit: refused here
        row = letters.draft_or_record(work.session, dossier_id, content, work.now)
        content, letter_id = letters.letter_content(row), row.id
    return Changed(
        _printed(dossier_id, letter_id, content), dossier_id, frozenset({DOSSIER, LETTERS})
    )


def stored_content(store: Store, dossier_id: int, letter_id: int) -> LetterContent:
    """A letter of the register as it was printed (its title, its text...)."""
    from nabestaanden.store import letters

    with store.session() as session:
        return letters.letter_content(letters.get_letter(session, dossier_id, letter_id))


def stored_letter(store: Store, dossier_id: int, letter_id: int) -> PrintedLetter:
    """A letter of the register, printed again exactly as it was."""
    return _printed(dossier_id, letter_id, stored_content(store, dossier_id, letter_id))


def set_letter_body(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    letter_id: int,
    body: str,
    seen: Seen | None = None,
) -> Changed[LetterContent]:
    """Replace the text of a letter in the register (before it is sent).

    Raise:
        EditConflict: somebody else changed the text since ``seen`` (the window's).
    """
    from nabestaanden.store import conflicts, letters

    with changing(store, catalogue) as work:
        content = letters.set_letter_body(work.session, dossier_id, letter_id, body, work.now, seen)
        saved = conflicts.letter_saved(work.session, letter_id)
    return Changed(content, dossier_id, frozenset({LETTERS}), saved)


def mark_sent(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    letter_id: int,
    on: date,
    seen: Seen | None = None,
) -> Changed[None]:
    """Record that the letter was posted on ``on``; its answer is then expected."""
    from nabestaanden.store import conflicts, letters

    with changing(store, catalogue) as work:
        letters.mark_letter_sent(work.session, dossier_id, letter_id, on, work.now, seen)
        saved = conflicts.letter_saved(work.session, letter_id)
    return Changed(None, dossier_id, frozenset({LETTERS}), saved)


def mark_answered(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    letter_id: int,
    on: date | None,
    seen: Seen | None = None,
) -> Changed[None]:
    """Record that the answer came in on ``on`` (None: undo that)."""
    from nabestaanden.store import conflicts, letters

    with changing(store, catalogue) as work:
        letters.mark_answer_received(work.session, dossier_id, letter_id, on, work.now, seen)
        saved = conflicts.letter_saved(work.session, letter_id)
    return Changed(None, dossier_id, frozenset({LETTERS}), saved)


def check_day(today: date, data: Dossier, label: str = "De datum van vandaag") -> None:
    """Refuse to plan or write for a day before the death.

    Raise:
        ActionRefused: ``label`` names where the day came from (``--today``).
    """
    died = data.deceased.date_of_death
    if died is not None and today < died:
        raise ActionRefused(
            f"{label} {today.isoformat()} ligt vóór de datum van overlijden "
            f"({died.isoformat()}). Kies een datum op of na het overlijden."
        )


def check_for_letters(
    data: Dossier,
    catalogue: Catalogue,
    today: date,
    where: str,
    label: str = "De datum van vandaag",
    stored: bool = False,
) -> None:
    """Refuse to write letters for a dossier the catalogue cannot serve (unknown
    organisations or tasks), or for a day before the death. For a ``stored`` dossier
    a mandate's retired task is no reason to refuse (see ``catalogue_problems``).

    Raise:
        ActionRefused: with each problem (in the exchange format's paths).
    """
    from nabestaanden.domain.letter_offers import catalogue_problems

    check_day(today, data, label)
    problems = catalogue_problems(data, catalogue, mandate_tasks=not stored)
    if problems:
        raise ActionRefused(f"{where}: er zijn geen brieven gemaakt.", problems)


def write_letters_for(
    data: Dossier,
    catalogue: Catalogue,
    letters: Mapping[str, LetterDefinition],
    folder: Path,
    today: date,
    include_all: bool = False,
    where: str = "",
    label: str = "De datum van vandaag",
) -> list[Written]:
    """Write every letter and the summaries for a dossier that is not stored (read
    from a file); nothing is put in any register."""
    from nabestaanden.documents.batch import write_dossier_documents
    from nabestaanden.domain.plan import build_plan

    check_for_letters(data, catalogue, today, where or "Het dossier", label)
    plan = build_plan(data, catalogue, today)
    return write_dossier_documents(plan, letters, folder, today, include_all)


def write_all_letters(
    store: Store,
    catalogue: Catalogue,
    letters: Mapping[str, LetterDefinition],
    dossier_id: int,
    folder: Path,
    today: date,
    include_all: bool = False,
    progress: Progress | None = None,
    label: str = "De datum van vandaag",
) -> Changed[list[Written]]:
    """Write every letter the plan calls for and the summaries into ``folder``, and
    put each letter in the register (its draft brought up to date).

    Letters written before a cancel or a failure stay in the register, as their
    files stay in the folder.

    Raise:
        ActionRefused: the dossier cannot be served (see :func:`check_for_letters`).
        Cancelled: ``progress`` said stop.
        LetterLayoutError: an address does not fit the envelope window.
        OSError: the folder cannot be written.
    """
    from nabestaanden.documents.batch import write_dossier_documents
    from nabestaanden.domain.plan import build_plan
    from nabestaanden.store import dossiers, mapping
    from nabestaanden.store import letters as letter_store

    failure: BaseException | None = None
    written: list[Written] = []
    with changing(store, catalogue) as work:
        row = dossiers.get_dossier(work.session, dossier_id)
        data = mapping.to_domain(row)
        check_for_letters(data, catalogue, today, f"Dossier {dossier_id}", label, stored=True)
        plan = build_plan(data, catalogue, today)

        def record(content: LetterContent, file_name: str) -> LetterContent:
            entry = letter_store.draft_or_record(
                work.session, dossier_id, content, work.now, file_name
            )
            return letter_store.letter_content(entry)

        try:
            written = write_dossier_documents(
                plan,
                letters,
                folder,
                today,
                include_all,
                register=lambda: letter_store.letter_records(row),
                progress=progress,
                record=record,
            )
        except Exception as error:  # keep what was registered so far, then re-raise
            failure = error
    if failure is not None:
        raise failure
    return Changed(written, dossier_id, frozenset({DOSSIER, LETTERS}))


def save_pdf(path: Path, pdf: bytes) -> None:
    """Save a letter's PDF where the user chose (written whole or not at all)."""
    from nabestaanden.documents.batch import write_atomically

    def build(stream: BinaryIO) -> None:
        stream.write(pdf)

    write_atomically(path, build)


def empty_folder_for(folder: Path, dossier_id: int) -> Path:
    """``folder`` itself if it is new or empty, else a new ``brieven-dossier-N`` in it
    (named by number: the deceased's name stays off folder names), so nothing of
    another dossier is overwritten."""
    try:
        if not folder.exists() or not any(folder.iterdir()):
            return folder
    except OSError:
        return folder  # not readable: writing there reports the problem in Dutch
    base = folder / f"brieven-dossier-{dossier_id}"
    candidate, number = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{number}")
        number += 1
    return candidate
