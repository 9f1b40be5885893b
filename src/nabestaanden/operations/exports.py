"""Dossiers in and out: the exchange file, the calendar file, the mandate PDFs."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from nabestaanden.domain.plain_errors import os_reason
from nabestaanden.operations.work import DOSSIER, ActionRefused, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.domain.dossier import Dossier
    from nabestaanden.domain.mandates import Mandate
    from nabestaanden.domain.plan import Plan
    from nabestaanden.store.base import Store


ENCRYPTED_FORMAT: Final = "nabestaanden-dossier-versleuteld/1"
_PURPOSE: Final = "dossierbestand"


class NeedsPassphrase(ActionRefused):
    """The exchange file is encrypted; ask for its passphrase and read it again."""


def is_encrypted(document: object) -> bool:
    return isinstance(document, dict) and document.get("format") == ENCRYPTED_FORMAT


def encrypt(text: str, passphrase: str) -> str:
    """The exchange file's text sealed with a passphrase (AES-256-GCM, key by scrypt)."""
    from nabestaanden.store import wrapping

    sealed = wrapping.wrap_with_passphrase(passphrase, text.encode("utf-8"), _PURPOSE)
    return json.dumps({"format": ENCRYPTED_FORMAT, **sealed}, indent=2) + "\n"


def decrypt(document: dict[str, Any], passphrase: str, file: Path, consequence: str) -> bytes:
    """Raise: ActionRefused for a wrong passphrase or a damaged file; nothing read."""
    from nabestaanden.store import wrapping

    try:
        return wrapping.unwrap_with_passphrase(passphrase, document, _PURPOSE)
    except wrapping.SlotProblem:
        raise ActionRefused(
            f"De wachtwoordzin past niet bij {file}, of het bestand is beschadigd. Let op "
            f"hoofdletters en spaties. {consequence}"
        ) from None


def read_file(file: Path, today: date, consequence: str, passphrase: str | None = None) -> Dossier:
    """Read an exchange file, plain or encrypted; every problem with its JSON path.

    Raise:
        NeedsPassphrase: the file is encrypted and no passphrase was given.
        ActionRefused: the file cannot be read, the passphrase does not fit, or the
            file breaks the format; ``consequence`` says what was not done ("Er is
            niets opgeslagen.").
    """
    from nabestaanden.domain.exchange import FormatError, Problem, parse_json, read_dossier

    try:
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise FormatError(
                [Problem("", f"Het bestand {file} kan niet worden gelezen: {os_reason(error)}.")]
            ) from None
        document = parse_json(raw, str(file))
        if isinstance(document, dict) and is_encrypted(document):
            if passphrase is None:
                raise NeedsPassphrase(
                    f"{file} is versleuteld. Geef de wachtwoordzin die u bij het bestand "
                    "kreeg (niet die van uw eigen gegevens)."
                )
            document = parse_json(decrypt(document, passphrase, file, consequence), str(file))
        return read_dossier(document, today)
    except FormatError as error:
        count = len(error.problems)
        raise ActionRefused(
            f"{file} is niet ingelezen: {count} {'fout' if count == 1 else 'fouten'}. "
            f"{consequence}",
            [str(problem) for problem in error.problems],
        ) from None


def check_import(data: Dossier, catalogue: Catalogue, source: str = "Het bestand") -> None:
    """Refuse a dossier that names organisations or tasks the catalogue does not know.

    Raise:
        ActionRefused: with each such name, in the exchange format's paths.
    """
    from nabestaanden.domain.letter_offers import catalogue_problems

    problems = catalogue_problems(data, catalogue)
    if problems:
        raise ActionRefused(f"{source} is niet ingelezen. Er is niets opgeslagen.", problems)


