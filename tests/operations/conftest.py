"""The operations against a real encrypted store on a temporary folder; no Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import exports
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store.opening import OpenStore
from tests.support.examples import example_document
from tests.support.stores import TODAY, open_new


@pytest.fixture
def store(paths: AppPaths) -> Iterator[OpenStore]:
    opened = open_new(paths)
    yield opened
    opened.close()


@pytest.fixture
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def example(store: OpenStore, catalogue: Catalogue) -> int:
    """The documented example dossier, imported as the user imports it; its number."""
    data = read_dossier(example_document(), TODAY)
    return exports.import_dossier(store, catalogue, data).value
