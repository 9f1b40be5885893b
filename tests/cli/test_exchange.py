"""An exchange file sent to a co-heir: encrypted with a passphrase, read back with it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from nabestaanden.cli import main
from nabestaanden.paths import AppPaths
from tests.support.examples import example_document
from tests.support.stores import SECRETS

PHRASE = "zeven groene kikkers springen"


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def stored(tmp_path: Path, paths: AppPaths) -> AppPaths:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    assert run("--data-dir", str(paths.data_dir), "import", str(source))[0] == 0
    return paths


def test_an_encrypted_file_hides_everything_and_opens_with_its_passphrase(
    tmp_path: Path, stored: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = tmp_path / "voor-mijn-zus.json"
    monkeypatch.setenv("NABESTAANDEN_EXPORT_PASSPHRASE", PHRASE)
    code, out, err = run(
        "--data-dir", str(stored.data_dir), "export", "--encrypt", "1", str(sealed)
    )
    assert (code, err) == (0, "") and "versleuteld geschreven" in out
    raw = sealed.read_bytes()
    assert json.loads(raw)["format"] == "nabestaanden-dossier-versleuteld/1"
    for secret in SECRETS:
        assert secret not in raw

    monkeypatch.delenv("NABESTAANDEN_EXPORT_PASSPHRASE")
    other = tmp_path / "zus"
    code, _, err = run("--data-dir", str(other), "import", str(sealed))
    assert code == 1 and "is versleuteld" in err
    code, _, err = run("--data-dir", str(other), "import", str(sealed), stdin="verkeerde zin\n")
    assert code == 1 and "past niet bij" in err and "Er is niets opgeslagen" in err
    assert not (other / "nabestaanden.db").exists()

    code, out, err = run("--data-dir", str(other), "import", str(sealed), stdin=PHRASE + "\n")
    assert (code, err) == (0, "") and "Johanna Maria van der Berg" in out
    code, out, _ = run("plan", str(sealed), stdin=PHRASE + "\n")
    assert code == 0 and out


def test_a_short_passphrase_for_a_file_is_refused_and_nothing_written(
    tmp_path: Path, stored: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NABESTAANDEN_EXPORT_PASSPHRASE", "kort")
    target = tmp_path / "uit.json"
    code, _, err = run("--data-dir", str(stored.data_dir), "export", "--encrypt", "1", str(target))
    assert code == 1 and "minstens" in err and not target.exists()


def test_a_plain_export_says_it_is_not_encrypted_and_how_to(
    tmp_path: Path, stored: AppPaths
) -> None:
    target = tmp_path / "uit.json"
    code, out, _ = run("--data-dir", str(stored.data_dir), "export", "1", str(target))
    assert code == 0 and "niet versleuteld (dat kan met --encrypt)" in out
