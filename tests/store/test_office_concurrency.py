"""Several people at the office at once: two processes saving the same task's note,
and many changes to one dossier at the same moment keeping its audit trail whole."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import dossiers, exports, integrity, progress
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.store import office
from nabestaanden.store.conflicts import Seen
from tests.support.examples import example_document
from tests.support.postgres import Cluster

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 7, 10, 0)
TASK = "banken_melden"


def imported(url: str) -> int:
    store = office.open_office(office.parse_database_url(url), None, NOW)
    try:
        data = read_dossier(example_document(), NOW.date())
        return exports.import_dossier(store, default_catalogue(), data).value
    finally:
        store.close()


def client(url: str, dossier_id: int, note: str) -> subprocess.Popen[str]:
    started = subprocess.Popen(
        [sys.executable, "-m", "tests.support.office_client", url, str(dossier_id), TASK, note],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert started.stdout is not None
    assert started.stdout.readline().strip() == "read", started.stderr
    return started


def answer(process: subprocess.Popen[str]) -> dict[str, object]:
    out, err = process.communicate("save\n", timeout=60)
    assert process.returncode == 0, err
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def stored_note(url: str, dossier_id: int) -> str:
    store = office.open_office(office.parse_database_url(url), None, NOW)
    try:
        state = dossiers.open_dossier(
            store, dossier_id, default_catalogue(), default_letters(), date.today()
        )
        return state.data.tasks[TASK].note
    finally:
        store.close()


def test_two_processes_saving_the_same_note_one_after_the_other(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    dossier_id = imported(url)
    anna = client(url, dossier_id, "Anna belde de ING")
    bert = client(url, dossier_id, "Bert stuurde de brief")
    assert answer(anna) == {"saved": True}
    conflict = answer(bert)
    # Both versions reach Bert, with who made the other one.
    assert (conflict["mine"], conflict["theirs"]) == ("Bert stuurde de brief", "Anna belde de ING")
    assert conflict["by"] == "nabestaanden_test"
    assert "notitie" in str(conflict["message"])
    assert stored_note(url, dossier_id) == "Anna belde de ING"  # Bert's save wrote nothing

    # Bert merges the two, as the conflict dialog offers: nothing is lost.
    store = office.open_office(office.parse_database_url(url), None, NOW)
    try:
        merged = "Anna belde de ING\nBert stuurde de brief"
        seen = Seen(int(str(conflict["version"])), (("note", conflict["theirs"]),))
        progress.set_task_progress(
            store, default_catalogue(), dossier_id, TASK, note=merged, seen=seen
        )
        [report] = integrity.verify_audit(store)
    finally:
        store.close()
    assert stored_note(url, dossier_id) == merged
    assert report.intact


def test_two_processes_saving_at_the_same_moment_lose_nothing_silently(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    dossier_id = imported(url)
    for round_number in range(3):
        notes = [f"Anna {round_number}", f"Bert {round_number}"]
        processes = [client(url, dossier_id, note) for note in notes]
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("save\n")
            process.stdin.flush()
        results = [answer_after_go(process) for process in processes]
        saved = [
            note for note, result in zip(notes, results, strict=True) if result == {"saved": True}
        ]
        others = [result for result in results if result != {"saved": True}]
        # One wins; the other is told (a conflict with both versions, or "at once").
        assert len(saved) == 1 and len(others) == 1, results
        assert "at_once" in others[0] or others[0]["theirs"] == saved[0]
        assert stored_note(url, dossier_id) == saved[0]


def answer_after_go(process: subprocess.Popen[str]) -> dict[str, object]:
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def test_changes_to_one_dossier_at_the_same_moment_keep_its_trail_whole(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    """Without the row lock on the dossier both would chain to the same newest entry."""
    url = postgres_cluster.socket_url(postgres_database)
    dossier_id = imported(url)
    store = office.open_office(office.parse_database_url(url), None, NOW)
    catalogue = default_catalogue()
    tasks = ["banken_melden", "aow_controleren", "zorgverzekering_controleren"]
    failures: list[BaseException] = []
    start = threading.Barrier(len(tasks))

    def work(task_id: str) -> None:
        try:
            start.wait()
            for number in range(12):
                progress.set_task_progress(
                    store, catalogue, dossier_id, task_id, note=f"{task_id} {number}"
                )
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work, args=(task_id,)) for task_id in tasks]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        [report] = integrity.verify_audit(store)
    finally:
        store.close()
    assert failures == []
    assert report.intact, report.breaks
    assert report.entries >= len(tasks) * 12


def test_a_save_that_waits_for_a_colleague_sees_what_the_colleague_added(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    """The save waits for the colleague's lock on the dossier, then reads the task: it
    finds the note the colleague wrote meanwhile and shows both, rather than missing it
    (and failing on a second row for the same task)."""
    from nabestaanden.store import dossiers as dossier_store
    from nabestaanden.store import tasks
    from nabestaanden.store.conflicts import EditConflict

    url = postgres_cluster.socket_url(postgres_database)
    dossier_id = imported(url)
    catalogue, letters = default_catalogue(), default_letters()
    mine = office.open_office(office.parse_database_url(url), None, NOW)
    colleague = office.open_office(office.parse_database_url(url), None, NOW)
    task = "huurwoning"
    outcome: list[BaseException | None] = []
    try:
        shown = dossiers.open_dossier(mine, dossier_id, catalogue, letters, NOW.date())
        assert shown.data.tasks.get(task) is None or not shown.data.tasks[task].note
        with colleague.session() as session:
            dossier_store.get_dossier_to_change(session, dossier_id)  # holds the lock
            tasks.set_task_progress(session, dossier_id, task, NOW, note="Verhuurder gebeld")
            session.flush()

            def save() -> None:
                try:
                    progress.set_task_progress(
                        mine,
                        catalogue,
                        dossier_id,
                        task,
                        note="Mijn notitie",
                        seen=shown.seen_task(task),
                    )
                    outcome.append(None)
                except BaseException as error:
                    outcome.append(error)

            waiting = threading.Thread(target=save)
            waiting.start()
            for _ in range(200):  # until the save waits for the lock
                if postgres_cluster.query(
                    "SELECT count(*) FROM pg_locks WHERE NOT granted", postgres_database
                ) == [(1,)]:
                    break
                waiting.join(0.05)
            else:
                raise AssertionError("the save did not wait for the colleague's lock")
            session.commit()
        waiting.join(60)
    finally:
        mine.close()
        colleague.close()
    [error] = outcome
    assert isinstance(error, EditConflict), error
    assert (error.mine, error.theirs) == ("Mijn notitie", "Verhuurder gebeld")
