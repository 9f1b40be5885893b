"""The recovery key as the user meets it: the sheet, the reminder, getting back in.

Called by the window (the sheet after the first dossier, Instellingen → Beveiliging
en opslag, the monthly reminder, the recovery dialog) and by the command line
(``recovery-sheet``, ``recover``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nabestaanden.domain.plain_errors import os_reason
from nabestaanden.operations.work import ActionRefused

if TYPE_CHECKING:
    from nabestaanden.paths import AppPaths
    from nabestaanden.store.keys import DatabaseKey
    from nabestaanden.store.opening import OpenStore
    from nabestaanden.store.recovery import RecoveryKey

# Until the user says the sheet is put away, it is shown again after this long.
REMINDER_INTERVAL: Final = timedelta(days=30)


@dataclass(frozen=True)
class SheetState:
    """What the window needs to know about the recovery sheet."""

    groups: list[str]
    created_at: datetime
    stored_at: datetime | None
    reminded_at: datetime | None

    @property
    def formatted(self) -> str:
        return "-".join(self.groups)


def sheet_state(store: OpenStore) -> SheetState:
    """The recovery key of the open data folder and whether its sheet is put away."""
    from nabestaanden.store import recovery

    record = recovery.read_record(store.raw)
    if record is None:  # pragma: no cover - open_store gives every folder a record
        raise ActionRefused("Deze map heeft nog geen herstelsleutel. Open de map opnieuw.")
    return SheetState(record.key.groups(), record.created_at, record.stored_at, record.reminded_at)


def reminder_due(store: OpenStore, now: datetime) -> bool:
    """Whether to show the sheet now: not yet put away, and not shown in the last month.

    A folder without dossiers gets no reminder: the sheet comes after the first one.
    """
    state = sheet_state(store)
    if state.stored_at is not None or not store.summaries():
        return False
    return state.reminded_at is None or now - state.reminded_at >= REMINDER_INTERVAL


def mark_shown(store: OpenStore, now: datetime) -> None:
    """The sheet was shown; the next reminder comes a month later."""
    from nabestaanden.store import recovery

    recovery.mark_reminded(store.raw, now)


def mark_stored(store: OpenStore, now: datetime) -> None:
    """The user says the sheet is printed or written down and put away."""
    from nabestaanden.store import recovery

    recovery.mark_stored(store.raw, now)


def write_sheet(store: OpenStore, target: Path, today: date) -> Path:
    """Write the herstelblad PDF to ``target`` (complete, or not at all).

    Raise:
        ActionRefused: the file cannot be written there (Dutch, with the folder).
    """
    from nabestaanden.documents.batch import write_atomically
    from nabestaanden.documents.recovery_sheet import build_recovery_sheet

    state = sheet_state(store)
    try:
        write_atomically(
            target,
            lambda handle: build_recovery_sheet(
                state.groups, str(store.paths.data_dir), today, handle
            ),
        )
    except OSError as error:
        raise ActionRefused(
            f"Het herstelblad kon niet worden geschreven naar {target}: "
            f"{os_reason(error)}. Kies een andere map."
        ) from None
    return target


def read_recovery_key(text: str) -> RecoveryKey:
    """The recovery key as typed.

    Raise:
        ActionRefused: not a recovery key (what is wrong with it, in Dutch).
    """
    from nabestaanden.store.recovery import RecoveryKey, RecoveryKeyProblem

    try:
        return RecoveryKey.parse(text)
    except RecoveryKeyProblem as problem:
        raise ActionRefused(str(problem)) from None


def regain_access(
    paths: AppPaths, text: str, new_passphrase: str | None, today: date
) -> DatabaseKey:
    """Open the data folder with the recovery key and give it a working key again:
    the keyring (``new_passphrase`` None) or a new passphrase.

    Raise:
        ActionRefused: a mistyped key, or a new passphrase that will not do.
        WrongKey: the key does not open this folder's data; nothing was written.
        KeyProblem: the keyring does not keep the key.
    """
    from nabestaanden.store import keys, rekeying

    key = read_recovery_key(text)
    if new_passphrase is not None:
        problem = keys.check_new_passphrase(new_passphrase, new_passphrase)
        if problem:
            raise ActionRefused(problem)
    return rekeying.regain_access(paths, key, new_passphrase, today)
