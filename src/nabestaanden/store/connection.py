"""Open the encrypted database file with SQLCipher, without the ORM.

This is the light path used at start-up: check the key, read the schema revision,
refuse a file from a newer app. Opening never changes a file it refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import sqlcipher3

from nabestaanden.store.errors import WRONG_PHRASE_MESSAGE, NewerSchema, WrongKey, known_error
from nabestaanden.store.keys import DatabaseKey

# The Alembic revisions this version of the app knows, oldest first. A test checks
# this list against the migration scripts.
SCHEMA_REVISIONS: Final = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
SCHEMA_HEAD: Final = SCHEMA_REVISIONS[-1]

DbConnection = Any  # sqlcipher3 ships no type information


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def connect(path: Path, key: DatabaseKey, read_only: bool = False) -> DbConnection:
    """Open the file with the key and prove the key is right.

    Args:
        path: the database file.
        key: its key.
        read_only: open without write access, so that closing cannot change the file
            (no checkpoint of a leftover WAL): for looking before deciding.

    Raise:
        WrongKey: the file cannot be decrypted with this key (or is no database).
        EnvironmentProblem: the file cannot be opened (a read-only folder, a lost disk).
    """
    try:
        if read_only:
            connection = sqlcipher3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
        else:
            connection = sqlcipher3.connect(str(path), isolation_level=None)
    except sqlcipher3.Error as error:
        raise (known_error(error, path) or error) from None
    try:
        # A wrong key is an expected event, reported to the user in Dutch; keep
        # SQLCipher's own log lines off the terminal.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {_quote(key.secret)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        known = known_error(error, path)
        if known is not None:
            raise known from None
        if key.source == "passphrase":
            message = WRONG_PHRASE_MESSAGE
        else:
            message = (
                f"Het bestand {path} kan met de sleutel uit de sleutelbos niet worden geopend. "
                "Het is niet veranderd. Misschien hoort het bij een andere computer of is de "
                "sleutel vervangen. Zet de juiste sleutel terug of open een reservekopie."
            )
        raise WrongKey(message) from None
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def header_opens(path: Path, key: DatabaseKey) -> bool:
    """Whether the key decrypts the file's first page (its header), read-only.

    :func:`connect` proves a key by reading the whole schema; when that fails but the
    first page opens, the key is right and a later page is damaged (SQLCipher checks
    every page on its own), not a file of another key.
    """
    try:
        probe = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlcipher3.Error:
        return False
    made = [
        path.with_name(path.name + end)
        for end in ("-wal", "-shm")
        if not path.with_name(path.name + end).exists()
    ]
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute(f"PRAGMA key = {_quote(key.secret)}")
        probe.execute("PRAGMA user_version").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        probe.close()
        for sidecar in made:
            sidecar.unlink(missing_ok=True)


@contextmanager
def peek(path: Path, key: DatabaseKey) -> Iterator[DbConnection]:
    """A read-only connection that leaves no trace: SQLite makes the -wal and -shm
    files even for a reader of a WAL file; those it made here are removed again, so a
    file looked at (a refused one, a backup) is left exactly as it was found.

    Raise:
        WrongKey: as :func:`connect`.
    """
    sidecars = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    made = [sidecar for sidecar in sidecars if not sidecar.exists()]
    try:
        probe = connect(path, key, read_only=True)
        try:
            yield probe
        finally:
            probe.close()
    finally:
        for sidecar in made:
            sidecar.unlink(missing_ok=True)


def schema_revision(connection: DbConnection) -> str | None:
    """The Alembic revision stamped in the file, or None for a file without tables."""
    row = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if row is None:
        return None
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if version is None else str(version[0])


def needs_migration(revision: str | None, path: Path | str) -> bool:
    """Whether the file must be migrated to this app's schema.

    Raise:
        NewerSchema: the file was written by a newer version of the app.
    """
    if revision == SCHEMA_HEAD:
        return False
    if revision is None or revision in SCHEMA_REVISIONS:
        return True
    raise NewerSchema(
        f"Het bestand {path} is gemaakt met een nieuwere versie van Nabestaanden. "
        "Deze versie kan het niet veilig openen en laat het ongemoeid. "
        "Installeer de nieuwste versie van de app en open het dan opnieuw."
    )


def use_wal(connection: DbConnection) -> None:
    """Write-ahead logging: readers do not block the writer; the WAL is encrypted too."""
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.Error as error:
        raise (known_error(error) or error) from None
