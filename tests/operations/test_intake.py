"""The answers to the intake questions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nabestaanden.domain import intake_steps
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, intake
from nabestaanden.resources import default_letters
from nabestaanden.store.opening import OpenStore
from tests.support.stores import TODAY


def test_answers_halfway_are_kept_and_finishing_shows_the_plan(
    store: OpenStore, catalogue: Catalogue
) -> None:
    number = dossiers.create_dossier(store).value
    state = dossiers.open_dossier(store, number, catalogue, default_letters(), TODAY)
    answers = {"surname": "Kowalski", "date_of_death": date(2026, 10, 1)}
    halfway = replace(state.data.situation, housing="rent")
    intake.save_intake(store, catalogue, number, answers, halfway, "wonen")
    [row] = store.summaries()
    assert (row.deceased_name, row.intake_step) == ("Kowalski", "wonen")
    assert row.next_deadline is not None  # a date of death: the plan has deadlines
    intake.save_intake(store, catalogue, number, {}, halfway, intake_steps.DONE)
    assert store.summaries()[0].intake_step == intake_steps.DONE


def test_reopened_and_left_halfway_a_finished_intake_stays_finished(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    intake.save_intake(store, catalogue, example, {}, state.data.situation, "partner")
    assert store.summaries()[0].intake_step == intake_steps.DONE
