"""The recovery key: typed as a person would, the way back in, and folders made before it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from nabestaanden.paths import AppPaths
from nabestaanden.store import keys, recovery, rekeying
from nabestaanden.store.backup import make_backup
from nabestaanden.store.errors import WrongKey
from nabestaanden.store.migrate import migrate
from nabestaanden.store.opening import open_store
from nabestaanden.store.recovery import RecoveryKey, RecoveryKeyProblem
from tests.support.memory_keyring import MemoryKeyring
from tests.support.stores import NOW, existing_store_with_example, import_example, open_new

PASSPHRASE = "een zin die ik onthoud"  # noqa: S105 - a test phrase


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_key(paths: AppPaths) -> RecoveryKey:
    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        assert store.key.recovery is not None
        return store.key.recovery
    finally:
        store.close()


# -- typing the key ------------------------------------------------------------------


def test_a_key_reads_back_as_typed_with_dashes_spaces_lower_case_and_look_alikes() -> None:
    key = RecoveryKey.generate()
    assert [len(group) for group in key.groups()] == [5, 5, 5, 5, 5]
    typed = " ".join(key.groups()).lower()
    assert RecoveryKey.parse(typed) == key
    assert RecoveryKey.parse(key.formatted()) == key
    look_alike = key.formatted().replace("0", "O").replace("1", "l")
    assert RecoveryKey.parse(look_alike) == key


def test_one_character_copied_wrong_is_caught_by_the_check_character() -> None:
    key = RecoveryKey.generate()
    caught = 0
    for position in range(len(key.characters)):
        for replacement in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if replacement == key.characters[position]:
                continue
            typo = key.characters[:position] + replacement + key.characters[position + 1 :]
            try:
                RecoveryKey.parse(typo)
            except RecoveryKeyProblem as problem:
                assert "verkeerd overgenomen" in str(problem)
                caught += 1
    # a single check character catches 31 of 32 typos at each place
    assert caught / (25 * 31) > 0.9


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "5 groepen van 5"),
        ("ABCDE-FGHJK", "25 tekens"),
        ("ABCDE-FGHJK-MNPQR-STVWX-YZ01U", "'U'"),
        ("ABCDE-FGHJK-MNPQR-STVWX-YZ01é", "'É'"),
    ],
)
def test_a_key_that_cannot_be_right_says_why_in_dutch(typed: str, says: str) -> None:
    with pytest.raises(RecoveryKeyProblem, match=says):
        RecoveryKey.parse(typed)


def test_the_key_never_shows_in_a_repr() -> None:
    key = RecoveryKey.generate()
    assert key.characters not in repr(key) and key.characters not in str(key)


# -- getting back in -----------------------------------------------------------------


def test_a_new_folder_has_a_recovery_key_that_opens_it_without_the_keyring(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    existing_store_with_example(paths)
    key = stored_key(paths)
    memory_keyring.secrets.clear()
    with pytest.raises(keys.KeyMissing):
        keys.load_keyring_key(paths)

    rekeying.regain_access(paths, key, None, NOW.date())

    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    assert len(store.summaries()) == 1
    assert store.key.recovery == key  # the same sheet stays valid
    store.close()


def test_a_wrong_recovery_key_changes_nothing(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    existing_store_with_example(paths)
    memory_keyring.secrets.clear()
    before = digest(paths.database), paths.store_config.read_bytes()
    with pytest.raises(WrongKey, match="past niet bij de gegevens"):
        rekeying.regain_access(paths, RecoveryKey.generate(), None, NOW.date())
    assert (digest(paths.database), paths.store_config.read_bytes()) == before
    assert memory_keyring.secrets == {}


def test_a_forgotten_passphrase_is_replaced_by_a_new_one(paths: AppPaths, no_keyring: None) -> None:
    store = open_store(paths, keys.DatabaseKey.from_passphrase(PASSPHRASE), NOW)
    import_example(store)
    assert store.key.recovery is not None
    key = store.key.recovery
    store.close()

    rekeying.regain_access(paths, key, "een heel nieuwe zin", NOW.date())

    with pytest.raises(WrongKey, match="wachtwoordzin past niet"):
        open_store(paths, keys.DatabaseKey.from_passphrase(PASSPHRASE), NOW)
    reopened = open_store(paths, keys.DatabaseKey.from_passphrase("een heel nieuwe zin"), NOW)
    assert len(reopened.summaries()) == 1
    reopened.close()


def test_a_backup_opens_with_the_recovery_key_alone(paths: AppPaths) -> None:
    store = open_new(paths)
    import_example(store)
    backup = make_backup(store.raw, store.key, paths.backups, "test", NOW)
    assert store.key.recovery is not None
    key = store.key.recovery
    store.close()
    assert rekeying.opens(backup, keys.DatabaseKey.from_recovery(key, "keyring"))
    assert not rekeying.opens(
        backup, keys.DatabaseKey.from_recovery(RecoveryKey.generate(), "keyring")
    )


# -- folders made before recovery keys ------------------------------------------------


def make_keyring_folder_from_before(paths: AppPaths, memory_keyring: MemoryKeyring) -> str:
    """A folder as the first release left it: a random key in the keyring, no recovery
    key, one backup keyed like the database. Returns the old key."""
    existing_store_with_example(paths)
    old_key = keys.load_keyring_key(paths)
    store = open_store(paths, old_key, NOW)
    store.raw.execute("DELETE FROM recovery_key")
    make_backup(store.raw, old_key, paths.backups, "oud", NOW)
    store.close()
    keys.StoreConfig("keyring").write(paths)
    return old_key.secret


def test_a_keyring_folder_from_before_gets_a_recovery_key_and_keeps_its_data(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    old_secret = make_keyring_folder_from_before(paths, memory_keyring)

    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    assert len(store.summaries()) == 1
    new_key = store.key
    store.close()

    assert new_key.recovery is not None and new_key.secret != old_secret
    assert keys.load_keyring_key(paths) == new_key
    # the old key is kept, not thrown away
    assert old_secret[2:-1] in memory_keyring.secrets.values()
    # every backup now opens with the recovery key, on any computer
    for backup in paths.backups.glob("*.db"):
        assert rekeying.opens(backup, keys.DatabaseKey.from_recovery(new_key.recovery, "keyring"))
    config = keys.StoreConfig.read(paths)
    assert config is not None and config.pending is None


def test_a_passphrase_folder_from_before_moves_to_a_slot(paths: AppPaths, no_keyring: None) -> None:
    legacy = keys.DatabaseKey(PASSPHRASE, "passphrase")  # SQLCipher keyed with the phrase
    from nabestaanden.store import connection

    paths.ensure()
    raw = connection.connect(paths.database, legacy)
    connection.use_wal(raw)
    migrate(paths, legacy, raw, NOW)
    raw.execute("DELETE FROM recovery_key")
    raw.close()
    keys.StoreConfig("passphrase").write(paths)

    store = open_store(paths, keys.DatabaseKey.from_passphrase(PASSPHRASE), NOW)
    assert store.key.recovery is not None
    store.close()

    assert not rekeying.opens(paths.database, legacy)  # the phrase is no longer the key
    reopened = open_store(paths, keys.DatabaseKey.from_passphrase(PASSPHRASE), NOW)
    reopened.close()
    config = keys.StoreConfig.read(paths)
    assert config is not None and config.passphrase_slot is not None and config.pending is None


def test_a_move_cut_off_after_the_files_are_replaced_is_finished_next_time(
    paths: AppPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_secret = make_keyring_folder_from_before(paths, memory_keyring)

    def power_cut(*_arguments: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(keys, "store_keyring_key", power_cut)
        with pytest.raises(KeyboardInterrupt):
            open_store(paths, keys.load_keyring_key(paths), NOW)
    # the keyring still holds the old key; the file is keyed with the new one
    assert keys.load_keyring_key(paths).secret == old_secret

    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    assert len(store.summaries()) == 1
    store.close()
    assert keys.load_keyring_key(paths).secret != old_secret
    config = keys.StoreConfig.read(paths)
    assert config is not None and config.pending is None


def test_a_move_cut_off_before_the_files_are_replaced_starts_again_with_the_same_key(
    paths: AppPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_keyring_folder_from_before(paths, memory_keyring)
    before = digest(paths.database)
    converted: list[Path] = []
    real_convert = rekeying.convert_backups

    def convert_then_cut(*arguments: object) -> None:
        real_convert(*arguments)  # type: ignore[arg-type]
        converted.extend(paths.backups.glob("*.db"))
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(rekeying, "convert_backups", convert_then_cut)
        with pytest.raises(KeyboardInterrupt):
            open_store(paths, keys.load_keyring_key(paths), NOW)
    assert converted

    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    assert store.key.recovery is not None
    key = keys.DatabaseKey.from_recovery(store.key.recovery, "keyring")
    store.close()
    assert digest(paths.database) != before
    # the backups converted before the cut open with the key the move ended with
    assert all(rekeying.opens(backup, key) for backup in converted)


def test_the_record_keeps_when_the_sheet_was_put_away(paths: AppPaths) -> None:
    store = open_new(paths)
    record = recovery.read_record(store.raw)
    assert record is not None and record.stored_at is None and record.reminded_at is None
    recovery.mark_reminded(store.raw, NOW)
    recovery.mark_stored(store.raw, NOW)
    record = recovery.read_record(store.raw)
    assert record is not None and record.stored_at == NOW and record.reminded_at == NOW
    store.close()
