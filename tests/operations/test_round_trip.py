"""The exchange file loses nothing: export, import into a new folder, export again gives
the same bytes, for the documented example and every scenario file, with a register of
letters (sent, answered, edited), task notes, a mandate and the dossier's own name added
through the operations, as a family would."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import dossiers, exports, letters, mandates, progress
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import letters as letter_store
from tests.support.examples import bank_mandate, example_document
from tests.support.stores import open_new

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
DOCUMENTS = ["voorbeeld", *sorted(path.stem for path in SCENARIOS.glob("*.json"))]
TODAY = date.today()


def document_named(name: str) -> dict[str, object]:
    if name == "voorbeeld":
        return example_document()
    loaded: dict[str, object] = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))
    return loaded


def fill_in_as_a_family_would(store_paths: AppPaths, tmp_path: Path, name: str) -> Path:
    """Import the document, then add what the window adds; return the exported file."""
    catalogue = default_catalogue()
    store = open_new(store_paths)
    data = read_dossier(document_named(name), TODAY)
    number = exports.import_dossier(store, catalogue, data).value
    dossiers.rename_dossier(store, number, f"Dossier {name} — tante Ilse")
    progress.set_task_progress(
        store,
        catalogue,
        number,
        "banken_melden",
        status="in_progress",
        note="Gebeld met de bank.\nZe sturen een formulier & een envelop.",
    )
    died = data.deceased.date_of_death or TODAY - timedelta(days=30)
    mandates.save_mandate(store, catalogue, number, bank_mandate(died, note="via notaris"))
    letters.write_all_letters(
        store, catalogue, default_letters(), number, tmp_path / f"brieven-{name}", TODAY
    )
    with store.session() as session:
        register = [row.id for row in dossier_store.get_dossier(session, number).letters]
    if register:
        letters.mark_sent(store, catalogue, number, register[0], TODAY)
        letters.mark_answered(store, catalogue, number, register[0], TODAY)
    if len(register) > 1:
        letters.set_letter_body(
            store, catalogue, number, register[1], "Geachte heer,\n\nZie bijlage <b>1</b>."
        )
    exported = tmp_path / f"{name}-1.json"
    exports.export_dossier(store, number, exported, TODAY)
    store.close()
    return exported


@pytest.mark.parametrize("name", DOCUMENTS)
def test_export_import_export_gives_the_same_bytes(tmp_path: Path, name: str) -> None:
    first = fill_in_as_a_family_would(AppPaths(tmp_path / "eerste"), tmp_path, name)
    written = json.loads(first.read_text("utf-8"))
    assert written["format"] == "nabestaanden-dossier/2"
    assert written["title"].endswith("tante Ilse")
    assert written["tasks"]["banken_melden"]["note"].startswith("Gebeld met de bank.")
    assert written["tasks"]["banken_melden"]["started_on"] is not None
    assert any(mandate["note"] == "via notaris" for mandate in written["mandates"])

    other = AppPaths(tmp_path / "tweede")
    store = open_new(other)
    data = exports.read_file(first, TODAY, "Er is niets opgeslagen.")
    number = exports.import_dossier(store, default_catalogue(), data).value
    again = tmp_path / f"{name}-2.json"
    exports.export_dossier(store, number, again, TODAY)
    with store.session() as session:
        register = letter_store.letter_records(dossier_store.get_dossier(session, number))
    store.close()
    assert again.read_bytes() == first.read_bytes()
    assert len(register) == len(written["letters"])


def test_the_register_keeps_each_letter_as_printed_with_its_dates(tmp_path: Path) -> None:
    first = fill_in_as_a_family_would(AppPaths(tmp_path / "eerste"), tmp_path, "voorbeeld")
    written = json.loads(first.read_text("utf-8"))
    assert written["letters"], "the example's plan calls for letters"
    answered = written["letters"][0]
    assert answered["status"] == "answered"
    assert answered["sent_on"] == answered["answer_received_on"] == TODAY.isoformat()
    assert answered["content"]["our_reference"]  # the kenmerk printed on it
    if len(written["letters"]) > 1:
        edited = written["letters"][1]
        assert edited["status"] == "drafted"
        assert edited["content"]["paragraphs"][-1] == "Zie bijlage <b>1</b>."
