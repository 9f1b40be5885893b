"""The two stores a test may run on: the encrypted SQLite file of a data folder, and
a database of the throwaway PostgreSQL cluster (office mode). ``engine`` opens the
store, and opens it again as a later start of the app would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

import pytest

from nabestaanden.paths import AppPaths
from nabestaanden.store.base import Store
from tests.support.stores import NOW


@dataclass
class Engine:
    """One engine for a test: ``open`` the first time, ``reopen`` for a later start."""

    name: str
    paths: AppPaths
    url: str = ""
    opened: list[Store] = field(default_factory=list)

    def open(self, now: datetime = NOW) -> Store:
        from nabestaanden.store import keys
        from nabestaanden.store.office import open_office, parse_database_url
        from nabestaanden.store.opening import open_store

        store: Store
        if self.url:
            store = open_office(parse_database_url(self.url), None, now)
        elif not self.opened:
            store = open_store(self.paths, keys.create_keyring_key(self.paths), now)
        else:
            store = open_store(self.paths, keys.load_keyring_key(self.paths), now)
        self.opened.append(store)
        return store

    def reopen(self, now: datetime = NOW) -> Store:
        return self.open(now)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[Engine]:
    url = ""
    if request.param == "postgresql":
        from tests.support.postgres import Cluster

        cluster: Cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.socket_url(request.getfixturevalue("postgres_database"))
    chosen = Engine(request.param, paths, url)
    yield chosen
    for store in chosen.opened:
        store.close()
