"""Writing a dossier's full set: progress, cancelling, and never a half-written file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest

from nabestaanden.documents.batch import (
    Cancelled,
    chosen_offers,
    write_atomically,
    write_dossier_documents,
)
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue, default_letters
from tests.support.examples import example_document

TODAY = date(2026, 11, 29)


def example_plan() -> Plan:
    return build_plan(read_dossier(example_document(), TODAY), default_catalogue(), TODAY)


def test_the_full_set_reports_progress_and_writes_every_file(tmp_path: Path) -> None:
    plan = example_plan()
    steps: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> bool:
        steps.append((done, total, what))
        return True

    written = write_dossier_documents(plan, default_letters(), tmp_path, TODAY, progress=progress)
    letters = chosen_offers(plan, default_letters())
    assert len(written) == len(letters) + 3
    assert [step[0] for step in steps] == list(range(len(written) + 1))
    assert steps[-1][:2] == (len(written), len(written))
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        item.path.name for item in written
    )


def test_a_cancelled_run_keeps_finished_files_and_leaves_no_half_written_one(
    tmp_path: Path,
) -> None:
    plan = example_plan()

    def stop_after_two(done: int, _total: int, _what: str) -> bool:
        return done < 2

    with pytest.raises(Cancelled):
        write_dossier_documents(plan, default_letters(), tmp_path, TODAY, progress=stop_after_two)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert len(names) == 2
    assert all(name.endswith(".pdf") and name[:2].isdigit() for name in names)
    for name in names:
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_a_failure_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"

    def broken(handle: BinaryIO) -> None:
        handle.write(b"%PDF-1.4 half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert list(tmp_path.iterdir()) == []
