import json
import re
from datetime import date
from pathlib import Path

import pytest

from nabestaanden.domain.exchange import (
    FORMAT_ID,
    FormatError,
    load_dossier_file,
    read_dossier,
    write_dossier,
)
from tests.support.examples import MANDATE, example_document

TODAY = date(2026, 11, 29)


def problems_of(document: object) -> list[str]:
    with pytest.raises(FormatError) as caught:
        read_dossier(document, TODAY)
    return [str(problem) for problem in caught.value.problems]


def test_the_documented_example_reads_and_writes_back_unchanged() -> None:
    document = example_document()
    dossier = read_dossier(document, TODAY)
    assert dossier.deceased.full_name == "Johanna Maria van der Berg"
    assert dossier.deceased.date_of_death == date(2026, 3, 15)
    assert dossier.situation.partner is not None
    assert dossier.situation.partner.relationship == "married"
    assert dossier.contact.iban == "NL91ABNA0417164300"
    document["contact"]["address"]["country"] = "NL"  # the default, written out
    assert write_dossier(dossier) == document


def test_missing_optional_keys_take_their_defaults() -> None:
    dossier = read_dossier({"format": FORMAT_ID, "deceased": {"surname": "Jansen"}}, TODAY)
    assert dossier.deceased.lived_in_netherlands is True
    assert dossier.deceased.address.country == "NL"
    assert dossier.situation.will == "unknown"
    assert dossier.situation.partner is None
    assert dossier.heirs == [] and dossier.tasks == {}


def test_postcode_is_stored_in_postnl_form_whatever_was_typed() -> None:
    document = example_document()
    document["deceased"]["address"]["postcode"] = "3581ab"
    assert read_dossier(document, TODAY).deceased.address.postcode == "3581 AB"


def test_a_foreign_address_keeps_its_own_postcode() -> None:
    document = example_document()
    document["deceased"]["address"] = {
        "street": "Rue Haute",
        "number": "5",
        "postcode": "1000",
        "city": "Bruxelles",
        "country": "BE",
    }
    assert read_dossier(document, TODAY).deceased.address.postcode == "1000"


def test_every_problem_is_reported_with_its_json_path() -> None:
    document = example_document()
    document["deceased"]["bsn"] = "123456789"
    document["situation"]["partner"]["date_of_birth"] = "19-08-1952"
    document["situation"]["partnr"] = None
    document["situation"]["income"] = ["aow", "loterij"]
    document["contact"]["address"]["postcode"] = "12345"
    document["tasks"] = {"ib_aangifte_f": {"status": "klaar"}}
    problems = problems_of(document)
    assert len(problems) == 6
    paths = [problem.split(":")[0] for problem in problems]
    assert set(paths) == {
        "deceased.bsn",
        "situation.partner.date_of_birth",
        "situation.partnr",
        "situation.income[1]",
        "contact.address.postcode",
        "tasks.ib_aangifte_f.status",
    }
    assert any("onbekend veld" in problem for problem in problems)
    assert any("elfproef" in problem for problem in problems)


def test_dates_in_the_future_and_before_birth_are_refused() -> None:
    document = example_document()
    document["deceased"]["date_of_death"] = "2027-01-01"
    assert problems_of(document) == [
        "deceased.date_of_death: De datum van overlijden ligt in de toekomst."
    ]
    document["deceased"]["date_of_death"] = "1949-01-01"
    assert "vóór de geboortedatum" in problems_of(document)[0]


def test_wrong_types_and_versions_are_named() -> None:
    assert problems_of([]) == ["moet een object zijn ({...})"]
    problems = problems_of(
        {"format": "nabestaanden-dossier/9", "deceased": "Jansen", "heirs": {}, "extra": 1}
    )
    assert any(problem.startswith("format: onbekende versie") for problem in problems)
    assert "deceased: moet een object zijn ({...})" in problems
    assert "heirs: moet een lijst zijn ([...])" in problems
    assert "extra: onbekend veld (typfout?)" in problems
    assert problems_of({"format": FORMAT_ID}) == [
        "deceased: ontbreekt; elk dossier hoort bij een overledene"
    ]


def test_task_ids_are_lowercase_words() -> None:
    document = example_document()
    document["tasks"] = {"Aangifte_DOOD": {"status": "done"}, "ib aangifte": {}}
    problems = problems_of(document)
    assert [problem.split(":")[0] for problem in problems] == [
        "tasks.Aangifte_DOOD",
        "tasks.ib aangifte",
    ]


def test_mandates_round_trip() -> None:
    document = example_document()
    document["contact"]["address"]["country"] = "NL"
    document["mandates"] = [MANDATE, {**MANDATE, "holder": {"organisation": "Notaris De Vries"}}]
    dossier = read_dossier(document, TODAY)
    assert [mandate.status for mandate in dossier.mandates] == ["actief", "actief"]
    assert dossier.mandates[0].services[1].rights == ("inzien", "wijzigen")
    assert write_dossier(dossier) == document


