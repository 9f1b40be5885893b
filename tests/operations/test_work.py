"""The unit of work: all of an action or nothing, the derived deadline kept right, and
the computer's own problems (a full disk, a read-only file) as one typed error."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import event

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, progress
from nabestaanden.operations.work import changing
from nabestaanden.paths import AppPaths
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import errors, keys
from nabestaanden.store.opening import OpenStore


def on_every_connection(store: OpenStore, pragma: str) -> None:
    """Run a PRAGMA on each connection the store's engine hands out from now on."""
    store.session().close()  # the engine exists after the first session
    engine = store._engine
    assert engine is not None

    def checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(pragma)

    event.listen(engine, "checkout", checkout)


def stored_note(store: OpenStore, dossier_id: int, task_id: str) -> str:
    with store.session() as session:
        dossier = dossier_store.get_dossier(session, dossier_id)
        row = next((item for item in dossier.tasks if item.task_id == task_id), None)
        return "" if row is None else row.note


def test_a_failing_action_leaves_nothing_behind(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    with pytest.raises(RuntimeError), changing(store, catalogue) as work:
        dossier_store.rename_dossier(work.session, example, "Half gedaan", work.now)
        raise RuntimeError("stopped halfway")
    assert store.summaries()[0].title == ""


def test_the_next_deadline_follows_a_change_of_the_date_of_death(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    from datetime import date

    before = store.summaries()[0].next_deadline
    assert before is not None
    dossiers.set_person_field(
        store, catalogue, example, "deceased", "date_of_death", date(2026, 5, 15)
    )
    after = store.summaries()[0].next_deadline
    assert after is not None and after > before  # two months later, the deadlines too


@pytest.mark.sqlite_only
def test_a_full_disk_is_one_dutch_message_and_nothing_half_saved(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    with store.session() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    on_every_connection(store, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(errors.DiskFull, match="De schijf is vol") as caught:
        progress.set_task_progress(
            store, catalogue, example, "banken_melden", note="lang verhaal " * 20000
        )
    assert "Maak ruimte vrij" in str(caught.value)
    assert stored_note(store, example, "banken_melden") == ""


@pytest.mark.sqlite_only
def test_a_read_only_file_is_named_and_what_to_do(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    on_every_connection(store, "PRAGMA query_only = ON")
    with pytest.raises(errors.ReadOnlyStore, match="niet veranderen"):
        dossiers.rename_dossier(store, example, "Nieuwe naam")


@pytest.mark.sqlite_only
def test_a_file_held_by_another_program_says_so(
    paths: AppPaths, store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    other = sqlcipher3.connect(str(paths.database), isolation_level=None)
    other.execute(f'PRAGMA key = "{keys.load_keyring_key(paths).secret}"')
    other.execute("BEGIN EXCLUSIVE")
    try:
        on_every_connection(store, "PRAGMA busy_timeout = 50")
        with pytest.raises(errors.DatabaseLocked, match="in gebruik door een ander programma"):
            dossiers.rename_dossier(store, example, "Nieuwe naam")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_bug_is_not_mistaken_for_a_known_problem() -> None:
    assert errors.known_error(ValueError("no such column: titel")) is None
    assert isinstance(
        errors.known_error(sqlcipher3.OperationalError("database or disk is full")),
        errors.DiskFull,
    )
