"""Dossiers as a whole, as the window's list and the command line do them."""

from __future__ import annotations

from datetime import date

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.operations import dossiers
from nabestaanden.operations.work import DOSSIER, PLAN
from nabestaanden.resources import default_letters
from nabestaanden.store.dossiers import DossierNotFound
from nabestaanden.store.opening import OpenStore
from tests.support.stores import TODAY


def test_a_new_dossier_is_listed_renamed_archived_and_deleted(
    store: OpenStore, catalogue: Catalogue
) -> None:
    made = dossiers.create_dossier(store)
    assert made.touches(DOSSIER)
    [row] = store.summaries()
    assert (row.id, row.display_name, row.intake_step) == (made.value, "Nieuw dossier", "")
    dossiers.rename_dossier(store, made.value, "  Opa Jan  ")
    assert store.summaries()[0].display_name == "Opa Jan"
    dossiers.set_archived(store, made.value, True)
    assert store.summaries()[0].archived
    dossiers.delete_dossier(store, made.value)
    assert store.summaries() == []


def test_opening_reads_everything_the_tabs_show(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.name == "Johanna Maria van der Berg"
    assert state.values[("deceased", "date_of_death")] == date(2026, 3, 15)
    assert state.intake_step == "done"  # an imported file carries its answers
    assert state.plan.items and state.offers
    # In a calendar: the dossier's own name if it has one, never the deceased's (and
    # not "(dossier 1)", which tells a family nothing).
    assert state.calendar_label == ""
    dossiers.rename_dossier(store, example, "Tante Ilse")
    renamed = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert renamed.calendar_label == "Tante Ilse"


def test_a_changed_field_is_stored_and_says_what_it_touched(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    changed = dossiers.set_person_field(store, catalogue, example, "contact", "phone", "06-1")
    assert changed.value and changed.touches(PLAN)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.data.contact.phone == "06-1"
    again = dossiers.set_person_field(store, catalogue, example, "contact", "phone", "06-1")
    assert again.value is False  # unchanged: nothing written


def test_a_dossier_is_found_by_number_or_code_and_a_wrong_one_named(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    code = store.summaries()[0].uuid
    assert dossiers.find_dossier(store, str(example)) == example
    assert dossiers.find_dossier(store, code[:8]) == example
    with pytest.raises(DossierNotFound, match="geen dossier met nummer 99"):
        dossiers.find_dossier(store, "99")
