"""A damaged data folder: a file cut short, zeroed, a flipped bit, a lost log, a full or
read-only disk. Each gives a Dutch message that says what happened, offers the newest
good backup, overwrites nothing, and shows no traceback."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from nabestaanden.cli import main
from nabestaanden.operations import backups
from nabestaanden.paths import AppPaths
from nabestaanden.store import errors, keys
from nabestaanden.store.opening import open_store
from tests.support.examples import example_document
from tests.support.stores import NOW

Fault = Callable[[AppPaths], None]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(""), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def filled(tmp_path: Path, paths: AppPaths) -> AppPaths:
    """A folder with the example dossier and the day's backup (made by the import)."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    assert run("--data-dir", str(paths.data_dir), "import", str(source))[0] == 0
    assert run("--data-dir", str(paths.data_dir), "backup")[0] == 0
    return paths


def edit(paths: AppPaths, change: Callable[[bytearray], bytes]) -> None:
    paths.database.write_bytes(change(bytearray(paths.database.read_bytes())))


def cut_short(paths: AppPaths) -> None:
    edit(paths, lambda data: bytes(data[: len(data) // 2 + 100]))


def zeroed(paths: AppPaths) -> None:
    edit(paths, lambda data: bytes(len(data)))


def first_page_flipped(paths: AppPaths) -> None:
    def flip(data: bytearray) -> bytes:
        data[100] ^= 0x01
        return bytes(data)

    edit(paths, flip)


def data_page_flipped(paths: AppPaths) -> None:
    """A flipped bit in the page of the people's names, which the list reads. (The last
    page of the file may be an empty table's, read by nobody: see the daily copy test.)"""
    store = open_store(paths, keys.load_keyring_key(paths), NOW)
    try:
        [(page,)] = store.raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person'"
        ).fetchall()
        [(size,)] = store.raw.execute("PRAGMA page_size").fetchall()
    finally:
        store.close()

    def flip(data: bytearray) -> bytes:
        data[(int(page) - 1) * int(size) + int(size) // 2] ^= 0x01
        return bytes(data)

    edit(paths, flip)


def log_removed(paths: AppPaths) -> None:
    # the app closed with its log folded in; another program left an index behind
    # and took the log away (the latest changes with it)
    paths.database.with_name("nabestaanden.db-shm").write_bytes(bytes(32768))


@pytest.mark.parametrize(
    ("fault", "says"),
    [
        (cut_short, "is beschadigd"),
        (zeroed, "is beschadigd"),
        (first_page_flipped, "is beschadigd"),
        (data_page_flipped, "is beschadigd"),
        (log_removed, "logbestand van uw gegevens"),
    ],
)
def test_a_damaged_folder_is_explained_the_backup_offered_and_nothing_overwritten(
    filled: AppPaths, fault: Fault, says: str
) -> None:
    fault(filled)
    before = hashes(filled.data_dir)
    code, out, err = run("--data-dir", str(filled.data_dir), "list")
    assert code == 1 and out == ""
    assert says in err and "Traceback" not in err
    assert "De nieuwste goede reservekopie is van" in err and "nabestaanden restore 1" in err
    assert hashes(filled.data_dir) == before  # nothing written, nothing overwritten

    code, out, err = run("--data-dir", str(filled.data_dir), "restore", "1")
    assert (code, err) == (0, ""), err
    code, out, _ = run("--data-dir", str(filled.data_dir), "list")
    assert code == 0 and "Johanna Maria van der Berg" in out
    # what was damaged is kept too, byte for byte or as a copy
    kept = [
        name for name in hashes(filled.data_dir) if "beschadigd" in name or "terugzetten" in name
    ]
    assert kept


def test_a_flipped_bit_in_a_page_nobody_reads_is_found_by_the_daily_copy(
    filled: AppPaths,
) -> None:
    store = open_store(filled, keys.load_keyring_key(filled), NOW)
    pages = store.raw.execute("PRAGMA page_count").fetchone()[0]
    store.close()
    size = filled.database.stat().st_size

    def flip(data: bytearray) -> bytes:
        data[size // pages * (pages // 2) + 300] ^= 0x04  # a page in the middle
        return bytes(data)

    edit(filled, flip)
    try:
        store = open_store(filled, keys.load_keyring_key(filled), NOW)
    except errors.DamagedDatabase:
        return  # found at once: as good
    try:
        with pytest.raises(errors.DamagedDatabase, match="beschadigd"):
            backups.daily_backup(store, NOW.replace(year=2027))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("driver_error", "says"),
    [
        ("database or disk is full", "De schijf is vol"),
        ("attempt to write a readonly database", "niet veranderen"),
    ],
)
def test_a_full_or_read_only_disk_names_the_newest_backup_to_reassure(
    filled: AppPaths, monkeypatch: pytest.MonkeyPatch, driver_error: str, says: str
) -> None:
    """The computer refuses the first write of the opening (switching on the log); as
    root the tests cannot make a folder read-only, so SQLite's own error is raised."""
    import sqlcipher3

    from nabestaanden.store import connection

    def refuse(_connection: object) -> None:
        known = errors.known_error(sqlcipher3.OperationalError(driver_error))
        assert known is not None
        raise known

    monkeypatch.setattr(connection, "use_wal", refuse)
    before = hashes(filled.data_dir)
    code, _, err = run("--data-dir", str(filled.data_dir), "list")
    assert code == 1 and says in err and "Traceback" not in err
    assert "Uw nieuwste goede reservekopie is van" in err and "restore" not in err
    assert hashes(filled.data_dir) == before
