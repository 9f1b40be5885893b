"""Cycles are collected on the GUI thread only, never on the database worker's thread,
where a widget caught in a cycle would be destroyed off the GUI thread (a crash later,
inside Qt)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from nabestaanden.ui.worker import DbWorker


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


@pytest.fixture
def collections_by_thread() -> Iterator[list[str]]:
    seen: list[str] = []

    def callback(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(callback)
    yield seen
    gc.callbacks.remove(callback)


def test_cycles_made_by_the_worker_are_collected_on_the_gui_thread(
    qtbot: QtBot, collections_by_thread: list[str]
) -> None:
    worker = DbWorker()
    made: list[weakref.ref[Node]] = []

    def job() -> int:
        # Enough objects that Python would collect many times on this thread.
        for _ in range(20_000):
            made.append(weakref.ref(Node()))
        return len(made)

    worker.submit(job)
    try:
        qtbot.waitUntil(lambda: not worker.busy(), timeout=10000)
        on_other_threads = [name for name in collections_by_thread if name != "MainThread"]
        assert on_other_threads == []
        # ... and the cycles it left are freed all the same, within the timer's second.
        qtbot.waitUntil(lambda: all(ref() is None for ref in made), timeout=5000)
    finally:
        worker.shutdown()
    assert "MainThread" in collections_by_thread


def test_the_app_switches_collection_on_other_threads_off() -> None:
    script = (
        "import gc\n"
        "from nabestaanden.app import create_application\n"
        "app = create_application([])\n"
        "print(gc.isenabled())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.stdout.strip() == "False"
