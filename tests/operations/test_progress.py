"""A task's status and note."""

from __future__ import annotations

from datetime import datetime

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, progress
from nabestaanden.resources import default_letters
from nabestaanden.store import tasks
from nabestaanden.store.opening import OpenStore
from tests.support.stores import TODAY


def test_a_finished_task_leaves_the_next_deadline_and_keeps_its_history(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    first = store.summaries()[0]
    assert first.next_deadline is not None
    progress.set_task_progress(store, catalogue, example, first.next_deadline_task, "done")
    after = store.summaries()[0]
    assert after.next_deadline_task != first.next_deadline_task
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.data.tasks[first.next_deadline_task].done_on == datetime.now().date()
    with store.session() as session:
        history = tasks.task_history(session, example, first.next_deadline_task)
    assert (history[0].field, history[0].new_value) == ("status", "done")


def test_a_note_alone_is_kept_and_the_status_left_alone(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    progress.set_task_progress(store, catalogue, example, "banken_melden", "waiting")
    progress.set_task_progress(store, catalogue, example, "banken_melden", note=" belde ING ")
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    saved = state.data.tasks["banken_melden"]
    assert (saved.status, saved.note) == ("waiting", "belde ING")


def test_a_note_on_the_next_deadline_keeps_it_in_the_list_and_marking_it_done_moves_it(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    # A note's save leaves the people unread (the deadline cannot move); the list stays
    # right, and the next status change still moves it.
    first = store.summaries()[0]
    task = first.next_deadline_task
    progress.set_task_progress(store, catalogue, example, task, note="Gebeld, brief volgt")
    noted = store.summaries()[0]
    assert (noted.next_deadline, noted.next_deadline_task) == (first.next_deadline, task)
    progress.set_task_progress(store, catalogue, example, task, "done")
    assert store.summaries()[0].next_deadline_task != task
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert (state.data.tasks[task].status, state.data.tasks[task].note) == (
        "done",
        "Gebeld, brief volgt",
    )