def import_dossier(
    store: Store, catalogue: Catalogue, data: Dossier, source: str = "Het bestand"
) -> Changed[int]:
    """Store a dossier read from an exchange file as a new dossier; the value is its
    number.

    Raise:
        ActionRefused: the file names organisations or tasks the catalogue does not
            know; nothing was stored.
    """
    from nabestaanden.store import dossiers

    check_import(data, catalogue, source)
    with changing(store, catalogue) as work:
        dossier_id = dossiers.import_dossier(work.session, data, work.now).id
        work.touch(dossier_id)
    return Changed(dossier_id, dossier_id, frozenset({DOSSIER}))


def exchange_document(store: Store, dossier_id: int, today: date) -> dict[str, Any]:
    """A stored dossier as an exchange document, checked to read back.

    Raise:
        ActionRefused: what is stored would not be read back (it breaks the format's
            rules); the message names each field.
    """
    from nabestaanden.domain.exchange import FormatError, read_dossier, write_dossier
    from nabestaanden.store import dossiers, mapping

    with store.session() as session:
        data = mapping.to_domain(dossiers.get_dossier(session, dossier_id))
    document = write_dossier(data)
    try:
        read_dossier(document, today)
    except FormatError as error:
        raise ActionRefused(
            "Het dossier is niet geëxporteerd, want deze gegevens kloppen nog niet. "
            "Verbeter ze in de app en probeer het opnieuw.",
            [str(problem) for problem in error.problems],
        ) from None
    return document


def export_dossier(
    store: Store, dossier_id: int, file: Path, today: date, passphrase: str | None = None
) -> None:
    """Write a stored dossier to an exchange file (whole or not at all); with a
    passphrase the file is encrypted (for sending it to a co-heir or a bewindvoerder).

    Raise:
        ActionRefused: what is stored would not be read back (it breaks the format's
            rules), or the file cannot be written; nothing was written.
    """
    document = exchange_document(store, dossier_id, today)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if passphrase is not None:
        text = encrypt(text, passphrase)
    partial = file.with_name(file.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(file)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ActionRefused(f"{file} kon niet worden geschreven: {os_reason(error)}.") from None


def copy_dossier(
    source: Store, dossier_id: int, target: Store, catalogue: Catalogue, today: date
) -> Changed[int]:
    """Copy a dossier with everything in it to another store (home to office, or back),
    and prove it: the exchange document read from the copy must equal the original's.

    The value is the copy's number in the target. The source is not changed.

    Raise:
        ActionRefused: the dossier would not read back, the target's catalogue does not
            know a task or organisation it names, or the copy differs (then the copy is
            removed again and the message names the parts that differ).
    """
    from nabestaanden.domain.exchange import read_dossier
    from nabestaanden.operations.dossiers import delete_dossier

    before = exchange_document(source, dossier_id, today)
    copied = import_dossier(target, catalogue, read_dossier(before, today), "Het dossier")
    after = exchange_document(target, copied.value, today)
    if after != before:
        delete_dossier(target, copied.value)
        differing = sorted(
            key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
        )
        raise ActionRefused(
            "Het dossier is niet gekopieerd: de kopie is niet gelijk aan het origineel. "
            "De kopie is weer verwijderd; het origineel is niet veranderd.",
            [f"{key}: verschilt" for key in differing],
        )
    return copied


def write_calendar(plan: Plan, label: str, uid: str, path: Path) -> int:
    """Save the plan's deadlines as a calendar file; return how many."""
    from nabestaanden.documents.calendar import calendar_items, deadlines_calendar
    from nabestaanden.documents.calendar import write_calendar as write

    write(path, deadlines_calendar(plan, label, uid, datetime.now()))
    return len(calendar_items(plan))


def write_mandate_pdf(plan: Plan, mandate: Mandate | None, path: Path) -> None:
    """Save the overview of the mandates (``mandate`` None) or a draft boedelvolmacht
    for one mandate as a PDF."""
    from nabestaanden.documents.batch import write_atomically
    from nabestaanden.documents.mandates import build_boedelvolmacht, build_mandate_overview

    if mandate is None:
        write_atomically(path, lambda stream: build_mandate_overview(plan, stream))
    else:
        write_atomically(path, lambda stream: build_boedelvolmacht(plan, mandate, stream))
