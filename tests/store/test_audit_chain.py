"""The audit trail as a hash chain: an entry edited, taken out or cut off shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from nabestaanden.operations.integrity import verify_audit
from nabestaanden.paths import AppPaths
from nabestaanden.store import connection, keys, persons
from nabestaanden.store.opening import OpenStore, open_store
from tests.support.stores import NOW, import_example, open_new


@pytest.fixture
def store(paths: AppPaths) -> OpenStore:
    opened = open_new(paths)
    number = import_example(opened)
    with opened.session() as session:
        for surname in ("Berg-de Vries", "de Vries", "Berg"):
            persons.set_person_field(session, number, "contact", "surname", surname, NOW)
        session.commit()
    return opened


def entry_ids_of(raw: object) -> list[int]:
    rows = raw.execute("SELECT id FROM audit_entry ORDER BY id")  # type: ignore[attr-defined]
    return [row[0] for row in rows]


def entry_ids(store: OpenStore) -> list[int]:
    return entry_ids_of(store.raw)


def problems(store: OpenStore) -> list[str]:
    [report] = verify_audit(store)
    return [problem.problem for problem in report.breaks]


def test_an_untouched_trail_holds(store: OpenStore) -> None:
    [report] = verify_audit(store)
    assert report.intact and report.entries == len(entry_ids(store)) >= 4


def test_an_entry_changed_by_hand_is_named(store: OpenStore) -> None:
    second = entry_ids(store)[1]
    store.raw.execute("UPDATE audit_entry SET new_value = 'Jansen' WHERE id = ?", (second,))
    assert problems(store) == ["vermelding 2 is achteraf veranderd"]


def test_an_entry_taken_out_is_found_where_it_was(store: OpenStore) -> None:
    third = entry_ids(store)[2]
    store.raw.execute("DELETE FROM audit_entry WHERE id = ?", (third,))
    assert problems(store) == [
        "vóór vermelding 3 ontbreekt een vermelding of is er een tussengevoegd"
    ]


def test_the_newest_entries_cut_off_are_found(store: OpenStore) -> None:
    last = entry_ids(store)[-1]
    count = len(entry_ids(store))
    store.raw.execute("DELETE FROM audit_entry WHERE id = ?", (last,))
    assert problems(store) == [f"na vermelding {count - 1} ontbreken een of meer vermeldingen"]


def test_a_trail_from_before_the_chain_is_chained_by_the_migration(
    paths: AppPaths, store: OpenStore
) -> None:
    from alembic import command

    from nabestaanden.store.migrate import alembic_config
    from nabestaanden.store.session import make_engine

    count = len(entry_ids(store))
    store.close()
    engine = make_engine(paths.database, keys.load_keyring_key(paths))
    with engine.begin() as migrating:
        command.downgrade(alembic_config(migrating), "0004")  # as an older app left it
    engine.dispose()
    older = connection.connect(paths.database, keys.load_keyring_key(paths))
    try:
        columns = {row[1] for row in older.execute("PRAGMA table_info(audit_entry)")}
        assert "hash" not in columns and len(entry_ids_of(older)) == count
    finally:
        older.close()
    reopened = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        assert reopened.backup is not None  # migrated, after a backup
        [report] = verify_audit(reopened)
        assert report.intact and report.entries == count
        hashes = [row[0] for row in reopened.raw.execute("SELECT hash FROM audit_entry")]
        assert all(len(value) == 64 for value in hashes)
    finally:
        reopened.close()


def test_verify_on_the_command_line_names_the_entry(paths: AppPaths, store: OpenStore) -> None:
    import io

    from nabestaanden.cli import main

    store.raw.execute("UPDATE audit_entry SET action = 'x' WHERE id = ?", (entry_ids(store)[0],))
    store.close()
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(paths.data_dir), "verify"], out=out, err=err) == 1
    assert "vermelding 1 is achteraf veranderd" in out.getvalue()
    assert Path(paths.database).exists()


def test_each_entry_names_who_made_it_and_the_chain_covers_the_name(store: OpenStore) -> None:
    import getpass

    rows = store.raw.execute("SELECT DISTINCT actor FROM audit_entry").fetchall()
    assert rows == [(getpass.getuser(),)]  # at home: the computer's user
    assert problems(store) == []
    store.raw.execute("UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 2")
    assert problems(store) == ["vermelding 2 is achteraf veranderd"]


def test_entries_without_a_name_as_written_before_0007_still_hold(store: OpenStore) -> None:
    from nabestaanden.store.audit import ACTOR

    with store.session() as session:
        session.info[ACTOR] = ""  # as every entry was before migration 0007
        persons.set_person_field(session, 1, "contact", "surname", "Jansen", NOW)
        session.commit()
    actors = [row[0] for row in store.raw.execute("SELECT actor FROM audit_entry ORDER BY id")]
    assert actors[-1] == "" and actors[0] != ""
    assert problems(store) == []
