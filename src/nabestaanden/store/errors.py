"""The problems with the database a user can act on, apart from bugs.

Like qutebrowser's ``misc/sql.py``: a full disk, a folder the app may not write in
or a file another program holds are known events with a Dutch message that says
what to do; anything else is a bug and goes to the error dialog. Known errors are
recognised once, where the file is opened (:mod:`connection`) or written (the
engine's ``handle_error`` hook in :mod:`session`), so every caller (window,
command line) sees the same exception in the same words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

WRONG_PHRASE_MESSAGE: Final = (
    "Deze wachtwoordzin past niet bij uw gegevens. Let op hoofdletters en "
    "spaties, en probeer het opnieuw. Het bestand is niet veranderd."
)


class StoreError(Exception):
    """The database cannot be used; the message tells the user what to do (Dutch)."""


class WrongKey(StoreError):
    """The key does not open the file (or the file is no database)."""


class NewerSchema(StoreError):
    """The file was written by a newer version of the app."""


class MissingDatabase(StoreError):
    """The folder was used before, but its database file is gone."""


class DamagedDatabase(StoreError):
    """The file is damaged (cut short, overwritten, a flipped bit); nothing was written."""


class MissingLog(StoreError):
    """The write-ahead log (-wal) of the file is gone; the latest changes may be in it."""


class EnvironmentProblem(StoreError):
    """The computer keeps the database from being read or written; nothing was saved
    of the change that met it."""


class DiskFull(EnvironmentProblem):
    pass


class ReadOnlyStore(EnvironmentProblem):
    pass


class DatabaseLocked(EnvironmentProblem):
    pass


class DiskError(EnvironmentProblem):
    pass


# SQLite's primary result codes (sqlite3.h) and the words of their messages, for
# drivers that do not pass the code on.
_FULL: Final = 13
_READONLY: Final = 8
_BUSY: Final = 5
_LOCKED: Final = 6
_IOERR: Final = 10
_CANTOPEN: Final = 14
_CORRUPT: Final = 11
_NOTADB: Final = 26


def damaged_message(path: Path | None) -> str:
    where = f" ({path})" if path is not None else ""
    return (
        f"Het bestand met uw gegevens{where} is beschadigd: een deel ervan is niet meer "
        "te lezen. Dat kan komen door een stroomstoring, een kapotte schijf of een "
        "programma dat het bestand heeft veranderd. De app heeft er niets in veranderd "
        "en overschrijft het niet."
    )


def damage_error(error: BaseException, path: Path | None = None) -> DamagedDatabase | None:
    """The driver error of reading a damaged file (after it was opened with its key)."""
    original = getattr(error, "orig", None) or error
    code = _code(original)
    text = str(original).lower()
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return DamagedDatabase(damaged_message(path))
    return None


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def known_error(error: BaseException, path: Path | None = None) -> EnvironmentProblem | None:
    """The known problem behind a driver error, with its Dutch message; None for a bug.

    Args:
        error: the exception of the database driver (sqlcipher3), or one wrapping it.
        path: the database file, named in the message.
    """
    original = getattr(error, "orig", None) or error
    code = _code(original)
    text = str(original).lower()
    where = f" ({path})" if path is not None else ""
    if code == _FULL or "database or disk is full" in text:
        return DiskFull(
            "De schijf is vol: uw laatste wijziging kon niet worden opgeslagen. "
            "Maak ruimte vrij (bijvoorbeeld door oude bestanden te verwijderen) en doe "
            "de wijziging opnieuw. Wat eerder was opgeslagen, is bewaard."
        )
    if code == _READONLY or "readonly database" in text or "read-only" in text:
        return ReadOnlyStore(
            f"De app mag het bestand met uw gegevens{where} niet veranderen. Uw laatste "
            "wijziging is niet opgeslagen. Staat de map op een stick die tegen schrijven "
            "is beveiligd, of zijn de rechten van de map veranderd? Maak de map weer "
            "schrijfbaar en probeer het opnieuw."
        )
    if code in (_BUSY, _LOCKED) or "database is locked" in text:
        return DatabaseLocked(
            f"Het bestand met uw gegevens{where} is in gebruik door een ander programma "
            "(misschien een tweede venster van Nabestaanden, of een back-upprogramma). "
            "Uw laatste wijziging is niet opgeslagen. Sluit dat programma en probeer het "
            "opnieuw."
        )
    if code in (_IOERR, _CANTOPEN) or "disk i/o error" in text or "unable to open" in text:
        return DiskError(
            f"Het bestand met uw gegevens{where} kon niet worden gelezen of geschreven. "
            "Is de schijf of stick losgekoppeld? Sluit hem weer aan en probeer het opnieuw."
        )
    return None
