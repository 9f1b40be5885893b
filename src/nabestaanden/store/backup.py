"""Dated copies of the database, encrypted with the same key as the original."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from nabestaanden.store.connection import DbConnection, connect
from nabestaanden.store.keys import DatabaseKey


def backup_name(now: datetime, reason: str) -> str:
    """``nabestaanden-2026-11-29-063512-voor-migratie.db``"""
    return f"nabestaanden-{now:%Y-%m-%d-%H%M%S}-{reason}.db"


def make_backup(
    source: DbConnection, key: DatabaseKey, folder: Path, reason: str, now: datetime
) -> Path:
    """Copy the open database page by page into a new file keyed with the same key.

    The copy is written under a temporary name and renamed when complete, so a
    crash never leaves a half-written backup that looks whole.

    Args:
        source: an open connection to the database to copy.
        key: the key of the database; the backup gets the same one.
        folder: the backup folder (created owner-only by the caller).
        reason: a word for the file name, e.g. ``voor-migratie``.
        now: the time stamp for the name.

    Return:
        The path of the finished backup.
    """
    target_path = folder / backup_name(now, reason)
    partial = target_path.with_suffix(".db.partial")
    partial.unlink(missing_ok=True)
    target = connect(partial, key)
    try:
        source.backup(target)
    finally:
        target.close()
    partial.replace(target_path)
    return target_path
