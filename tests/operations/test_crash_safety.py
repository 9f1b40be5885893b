"""Killed at any moment, the store loses nothing it said was saved.

A child process writes through the operations, one unit of work per write, and
reports each write once it is committed; the parent kills it (SIGKILL) at random
moments, and after every kill opens the file: it must pass SQLite's integrity check
and hold every write the child reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import exports
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store import dossiers, mapping
from nabestaanden.store.keys import DatabaseKey
from nabestaanden.store.opening import open_store
from nabestaanden.store.recovery import RecoveryKey
from tests.support.examples import example_document
from tests.support.stores import TODAY

ROOT = Path(__file__).resolve().parents[2]
# The suite kills the writer a dozen times; the full run the issue asks for (50 kills,
# 1,000 writes) takes a few minutes: NABESTAANDEN_CRASH_KILLS=50 NABESTAANDEN_CRASH_WRITES=1000.
KILLS = int(os.environ.get("NABESTAANDEN_CRASH_KILLS", "12"))
WRITES = int(os.environ.get("NABESTAANDEN_CRASH_WRITES", "150"))


def stored_notes(paths: AppPaths, key: DatabaseKey) -> set[str]:
    store = open_store(paths, key, datetime.now())
    try:
        [(verdict,)] = store.raw.execute("PRAGMA integrity_check").fetchall()
        assert verdict == "ok"
        with store.session() as session:
            data = mapping.to_domain(dossiers.get_dossier(session, 1))
        return {mandate.note for mandate in data.mandates}
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_no_reported_write_is_lost_when_the_process_is_killed(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    recovery = RecoveryKey.generate()
    key = DatabaseKey.from_recovery(recovery, "keyring")
    store = open_store(paths, key, datetime.now())
    exports.import_dossier(store, default_catalogue(), read_dossier(example_document(), TODAY))
    store.close()
    environment = dict(
        os.environ, NABESTAANDEN_TEST_RECOVERY_KEY=recovery.characters, PYTHONPATH=str(ROOT)
    )
    chance = random.Random(20261204)  # noqa: S311 - the same moments on every run, no secret
    reported: list[int] = []
    kills = 0
    while kills < KILLS or len(reported) < WRITES:
        child = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "support" / "crash_writer.py"),
                str(paths.data_dir),
                str(len(reported)),
            ],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # started and writing
        assert first.strip().isdigit(), "the writer did not start"
        reported.append(int(first))
        time.sleep(chance.uniform(0.05, 0.8))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        reported += [int(line) for line in rest.split("\n") if line.strip().isdigit()]
        kills += 1
        notes = stored_notes(paths, key)
        missing = [number for number in reported if f"schrijf {number}" not in notes]
        assert missing == [], f"after kill {kills}: reported but not stored: {missing[:5]}"
    assert kills >= KILLS and len(reported) >= WRITES
    print(f"{kills} kills, {len(reported)} reported writes, none lost")
