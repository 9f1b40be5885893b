"""Dated copies of the database, encrypted, written through SQLite's backup API.

Each copy is keyed with the database's own key, which derives from the recovery
key: on this computer the keyring or the passphrase opens it, on any other the
recovery key. Kinds (the last word of the name): ``dagelijks`` (the first opening of
a day; 7 daily, 4 weekly and 12 monthly are kept), ``voor-migratie`` (before the
app converts the file), ``handmatig`` (the user asked), ``voor-terugzetten`` (the
data as it was before a restore). Only daily copies are ever removed by the app.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Final, NamedTuple

import sqlcipher3

from nabestaanden.store.connection import DbConnection, connect
from nabestaanden.store.errors import (
    DamagedDatabase,
    DiskError,
    damage_error,
    damaged_message,
    known_error,
)
from nabestaanden.store.keys import DatabaseKey


def backup_name(now: datetime, reason: str) -> str:
    """``nabestaanden-2026-11-29-063512-voor-migratie.db``"""
    return f"nabestaanden-{now:%Y-%m-%d-%H%M%S}-{reason}.db"


Progress = Callable[[int, int], None]  # pages done, pages in all
DAILY: Final = "dagelijks"
_NAME: Final = re.compile(r"^nabestaanden-(\d{4}-\d{2}-\d{2}-\d{6})-([a-z-]+?)(?:-\d+)?\.db$")
KEEP_DAYS: Final = 7
KEEP_WEEKS: Final = 4
KEEP_MONTHS: Final = 12


class BackupInfo(NamedTuple):
    path: Path
    made_at: datetime
    kind: str
    size: int


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first (files named as this app names them)."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob("nabestaanden-*.db"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        made_at = datetime.strptime(match.group(1), "%Y-%m-%d-%H%M%S")
        found.append(BackupInfo(path, made_at, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)


def to_prune(backups: list[BackupInfo]) -> list[BackupInfo]:
    """The daily backups beyond what is kept: the newest of each of the last 7 days,
    of the last 4 weeks and of the last 12 months that have one."""
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    removed = []
    for info in sorted(backups, key=lambda item: item.made_at, reverse=True):
        if info.kind != DAILY:
            continue
        day = info.made_at.date()
        iso = day.isocalendar()
        kept = False
        for seen, value, limit in (
            (days, day, KEEP_DAYS),
            (weeks, (iso.year, iso.week), KEEP_WEEKS),
            (months, (day.year, day.month), KEEP_MONTHS),
        ):
            if value not in seen and len(seen) < limit:
                seen.add(value)  # type: ignore[arg-type]
                kept = True
        if not kept:
            removed.append(info)
    return removed


def copy_verified(
    source: DbConnection, target_path: Path, key: DatabaseKey, progress: Progress | None = None
) -> Path:
    """Copy an open database page by page into ``target_path``, keyed with ``key``.

    The copy is written under a temporary name, checked (``PRAGMA integrity_check``
    on the copy opened with its key), flushed to disk and only then renamed, so a
    crash or a bad write never leaves a copy that looks whole but is not.

    Raise:
        DiskError: the copy does not pass the check; it is removed again.
        DamagedDatabase: a page of the source cannot be read.
    """
    partial = target_path.with_name(target_path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        target = connect(partial, key)
        try:
            _copy_pages(source, target, progress)
            # one self-contained file (no -wal beside it), to copy to a stick as it is
            target.execute("PRAGMA journal_mode = DELETE")
            result = target.execute("PRAGMA integrity_check").fetchone()
        finally:
            target.close()
        if result is None or result[0] != "ok":
            if not _whole(source):  # the copy is as damaged as what it was copied from
                raise DamagedDatabase(damaged_message(None))
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


def _whole(connection: DbConnection) -> bool:
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def _copy_pages(source: DbConnection, target: DbConnection, progress: Progress | None) -> None:
    """Every page of ``source`` into ``target``; a page that cannot be read means the
    source is damaged (DamagedDatabase), found here at the latest by the daily copy."""
    try:
        if progress is None:
            source.backup(target)
        else:
            source.backup(
                target,
                pages=256,
                progress=lambda _status, remaining, total: progress(total - remaining, total),
            )
    except sqlcipher3.DatabaseError as error:
        known = known_error(error) or damage_error(error)
        if known is None:
            raise
        raise known from None


def make_backup(
    source: DbConnection,
    key: DatabaseKey,
    folder: Path,
    reason: str,
    now: datetime,
    progress: Progress | None = None,
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
    target = folder / backup_name(now, reason)
    number = 1
    while target.exists():  # two in one second: never overwrite one
        number += 1
        target = folder / backup_name(now, f"{reason}-{number}")
    return copy_verified(source, target, key, progress)
