"""Mandates in the encrypted store: imported, kept with their history, exported again."""

from __future__ import annotations

from datetime import date

from nabestaanden.domain.exchange import read_dossier, write_dossier
from nabestaanden.paths import AppPaths
from nabestaanden.store import repository
from tests.domain.test_exchange import MANDATE
from tests.store.test_store import NOW, open_new
from tests.support.examples import example_document


def test_mandates_survive_the_store_with_holders_services_and_history(paths: AppPaths) -> None:
    document = example_document()
    document["contact"]["address"]["country"] = "NL"
    document["heirs"] = [
        {
            "first_names": "Zoë",
            "surname_prefix": "",
            "surname": "Berg",
            "relation": "child",
            "address": None,
        },
    ]
    document["mandates"] = [
        MANDATE,
        {
            **MANDATE,
            "holder": {"person": "heir:0"},
            "duration": "eenmalig",
            "task": "banken_melden",
            "valid_until": None,
        },
        {**MANDATE, "holder": {"organisation": "Notaris De Vries"}, "legal_basis": "executeur"},
    ]
    data = read_dossier(document, date(2026, 11, 29))
    store = open_new(paths)
    try:
        with store.session() as session:
            dossier_id = repository.import_dossier(session, data, NOW).id
            session.commit()
        with store.session() as session:
            back = repository.to_domain(repository.get_dossier(session, dossier_id))
        assert back.mandates == data.mandates
        assert write_dossier(back) == document
    finally:
        store.close()
