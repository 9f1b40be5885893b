"""The compiled form of the catalogue and letter texts: current, and never trusted
over a file that changed."""

from __future__ import annotations

import ast
import dataclasses
import shutil
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from nabestaanden.domain.catalogue import CatalogueError
from nabestaanden.domain.catalogue_loading import load_catalogue
from nabestaanden.domain.letter_texts import load_letters
from nabestaanden.domain.toml_files import (
    COMPILED_FOLDERS,
    COMPILED_NAME,
    Compiled,
    compile_folder,
)
from nabestaanden.resources import default_catalogue, default_letters, resource_dir


def test_the_compiled_form_shipped_is_current() -> None:
    shipped = (resource_dir() / COMPILED_NAME).read_text(encoding="utf-8")
    assert shipped == compile_folder(resource_dir(), COMPILED_FOLDERS), (
        "resources/compiled.json is behind the TOML files: run `make compiled`"
    )


def comparable(value: Any) -> Any:
    """The value with its parsed conditions as text (``ast`` nodes are never equal)."""
    if isinstance(value, ast.AST):
        return ast.dump(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, comparable(dataclasses.asdict(value)))
    if isinstance(value, dict):
        return {key: comparable(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((comparable(item) for item in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [comparable(item) for item in value]
    return value


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the catalogue, the letter texts and their compiled form."""
    for folder in COMPILED_FOLDERS:
        shutil.copytree(resource_dir() / folder, tmp_path / folder)
    shutil.copyfile(resource_dir() / COMPILED_NAME, tmp_path / COMPILED_NAME)
    return tmp_path


def test_the_compiled_form_gives_the_same_catalogue_and_letters_as_the_toml(
    resources: Path,
) -> None:
    compiled = load_catalogue(resources / "catalogue")
    (resources / COMPILED_NAME).unlink()
    parsed = load_catalogue(resources / "catalogue")
    assert comparable(compiled) == comparable(parsed) == comparable(default_catalogue())
    letters = load_letters(resources / "letters", parsed)
    assert comparable(letters) == comparable(default_letters())


def test_a_file_edited_after_compiling_is_read_from_its_toml(resources: Path) -> None:
    tasks = resources / "catalogue" / "tasks.toml"
    first = next(iter(default_catalogue().tasks.values()))
    text = tasks.read_text(encoding="utf-8")
    old = f'title = "{first.title}"'
    assert old in text
    tasks.write_text(text.replace(old, 'title = "Een titel na het compileren"', 1), "utf-8")
    assert load_catalogue(resources / "catalogue").tasks[first.id].title == (
        "Een titel na het compileren"
    )


def test_a_mistake_made_after_compiling_is_still_refused(resources: Path) -> None:
    tasks = resources / "catalogue" / "tasks.toml"
    tasks.write_text(tasks.read_text(encoding="utf-8") + "\n[task.kapot\n", "utf-8")
    with pytest.raises(CatalogueError, match="geen geldige TOML"):
        load_catalogue(resources / "catalogue")


def test_a_damaged_compiled_form_is_passed_over(resources: Path) -> None:
    (resources / COMPILED_NAME).write_text('{"format": 1, "files": ', encoding="utf-8")
    assert comparable(load_catalogue(resources / "catalogue")) == comparable(default_catalogue())


def test_dates_and_times_keep_their_type(tmp_path: Path) -> None:
    (tmp_path / "catalogue").mkdir()
    source = tmp_path / "catalogue" / "dates.toml"
    source.write_text(
        "day = 2026-12-07\nmoment = 2026-12-07T10:30:00\nhour = 10:30:00\n"
        'text = "2026-12-07"\nnested = { day = 2027-01-01 }\n',
        encoding="utf-8",
    )
    (tmp_path / COMPILED_NAME).write_text(
        compile_folder(tmp_path, ("catalogue",)), encoding="utf-8"
    )
    compiled = Compiled(tmp_path)
    assert compiled.entries  # read from the compiled form, not parsed again
    assert compiled.read(source) == {
        "day": date(2026, 12, 7),
        "moment": datetime(2026, 12, 7, 10, 30),
        "hour": time(10, 30),
        "text": "2026-12-07",
        "nested": {"day": date(2027, 1, 1)},
    }
