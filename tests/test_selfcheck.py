"""``nabestaanden check``: every part is tried on a made-up example; a broken part is
named, the others still run, and the exit code says whether all work."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nabestaanden.selfcheck import CHECKS, run_checks


def test_a_complete_installation_passes_every_check(qtbot: QtBot) -> None:
    out = io.StringIO()
    assert run_checks(out) == 0
    lines = out.getvalue().splitlines()
    passed = [line for line in lines if line.startswith("[in orde]")]
    assert len(passed) == len(CHECKS)
    text = out.getvalue()
    assert "versleuteld" in text and "PDF-voorbeeld" in text
    assert "brieven en 3 overzichten gemaakt" in text
    assert "Uw eigen gegevens zijn hierbij niet geopend" in text


def test_missing_resources_are_named_and_the_other_parts_still_run(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import nabestaanden.resources as resources

    empty = tmp_path / "leeg"
    (empty / "catalogue").mkdir(parents=True)
    resources.resource_dir.cache_clear()
    resources.default_catalogue.cache_clear()
    resources.default_letters.cache_clear()
    monkeypatch.setattr(resources, "resource_dir", lambda: empty)
    try:
        out = io.StringIO()
        assert run_checks(out) == 1
    finally:
        resources.default_catalogue.cache_clear()
        resources.default_letters.cache_clear()
    text = out.getvalue()
    assert "[FOUT]     Gegevensbestanden:" in text
    assert "[in orde]  Versleutelde opslag" in text  # checked all the same
    assert "Installeer de app opnieuw" in text
