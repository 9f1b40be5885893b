"""The encrypted store: round trip, migrations, backups, keys, and what is on disk."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy

from nabestaanden.domain.exchange import write_dossier
from nabestaanden.paths import AppPaths
from nabestaanden.store import connection, errors, keys, mapping
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import persons as person_store
from nabestaanden.store.opening import open_store, plan_key
from tests.support.examples import example_document
from tests.support.memory_keyring import MemoryKeyring
from tests.support.stores import NOW, SECRETS, existing_store_with_example, import_example, open_new


def pretend_app_knows_a_newer_revision(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the files of the current revision count as older than this app's schema."""
    monkeypatch.setattr(connection, "SCHEMA_REVISIONS", (*connection.SCHEMA_REVISIONS, "9999"))
    monkeypatch.setattr(connection, "SCHEMA_HEAD", "9999")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_dossier_survives_closing_and_reopening(paths: AppPaths) -> None:
    store = open_new(paths)
    dossier_id = import_example(store)
    store.close()

    reopened = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        [summary] = reopened.summaries()
        assert summary.id == dossier_id
        assert summary.deceased_name == "Johanna Maria van der Berg"
        assert summary.date_of_death == date(2026, 3, 15)
        with reopened.session() as session:
            exported = write_dossier(
                mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
            )
    finally:
        reopened.close()
    expected = example_document()
    expected["contact"]["address"]["country"] = "NL"
    assert exported == expected


def test_a_store_used_from_many_threads_keeps_each_threads_connection(paths: AppPaths) -> None:
    """The window reads on its own thread while helpers come and go: a new thread's
    read must never close the connection another thread is using (the dialect's own
    pool did, past five threads, and the program crashed)."""
    import threading

    store = open_new(paths)
    dossier_id = import_example(store)
    names: list[str] = []

    def read() -> None:
        with store.session() as session:
            names.append(dossier_store.get_dossier(session, dossier_id).title or "gelezen")

    try:
        with store.session() as held:
            held.execute(sqlalchemy.text("SELECT 1"))  # this thread's connection, in use
            for _ in range(8):
                helper = threading.Thread(target=read)
                helper.start()
                helper.join()
            assert held.execute(sqlalchemy.text("SELECT count(*) FROM dossier")).scalar() == 1
    finally:
        store.close()
    assert names == ["gelezen"] * 8


def test_edits_rename_archive_and_delete_leave_an_audit_trail(paths: AppPaths) -> None:
    store = open_new(paths)
    try:
        with store.session() as session:
            dossier = dossier_store.create_dossier(session, NOW)
            person_store.set_person_field(session, dossier.id, "deceased", "surname", "Yılmaz", NOW)
            assert not person_store.set_person_field(
                session, dossier.id, "deceased", "surname", "Yılmaz", NOW
            )
            dossier_store.rename_dossier(session, dossier.id, "Opa Şükrü", NOW)
            dossier_store.set_archived(session, dossier.id, True, NOW)
            session.commit()
            trail = [
                (entry.action, entry.field, entry.old_value, entry.new_value)
                for entry in dossier.audit
            ]
        assert trail == [
            ("create", "", None, None),
            ("update", "surname", "", "Yılmaz"),
            ("update", "title", "", "Opa Şükrü"),
            ("archive", "", None, None),
        ]
        [summary] = store.summaries()
        assert (summary.display_name, summary.archived) == ("Opa Şükrü", True)
        with store.session() as session:
            dossier_store.delete_dossier(session, summary.id)
            session.commit()
        assert store.summaries() == []
        audit_rows = store.raw.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        assert audit_rows == 0
    finally:
        store.close()


def test_a_new_file_is_migrated_to_the_newest_schema_without_a_backup(paths: AppPaths) -> None:
    store = open_new(paths)
    try:
        assert connection.schema_revision(store.raw) == connection.SCHEMA_HEAD
        assert store.backup is None
        journal = store.raw.execute("PRAGMA journal_mode").fetchone()[0]
        assert journal == "wal"
    finally:
        store.close()
    assert list(paths.backups.iterdir()) == []


