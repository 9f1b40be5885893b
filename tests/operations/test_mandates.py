"""The mandate register: the same rules as the window's dialogs and the exchange reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.exchange import FormatError, read_dossier
from nabestaanden.domain.mandate_rules import MandateRefused
from nabestaanden.domain.mandates import Mandate
from nabestaanden.operations import dossiers, mandates
from nabestaanden.resources import default_letters
from nabestaanden.store.opening import OpenStore
from tests.support.examples import MANDATE, bank_mandate, example_document
from tests.support.stores import TODAY


def bank(on: date = TODAY, duration: str = "geen_einddatum") -> Mandate:
    return bank_mandate(on, duration)


def test_a_mandate_is_saved_activated_and_revoked_with_its_history(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    number = mandates.save_mandate(store, catalogue, example, bank()).value
    mandates.set_mandate_status(store, catalogue, example, number, "actief", TODAY, "getekend")
    mandates.set_mandate_status(store, catalogue, example, number, "ingetrokken", TODAY)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    [(stored_number, stored)] = state.mandates
    assert stored_number == number
    assert [change.status for change in stored.history] == ["concept", "actief", "ingetrokken"]


def test_a_status_the_importer_would_refuse_is_refused_in_the_same_words(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    """Died 15 March 2026: a status dated before that is refused by a file and by the
    store alike, with the same sentence."""
    number = mandates.save_mandate(store, catalogue, example, bank()).value
    with pytest.raises(MandateRefused) as stored:
        mandates.set_mandate_status(store, catalogue, example, number, "actief", date(2026, 3, 1))
    document = example_document()
    document["mandates"] = [
        {**MANDATE, "history": [{"status": "concept", "date": "2026-03-01", "note": ""}]}
    ]
    with pytest.raises(FormatError) as read:
        read_dossier(document, TODAY)
    problem = next(found for found in stored.value.problems if "overlijden" in found.message)
    assert problem.field == "date"
    assert any(problem.message in str(found) for found in read.value.problems)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.mandates[0][1].status == "concept"  # nothing was saved


def test_a_mandate_without_its_task_or_end_date_is_not_saved(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    once = bank(duration="eenmalig")
    with pytest.raises(MandateRefused, match="task: eenmalig"):
        mandates.save_mandate(store, catalogue, example, once)
    until = replace(bank(duration="tot_datum"), valid_until=None)
    with pytest.raises(MandateRefused, match="valid_until: tot een datum"):
        mandates.save_mandate(store, catalogue, example, until)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.mandates == []
