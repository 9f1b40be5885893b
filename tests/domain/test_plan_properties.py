"""Properties of the plan over random valid situations (hypothesis)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from nabestaanden.domain.dossier import (
    ALLOWANCES,
    FINISHED_STATUSES,
    HOUSING,
    INCOME_SOURCES,
    RELATIONSHIPS,
    TASK_STATUSES,
    UNKNOWABLE,
    YES_NO_UNKNOWN,
)
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import build_plan
from nabestaanden.domain.plan_output import plan_to_json
from nabestaanden.domain.rules import SituationFacts
from nabestaanden.resources import default_catalogue, resource_dir

CATALOGUE = default_catalogue()
SCHEMA = json.loads((resource_dir() / "schemas" / "plan.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
TODAY = date(2026, 11, 29)
FUNDS = ("abp", "pfzw", "pmt", "pme", "bpfbouw", "Pensioenfonds Vervoer")


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    died = draw(st.dates(date(2023, 1, 1), TODAY))
    born = died - timedelta(days=draw(st.integers(18 * 365, 100 * 365)))
    maybe_date = st.one_of(st.none(), st.dates(date(1935, 1, 1), died))
    partner = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {
                    "relationship": st.sampled_from(RELATIONSHIPS),
                    "date_of_birth": maybe_date.map(iso),
                    "incapacity_45": st.booleans(),
                }
            ),
        )
    )
    children = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "date_of_birth": st.one_of(st.none(), st.dates(born, died)).map(iso),
                    "studying": st.booleans(),
                }
            ),
            max_size=4,
        )
    )
    subset = lambda options: st.lists(st.sampled_from(options), unique=True)  # noqa: E731
    tasks = draw(
        st.dictionaries(
            st.sampled_from([*CATALOGUE.tasks, "vervallen_taak"]),
            st.fixed_dictionaries({"status": st.sampled_from(TASK_STATUSES)}),
        )
    )
    return {
        "format": "nabestaanden-dossier/1",
        "deceased": {
            "first_names": "Zoë",
            "surname": "IJzerman",
            "date_of_birth": born.isoformat(),
            "date_of_death": died.isoformat(),
            "lived_in_netherlands": draw(st.booleans()),
        },
        "situation": {
            "will": draw(st.sampled_from(YES_NO_UNKNOWN)),
            "partner": partner,
            "children": children,
            "other_parent_deceased": draw(st.booleans()),
            "income": draw(subset(INCOME_SOURCES)),
            "pension_funds": draw(subset(FUNDS)),
            "allowances": draw(subset(ALLOWANCES)),
            "allowance_holder": draw(st.sampled_from(("deceased", "partner", None))),
            "housing": draw(st.sampled_from((*HOUSING, None))),
            "study_debt": draw(st.booleans()),
            "estate_above_exemption": draw(st.sampled_from(YES_NO_UNKNOWN)),
            "unknown": draw(subset(UNKNOWABLE)),
        },
        "tasks": tasks,
    }


@settings(max_examples=150, deadline=None)
@given(documents(), st.dates(date(2023, 1, 1), date(2032, 1, 1)))
def test_the_plan_holds_together_for_any_valid_situation(
    document: dict[str, Any], today: date
) -> None:
    data = read_dossier(document, TODAY)
    plan = build_plan(data, CATALOGUE, max(today, data.deceased.date_of_death or today))
    died = data.deceased.date_of_death
    assert died is not None
    listed = {item.id for item in plan.items}
    facts = SituationFacts(data, CATALOGUE.aow_table)
    for item in plan.items:
        # Deadlines never precede the date of death.
        if item.deadline.day is not None:
            assert item.deadline.day >= died, item.id
        if item.available_from is not None:
            assert item.available_from >= died
        # Every prerequisite is listed, or does not apply, or is finished.
        conditional = [
            other.task
            for other in item.task.depends_on_if
            if other.when.evaluate(facts).value is not False
        ]
        for prerequisite in (*item.task.depends_on, *conditional):
            progress = data.tasks.get(prerequisite)
            satisfied = progress is not None and progress.status in FINISHED_STATUSES
            applies = CATALOGUE.tasks[prerequisite].applies_when.evaluate(facts).value
            assert prerequisite in listed or applies is False or satisfied
        # Overdue (a deadline) or follow up (an expected letter) means past the date
        # and not finished; never both.
        if item.overdue or item.follow_up:
            assert item.deadline.day is not None and item.deadline.day < plan.today
            assert not item.finished
        assert not (item.overdue and item.follow_up)
    position = {item.id: index for index, item in enumerate(plan.items)}
    for item in plan.items:
        for prerequisite in item.depends_on:
            assert position[prerequisite] < position[item.id]
    for step in plan.next_steps():
        assert not step.finished
    document_out = plan_to_json(plan)
    errors = [error.message for error in VALIDATOR.iter_errors(document_out)]
    assert errors == []
