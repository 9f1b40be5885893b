"""Changing how a data folder is keyed, without ever losing the way in.

Two moves:

- :func:`upgrade`: a folder made before recovery keys existed (a random key in the
  keyring, or SQLCipher keyed with the passphrase itself) gets a recovery key; the
  database and its backups are copied into files keyed with the key derived from
  it. Crash-safe: first ``opslag.json`` keeps the new recovery key wrapped under
  the old key (``pending``); the files are replaced one by one (each by a rename);
  then the keyring or the passphrase slot gets the new key and ``pending`` goes.
  Interrupted anywhere, the next start opens with the old key or, through
  ``pending``, the new one, and finishes the move.
- :func:`regain_access`: the recovery key opens the database; the keyring gets the
  derived key again, or a new passphrase wraps it. Nothing is written until the
  recovery key is proven to open the file.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from nabestaanden.paths import AppPaths
from nabestaanden.store import connection as conn
from nabestaanden.store import keys, recovery, wrapping
from nabestaanden.store.backup import copy_verified
from nabestaanden.store.errors import WrongKey

PENDING_PURPOSE: Final = "nieuwe-herstelsleutel"
STAGED_SUFFIX: Final = ".nieuw"


def _wrap_pending(old: keys.DatabaseKey, new: recovery.RecoveryKey) -> dict[str, Any]:
    secret = new.characters.encode("ascii")
    raw = old.raw_bytes()
    if raw is not None:
        return wrapping.wrap_with_key(raw, secret, PENDING_PURPOSE)
    return wrapping.wrap_with_passphrase(old.secret, secret, PENDING_PURPOSE)


def pending_recovery(
    old: keys.DatabaseKey, config: keys.StoreConfig | None
) -> recovery.RecoveryKey | None:
    """The recovery key of an interrupted move, unwrapped with the old key; else None."""
    if config is None or config.pending is None:
        return None
    try:
        raw = old.raw_bytes()
        if raw is not None:
            secret = wrapping.unwrap_with_key(raw, config.pending, PENDING_PURPOSE)
        else:
            secret = wrapping.unwrap_with_passphrase(old.secret, config.pending, PENDING_PURPOSE)
        return recovery.RecoveryKey.parse(secret.decode("ascii"))
    except (wrapping.SlotProblem, recovery.RecoveryKeyProblem, UnicodeDecodeError):
        return None


def opens(path: Path, key: keys.DatabaseKey) -> bool:
    """Whether the key opens the file, looked at read-only (no trace left)."""
    try:
        with conn.peek(path, key):
            return True
    except WrongKey:
        return False


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + end) for end in ("-wal", "-shm")]


def convert_backups(paths: AppPaths, old: keys.DatabaseKey, new: keys.DatabaseKey) -> None:
    """Re-key each backup the old key opens (one that the new key opens is left)."""
    if not paths.backups.is_dir():
        return
    for backup in sorted(paths.backups.glob("*.db")):
        if opens(backup, new) or not opens(backup, old):
            continue
        with conn.peek(backup, old) as source:
            copy_verified(source, backup.with_name(backup.name + STAGED_SUFFIX), new)
        for sidecar in _sidecars(backup):
            sidecar.unlink(missing_ok=True)
        backup.with_name(backup.name + STAGED_SUFFIX).replace(backup)


def upgrade(
    paths: AppPaths, old: keys.DatabaseKey, raw: conn.DbConnection, now: datetime
) -> tuple[keys.DatabaseKey, conn.DbConnection]:
    """Move a folder without a recovery key to a key derived from a new one.

    Args:
        paths: the data folder.
        old: the key that opened the database.
        raw: the open connection (closed here; the returned one replaces it).
        now: when, for the recovery key's record.

    Return:
        The new key (with its recovery key) and a connection opened with it.
    """
    config = keys.StoreConfig.read(paths) or keys.StoreConfig(old.source)
    # A move begun before goes on with the same recovery key: backups it already
    # converted open with it.
    new_recovery = pending_recovery(old, config) or recovery.RecoveryKey.generate()
    new = keys.DatabaseKey.from_recovery(new_recovery, old.source, old.passphrase)
    dataclasses.replace(config, pending=_wrap_pending(old, new_recovery)).write(paths)

    staged = paths.database.with_name(paths.database.name + STAGED_SUFFIX)
    copy_verified(raw, staged, new)
    target = conn.connect(staged, new)
    try:
        recovery.write_record(target, new_recovery, now)
    finally:
        target.close()
    convert_backups(paths, old, new)
    raw.close()  # the last connection: SQLite folds the WAL into the file
    for sidecar in _sidecars(paths.database):
        sidecar.unlink(missing_ok=True)
    staged.replace(paths.database)
    for sidecar in _sidecars(staged):
        sidecar.unlink(missing_ok=True)
    finish(paths, new, now.date())
    reopened = conn.connect(paths.database, new)
    conn.use_wal(reopened)
    return new, reopened


def finish(paths: AppPaths, new: keys.DatabaseKey, today: date) -> None:
    """The last step of a move: the keyring or the passphrase slot gets the new key,
    and ``pending`` leaves ``opslag.json``."""
    slot = None
    if new.source == "keyring":
        keys.store_keyring_key(paths, new, today)
    else:
        slot = keys.passphrase_slot(new)
    keys.StoreConfig(new.source, passphrase_slot=slot).write(paths)


def recovery_message(paths: AppPaths) -> str:
    return (
        f"Deze herstelsleutel past niet bij de gegevens in {paths.data_dir}. Er is niets "
        "veranderd. Hoort het herstelblad bij deze map? Kijk naar de map die op het "
        "herstelblad staat."
    )


def regain_access(
    paths: AppPaths,
    key: recovery.RecoveryKey,
    new_passphrase: str | None,
    today: date,
) -> keys.DatabaseKey:
    """Open the data with the recovery key and give the folder a working key again.

    Args:
        paths: the data folder.
        key: the recovery key as read from the sheet.
        new_passphrase: None to keep the key in the keyring, else the new passphrase
            (already checked with :func:`keys.check_new_passphrase`).
        today: for the name of a replaced keyring entry.

    Raise:
        WrongKey: the recovery key does not open the database; nothing was written.
        KeyProblem: the keyring does not keep the key.
    """
    source: keys.KeySource = "keyring" if new_passphrase is None else "passphrase"
    database_key = keys.DatabaseKey.from_recovery(key, source, new_passphrase)
    if not paths.database.exists() or not opens(paths.database, database_key):
        raise WrongKey(recovery_message(paths))
    finish(paths, database_key, today)
    return database_key
