"""The headless commands: list, import, export, --version, --data-dir, passphrases."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from nabestaanden import __version__
from nabestaanden.cli import main
from nabestaanden.paths import AppPaths
from tests.support.examples import estate_document, example_document
from tests.support.memory_keyring import MemoryKeyring


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_list_and_export_round_trip(tmp_path: Path, paths: AppPaths) -> None:
    source = write_json(tmp_path / "in.json", example_document())
    code, out, err = run("--data-dir", str(paths.data_dir), "import", str(source))
    assert (code, err) == (0, "")
    assert "Dossier 1 (Johanna Maria van der Berg) is ingelezen" in out

    code, out, _ = run("--data-dir", str(paths.data_dir), "list")
    assert code == 0
    assert "Johanna Maria van der Berg" in out and "15-03-2026" in out

    code, out, _ = run("--data-dir", str(paths.data_dir), "list", "--json")
    [row] = json.loads(out)["dossiers"]
    assert row["id"] == 1 and row["date_of_death"] == "2026-03-15"

    target = tmp_path / "uit.json"
    code, out, err = run("--data-dir", str(paths.data_dir), "export", "1", str(target))
    assert (code, err) == (0, "")
    assert "niet versleuteld" in out
    expected = example_document()
    expected["contact"]["address"]["country"] = "NL"
    assert json.loads(target.read_text(encoding="utf-8")) == expected

    code, _, _ = run(
        "--data-dir",
        str(paths.data_dir),
        "export",
        row["uuid"][:8],
        str(tmp_path / "via-code.json"),
    )
    assert code == 0


def test_a_broken_file_is_refused_with_one_message_per_problem_and_nothing_stored(
    tmp_path: Path, paths: AppPaths
) -> None:
    document = example_document()
    document["deceased"]["bsn"] = "123456789"
    document["deceased"]["date_of_death"] = "15-03-2026"
    document["situation"]["housing"] = "kasteel"
    document["contact"]["iban"] = "NL91ABNA0417164301"
    document["onbekend"] = True
    code, out, err = run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "kapot.json", document)),
    )
    assert code == 1 and out == ""
    assert "5 fouten" in err and "Er is niets opgeslagen" in err
    for path in (
        "deceased.bsn:",
        "deceased.date_of_death:",
        "situation.housing:",
        "contact.iban:",
        "onbekend:",
    ):
        assert f"  {path}" in err
    assert not paths.database.exists()


def test_a_broken_file_does_not_touch_an_existing_store(tmp_path: Path, paths: AppPaths) -> None:
    run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "goed.json", example_document())),
    )
    before = paths.database.read_bytes()
    code, _, err = run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "kapot.json", {"format": "x"})),
    )
    assert code == 1 and "format: onbekende versie" in err
    assert paths.database.read_bytes() == before


def test_list_on_an_empty_folder_creates_nothing(paths: AppPaths) -> None:
    code, out, _ = run("--data-dir", str(paths.data_dir), "list")
    assert code == 0 and "nog geen dossiers" in out
    assert not paths.database.exists()


def test_export_of_an_unknown_dossier_names_the_problem(tmp_path: Path, paths: AppPaths) -> None:
    run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "goed.json", example_document())),
    )
    code, _, err = run("--data-dir", str(paths.data_dir), "export", "7", str(tmp_path / "x.json"))
    assert code == 1 and "geen dossier met nummer 7" in err
    assert not (tmp_path / "x.json").exists()


def test_export_refuses_values_that_would_not_read_back(tmp_path: Path, paths: AppPaths) -> None:
    from datetime import datetime

    from nabestaanden.store import dossiers as dossier_store
    from nabestaanden.store import keys
    from nabestaanden.store import persons as person_store
    from nabestaanden.store.opening import open_store

    store = open_store(paths, keys.create_keyring_key(paths), datetime.now())
    with store.session() as session:
        dossier = dossier_store.create_dossier(session, datetime.now())
        person_store.set_person_field(
            session, dossier.id, "deceased", "bsn", "123456789", datetime.now()
        )
        session.commit()
    store.close()
    target = tmp_path / "uit.json"
    code, _, err = run("--data-dir", str(paths.data_dir), "export", "1", str(target))
    assert code == 1 and "deceased.bsn:" in err and "niet geëxporteerd" in err
    assert not target.exists()


def test_without_a_keyring_the_passphrase_comes_from_stdin_or_the_environment(
    tmp_path: Path, paths: AppPaths, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_json(tmp_path / "in.json", example_document())
    code, _, err = run("--data-dir", str(paths.data_dir), "import", str(source), stdin="kort\n")
    assert code == 1 and "minstens 10 tekens" in err
    assert not paths.database.exists()

    code, _, _ = run(
        "--data-dir", str(paths.data_dir), "import", str(source), stdin="een goede wachtwoordzin\n"
    )
    assert code == 0
    code, _, err = run("--data-dir", str(paths.data_dir), "list", stdin="een foute zin\n")
    assert code == 1 and "past niet" in err
    code, _, err = run("--data-dir", str(paths.data_dir), "list")
    assert code == 1 and "NABESTAANDEN_PASSPHRASE" in err
    monkeypatch.setenv("NABESTAANDEN_PASSPHRASE", "een goede wachtwoordzin")
    code, out, _ = run("--data-dir", str(paths.data_dir), "list")
    assert code == 0 and "Johanna Maria van der Berg" in out


def test_a_locked_keyring_on_first_use_takes_the_passphrase_instead(
    tmp_path: Path,
    paths: AppPaths,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory_keyring.locked = True
    source = write_json(tmp_path / "in.json", example_document())
    code, _, err = run("--data-dir", str(paths.data_dir), "import", str(source))
    assert code == 1 and "vergrendeld" in err and "NABESTAANDEN_PASSPHRASE" in err
    assert not paths.database.exists()
    monkeypatch.setenv("NABESTAANDEN_PASSPHRASE", "een goede wachtwoordzin")
    code, _, _ = run("--data-dir", str(paths.data_dir), "import", str(source))
    assert code == 0
    assert json.loads(paths.store_config.read_text())["key_source"] == "passphrase"


def test_a_code_of_digits_only_still_finds_its_dossier(tmp_path: Path, paths: AppPaths) -> None:
    from datetime import datetime

    from nabestaanden.store import keys, models
    from nabestaanden.store.opening import open_store

    run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "in.json", example_document())),
    )
    store = open_store(paths, keys.load_keyring_key(paths), datetime.now())
    with store.session() as session:
        session.get(models.Dossier, 1).uuid = "12345678-aaaa-4bbb-8ccc-123456789012"
        session.commit()
    store.close()
    code, _, err = run(
        "--data-dir", str(paths.data_dir), "export", "12345678", str(tmp_path / "uit.json")
    )
    assert (code, err) == (0, "")


def test_wildcards_in_a_dossier_code_match_nothing(tmp_path: Path, paths: AppPaths) -> None:
    run(
        "--data-dir",
        str(paths.data_dir),
        "import",
        str(write_json(tmp_path / "in.json", example_document())),
    )
    for pattern in ("____", "%%%%"):
        code, _, err = run(
            "--data-dir", str(paths.data_dir), "export", pattern, str(tmp_path / "uit.json")
        )
        assert code == 1 and "geen dossier" in err
    assert not (tmp_path / "uit.json").exists()


def test_the_data_dir_comes_from_the_environment_too(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NABESTAANDEN_DATA_DIR", str(paths.data_dir))
    run("import", str(write_json(tmp_path / "in.json", example_document())))
    assert paths.database.exists()


def test_the_installed_command_runs_as_a_module_and_keeps_files_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    environment = {**os.environ, "NABESTAANDEN_PASSPHRASE": "een goede wachtwoordzin"}
    version = subprocess.run(
        [sys.executable, "-m", "nabestaanden", "--version"],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    assert version.stdout.strip() == f"nabestaanden {__version__}"
    source = write_json(tmp_path / "in.json", example_document())
    result = subprocess.run(
        [sys.executable, "-m", "nabestaanden", "--data-dir", str(data), "import", str(source)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    if os.name == "posix":
        for path in [data, *data.rglob("*")]:
            assert path.stat().st_mode & 0o077 == 0, path


# --- nabestaanden plan ------------------------------------------------------------------


def test_plan_prints_the_checklist_by_theme_with_overdue_tasks_marked(
    tmp_path: Path, paths: AppPaths
) -> None:
    document = example_document()
    document["situation"]["death_reported_by"] = "family"  # not the undertaker
    source = write_json(tmp_path / "dossier.json", document)
    code, out, err = run("plan", str(source), "--today", "2026-04-01")
    assert (code, err) == (0, "")
    assert out.startswith("Plan voor Johanna Maria van der Berg\n")
    assert "De eerste dagen\n===============" in out
    assert "[!] Het overlijden aangeven bij de gemeente  ** TE LAAT **" in out
    assert "uiterlijk 1 mei 2027" in out  # the F-biljet, not yet overdue
    assert not paths.data_dir.exists()  # reading a file needs no store


def test_plan_json_marks_deadlines_past_today_as_overdue(tmp_path: Path) -> None:
    document = example_document()
    document["situation"]["death_reported_by"] = "family"
    source = write_json(tmp_path / "dossier.json", document)
    code, out, _ = run("plan", str(source), "--format", "json", "--today", "2026-04-01")
    assert code == 0
    tasks = {task["id"]: task for task in json.loads(out)["tasks"]}
    assert tasks["aangifte_overlijden"]["deadline"] == "2026-03-23"
    assert tasks["aangifte_overlijden"]["overdue"] is True
    assert tasks["ib_aangifte_f"]["deadline"] == "2027-05-01"
    assert tasks["ib_aangifte_f"]["overdue"] is False
    assert tasks["erfbelasting_aangifte"]["to_verify"] is True

    code, later, _ = run("plan", str(source), "--format", "json", "--today", "2027-05-02")
    assert {task["id"]: task for task in json.loads(later)["tasks"]}["ib_aangifte_f"]["overdue"]


def test_plan_names_every_mistake_in_the_file_and_makes_no_plan(tmp_path: Path) -> None:
    document = example_document()
    document["situation"]["housing"] = "huurhuis"
    document["situation"]["partner"]["date_of_birth"] = "19-08-1952"
    source = write_json(tmp_path / "fout.json", document)
    code, out, err = run("plan", str(source))
    assert (code, out) == (1, "")
    assert "2 fouten. Er is geen plan gemaakt." in err
    assert "situation.housing: onbekende waarde" in err
    assert "situation.partner.date_of_birth: geen datum" in err


def test_plan_refuses_a_date_that_is_not_a_date() -> None:
    with pytest.raises(SystemExit) as stopped:
        run("plan", "dossier.json", "--today", "29-11-2026")
    assert stopped.value.code == 2


def test_plan_refuses_a_today_before_the_date_of_death(tmp_path: Path) -> None:
    source = write_json(tmp_path / "dossier.json", example_document())
    code, out, err = run("plan", str(source), "--today", "2026-03-01")
    assert (code, out) == (1, "")
    assert "--today 2026-03-01 ligt vóór de datum van overlijden (2026-03-15)" in err


def test_letters_writes_what_the_plan_calls_for_and_the_overview(tmp_path: Path) -> None:
    document = example_document()
    document["deceased"]["lived_in_netherlands"] = False
    source = write_json(tmp_path / "dossier.json", document)
    out_dir = tmp_path / "brieven"
    code, out, err = run("letters", str(source), "--out", str(out_dir), "--today", "2026-04-01")
    assert (code, err) == (0, "")
    names = sorted(path.name for path in out_dir.iterdir())
    assert {"overzicht.pdf", "termijnen.pdf", "contacten.pdf"} <= set(names)
    letters = [name for name in names if name[:2].isdigit()]
    assert any("svb-overlijden-melden" in name for name in letters)
    assert any("pensioen-melden-abp" in name for name in letters)
    assert not any(name.endswith(".partial") for name in names)
    for name in names:
        assert str(out_dir / name) in out
    assert f"{len(letters)} brieven en 3 overzichten" in out
    # Letters to an organisation whose address the app does not know say so.
    assert "Vul zelf in: het adres van de organisatie" in out

    everything = run(
        "letters", str(source), "--out", str(tmp_path / "alles"), "--all", "--today", "2026-04-01"
    )
    assert everything[0] == 0
    assert len(list((tmp_path / "alles").iterdir())) > len(names)


def test_letters_from_a_stored_dossier_go_into_its_register(
    tmp_path: Path, paths: AppPaths
) -> None:
    source = write_json(tmp_path / "in.json", example_document())
    assert run("--data-dir", str(paths.data_dir), "import", str(source))[0] == 0
    out_dir = tmp_path / "brieven"
    code, _out, err = run(
        "--data-dir", str(paths.data_dir), "letters", "--dossier", "1", "--out", str(out_dir)
    )
    assert (code, err) == (0, "")
    written = sorted(path for path in out_dir.iterdir() if path.name[:2].isdigit())
    assert written

    from nabestaanden.documents.letter import letter_pdf
    from nabestaanden.store import dossiers as dossier_store
    from nabestaanden.store import keys
    from nabestaanden.store import letters as letter_store
    from nabestaanden.store.opening import open_store

    store = open_store(paths, keys.load_keyring_key(paths), datetime.now())
    try:
        with store.session() as session:
            rows = dossier_store.get_dossier(session, 1).letters
            assert sorted(row.file_name for row in rows) == [path.name for path in written]
            for row in rows:
                content = letter_store.letter_content(row)
                assert content.our_reference == f"1-{row.id}"
                assert letter_pdf(content) == (out_dir / row.file_name).read_bytes()
    finally:
        store.close()


def test_letters_needs_a_file_or_a_dossier_but_not_both(tmp_path: Path) -> None:
    code, _, err = run("letters", "--out", str(tmp_path / "x"))
    assert code == 1 and "BESTAND.json" in err
    source = write_json(tmp_path / "d.json", example_document())
    code, _, err = run("letters", str(source), "--dossier", "1", "--out", str(tmp_path / "x"))
    assert code == 1 and "niet beide" in err
    assert not (tmp_path / "x").exists()


def test_letters_refuses_a_broken_file_and_writes_nothing(tmp_path: Path) -> None:
    document = example_document()
    document["deceased"]["bsn"] = "123"
    source = write_json(tmp_path / "d.json", document)
    code, _, err = run("letters", str(source), "--out", str(tmp_path / "x"))
    assert code == 1
    assert "deceased.bsn" in err and "Er zijn geen brieven gemaakt" in err
    assert not (tmp_path / "x").exists()


def test_letters_for_a_stored_dossier_twice_reprints_the_drafts_instead_of_adding_more(
    tmp_path: Path, paths: AppPaths
) -> None:
    source = write_json(tmp_path / "in.json", example_document())
    assert run("--data-dir", str(paths.data_dir), "import", str(source))[0] == 0
    first, second = tmp_path / "eerste", tmp_path / "tweede"
    for folder in (first, second):
        code, _out, err = run(
            "--data-dir", str(paths.data_dir), "letters", "--dossier", "1", "--out", str(folder)
        )
        assert (code, err) == (0, "")
    letters = sorted(path.name for path in first.iterdir() if path.name[:2].isdigit())
    for name in letters:
        assert (first / name).read_bytes() == (second / name).read_bytes()

    from nabestaanden.store import dossiers as dossier_store
    from nabestaanden.store import keys
    from nabestaanden.store.opening import open_store

    store = open_store(paths, keys.load_keyring_key(paths), datetime.now())
    try:
        with store.session() as session:
            assert len(dossier_store.get_dossier(session, 1).letters) == len(letters)
    finally:
        store.close()
    # The overview of the first run already lists the letters of that run.
    from tests.support.pdf import read_pdf

    overview = " ".join(read_pdf((first / "overzicht.pdf").read_bytes()).text.split())
    assert "Brieven" in overview and "concept" in overview


def test_letters_refuses_an_unknown_organisation_id(tmp_path: Path) -> None:
    document = example_document()
    document["organisations"][0]["organisation"] = "bnak"
    source = write_json(tmp_path / "d.json", document)
    code, _, err = run("letters", str(source), "--out", str(tmp_path / "x"))
    assert code == 1
    assert "organisations[0].organisation: onbekende organisatie 'bnak'" in err
    assert not (tmp_path / "x").exists()


def test_an_address_that_does_not_fit_stops_the_run_before_any_file(tmp_path: Path) -> None:
    document = example_document()
    document["organisations"][0]["address"]["street"] = (
        "Burgemeester van Karnebeek-Schimmelpenninckstraat achter de Grote Kerk"
    )
    source = write_json(tmp_path / "d.json", document)
    out_dir = tmp_path / "x"
    code, _, err = run("letters", str(source), "--out", str(out_dir))
    assert code == 1
    assert "te lang voor het venster" in err and "Karnebeek" in err
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


def test_letters_writes_the_boedelbeschrijving_when_the_estate_has_items(tmp_path: Path) -> None:
    source = write_json(tmp_path / "dossier.json", estate_document())
    out_dir = tmp_path / "brieven"
    code, out, err = run("letters", str(source), "--out", str(out_dir), "--today", "2026-04-01")
    assert (code, err) == (0, "")
    assert (out_dir / "boedelbeschrijving.pdf").is_file()
    assert str(out_dir / "boedelbeschrijving.pdf") in out
    assert "brieven en 4 overzichten" in out


def test_a_command_typed_wrongly_is_answered_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run("export")
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith("gebruik: nabestaanden export")
    assert "nabestaanden export: fout: dit ontbreekt nog: DOSSIER, BESTAND.json" in said
    assert "usage" not in said and "required" not in said
    with pytest.raises(SystemExit):
        run("pln")
    assert "'pln' kan niet; kies uit 'list'" in capsys.readouterr().err


def test_a_missing_or_broken_file_is_explained_in_dutch(tmp_path: Path) -> None:
    code, _, err = run("plan", str(tmp_path / "weg.json"))
    assert code == 1
    assert "kan niet worden gelezen: het bestand of de map bestaat niet." in err
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "nabestaanden-dossier/2",}', encoding="utf-8")
    code, _, err = run("plan", str(broken))
    assert code == 1
    assert "regel 1, kolom 37: hier hoort een naam tussen dubbele aanhalingstekens." in err
    assert "Expecting" not in err and "No such file" not in err