def test_the_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from nabestaanden.store.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert tuple(revisions) == connection.SCHEMA_REVISIONS


def test_an_older_file_is_backed_up_before_it_is_migrated(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing_store_with_example(paths)
    pretend_app_knows_a_newer_revision(monkeypatch)
    upgraded: list[str] = []

    def upgrade(_config: object, target: str) -> None:
        # The backup must be complete before the migration touches the file.
        assert [path.suffix for path in paths.backups.iterdir()] == [".db"]
        upgraded.append(target)

    monkeypatch.setattr("nabestaanden.store.migrate.command.upgrade", upgrade)
    key = keys.load_keyring_key(paths)
    reopened = open_store(paths, key, NOW)
    reopened.close()
    assert upgraded == ["head"]
    assert reopened.backup is not None
    assert reopened.backup.name == "nabestaanden-2026-11-29-100000-voor-migratie.db"
    assert not any(paths.backups.glob("*.partial"))
    # The backup holds the dossier and opens with the same key only.
    backup = connection.connect(reopened.backup, key)
    try:
        assert backup.execute("SELECT surname FROM person WHERE role = 'deceased'").fetchone() == (
            "Berg",
        )
    finally:
        backup.close()
    with pytest.raises(errors.WrongKey):
        connection.connect(reopened.backup, keys.DatabaseKey.from_raw("00" * 32))


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(paths: AppPaths) -> None:
    store = open_new(paths)
    import_example(store)
    store.raw.execute("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    before = {path.name: digest(path) for path in paths.data_dir.iterdir() if path.is_file()}
    with pytest.raises(errors.NewerSchema, match="nieuwere versie"):
        open_store(paths, keys.load_keyring_key(paths), NOW)
    after = {path.name: digest(path) for path in paths.data_dir.iterdir() if path.is_file()}
    assert after == before
    assert list(paths.backups.iterdir()) == []


def test_database_wal_and_backups_hold_no_readable_personal_data(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_new(paths)
    import_example(store)
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # checked while the WAL holds the writes
    files = [paths.database, wal]
    pretend_app_knows_a_newer_revision(monkeypatch)
    monkeypatch.setattr("nabestaanden.store.migrate.command.upgrade", lambda *_: None)
    second = open_store(paths, keys.load_keyring_key(paths), NOW)
    assert second.backup is not None
    files.append(second.backup)
    contents = [path.read_bytes() for path in files]
    second.close()
    store.close()
    for path, content in zip(files, contents, strict=True):
        assert not content.startswith(b"SQLite format 3"), path
        for secret in SECRETS:
            assert secret not in content, (path, secret)
            assert secret.decode().encode("utf-16-le") not in content, (path, secret)


def test_a_wrong_key_leaves_the_file_untouched(paths: AppPaths) -> None:
    existing_store_with_example(paths)
    before = digest(paths.database)
    with pytest.raises(errors.WrongKey, match="niet veranderd"):
        open_store(paths, keys.DatabaseKey.from_raw("00" * 32), NOW)
    with pytest.raises(errors.WrongKey, match="wachtwoordzin past niet"):
        open_store(paths, keys.DatabaseKey.from_passphrase("verkeerde wachtwoordzin"), NOW)
    assert digest(paths.database) == before


def test_a_passphrase_store_opens_with_the_passphrase_only(paths: AppPaths) -> None:
    key = keys.DatabaseKey.from_passphrase('een "lange" zin met ë')
    store = open_store(paths, key, NOW)
    import_example(store)
    store.close()
    config = keys.StoreConfig.read(paths)
    assert config is not None and config.key_source == "passphrase"
    # opslag.json holds the database key wrapped, never the passphrase or the key itself
    text = paths.store_config.read_text(encoding="utf-8")
    assert "lange" not in text and store.key.secret[2:-1] not in text
    assert plan_key(paths) == "passphrase"
    reopened = open_store(paths, keys.DatabaseKey.from_passphrase('een "lange" zin met ë'), NOW)
    assert len(reopened.summaries()) == 1
    reopened.close()


def test_the_key_goes_to_the_keyring_one_entry_per_data_folder(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first, second = AppPaths(tmp_path / "een"), AppPaths(tmp_path / "twee")
    assert plan_key(first) == "new_keyring"
    open_new(first).close()
    open_new(second).close()
    assert set(memory_keyring.secrets) == {
        ("nabestaanden", str(first.data_dir)),
        ("nabestaanden", str(second.data_dir)),
    }
    secret = memory_keyring.secrets[("nabestaanden", str(first.data_dir))]
    assert len(bytes.fromhex(secret)) == 32  # 256 bits
    assert plan_key(first) == "keyring"


def test_no_keyring_means_a_passphrase_never_an_unencrypted_file(
    paths: AppPaths, no_keyring: None
) -> None:
    assert plan_key(paths) == "new_passphrase"
    with pytest.raises(keys.KeyringUnavailable):
        keys.create_keyring_key(paths)


def test_missing_and_locked_keyring_entries_get_clear_messages(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    open_new(paths).close()
    before = digest(paths.database)
    memory_keyring.locked = True
    with pytest.raises(keys.KeyringLocked, match="vergrendeld"):
        keys.load_keyring_key(paths)
    memory_keyring.locked = False
    memory_keyring.secrets.clear()
    with pytest.raises(keys.KeyMissing, match="staat niet \\(meer\\)"):
        keys.load_keyring_key(paths)
    assert digest(paths.database) == before


def test_new_passphrases_must_be_long_enough_and_typed_twice_the_same() -> None:
    assert keys.check_new_passphrase("kort", "kort") is not None
    assert "niet gelijk" in (keys.check_new_passphrase("lange zin één", "lange zin twee") or "")
    assert keys.check_new_passphrase("lange zin één", "lange zin één") is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_is_private(paths: AppPaths) -> None:
    open_new(paths).close()
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.backups.stat().st_mode & 0o777 == 0o700


def test_the_key_never_shows_in_a_repr() -> None:
    key = keys.DatabaseKey.from_raw("ab" * 32)
    assert "ab" * 32 not in repr(key)
    assert "ab" * 32 not in repr(keys.DatabaseKey.from_passphrase("ab" * 32))


def test_database_errors_do_not_repeat_the_personal_data_they_concern(paths: AppPaths) -> None:
    from sqlalchemy.exc import IntegrityError

    from nabestaanden.store import models

    store = open_new(paths)
    try:
        with store.session() as session:
            session.add(
                models.Person(dossier_id=999, role="deceased", surname="Yılmaz", bsn="111222333")
            )
            with pytest.raises(IntegrityError) as caught:
                session.commit()
        assert "111222333" not in str(caught.value)
        assert "Yılmaz" not in str(caught.value)
    finally:
        store.close()


def test_a_missing_database_in_a_used_folder_is_not_replaced_by_an_empty_one(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    existing_store_with_example(paths)
    key_before = dict(memory_keyring.secrets)
    paths.database.unlink()
    with pytest.raises(errors.MissingDatabase, match="ontbreekt") as caught:
        plan_key(paths)
    assert "andere map" in str(caught.value)
    # Only backups left (opslag.json gone too): still refused, the newest backup named.
    (paths.backups / "nabestaanden-2026-11-01-090000-voor-migratie.db").write_bytes(b"kopie")
    paths.store_config.unlink()
    with pytest.raises(errors.MissingDatabase, match="2026-11-01"):
        plan_key(paths)
    assert memory_keyring.secrets == key_before


def test_a_new_keyring_key_never_replaces_one_already_there(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    first = keys.create_keyring_key(paths)
    assert keys.create_keyring_key(paths) == first


def test_a_migration_that_fails_halfway_leaves_nothing_behind(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import op

    real_create_table = op.create_table
    calls: list[str] = []

    def failing_create_table(name: str, *columns: object, **options: object) -> object:
        calls.append(name)
        if len(calls) == 3:
            raise RuntimeError("disk trouble")
        return real_create_table(name, *columns, **options)

    monkeypatch.setattr(op, "create_table", failing_create_table)
    key = keys.create_keyring_key(paths)
    with pytest.raises(RuntimeError, match="disk trouble"):
        open_store(paths, key, NOW)
    assert len(calls) == 3
    assert not paths.database.exists() and not paths.store_config.exists()
    monkeypatch.undo()
    store = open_store(paths, key, NOW)
    assert connection.schema_revision(store.raw) == connection.SCHEMA_HEAD
    store.close()


def test_a_failed_migration_of_an_existing_file_is_rolled_back(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing_store_with_example(paths)
    pretend_app_knows_a_newer_revision(monkeypatch)

    def half_done_upgrade(config: object, _target: str) -> None:
        migration = config.attributes["connection"]  # type: ignore[attr-defined]
        migration.exec_driver_sql("ALTER TABLE dossier ADD COLUMN extra TEXT")
        migration.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        raise RuntimeError("power cut")

    monkeypatch.setattr("nabestaanden.store.migrate.command.upgrade", half_done_upgrade)
    with pytest.raises(RuntimeError, match="power cut"):
        open_store(paths, keys.load_keyring_key(paths), NOW)
    monkeypatch.undo()
    reopened = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        assert connection.schema_revision(reopened.raw) == connection.SCHEMA_HEAD
        columns = [row[1] for row in reopened.raw.execute("PRAGMA table_info(dossier)")]
        assert "extra" not in columns
        assert len(reopened.summaries()) == 1
    finally:
        reopened.close()


def test_a_newer_file_with_a_leftover_wal_is_not_checkpointed(
    paths: AppPaths, tmp_path: Path
) -> None:
    import shutil

    store = open_new(paths)
    import_example(store)
    store.raw.execute("UPDATE alembic_version SET version_num = '9999'")
    crashed = AppPaths(tmp_path / "na-een-crash")
    crashed.ensure()
    for name in ("nabestaanden.db", "nabestaanden.db-wal", "opslag.json"):
        shutil.copy2(paths.data_dir / name, crashed.data_dir / name)  # as a killed app left it
    store.close()
    before = {path.name: digest(path) for path in crashed.data_dir.iterdir() if path.is_file()}
    assert "nabestaanden.db-wal" in before
    with pytest.raises(errors.NewerSchema):
        open_store(crashed, keys.load_keyring_key(paths), NOW)
    after = {path.name: digest(path) for path in crashed.data_dir.iterdir() if path.is_file()}
    assert after == before


def test_the_migrations_build_exactly_the_tables_the_models_describe(paths: AppPaths) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from nabestaanden.store.models import Base

    store = open_new(paths)
    try:
        with store.session() as session:
            live = session.connection()
            differences = compare_metadata(MigrationContext.configure(live), Base.metadata)
    finally:
        store.close()
    assert differences == []


def test_opening_the_data_loads_neither_the_orm_nor_the_cipher_library() -> None:
    """The start-up path stays light: the ORM loads with the first session, and
    ``cryptography`` only where a passphrase slot or an encrypted file is used."""
    import subprocess
    import sys

    code = (
        "import sys, nabestaanden.store.opening, nabestaanden.store.index\n"
        "print(sorted(m for m in ('sqlalchemy.orm', 'cryptography') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_opening_a_store_keyed_in_the_keyring_leaves_the_slot_cryptography_unloaded(
    tmp_path: Path,
) -> None:
    # AES and scrypt (``cryptography``, about 20 MiB in the window) serve a passphrase
    # slot or a move to a new key; a store whose key is in the keyring needs neither.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from datetime import datetime\n"
        "from nabestaanden.paths import resolve_paths\n"
        "from nabestaanden.store import keys\n"
        "from nabestaanden.store.opening import open_store\n"
        "paths = resolve_paths(sys.argv[1])\n"
        "paths.ensure()\n"
        "open_store(paths, keys.create_keyring_key(paths), datetime.now()).close()\n"
        "again = open_store(paths, keys.load_keyring_key(paths), datetime.now())\n"
        "again.summaries()\n"
        "again.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cryptography', "
        "'nabestaanden.store.rekeying', 'nabestaanden.store.wrapping'))))\n"
    )
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "NABESTAANDEN_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
