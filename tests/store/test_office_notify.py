"""The office tells the other windows what changed (LISTEN/NOTIFY, migration 0010)."""

from __future__ import annotations

import queue
import threading
from datetime import datetime

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import exports, progress
from nabestaanden.resources import default_catalogue
from nabestaanden.store import office
from nabestaanden.store.office_notify import Announced, ChangeListener, parse
from tests.support.examples import example_document
from tests.support.postgres import Cluster

NOW = datetime(2026, 12, 7, 10, 0)


def test_a_committed_change_is_heard_by_another_window_with_who_made_it(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    target = office.parse_database_url(url)
    store = office.open_office(target, None, NOW)
    heard: queue.Queue[Announced] = queue.Queue()
    listener = ChangeListener(target, None)
    failures: list[BaseException] = []

    def listen() -> None:
        try:
            listener.run(heard.put)
        except BaseException as error:
            failures.append(error)

    thread = threading.Thread(target=listen)
    try:
        data = read_dossier(example_document(), NOW.date())
        dossier_id = exports.import_dossier(store, default_catalogue(), data).value
        thread.start()
        assert listener.listening.wait(timeout=10)
        progress.set_task_progress(
            store, default_catalogue(), dossier_id, "banken_melden", note="Gebeld"
        )
        announced = heard.get(timeout=10)
        assert announced == Announced(dossier_id, "nabestaanden_test")
    finally:
        listener.stop()
        thread.join(timeout=5)
        store.close()
    assert not thread.is_alive() and failures == []


def test_only_the_triggers_announcements_are_read() -> None:
    assert parse('{"dossier": 7, "by": "anna"}') == Announced(7, "anna")
    for other in ("", "7", "{}", '{"dossier": "zeven", "by": "x"}', "[1]"):
        assert parse(other) is None