def test_mandate_problems_name_their_place() -> None:
    document = example_document()
    document["mandates"] = [
        {**MANDATE, "holder": {"person": "heir:3"}},
        {**MANDATE, "services": []},
        {**MANDATE, "duration": "eenmalig"},
        {**MANDATE, "valid_until": None},
        {**MANDATE, "legal_basis": "volmacht"},
        {**MANDATE, "services": [{**MANDATE["services"][0], "rights": ["alles"]}]},
        {**MANDATE, "services": [{"organisation": "bank", "type": "financien"}]},
        {
            **MANDATE,
            "history": [
                {"status": "ingetrokken", "date": "2026-04-01", "note": ""},
                {"status": "actief", "date": "2026-04-02", "note": ""},
            ],
        },
    ]
    problems = problems_of(document)
    for path in (
        "mandates[0].holder.person:",
        "mandates[1].services:",
        "mandates[2].task:",
        "mandates[3].valid_until:",
        "mandates[4].legal_basis:",
        "mandates[5].services[0].rights[0]:",
        "mandates[6].services[0].rights:",
        "mandates[7].history[1].status:",
    ):
        assert any(problem.startswith(path) for problem in problems), path


def test_a_mandate_from_a_file_is_checked_as_the_window_checks_it() -> None:
    document = example_document()  # died 15 March 2026; read on 29 November 2026
    without_duration = {key: value for key, value in MANDATE.items() if key != "duration"}
    history = MANDATE["history"]
    document["mandates"] = [
        without_duration,
        {**MANDATE, "history": [history[0], {**history[1], "date": "2030-01-01"}]},
        {**MANDATE, "history": [{**history[0], "date": "2026-03-01"}]},
        {**MANDATE, "services": [MANDATE["services"][0], MANDATE["services"][0]]},
        {**MANDATE, "valid_from": "2027-01-01"},  # after valid_until
    ]
    problems = problems_of(document)
    expected = {
        "mandates[0].duration: ontbreekt; kies uit": "the most permissive default is not assumed",
        "mandates[1].history[1].date: ligt in de toekomst": "a status cannot be dated later",
        "mandates[2].history[0].date: ligt vóór de datum van overlijden": "no mandate before",
        "mandates[3].services[1]: staat er al": "one organisation once",
        "mandates[4].valid_until: ligt vóór valid_from; geef een latere datum": "how to fix",
    }
    for start, why in expected.items():
        assert any(problem.startswith(start) for problem in problems), why


def test_heirs_and_task_progress_round_trip() -> None:
    document = example_document()
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "IJzerman",
            "relation": "child",
            "address": None,
        }
    ]
    document["tasks"] = {
        "aangifte_overlijden": {
            "status": "done",
            "note": "via uitvaart",
            "done_on": "2026-03-16",
            "started_on": "2026-03-15",
        }
    }
    document["contact"]["address"]["country"] = "NL"
    assert write_dossier(read_dossier(document, TODAY)) == document


def test_files_with_broken_json_or_encoding_get_one_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "nabestaanden-dossier/1",\n "deceased": {,}}', encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        load_dossier_file(broken, TODAY)
    assert "geen geldige JSON: regel 2" in str(caught.value)
    binary = tmp_path / "plaatje.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0")
    with pytest.raises(FormatError, match="UTF-8"):
        load_dossier_file(binary, TODAY)
    with pytest.raises(FormatError, match="kan niet worden gelezen"):
        load_dossier_file(tmp_path / "bestaat-niet.json", TODAY)


def test_a_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    file = tmp_path / "met-bom.json"
    file.write_text(json.dumps(example_document()), encoding="utf-8-sig")
    assert load_dossier_file(file, TODAY).deceased.surname == "Berg"


def test_the_example_in_the_documentation_is_the_one_the_tests_use() -> None:
    text = (Path(__file__).parents[2] / "docs" / "dossier-format.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert block is not None
    assert json.loads(block.group(1)) == example_document()


def test_organisation_details_are_checked_with_their_path() -> None:
    document = example_document()
    document["organisations"] = [
        {"department": "Nabestaanden"},
        {"organisation": "bank", "address": {"postcode": "12345", "city": "Utrecht"}},
        {"name": "Sportschool", "website": "x"},
    ]
    found = problems_of(document)
    assert any(p.startswith("organisations[0]: vul 'organisation'") for p in found)
    assert any(p.startswith("organisations[1].address.postcode") for p in found)
    assert any(p.startswith("organisations[2].website") for p in found)


def test_the_new_situation_answers_read_and_write_back() -> None:
    document = example_document()
    document["situation"].update(
        {"no_other_legal_parent": True, "toeslagen_herstel": True, "car": False}
    )
    document["situation"]["income"].append("anw")
    dossier = read_dossier(document, TODAY)
    assert dossier.situation.no_other_legal_parent
    assert dossier.situation.toeslagen_herstel
    assert "anw" in dossier.situation.income
    assert not dossier.situation.car and "car" not in dossier.situation.unknown
    assert write_dossier(dossier)["situation"] == document["situation"]


def test_a_file_from_before_the_car_question_leaves_the_car_unknown() -> None:
    document = example_document()
    del document["situation"]["car"]
    situation = read_dossier(document, TODAY).situation
    assert "car" in situation.unknown
    assert not situation.car
