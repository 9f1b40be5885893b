"""The operations against a real store, no Qt: each test that takes ``store`` runs twice,
on the encrypted SQLite file of a temporary folder and on a throwaway PostgreSQL
database (office mode). A test marked ``sqlite_only`` (it pokes at SQLite itself)
runs on the file only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import exports
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store.base import Store
from nabestaanden.store.office import open_office, parse_database_url
from tests.support.examples import example_document
from tests.support.postgres import Cluster
from tests.support.stores import NOW, TODAY, open_new


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[Store]:
    opened: Store
    if request.param == "sqlite":
        opened = open_new(paths)
    else:
        cluster: Cluster = request.getfixturevalue("postgres_cluster")
        database: str = request.getfixturevalue("postgres_database")
        opened = open_office(parse_database_url(cluster.socket_url(database)), None, NOW)
    yield opened
    opened.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test about SQLite itself (its pragmas, its file) has no PostgreSQL variant."""
    chosen, left_out = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("store") == "postgresql"
        if on_postgres and item.get_closest_marker("sqlite_only"):
            left_out.append(item)
        else:
            chosen.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = chosen


@pytest.fixture
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def example(store: Store, catalogue: Catalogue) -> int:
    """The documented example dossier, imported as the user imports it; its number."""
    data = read_dossier(example_document(), TODAY)
    return exports.import_dossier(store, catalogue, data).value
