"""The recovery sheet's reminder, writing the sheet, and getting back in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from nabestaanden.operations import recovery
from nabestaanden.operations.work import ActionRefused
from nabestaanden.paths import AppPaths
from tests.support.memory_keyring import MemoryKeyring
from tests.support.stores import NOW, import_example, open_new


def test_the_sheet_is_due_after_the_first_dossier_and_then_monthly_until_put_away(
    paths: AppPaths,
) -> None:
    store = open_new(paths)
    assert not recovery.reminder_due(store, NOW)  # no dossier yet: nothing to lose
    import_example(store)
    assert recovery.reminder_due(store, NOW)
    recovery.mark_shown(store, NOW)
    assert not recovery.reminder_due(store, NOW + timedelta(days=29))
    assert recovery.reminder_due(store, NOW + timedelta(days=30))
    recovery.mark_stored(store, NOW + timedelta(days=30))
    assert not recovery.reminder_due(store, NOW + timedelta(days=400))
    store.close()


def test_the_sheet_names_the_key_of_this_folder(paths: AppPaths, tmp_path: Path) -> None:
    import pdfplumber

    store = open_new(paths)
    state = recovery.sheet_state(store)
    target = recovery.write_sheet(store, tmp_path / "blad.pdf", NOW.date())
    store.close()
    with pdfplumber.open(target) as pdf:
        content = pdf.pages[0].extract_text()
    for group in state.groups:
        assert " ".join(group) in content
    assert "29 november 2026" in content


def test_a_sheet_that_cannot_be_written_says_so_and_leaves_nothing(
    paths: AppPaths, tmp_path: Path
) -> None:
    store = open_new(paths)
    missing = tmp_path / "bestaat-niet" / "blad.pdf"
    with pytest.raises(ActionRefused, match="Kies een andere map"):
        recovery.write_sheet(store, missing, NOW.date())
    store.close()
    assert not missing.parent.exists()


def test_a_new_passphrase_that_is_too_short_is_refused_before_anything_changes(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    store = open_new(paths)
    text = recovery.sheet_state(store).formatted
    store.close()
    before = paths.store_config.read_bytes()
    with pytest.raises(ActionRefused, match="minstens"):
        recovery.regain_access(paths, text, "kort", NOW.date())
    assert paths.store_config.read_bytes() == before
