"""Backups as the user meets them: made daily and on request, listed, put back.

Called by the window (Bestand → Reservekopie…, the daily copy after the list shows)
and by the command line (``backup``, ``backups``, ``restore``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nabestaanden.domain.plain_errors import os_reason
from nabestaanden.operations.work import ActionRefused

if TYPE_CHECKING:
    from nabestaanden.paths import AppPaths
    from nabestaanden.store.backup import BackupInfo, Progress
    from nabestaanden.store.keys import DatabaseKey
    from nabestaanden.store.opening import OpenStore

KIND_LABELS: Final = {
    "dagelijks": "dagelijkse kopie",
    "voor-migratie": "voor een nieuwe versie van de app",
    "handmatig": "zelf gemaakt",
    "voor-terugzetten": "de gegevens van vóór het terugzetten",
    "beschadigd": "beschadigd bestand, bewaard bij het terugzetten",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """The backups of the data folder, newest first (no key needed)."""
    from nabestaanden.store import backup

    return backup.list_backups(paths.backups)


def backup_now(
    store: OpenStore, now: datetime, target: Path | None = None, progress: Progress | None = None
) -> Path:
    """A checked copy of the data: in the backup folder, or at ``target`` (a USB stick).

    Raise:
        ActionRefused: the copy cannot be written there (Dutch, with the place).
    """
    from nabestaanden.store import backup

    try:
        if target is None:
            store.paths.ensure()
            return backup.make_backup(
                store.raw, store.key, store.paths.backups, "handmatig", now, progress
            )
        if target.exists():
            raise ActionRefused(
                f"Er staat al een bestand {target}. Kies een andere naam; de app "
                "overschrijft geen bestaand bestand."
            )
        return backup.copy_verified(store.raw, target, store.key, progress)
    except OSError as error:
        raise ActionRefused(
            f"De reservekopie kon niet worden geschreven naar {target or store.paths.backups}: "
            f"{os_reason(error)}. Er is niets veranderd. Kies een andere plek."
        ) from None


def daily_backup(store: OpenStore, now: datetime) -> Path | None:
    """The first opening of a day makes a copy; old daily copies beyond 7 daily,
    4 weekly and 12 monthly go. None when today's copy was already made."""
    from nabestaanden.store import backup

    existing = backup.list_backups(store.paths.backups)
    if any(info.made_at.date() == now.date() for info in existing):
        return None
    if not store.summaries():
        return None  # nothing to keep yet
    store.paths.ensure()
    made = backup.make_backup(store.raw, store.key, store.paths.backups, backup.DAILY, now)
    for old in backup.to_prune(backup.list_backups(store.paths.backups)):
        old.path.unlink(missing_ok=True)
    return made


def known_key(paths: AppPaths, passphrase: str | None) -> DatabaseKey | None:
    """The folder's key without opening the database (which may be damaged): from the
    keyring, or the passphrase slot; None when there is none to be had.

    Raise:
        WrongKey: the passphrase does not open the slot.
    """
    from nabestaanden.store import keys

    config = keys.StoreConfig.read(paths)
    if not paths.database.exists() or config is None:
        return None
    if config.key_source == "keyring":
        try:
            return keys.load_keyring_key(paths)
        except keys.KeyProblem:
            return None
    if passphrase is None:
        return None
    return keys.unlock(keys.DatabaseKey.from_passphrase(passphrase), config)


@dataclass(frozen=True)
class RestoreOutcome:
    store: OpenStore
    kept: Path | None  # where the data from before the restore is


def restore_backup(
    paths: AppPaths,
    source: Path,
    key: DatabaseKey | None,
    recovery_text: str | None,
    new_passphrase: str | None,
    now: datetime,
    progress: Progress | None = None,
    close: Callable[[], None] | None = None,
) -> RestoreOutcome:
    """Put a backup back and open the data.

    Args:
        paths: the data folder.
        source: the backup file.
        key: the folder's own key when known (:func:`known_key`, or the open store's).
        recovery_text: a recovery key as typed, for a backup from another computer.
        new_passphrase: where the folder gets the backup's key and no keyring is
            usable: the passphrase that will open it.
        now: the time, for the names of copies.
        progress: pages done and pages in all.
        close: closes the open store, called once the backup is checked (a refused
            backup leaves the store open and the data as it was).

    Raise:
        ActionRefused: a mistyped recovery key, a missing file, a missing passphrase.
        WrongKey, DamagedBackup, NewerSchema: the backup cannot be used; nothing changed.
    """
    from nabestaanden.operations.recovery import read_recovery_key
    from nabestaanden.store import keys, rekeying, restoring
    from nabestaanden.store.opening import open_store

    if not source.is_file():
        raise ActionRefused(f"Het bestand {source} bestaat niet. Er is niets veranderd.")
    typed = read_recovery_key(recovery_text) if recovery_text else None
    if key is None and new_passphrase is None and not keys.keyring_usable():
        raise ActionRefused(
            "Op deze computer is geen sleutelbos. Kies een wachtwoordzin voor de "
            "teruggezette gegevens. Er is niets veranderd."
        )
    if new_passphrase is not None:
        problem = keys.check_new_passphrase(new_passphrase, new_passphrase)
        if problem:
            raise ActionRefused(f"{problem} Er is niets veranderd.")
    paths.ensure()
    checked = restoring.check(paths, source, key, typed)
    if close is not None:
        close()
    restored = restoring.put_back(paths, checked, key, now, progress)
    final = restored.key
    if key is None or final.secret != key.secret:  # the folder takes the backup's key
        source_kind: keys.KeySource = "passphrase" if new_passphrase is not None else "keyring"
        final = keys.DatabaseKey(final.secret, source_kind, new_passphrase, final.recovery)
        rekeying.finish(paths, final, now.date())
    return RestoreOutcome(open_store(paths, final, now), restored.kept)


@dataclass(frozen=True)
class Offer:
    """The newest backup that is whole, offered when the data cannot be opened."""

    info: BackupInfo
    number: int  # its number in the list of backups (``nabestaanden backups``)
    key: DatabaseKey  # the key that opens it

    def text(self, repair: bool) -> str:
        """A sentence naming the backup; ``repair``: the backup is the way out (a
        damaged file), else a reassurance (a full disk: the data itself is fine)."""
        from babel.dates import format_datetime

        made = format_datetime(self.info.made_at, "d MMMM y 'om' HH:mm", locale="nl_NL")
        if repair:
            return (
                f"De nieuwste goede reservekopie is van {made} ({self.info.path}). Met die "
                "kopie kunt u verder; wat u daarna hebt veranderd, doet u dan opnieuw."
            )
        return f"Uw nieuwste goede reservekopie is van {made} ({self.info.path})."


def offer(paths: AppPaths, key: DatabaseKey | None) -> Offer | None:
    """The newest backup the key opens and that passes SQLite's quick check."""
    from nabestaanden.store import backup, restoring

    if key is None:
        return None
    for number, info in enumerate(backup.list_backups(paths.backups), start=1):
        if restoring.is_whole(info.path, key):
            return Offer(info, number, key)
    return None
