"""Daily copies, putting a backup back, and a backup taken to another computer."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from nabestaanden.operations import backups, dossiers
from nabestaanden.paths import AppPaths
from nabestaanden.store import connection, keys
from nabestaanden.store.errors import NewerSchema, WrongKey
from nabestaanden.store.opening import open_store
from nabestaanden.store.restoring import DamagedBackup
from tests.support.memory_keyring import MemoryKeyring
from tests.support.stores import NOW, import_example, open_new


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_first_opening_of_a_day_makes_one_copy(paths: AppPaths) -> None:
    store = open_new(paths)
    assert backups.daily_backup(store, NOW) is None  # nothing to keep yet
    import_example(store)
    made = backups.daily_backup(store, NOW)
    assert made is not None and made.name.endswith("-dagelijks.db")
    assert backups.daily_backup(store, NOW + timedelta(hours=3)) is None
    assert backups.daily_backup(store, NOW + timedelta(days=1)) is not None
    store.close()


def test_a_restore_brings_the_data_back_and_keeps_what_was_there(paths: AppPaths) -> None:
    store = open_new(paths)
    import_example(store)
    copy = backups.backup_now(store, NOW)
    dossiers.delete_dossier(store, 1)
    assert store.summaries() == []
    key = store.key
    store.close()

    outcome = backups.restore_backup(paths, copy, key, None, None, NOW)
    assert [row.deceased_name for row in outcome.store.summaries()] == [
        "Johanna Maria van der Berg"
    ]
    assert outcome.store.key.recovery == key.recovery  # the sheet stays valid
    outcome.store.close()
    assert outcome.kept is not None and "voor-terugzetten" in outcome.kept.name
    kept_store = connection.connect(outcome.kept, key, read_only=True)
    assert kept_store.execute("SELECT count(*) FROM dossier").fetchone() == (0,)
    kept_store.close()


def test_a_backup_on_a_usb_stick_opens_on_another_computer_with_the_recovery_key(
    tmp_path: Path, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    store = open_new(paths)
    import_example(store)
    (tmp_path / "stick").mkdir()
    stick = backups.backup_now(store, NOW, tmp_path / "stick" / "kopie.db")
    assert store.key.recovery is not None
    sheet = store.key.recovery.formatted()
    store.close()
    memory_keyring.secrets.clear()  # the other computer knows nothing of this folder

    other = AppPaths(tmp_path / "andere-pc")
    with pytest.raises(WrongKey, match="andere computer"):
        backups.restore_backup(other, stick, None, None, None, NOW)
    outcome = backups.restore_backup(other, stick, None, sheet, None, NOW)
    assert len(outcome.store.summaries()) == 1
    outcome.store.close()
    assert outcome.kept is None
    # the other computer's keyring now holds the key: it opens like any folder
    reopened = open_store(other, keys.load_keyring_key(other), NOW)
    assert reopened.key.recovery is not None and reopened.key.recovery.formatted() == sheet
    reopened.close()


def test_a_backup_from_elsewhere_keeps_this_folders_recovery_key(
    tmp_path: Path, paths: AppPaths
) -> None:
    here = open_new(paths)
    mine = here.key
    here.close()
    elsewhere = AppPaths(tmp_path / "elders")
    there = open_new(elsewhere)
    import_example(there)
    copy = backups.backup_now(there, NOW)
    assert there.key.recovery is not None
    sheet = there.key.recovery.formatted()
    there.close()

    outcome = backups.restore_backup(paths, copy, mine, sheet, None, NOW)
    assert len(outcome.store.summaries()) == 1
    assert outcome.store.key == mine and outcome.store.key.recovery == mine.recovery
    outcome.store.close()


def backed_up(paths: AppPaths) -> tuple[keys.DatabaseKey, Path]:
    """A store with the example dossier and one backup of it: its key and the backup."""
    store = open_new(paths)
    import_example(store)
    key = store.key
    copy = backups.backup_now(store, NOW)
    store.close()
    return key, copy


def test_a_wrong_damaged_or_newer_backup_changes_nothing(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, copy = backed_up(paths)
    before = digest(paths.database), sorted(path.name for path in paths.backups.iterdir())

    stranger = AppPaths(tmp_path / "vreemd")
    other = open_new(stranger)
    import_example(other)
    foreign = backups.backup_now(other, NOW)
    other.close()
    with pytest.raises(WrongKey):
        backups.restore_backup(paths, foreign, key, None, None, NOW)

    damaged = tmp_path / "beschadigd.db"
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x40  # one bit, somewhere in the middle
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedBackup, match="beschadigd"):
        backups.restore_backup(paths, damaged, key, None, None, NOW)

    monkeypatch.setattr(connection, "SCHEMA_REVISIONS", ("0001",))
    monkeypatch.setattr(connection, "SCHEMA_HEAD", "0001")
    with pytest.raises(NewerSchema):
        backups.restore_backup(paths, copy, key, None, None, NOW)
    assert (digest(paths.database), sorted(p.name for p in paths.backups.iterdir())) == before


def test_a_backup_damaged_in_any_page_but_the_first_is_called_damaged_not_foreign(
    tmp_path: Path, paths: AppPaths
) -> None:
    # SQLCipher checks every page on its own: a damaged page of the schema made the key
    # look wrong ("komt de kopie van een andere computer?"); the first page opening
    # with the key shows the key is right.
    key, copy = backed_up(paths)
    data = copy.read_bytes()
    page = 4096
    assert len(data) % page == 0 and len(data) // page > 3
    for number in range(1, len(data) // page):
        damaged = tmp_path / f"beschadigd-{number}.db"
        changed = bytearray(data)
        changed[number * page + page // 2] ^= 0x40
        damaged.write_bytes(bytes(changed))
        with pytest.raises(DamagedBackup, match="beschadigd"):
            backups.restore_backup(paths, damaged, key, None, None, NOW)
