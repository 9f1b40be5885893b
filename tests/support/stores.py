"""A real encrypted store on a temporary data folder, with the documented example."""

from __future__ import annotations

from datetime import date, datetime

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.paths import AppPaths
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import keys
from nabestaanden.store.base import Store
from nabestaanden.store.opening import OpenStore, open_store
from tests.support.examples import example_document

NOW = datetime(2026, 11, 29, 10, 0, 0)
SECRETS = (b"Berg", b"Johanna", b"111222333", b"NL91ABNA0417164300", b"Lindelaan")


def open_new(paths: AppPaths) -> OpenStore:
    return open_store(paths, keys.create_keyring_key(paths), NOW)


def existing_store_with_example(paths: AppPaths) -> None:
    """A closed store in ``paths`` holding the documented example dossier."""
    store = open_new(paths)
    import_example(store)
    store.close()


def import_example(store: Store) -> int:
    data = read_dossier(example_document(), date(2026, 11, 29))
    with store.session() as session:
        dossier = dossier_store.import_dossier(session, data, NOW)
        session.commit()
        return dossier.id


TODAY = NOW.date()  # the example died on 15 March 2026
