"""The recovery commands as a person uses them: print the sheet, lose the key, get back in."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from nabestaanden.cli import main
from nabestaanden.paths import AppPaths
from tests.support.examples import example_document
from tests.support.memory_keyring import MemoryKeyring


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def imported(tmp_path: Path, paths: AppPaths) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    code, _, err = run("--data-dir", str(paths.data_dir), "import", str(source))
    assert (code, err) == (0, "")


def key_from_sheet(sheet: Path) -> tuple[str, str]:
    """The recovery key as a person reads it off the printed sheet, and the sheet's text."""
    with pdfplumber.open(sheet) as pdf:
        assert len(pdf.pages) == 1
        content = pdf.pages[0].extract_text()
    # the big characters, one group per line: "D B W 2 5"
    groups = re.findall(r"^((?:[0-9A-Z] ){4}[0-9A-Z])$", content, flags=re.MULTILINE)
    assert len(groups) == 5, content
    return " ".join(group.replace(" ", "") for group in groups), content


def test_recover_with_the_key_read_from_the_printed_sheet_brings_the_data_back(
    tmp_path: Path, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    imported(tmp_path, paths)
    sheet = tmp_path / "herstelblad.pdf"
    code, out, err = run("--data-dir", str(paths.data_dir), "recovery-sheet", "--out", str(sheet))
    assert (code, err) == (0, "") and "Druk het af" in out
    key, content = key_from_sheet(sheet)
    assert str(paths.data_dir) in content.replace("\n", "")
    for personal in ("Berg", "Johanna", "111222333", "Lindelaan"):  # no personal data
        assert personal not in content

    memory_keyring.secrets.clear()  # a new laptop, a wiped keyring
    code, _, err = run("--data-dir", str(paths.data_dir), "list")
    assert code == 1 and "staat niet (meer) in" in err

    code, out, err = run("--data-dir", str(paths.data_dir), "recover", stdin=key + "\n")
    assert (code, err) == (0, "")
    assert "weer te openen (1 dossier)" in out
    code, out, _ = run("--data-dir", str(paths.data_dir), "list")
    assert code == 0 and "Johanna Maria van der Berg" in out


def test_a_wrong_recovery_key_is_refused_in_dutch_and_nothing_changes(
    tmp_path: Path, paths: AppPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(tmp_path, paths)
    memory_keyring.secrets.clear()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    config = paths.store_config.read_bytes()
    from nabestaanden.store.recovery import RecoveryKey

    monkeypatch.setenv("NABESTAANDEN_RECOVERY_KEY", RecoveryKey.generate().formatted())
    code, out, err = run("--data-dir", str(paths.data_dir), "recover")
    assert code == 1 and out == ""
    assert "past niet bij de gegevens" in err and "niets veranderd" in err
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert paths.store_config.read_bytes() == config and memory_keyring.secrets == {}


def test_a_mistyped_character_is_caught_before_anything_is_tried(
    tmp_path: Path, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    imported(tmp_path, paths)
    sheet = tmp_path / "herstelblad.pdf"
    run("--data-dir", str(paths.data_dir), "recovery-sheet", "--out", str(sheet))
    key, _ = key_from_sheet(sheet)
    position = 7
    wrong = "A" if key[position] != "A" else "B"
    typo = key[:position] + wrong + key[position + 1 :]
    memory_keyring.secrets.clear()
    code, _, err = run("--data-dir", str(paths.data_dir), "recover", stdin=typo + "\n")
    assert code == 1
    assert "verkeerd overgenomen" in err or "past niet" in err


def test_without_a_keyring_recover_sets_a_new_passphrase(
    tmp_path: Path, paths: AppPaths, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NABESTAANDEN_PASSPHRASE", "de oude wachtwoordzin")
    imported(tmp_path, paths)
    sheet = tmp_path / "herstelblad.pdf"
    run("--data-dir", str(paths.data_dir), "recovery-sheet", "--out", str(sheet))
    key, _ = key_from_sheet(sheet)
    monkeypatch.delenv("NABESTAANDEN_PASSPHRASE")

    code, out, err = run(
        "--data-dir", str(paths.data_dir), "recover", stdin=f"{key}\neen nieuwe wachtwoordzin\n"
    )
    assert (code, err) == (0, "") and "nieuwe wachtwoordzin" in out

    code, _, err = run("--data-dir", str(paths.data_dir), "list", stdin="de oude wachtwoordzin\n")
    assert code == 1 and "past niet" in err
    code, out, _ = run(
        "--data-dir", str(paths.data_dir), "list", stdin="een nieuwe wachtwoordzin\n"
    )
    assert code == 0 and "Johanna Maria van der Berg" in out


def test_recover_on_a_folder_without_data_says_which_folder_to_choose(paths: AppPaths) -> None:
    code, _, err = run("--data-dir", str(paths.data_dir), "recover", stdin="x\n")
    assert code == 1 and "--data-dir" in err
    assert not paths.data_dir.exists() or not any(paths.data_dir.iterdir())


def test_backup_backups_and_restore_from_the_command_line(tmp_path: Path, paths: AppPaths) -> None:
    imported(tmp_path, paths)
    code, out, err = run("--data-dir", str(paths.data_dir), "backup")
    assert (code, err) == (0, "") and "gecontroleerd" in out
    code, out, _ = run("--data-dir", str(paths.data_dir), "backups")
    assert code == 0 and "zelf gemaakt" in out and "dagelijkse kopie" in out
    assert re.search(r"^\s+1  \d{1,2} \w+ 20\d\d om \d\d:\d\d", out, flags=re.MULTILINE), out

    code, out, err = run("--data-dir", str(paths.data_dir), "restore", "99")
    assert code == 1 and "geen reservekopie met nummer 99" in err
    code, out, err = run("--data-dir", str(paths.data_dir), "restore", "1")
    assert (code, err) == (0, ""), err
    assert "is teruggezet (1 dossier)" in out and "vóór het terugzetten" in out


def test_a_backup_on_a_stick_opens_in_a_second_folder_with_the_key_from_the_sheet(
    tmp_path: Path, paths: AppPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(tmp_path, paths)
    sheet = tmp_path / "herstelblad.pdf"
    run("--data-dir", str(paths.data_dir), "recovery-sheet", "--out", str(sheet))
    key, _ = key_from_sheet(sheet)
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = run("--data-dir", str(paths.data_dir), "backup", "--out", str(stick / "k.db"))
    assert (code, err) == (0, "")
    memory_keyring.secrets.clear()  # the new laptop's keyring knows nothing

    second = tmp_path / "nieuwe-laptop"
    code, _, err = run("--data-dir", str(second), "restore", str(stick / "k.db"))
    assert (
        code == 1
        and "NABESTAANDEN_RECOVERY_KEY" in err
        and not (second / "nabestaanden.db").exists()
    )
    monkeypatch.setenv("NABESTAANDEN_RECOVERY_KEY", key)
    code, out, err = run("--data-dir", str(second), "restore", str(stick / "k.db"))
    assert (code, err) == (0, ""), err
    monkeypatch.delenv("NABESTAANDEN_RECOVERY_KEY")
    code, out, _ = run("--data-dir", str(second), "list")
    assert code == 0 and "Johanna Maria van der Berg" in out
