"""Dossiers in and out: the exchange file, the calendar, the mandate PDFs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers, exports
from nabestaanden.operations.work import ActionRefused
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_letters
from nabestaanden.store.base import Store
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


def test_a_copy_that_would_differ_is_removed_and_the_original_left(
    store: Store, catalogue: Catalogue, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that would lose a part (here: the dossier's own name) is caught by the
    comparison of the exports, before anyone works on a half copy."""
    from nabestaanden.operations import dossiers as dossier_actions
    from nabestaanden.store import dossiers as dossier_store
    from tests.support.stores import import_example, open_new

    home = open_new(AppPaths(paths.data_dir.parent / "thuis"))
    number = import_example(home)
    dossier_actions.rename_dossier(home, number, "Oma Jo")
    original = exports.exchange_document(home, number, TODAY)
    real_import = dossier_store.import_dossier

    def forgetful(*arguments: Any) -> Any:
        row = real_import(*arguments)
        row.title = ""
        return row

    monkeypatch.setattr(dossier_store, "import_dossier", forgetful)
    with pytest.raises(ActionRefused, match="niet gelijk") as refused:
        exports.copy_dossier(home, number, store, catalogue, TODAY)
    assert refused.value.problems == ["title: verschilt"]
    assert store.summaries() == []  # the copy was removed again
    assert exports.exchange_document(home, number, TODAY) == original
    home.close()
