"""Task progress in the store: keyed by the catalogue's task id, kept through catalogue updates."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

from nabestaanden.domain.catalogue_loading import load_catalogue
from nabestaanden.domain.plan import build_plan
from nabestaanden.resources import default_catalogue, resource_dir
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mapping
from nabestaanden.store import tasks as task_store
from tests.support.engines import Engine
from tests.support.stores import NOW, import_example

LATER = datetime(2026, 12, 3, 9, 30)


def catalogue_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(resource_dir() / "catalogue", folder)
    return folder


def test_status_and_note_are_stored_with_their_history(engine: Engine) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    with store.session() as session:
        assert task_store.set_task_progress(
            session, dossier_id, "banken_melden", NOW, status="in_progress", note="ING gebeld"
        )
        assert task_store.set_task_progress(session, dossier_id, "banken_melden", LATER, "done")
        assert not task_store.set_task_progress(session, dossier_id, "banken_melden", LATER, "done")
        session.commit()
    store.close()

    reopened = engine.reopen(LATER)
    with reopened.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        history = task_store.task_history(session, dossier_id, "banken_melden")
        changes = [(entry.field, entry.old_value, entry.new_value) for entry in history]
    reopened.close()
    progress = data.tasks["banken_melden"]
    assert (progress.status, progress.note, progress.done_on, progress.started_on) == (
        "done",
        "ING gebeld",
        date(2026, 12, 3),
        NOW.date(),  # the day it first left "te doen"
    )
    assert changes == [
        ("status", "todo", "in_progress"),
        ("started_on", None, NOW.date().isoformat()),
        ("note", "", "ING gebeld"),
        ("status", "in_progress", "done"),
        ("done_on", None, "2026-12-03"),
    ]


def test_a_catalogue_update_keeps_progress_and_a_removed_task_is_shown_as_retired(
    engine: Engine, tmp_path: Path
) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    with store.session() as session:
        task_store.set_task_progress(session, dossier_id, "duo_controleren", NOW, "done")
        task_store.set_task_progress(session, dossier_id, "testament_zoeken", NOW, "waiting")
        session.commit()

    # A new catalogue: one task's text changed, one task removed.
    folder = catalogue_copy(tmp_path)
    tasks = folder / "tasks.toml"
    text = tasks.read_text(encoding="utf-8")
    text = text.replace('title = "Nagaan of er een testament is"', 'title = "Zoek het testament"')
    start = text.index("[task.duo_controleren]")
    end = text.index("[task.onderneming_afwikkelen]")
    tasks.write_text(text[:start] + text[end:], encoding="utf-8")
    updated = load_catalogue(folder)

    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        history = task_store.task_history(session, dossier_id, "duo_controleren")
    store.close()
    plan = build_plan(data, updated, date(2026, 12, 1))
    testament = plan.item("testament_zoeken")
    assert testament is not None
    assert (testament.task.title, testament.progress.status) == ("Zoek het testament", "waiting")
    assert [(task.id, task.progress.status) for task in plan.retired] == [
        ("duo_controleren", "done")
    ]
    day = NOW.date().isoformat()
    assert [(entry.field, entry.new_value) for entry in history] == [
        ("status", "done"),
        ("done_on", day),
        ("started_on", day),
    ]
    # With the shipped catalogue the same progress is simply current.
    assert build_plan(data, default_catalogue(), date(2026, 12, 1)).retired == ()


def test_setting_an_untouched_task_to_todo_stores_nothing(engine: Engine) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    with store.session() as session:
        changed = task_store.set_task_progress(session, dossier_id, "huurwoning", NOW, "todo")
        session.commit()
        data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
    store.close()
    assert not changed
    assert "huurwoning" not in data.tasks
