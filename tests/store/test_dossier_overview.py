"""Intake answers, the intake step and the next deadline kept for the dossier list."""

from __future__ import annotations

from dataclasses import replace

from nabestaanden.domain.dossier import Partner
from nabestaanden.domain.plan import build_plan
from nabestaanden.resources import default_catalogue
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mapping
from nabestaanden.store import tasks as task_store
from tests.support.engines import Engine
from tests.support.stores import NOW, import_example


def test_intake_answers_are_stored_with_an_audit_entry_per_changed_answer(
    engine: Engine,
) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    try:
        with store.session() as session:
            dossier = dossier_store.get_dossier(session, dossier_id)
            situation = mapping.to_domain(dossier).situation
            changed = replace(
                situation,
                partner=Partner("cohabiting"),
                unknown=["income"],
            )
            assert dossier_store.set_situation(session, dossier_id, changed, NOW)
            assert not dossier_store.set_situation(session, dossier_id, changed, NOW)
            dossier_store.set_intake_step(session, dossier_id, "wonen", NOW)
            session.commit()
        with store.session() as session:
            dossier = dossier_store.get_dossier(session, dossier_id)
            stored = mapping.to_domain(dossier).situation
            assert stored == changed
            fields = {entry.field for entry in dossier.audit if entry.entity == "situation"}
            assert fields == {"partner", "unknown"}
        [summary] = store.summaries()
        assert summary.intake_step == "wonen"
    finally:
        store.close()


def test_the_list_knows_the_earliest_open_deadline_and_follows_progress(
    engine: Engine,
) -> None:
    store = engine.open()
    dossier_id = import_example(store)
    catalogue = default_catalogue()
    try:
        with store.session() as session:
            dossier_store.update_next_deadline(session, dossier_id, catalogue)
            session.commit()
            data = mapping.to_domain(dossier_store.get_dossier(session, dossier_id))
        plan = build_plan(data, catalogue, NOW.date())
        dated = [
            item
            for item in plan.items
            if item.deadline.kind == "date" and item.deadline.day and not item.finished
        ]
        first = min(dated, key=lambda item: item.deadline.day or NOW.date())
        [summary] = store.summaries()
        assert summary.next_deadline == first.deadline.day
        assert summary.next_deadline_task == first.id

        with store.session() as session:
            for item in dated:
                if item.deadline.day == first.deadline.day:
                    task_store.set_task_progress(session, dossier_id, item.id, NOW, "done")
            dossier_store.update_next_deadline(session, dossier_id, catalogue)
            session.commit()
        [summary] = store.summaries()
        later = [item.deadline.day for item in dated if item.deadline.day != first.deadline.day]
        assert summary.next_deadline == (min(d for d in later if d) if later else None)
    finally:
        store.close()
