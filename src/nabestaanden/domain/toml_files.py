"""Reading the catalogue's and letter texts' TOML files, fast when nothing changed.

Python's ``tomllib`` is written in Python: parsing the catalogue took about 25 ms of
every start and every command. ``compiled.json`` beside the resource folders holds
each file's parsed content with the SHA-256 of its bytes (``make compiled`` writes it;
a test fails when it is behind). :func:`read_toml` uses the compiled content only when
the file's bytes still have that hash; otherwise, or without the file, it parses the
TOML as before. Either way the loaders check every entry as they always did: the
compiled form saves the parsing, never a check.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

COMPILED_NAME = "compiled.json"
COMPILED_FOLDERS = ("catalogue", "letters")  # under the resource folder
FORMAT = 1
# TOML's dates and times have no JSON form: a one-key object stands for them.
_TAGS = {
    "$date": date.fromisoformat,
    "$datetime": datetime.fromisoformat,
    "$time": time.fromisoformat,
}


class Compiled:
    """The compiled content of the TOML files under one resource folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        path = root / COMPILED_NAME
        try:
            found = path.stat()
        except OSError:
            self.entries: dict[str, Any] = {}  # none: every file is parsed from its TOML
            return
        self.entries = _entries(path, found.st_mtime_ns, found.st_size)

    def read(self, path: Path) -> dict[str, Any]:
        """The file's content, as ``tomllib.load`` gives it.

        Raise:
            OSError: the file cannot be read.
            tomllib.TOMLDecodeError: it is not valid TOML.
        """
        data = path.read_bytes()
        entry = self.entries.get(_key(self.root, path))
        if isinstance(entry, dict) and entry.get("sha256") == hashlib.sha256(data).hexdigest():
            content = entry.get("content")
            if isinstance(content, dict):
                return content
        import tomllib

        parsed: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
        return parsed


@lru_cache(maxsize=4)
def _entries(path: Path, _mtime_ns: int, _size: int) -> dict[str, Any]:
    """The compiled form's files, read once per process while the file is unchanged
    (the catalogue, the letter texts and the tax table each ask; nobody changes what
    they are given)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"), object_hook=_untag)
    except (OSError, ValueError):
        return {}  # unreadable: every file is parsed from its TOML
    if isinstance(document, dict) and document.get("format") == FORMAT:
        files = document.get("files")
        if isinstance(files, dict):
            return files
    return {}


def compile_folder(root: Path, folders: tuple[str, ...]) -> str:
    """The text of ``compiled.json`` for every ``*.toml`` in ``folders`` under ``root``.

    Raise:
        tomllib.TOMLDecodeError: a file is not valid TOML.
        TypeError: a value has no JSON form (none of TOML's types lacks one).
    """
    import tomllib

    files: dict[str, Any] = {}
    for folder in folders:
        for path in sorted((root / folder).glob("*.toml")):
            data = path.read_bytes()
            files[_key(root, path)] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "content": tomllib.loads(data.decode("utf-8")),
            }
    document = {"format": FORMAT, "files": files}
    return json.dumps(document, default=_tag, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def _key(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return ""  # outside the resource folder: never compiled


def _tag(value: object) -> dict[str, str]:
    # datetime before date: a datetime is a date too.
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    raise TypeError(f"{type(value).__name__} has no JSON form")


def _untag(value: dict[str, Any]) -> object:
    if len(value) == 1:
        [(key, text)] = value.items()
        parse = _TAGS.get(key)
        if parse is not None and isinstance(text, str):
            return parse(text)
    return value
