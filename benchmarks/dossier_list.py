"""The dossier list with 5,000 dossiers against the raw SQL query, measured side by side.

Target: opening the dossier list and filtering it each take at most 3x the time of
the raw summary query (``index._SUMMARY_QUERY`` executed and fetched on the store's
own connection), measured in the same run on the same encrypted store.

- Opening: ``store.summaries()``, a new ``DossierListModel`` and ``QTableView`` set up
  as the main window sets them up, ``set_rows``, the view shown and painted.
- Filtering: each step on the open list (a dossier selected) until it is painted
  again: typing "jan" (one search per letter), only overdue dossiers, archived ones
  too, everything cleared again; and sorting on the next deadline. The target holds
  for every step.

The store is a temporary SQLCipher file with a passphrase key (no keyring), filled in
one transaction with dossiers with Dutch names (accents included), dates of death
spread over two years, a next deadline on most and some archived. The baseline and the
list alternate, so both see the same machine; each figure is the median of the runs.
Qt runs offscreen.

Run: ``.venv/bin/python benchmarks/dossier_list.py [--runs N] [--dossiers N]``. Exit
code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTableView

from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store import keys
from nabestaanden.store.index import _SUMMARY_QUERY
from nabestaanden.store.opening import OpenStore, open_store
from nabestaanden.ui.window.dossier_list import DossierListModel
from nabestaanden.ui.window.dossier_table import set_up_table

TARGET = 3.0
NOW = datetime(2026, 12, 1, 9, 0)
TODAY = NOW.date()


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The surname prefixes may hold a space themselves.
FIRST_NAMES = words(
    "Johanna Maria Cornelis Jan Pieter Hendrik Geertruida Willem Anna Gerrit Klaas Aaltje "
    "Jannie Sjoerd Wiebe Femke Sanne Zoë Chloë Noël Daniël Raphaël Joëlle Anaïs René André "
    "Hélène Renée José Şükrü Łukasz Fatma Mohamed Ayşe Jürgen Ingrid Janneke Jantine "
    "Marijke Bram Ömer Nguyễn Siobhán"
)
SURNAMES = words(
    "Jansen Vries Bakker Visser Smit Meijer Mulder Boer Dekker Dijkstra Brouwer Hendriks "
    "Berg Linden Heuvel Veen Wal IJzerman Jansma Koç Yılmaz Öztürk Kowalczyk Müller "
    "Peeters Verhoeven Çelik Sánchez Lambrechts Hoek Brink Kuipers Postma"
)
PREFIXES = ("", "", "", "", "van", "de", "van der", "van den", "van de", "ter", "van 't", "den")
TITLES = ("Tante {first}", "Opa {first}", "Oom {first}", "Oma {first}", "Buurvrouw {first}")
INTAKE_PAGES = ("gezin", "wonen", "inkomen", "bezit")


def fill_store(store: OpenStore, count: int) -> int:
    """``count`` dossiers with a deceased and a contact person, in one transaction.

    Return:
        How many of the dossiers are overdue on ``TODAY`` and not archived.
    """
    from sqlalchemy import insert

    from nabestaanden.store import models

    chance = random.Random(20261201)  # noqa: S311 (test data, not secrets)
    task_ids = sorted(default_catalogue().tasks)
    dossiers, persons = [], []
    overdue = 0
    for number in range(1, count + 1):
        first = chance.choice(FIRST_NAMES)
        died = TODAY - timedelta(days=chance.randrange(1, 730))
        deadline = died + timedelta(days=chance.randrange(5, 400))
        has_deadline = chance.random() < 0.85
        archived = chance.random() < 0.15
        overdue += has_deadline and not archived and deadline < TODAY
        step = chance.random()
        dossiers.append(
            {
                "id": number,
                "uuid": str(uuid.UUID(int=chance.getrandbits(128))),
                "title": chance.choice(TITLES).format(first=first) if chance.random() < 0.1 else "",
                "situation": {},
                "created_at": datetime.combine(died, datetime.min.time()),
                "updated_at": NOW - timedelta(minutes=chance.randrange(100_000)),
                "archived_at": NOW if archived else None,
                "next_deadline": deadline if has_deadline else None,
                "next_deadline_task": chance.choice(task_ids) if has_deadline else "",
                "intake_step": "done"
                if step < 0.8
                else ("" if step < 0.9 else chance.choice(INTAKE_PAGES)),
            }
        )
        for role, position in (("deceased", 0), ("contact", 0)):
            persons.append(
                {
                    "dossier_id": number,
                    "role": role,
                    "position": position,
                    "first_names": first if role == "deceased" else chance.choice(FIRST_NAMES),
                    "surname_prefix": chance.choice(PREFIXES),
                    "surname": chance.choice(SURNAMES),
                    "date_of_death": died if role == "deceased" else None,
                }
            )
    with store.session() as session:
        session.execute(insert(models.Dossier), dossiers)
        session.execute(insert(models.Person), persons)
        session.commit()
    return overdue


class PaintWatch(QObject):
    """Counts the paint events of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(app: QApplication, watch: PaintWatch, timeout: float = 10.0) -> None:
    """Process events until the view has painted and nothing more comes."""
    start = watch.paints
    deadline = time.perf_counter() + timeout
    while True:
        before = watch.paints
        app.processEvents()
        if watch.paints > start and watch.paints == before:
            return
        if time.perf_counter() > deadline:
            raise SystemExit("the view was not painted within the time limit")


