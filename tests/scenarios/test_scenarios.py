"""Worked situations: an exchange-format dossier in, the expected plan written by hand.

Each ``NN_name.json`` is a dossier (it also works with ``nabestaanden plan``); its
``NN_name.expected.toml`` holds the tasks and deadlines worked out by hand from the
rules, with the computation in comments. The engine must reproduce them exactly.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue
from tests.support.engines import Engine

HERE = Path(__file__).parent
EXPECTATIONS = sorted(HERE.glob("*.expected.toml"))


def load(expected_file: Path) -> tuple[Plan, dict[str, Any]]:
    expected = tomllib.loads(expected_file.read_text(encoding="utf-8"))
    dossier_file = expected_file.with_name(expected_file.name.replace(".expected.toml", ".json"))
    document = json.loads(dossier_file.read_text(encoding="utf-8"))
    today: date = expected["today"]
    return build_plan(read_dossier(document, today), default_catalogue(), today), expected


def test_there_are_at_least_twelve_worked_situations() -> None:
    assert len(EXPECTATIONS) >= 12


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda path: path.name.split(".")[0])
def test_the_plan_has_exactly_the_expected_tasks_and_deadlines(expected_file: Path) -> None:
    plan, expected = load(expected_file)
    actual = {
        item.id: item.deadline.day if item.deadline.day is not None else item.deadline.kind
        for item in plan.items
    }
    assert actual == expected["deadlines"]


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda path: path.name.split(".")[0])
def test_undecided_and_overdue_tasks_are_the_expected_ones(expected_file: Path) -> None:
    plan, expected = load(expected_file)
    undecided = sorted(item.id for item in plan.items if item.open_questions)
    assert undecided == sorted(expected["undecided"])
    assert sorted(item.id for item in plan.overdue()) == sorted(expected["overdue"])


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda path: path.name.split(".")[0])
def test_what_is_passed_on_automatically(expected_file: Path) -> None:
    plan, expected = load(expected_file)
    automatic = [item.id for item in plan.items if item.informed_automatically]
    if expected["nothing_automatic"]:
        assert automatic == []
        assert plan.informed_automatically() == []
    else:
        assert automatic
        assert any(org.id == "belastingdienst" for org in plan.informed_automatically())


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda path: path.name.split(".")[0])
def test_the_dossier_stored_and_read_back_gives_the_same_plan(
    expected_file: Path, engine: Engine
) -> None:
    """On both engines: imported as the user imports it, opened as the window opens it."""
    from nabestaanden.operations import dossiers, exports
    from nabestaanden.resources import default_letters

    expected_plan, expected = load(expected_file)
    dossier_file = expected_file.with_name(expected_file.name.replace(".expected.toml", ".json"))
    document = json.loads(dossier_file.read_text(encoding="utf-8"))
    today: date = expected["today"]
    store = engine.open()
    catalogue = default_catalogue()
    dossier_id = exports.import_dossier(store, catalogue, read_dossier(document, today)).value
    state = dossiers.open_dossier(store, dossier_id, catalogue, default_letters(), today)

    def seen(plan: Plan) -> tuple[object, ...]:
        return (
            {item.id: item.deadline.day or item.deadline.kind for item in plan.items},
            sorted(item.id for item in plan.items if item.open_questions),
            sorted(item.id for item in plan.overdue()),
            [item.id for item in plan.items if item.informed_automatically],
            {item.id: item.progress for item in plan.items},
        )

    assert seen(state.plan) == seen(expected_plan)
    assert seen(state.plan)[0] == expected["deadlines"]


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda path: path.name.split(".")[0])
def test_the_deadlines_do_not_depend_on_mandates_organisations_or_letters(
    expected_file: Path,
) -> None:
    """What the store's next deadline leaves out (mapping.for_deadlines) changes none."""
    from dataclasses import replace

    from nabestaanden.domain.mandates import Holder, grant

    plan, expected = load(expected_file)
    dossier_file = expected_file.with_name(expected_file.name.replace(".expected.toml", ".json"))
    data = read_dossier(json.loads(dossier_file.read_text(encoding="utf-8")), expected["today"])
    busy = replace(
        data,
        mandates=[
            *data.mandates,
            grant(
                Holder(person="contact"),
                "anders",
                [("bank", "financien", "")],
                ["inzien"],
                "geen_einddatum",
                expected["today"],
            ),
        ],
    )
    light = replace(data, mandates=[], organisations=[], letters=[])
    died = data.deceased.date_of_death or expected["today"]

    def deadlines(dossier: object) -> dict[str, object]:
        built = build_plan(dossier, default_catalogue(), died)  # type: ignore[arg-type]
        return {
            item.id: (item.deadline.day, item.deadline.kind, item.finished) for item in built.items
        }

    assert deadlines(light) == deadlines(data) == deadlines(busy)
    assert plan.items  # the scenario has a plan at all
