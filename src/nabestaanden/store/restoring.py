"""Putting a backup back, and finding the newest backup that is whole.

A restore never overwrites the data without a copy: the current file goes to the
backup folder first (a checked copy, or, when it is damaged, a byte-for-byte copy
named ``beschadigd``). The backup is checked before anything changes: its key, its
pages (``PRAGMA quick_check``), its schema. It is then copied into a staged file
keyed with the folder's own key, so the folder's recovery sheet stays valid, and
renamed over the database.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from nabestaanden.paths import AppPaths
from nabestaanden.store import connection as conn
from nabestaanden.store import keys, recovery
from nabestaanden.store.backup import BackupInfo, Progress, backup_name, copy_verified, list_backups
from nabestaanden.store.backup import make_backup as copy_to_backups
from nabestaanden.store.errors import StoreError, WrongKey

STAGED_SUFFIX = ".terugzetten"


class DamagedBackup(StoreError):
    """The backup is not whole; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the earlier data was kept, and the key now in use."""

    kept: Path | None
    key: keys.DatabaseKey


def is_whole(path: Path, key: keys.DatabaseKey) -> bool:
    """Whether the key opens the file and its pages pass SQLite's quick check."""
    try:
        with conn.peek(path, key) as probe:
            row = probe.execute("PRAGMA quick_check").fetchone()
            return row is not None and row[0] == "ok"
    except (StoreError, sqlcipher3.DatabaseError):
        return False


def newest_good_backup(paths: AppPaths, key: keys.DatabaseKey) -> BackupInfo | None:
    """The newest backup in the folder that the key opens and that is whole."""
    for info in list_backups(paths.backups):
        if is_whole(info.path, key):
            return info
    return None


def _backup_key(
    source: Path, candidates: list[keys.DatabaseKey], paths: AppPaths
) -> keys.DatabaseKey:
    from nabestaanden.store.rekeying import opens

    for candidate in candidates:
        if opens(source, candidate):
            return candidate
    if any(conn.header_opens(source, candidate) for candidate in candidates):
        raise DamagedBackup(_damaged(source))  # the key is right; a page of the schema is not
    raise WrongKey(
        f"De reservekopie {source} gaat niet open met de sleutel van {paths.data_dir}. "
        "Er is niets veranderd. Komt de kopie van een andere computer? Geef dan de "
        "herstelsleutel van het herstelblad van die computer."
    )


def _damaged(source: Path) -> str:
    return (
        f"De reservekopie {source} is beschadigd en kan niet worden teruggezet. Er is "
        "niets veranderd. Kies een andere (oudere) reservekopie."
    )


def _keep_current(paths: AppPaths, key: keys.DatabaseKey | None, now: datetime) -> Path | None:
    """Put the current data aside in the backup folder before it is replaced."""
    if not paths.database.exists():
        return None
    paths.ensure()
    if key is not None:
        try:
            live = conn.connect(paths.database, key)
            try:
                return copy_to_backups(live, key, paths.backups, "voor-terugzetten", now)
            finally:
                live.close()
        except (StoreError, sqlcipher3.DatabaseError):
            pass  # damaged: keep it byte for byte below
    kept = paths.backups / backup_name(now, "beschadigd")
    for suffix in ("", "-wal"):
        original = paths.database.with_name(paths.database.name + suffix)
        if original.exists():
            shutil.copy2(original, kept.with_name(kept.name + suffix))
    return kept


@dataclass(frozen=True)
class CheckedBackup:
    """A backup that opens with ``key`` and is whole, from this app's schema or older."""

    path: Path
    key: keys.DatabaseKey
    record: recovery.RecoveryRecord | None


def check(
    paths: AppPaths,
    source: Path,
    key: keys.DatabaseKey | None,
    typed_recovery: recovery.RecoveryKey | None,
) -> CheckedBackup:
    """Look at a backup before anything changes (read-only, no trace left).

    Args:
        paths: the data folder it is to go into.
        source: the backup file (in the backup folder, or from a USB stick).
        key: the folder's own key, when it is known.
        typed_recovery: a recovery key the user typed, for a backup from elsewhere.

    Raise:
        WrongKey: no key at hand opens the backup.
        DamagedBackup: the backup is not whole.
        NewerSchema: the backup is from a newer app.
    """
    candidates = [candidate for candidate in (key,) if candidate is not None]
    if typed_recovery is not None:
        candidates.append(keys.DatabaseKey.from_recovery(typed_recovery, "keyring"))
    backup_key = _backup_key(source, candidates, paths)
    if not is_whole(source, backup_key):
        raise DamagedBackup(_damaged(source))
    with conn.peek(source, backup_key) as probe:
        conn.needs_migration(conn.schema_revision(probe), source)
        record = recovery.read_record(probe) if _has_record_table(probe) else None
    return CheckedBackup(source, backup_key, record)


def put_back(
    paths: AppPaths,
    backup: CheckedBackup,
    key: keys.DatabaseKey | None,
    now: datetime,
    progress: Progress | None = None,
) -> Restored:
    """Replace the folder's database by a checked backup; the database must be closed.

    The current data is kept in the backup folder first. With the folder's key known,
    the restored data gets that key and the folder's recovery key (its sheet stays
    valid); otherwise it keeps the backup's key and recovery key.
    """
    folder_record = _folder_record(paths, key, now)
    same_key = key is not None and key.secret == backup.key.secret
    record: recovery.RecoveryRecord | None = None
    if key is not None and (same_key or folder_record is not None):
        target_key, record = key, None if same_key else folder_record
    else:
        target_key = backup.key
        if backup.record is not None:
            source_kind = key.source if key is not None else "keyring"
            target_key = keys.DatabaseKey.from_recovery(backup.record.key, source_kind)
    kept = _keep_current(paths, key, now)

    staged = paths.database.with_name(paths.database.name + STAGED_SUFFIX)
    with conn.peek(backup.path, backup.key) as reader:
        copy_verified(reader, staged, target_key, progress)
    if record is not None:
        writer = conn.connect(staged, target_key)
        try:
            if _has_record_table(writer):
                recovery.write_record(writer, record.key, record.created_at)
                if record.stored_at is not None:
                    recovery.mark_stored(writer, record.stored_at)
        finally:
            writer.close()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    staged.replace(paths.database)
    return Restored(kept, target_key)


def _has_record_table(connection: conn.DbConnection) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recovery_key'"
    ).fetchone()
    return row is not None


def _folder_record(
    paths: AppPaths, key: keys.DatabaseKey | None, now: datetime
) -> recovery.RecoveryRecord | None:
    """The folder's own recovery key, kept over a restore (its sheet stays valid)."""
    if key is None or not paths.database.exists():
        return None
    try:
        with conn.peek(paths.database, key) as probe:
            found = recovery.read_record(probe) if _has_record_table(probe) else None
    except (StoreError, sqlcipher3.DatabaseError):
        found = None
    if found is None and key.recovery is not None:  # the file is damaged; the key knows
        return recovery.RecoveryRecord(key.recovery, now, None, None)
    return found
