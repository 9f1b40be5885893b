"""Dated copies of the database, encrypted, written through SQLite's backup API."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from nabestaanden.store.connection import DbConnection, connect
from nabestaanden.store.errors import DiskError
from nabestaanden.store.keys import DatabaseKey


def backup_name(now: datetime, reason: str) -> str:
    """``nabestaanden-2026-11-29-063512-voor-migratie.db``"""
    return f"nabestaanden-{now:%Y-%m-%d-%H%M%S}-{reason}.db"


def copy_verified(source: DbConnection, target_path: Path, key: DatabaseKey) -> Path:
    """Copy an open database page by page into ``target_path``, keyed with ``key``.

    The copy is written under a temporary name, checked (``PRAGMA integrity_check``
    on the copy opened with its key), flushed to disk and only then renamed, so a
    crash or a bad write never leaves a copy that looks whole but is not.

    Raise:
        DiskError: the copy does not pass the check; it is removed again.
    """
    partial = target_path.with_name(target_path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        target = connect(partial, key)
        try:
            source.backup(target)
            result = target.execute("PRAGMA integrity_check").fetchone()
        finally:
            target.close()
        if result is None or result[0] != "ok":
            raise DiskError(
                f"De kopie {target_path} is na het schrijven niet in orde. Er is niets "
                "vervangen. Controleer de schijf en probeer het opnieuw."
            )
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        partial.replace(target_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target_path


def make_backup(
    source: DbConnection, key: DatabaseKey, folder: Path, reason: str, now: datetime
) -> Path:
    """Copy the open database into the backup folder, keyed with the same key.

    Args:
        source: an open connection to the database to copy.
        key: the key of the database; the backup gets the same one, so the recovery
            key opens it on any computer.
        folder: the backup folder (created owner-only by the caller).
        reason: a word for the file name, e.g. ``voor-migratie``.
        now: the time stamp for the name.

    Return:
        The path of the finished, checked backup.
    """
    return copy_verified(source, folder / backup_name(now, reason), key)
