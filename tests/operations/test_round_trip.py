"""The exchange file loses nothing: export, import into a new folder, export again gives
the same bytes, for the documented example and every scenario file, with a register of
letters (sent, answered, edited), task notes, a mandate and the dossier's own name added
through the operations, as a family would."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import dossiers, exports, letters, mandates, progress
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import letters as letter_store
from nabestaanden.store.base import Store
from nabestaanden.store.office import open_office, parse_database_url
from tests.support.examples import bank_mandate, estate_document, example_document
from tests.support.postgres import Cluster
from tests.support.stores import open_new

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
DOCUMENTS = [
    "voorbeeld",
    "met_nalatenschap",
    *sorted(path.stem for path in SCENARIOS.glob("*.json")),
]
TODAY = date.today()


def document_named(name: str) -> dict[str, object]:
    if name == "voorbeeld":
        return example_document()
    if name == "met_nalatenschap":  # with a grandchild in the place of a child
        document = estate_document()
        document["heirs"].append(
            {
                "first_names": "Eva",
                "surname_prefix": "",
                "surname": "de Vries",
                "relation": "grandchild",
                "address": None,
                "in_place_of": "Daan de Vries",
            }
        )
        return document
    loaded: dict[str, object] = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))
    return loaded


def fill_in_as_a_family_would(store: Store, tmp_path: Path, name: str) -> Path:
    """Import the document, then add what the window adds; return the exported file."""
    catalogue = default_catalogue()
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
    return exported


def again_elsewhere(store: Store, first: Path, tmp_path: Path) -> tuple[Path, int]:
    """Import the exported file into another store and export it again; the new file
    and the number of letters in the new register."""
    data = exports.read_file(first, TODAY, "Er is niets opgeslagen.")
    number = exports.import_dossier(store, default_catalogue(), data).value
    again = tmp_path / f"{first.stem}-2.json"
    exports.export_dossier(store, number, again, TODAY)
    with store.session() as session:
        register = letter_store.letter_records(dossier_store.get_dossier(session, number))
    return again, len(register)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_export_import_export_gives_the_same_bytes(tmp_path: Path, name: str) -> None:
    home = open_new(AppPaths(tmp_path / "eerste"))
    first = fill_in_as_a_family_would(home, tmp_path, name)
    home.close()
    written = json.loads(first.read_text("utf-8"))
    assert written["format"] == "nabestaanden-dossier/2"
    assert written["title"].endswith("tante Ilse")
    assert written["tasks"]["banken_melden"]["note"].startswith("Gebeld met de bank.")
    assert written["tasks"]["banken_melden"]["started_on"] is not None
    assert any(mandate["note"] == "via notaris" for mandate in written["mandates"])

    other = open_new(AppPaths(tmp_path / "tweede"))
    again, letters_there = again_elsewhere(other, first, tmp_path)
    other.close()
    assert again.read_bytes() == first.read_bytes()
    assert letters_there == len(written["letters"])


@pytest.mark.parametrize(
    "name", ["voorbeeld", "met_nalatenschap", "01_weduwe_jong_kind", "14_voortgang"]
)
def test_a_dossier_moves_between_home_and_office_without_a_byte_changed(
    tmp_path: Path, name: str, postgres_cluster: Cluster, postgres_database: str
) -> None:
    """Filled in at home, into the office database and out again; and the reverse."""
    url = parse_database_url(postgres_cluster.socket_url(postgres_database))
    home = open_new(AppPaths(tmp_path / "thuis"))
    office = open_office(url, None, datetime.now())
    try:
        from_home = fill_in_as_a_family_would(home, tmp_path / "a", name)
        at_office, _ = again_elsewhere(office, from_home, tmp_path / "a")
        from_office = fill_in_as_a_family_would(office, tmp_path / "b", name)
        back_home, _ = again_elsewhere(home, from_office, tmp_path / "b")
    finally:
        home.close()
        office.close()
    assert at_office.read_bytes() == from_home.read_bytes()
    assert back_home.read_bytes() == from_office.read_bytes()


def test_the_register_keeps_each_letter_as_printed_with_its_dates(tmp_path: Path) -> None:
    home = open_new(AppPaths(tmp_path / "eerste"))
    first = fill_in_as_a_family_would(home, tmp_path, "voorbeeld")
    home.close()
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


def test_the_estate_is_stored_and_exported_as_it_came(tmp_path: Path) -> None:
    home = open_new(AppPaths(tmp_path / "eerste"))
    first = fill_in_as_a_family_would(home, tmp_path, "met_nalatenschap")
    home.close()
    estate = json.loads(first.read_text("utf-8"))["estate"]
    source = estate_document()["estate"]
    assert [item["value"] for item in estate["items"]] == [
        "1234.56",
        None,
        "325000.00",
        "8450.10",
    ]
    assert [item["kind"] for item in estate["items"]] == [item["kind"] for item in source["items"]]
    assert estate["items"][2]["owned"] == "community"
    assert [document["returned_on"] for document in estate["documents_sent"]] == [
        None,
        "2026-04-02",
    ]
