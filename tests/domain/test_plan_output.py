"""The plan as JSON (checked against its schema) and as text for a terminal."""

from __future__ import annotations

import json
from datetime import date

import jsonschema

from nabestaanden.domain.dossier import TaskProgress
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.domain.plan_output import plan_to_json, plan_to_text
from nabestaanden.resources import default_catalogue, resource_dir
from tests.support.examples import example_document

SCHEMA = json.loads((resource_dir() / "schemas" / "plan.schema.json").read_text("utf-8"))


def example_plan(today: date = date(2026, 11, 29)) -> Plan:
    data = read_dossier(example_document(), today)
    data.tasks["akte_uittreksels"] = TaskProgress("done", "Vijf uittreksels gehaald")
    data.tasks["vervallen_taak"] = TaskProgress("in_progress")
    return build_plan(data, default_catalogue(), today)


def test_the_json_plan_validates_against_its_schema() -> None:
    document = plan_to_json(example_plan())
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    first = document["tasks"][0]
    assert {"id", "title", "theme", "organisation", "informed_automatically", "deadline"} <= set(
        first
    )
    assert document["retired"] == [
        {"id": "vervallen_taak", "status": "in_progress", "note": "", "done_on": None}
    ]


def test_the_schema_refuses_a_plan_with_a_wrong_field() -> None:
    document = plan_to_json(example_plan())
    document["tasks"][0]["deadline"] = "1 mei 2027"
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document))
    assert errors


def test_the_text_plan_is_grouped_by_theme_and_marks_overdue_tasks() -> None:
    text = plan_to_text(example_plan())
    headings = ["De eerste dagen", "De erfenis", "Pensioen en uitkeringen", "Belastingen"]
    positions = [text.index(f"\n{heading}\n") for heading in headings]
    assert positions == sorted(positions)
    assert "[!] Kiezen: de erfenis aanvaarden of verwerpen  ** TE LAAT **" in text
    assert "[?] Een contactpersoon doorgeven aan de Belastingdienst  ** NOG NIETS" in text
    assert "[x] Uittreksels van de akte van overlijden vragen" in text
    assert "Overleden op 15 maart 2026. Stand van zaken op 29 november 2026." in text
    assert "Te controleren:" in text
    assert "vervallen_taak: bezig" in text


def test_glossary_marks_do_not_reach_the_output() -> None:
    plan = example_plan()
    assert "[[" not in plan_to_text(plan)
    assert "[[" not in json.dumps(plan_to_json(plan), ensure_ascii=False)