def make_view(model: DossierListModel) -> tuple[QTableView, PaintWatch]:
    """A table set up as the main window sets up its dossier table."""
    view = QTableView()
    set_up_table(view, model)
    view.resize(640, 720)
    watch = PaintWatch()
    view.viewport().installEventFilter(watch)
    return view, watch


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(app: QApplication, store: OpenStore, runs: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {
        "raw query": [],
        "store.summaries() on its own (part of open)": [],
        "open: read, fill and paint the list": [],
    }
    steps: list[tuple[str, Callable[[DossierListModel, QTableView], None]]] = [
        ("filter: search 'j'", lambda model, _view: model.set_search("j")),
        ("filter: search 'ja'", lambda model, _view: model.set_search("ja")),
        ("filter: search 'jan'", lambda model, _view: model.set_search("jan")),
        ("filter: only overdue", lambda model, _view: model.set_only_overdue(True)),
        ("filter: archived too", lambda model, _view: model.set_show_archived(True)),
        ("filter: search cleared", lambda model, _view: model.set_search("")),
        ("filter: all filters off", lambda model, _view: model.set_only_overdue(False)),
        ("filter: archived hidden again", lambda model, _view: model.set_show_archived(False)),
        (
            "sort: on next deadline, newest first",
            lambda _model, view: view.sortByColumn(
                DossierListModel.NEXT_DEADLINE, Qt.SortOrder.DescendingOrder
            ),
        ),
    ]
    for name, _step in steps:
        results[name] = []

    def raw() -> None:
        store.raw.execute(_SUMMARY_QUERY).fetchall()

    for run in range(runs + 1):  # the first run warms up and is not counted
        gc.collect()
        baseline = seconds(raw)
        gc.collect()
        summaries = seconds(store.summaries)

        gc.collect()
        started = time.perf_counter()
        rows = store.summaries()
        model = DossierListModel()
        model.set_today(TODAY)
        view, watch = make_view(model)
        model.set_rows(rows)
        view.show()
        settle(app, watch)
        opened = time.perf_counter() - started
        if run:
            results["raw query"].append(baseline)
            results["store.summaries() on its own (part of open)"].append(summaries)
            results["open: read, fill and paint the list"].append(opened)
        view.selectRow(3)  # a chosen dossier, as in the window: the filters keep it in view

        for name, step in steps:
            gc.collect()
            started = time.perf_counter()
            step(model, view)
            settle(app, watch)
            if run:
                results[name].append(time.perf_counter() - started)

        view.close()
        view.deleteLater()
        model.deleteLater()
        app.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dossiers", type=int, default=5000)
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])

    with tempfile.TemporaryDirectory(prefix="nabestaanden-bench-") as folder:
        paths = AppPaths(Path(folder) / "data")
        key = keys.DatabaseKey.from_passphrase("een wachtwoordzin voor de meting")
        store = open_store(paths, key, NOW)
        try:
            overdue = fill_store(store, options.dossiers)
            store.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            results = measure(app, store, options.runs)
        finally:
            store.close()

    base = statistics.median(results["raw query"])
    print(
        f"{options.dossiers} dossiers ({overdue} overdue and not archived); median of "
        f"{options.runs} runs, offscreen; Python {sys.version.split()[0]}"
    )
    print(f"  {'raw summary query + fetchall (baseline)':<44} {base * 1000:8.2f} ms  1.00x")
    failed = False
    for name, figures in results.items():
        if name == "raw query":
            continue
        median = statistics.median(figures)
        ratio = median / base
        verdict = ""
        if name.startswith(("open", "filter", "sort")):
            ok = ratio <= TARGET
            failed |= not ok
            verdict = f"target <= {TARGET:.0f}x: {'ok' if ok else 'MISSED'}"
        print(f"  {name:<44} {median * 1000:8.2f} ms  {ratio:4.2f}x  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
