"""Dossiers in and out: the exchange file, the calendar, the mandate PDFs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, exports
from nabestaanden.operations.work import ActionRefused
from nabestaanden.resources import default_letters
from nabestaanden.store.opening import OpenStore
from tests.support.examples import bank_mandate, example_document
from tests.support.pdf import read_pdf
from tests.support.stores import TODAY


def test_an_exported_dossier_reads_back_as_it_was_entered(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    file = tmp_path / "dossier.json"
    exports.export_dossier(store, example, file, TODAY)
    document = json.loads(file.read_text(encoding="utf-8"))
    assert document["deceased"] == example_document()["deceased"]
    again = exports.import_dossier(store, catalogue, exports.read_file(file, TODAY, "")).value
    assert again != example and len(store.summaries()) == 2


def test_a_broken_file_names_each_problem_and_stores_nothing(
    store: OpenStore, tmp_path: Path
) -> None:
    document = example_document()
    document["deceased"]["date_of_death"] = "15-03-2026"
    document["situation"]["housing"] = "kasteel"
    file = tmp_path / "fout.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ActionRefused) as refused:
        exports.read_file(file, TODAY, "Er is niets opgeslagen.")
    assert "2 fouten" in str(refused.value)
    assert [problem.split(":")[0] for problem in refused.value.problems] == [
        "deceased.date_of_death",
        "situation.housing",
    ]
    assert store.summaries() == []


def test_the_calendar_and_the_mandate_pdfs_are_written(
    store: OpenStore, catalogue: Catalogue, example: int, tmp_path: Path
) -> None:
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    count = exports.write_calendar(state.plan, state.calendar_label, state.uuid, tmp_path / "t.ics")
    text = (tmp_path / "t.ics").read_text(encoding="utf-8")
    assert count > 0 and text.count("BEGIN:VEVENT") == count
    exports.write_mandate_pdf(state.plan, None, tmp_path / "machtigingen.pdf")
    mandate = bank_mandate(TODAY, "geen_einddatum", holder="contact", basis="boedelvolmacht")
    exports.write_mandate_pdf(state.plan, mandate, tmp_path / "volmacht.pdf")
    assert "volmacht" in read_pdf((tmp_path / "volmacht.pdf").read_bytes()).text.lower()
