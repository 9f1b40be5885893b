"""The estate's items and documents sent, as the family enters them: on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.estate import DocumentSent, EstateItem, EstateRefused, totals
from nabestaanden.operations import dossiers, estate, integrity
from nabestaanden.resources import default_letters
from nabestaanden.store.base import Store
from nabestaanden.store.conflicts import EditConflict, Seen
from tests.support.stores import TODAY

HOUSE = EstateItem(
    "house",
    "Woning Kerkstraat 1",
    value=Decimal("325000"),
    value_basis="appraisal",
    owned="community",
)
SAVINGS = EstateItem("savings", "Spaarrekening Rabobank")
LOAN = EstateItem("loan", "Persoonlijke lening", value=Decimal("12000.50"), value_basis="statement")


def stored_estate(store: Store, catalogue: Catalogue, dossier_id: int) -> tuple[EstateItem, ...]:
    state = dossiers.open_dossier(store, dossier_id, catalogue, default_letters(), TODAY)
    return state.data.estate.items


def test_items_added_come_back_in_order_and_count_in_the_totals(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    numbers = [estate.add_item(store, example, item).value for item in (HOUSE, SAVINGS, LOAN)]
    assert len(set(numbers)) == 3
    items = stored_estate(store, catalogue, example)
    assert items == (HOUSE, SAVINGS, LOAN)
    found = totals(items)
    assert (found.assets, found.debts, found.unknown_assets) == (
        Decimal("162500"),
        Decimal("12000.50"),
        1,
    )
    [report] = integrity.verify_audit(store)
    assert report.intact


def test_a_value_that_came_in_is_saved_and_a_colleagues_change_is_not_overwritten(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    added = estate.add_item(store, example, SAVINGS)
    number, [(_key, seen)] = added.value, added.saved
    known = replace(SAVINGS, value=Decimal("4321.09"), value_basis="statement")
    estate.change_item(store, example, number, known, seen)
    assert stored_estate(store, catalogue, example) == (known,)
    # A second window still showing the first version: its save is stopped.
    with pytest.raises(EditConflict):
        estate.change_item(store, example, number, replace(known, value=Decimal(1)), seen)
    assert stored_estate(store, catalogue, example) == (known,)


def test_an_item_that_does_not_hold_together_is_refused_naming_the_fields(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    wrong = EstateItem("car", value=Decimal("-5.123"), value_basis="unknown")
    with pytest.raises(EstateRefused) as caught:
        estate.add_item(store, example, wrong)
    assert caught.value.problems == [
        "Waarde: vul een bedrag in euro's in, zonder min (een schuld staat al bij de schulden).",
        "Hoe bekend: kies afschrift, taxatie of schatting, want er is een bedrag.",
    ]
    with pytest.raises(EstateRefused, match="twee cijfers achter de komma"):
        estate.add_item(
            store, example, replace(wrong, value=Decimal("5.123"), value_basis="estimate")
        )
    assert stored_estate(store, catalogue, example) == ()


def test_removing_an_item_keeps_the_others_in_order(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    first, second, third = (
        estate.add_item(store, example, item).value for item in (HOUSE, SAVINGS, LOAN)
    )
    estate.remove_item(store, example, second)
    assert stored_estate(store, catalogue, example) == (HOUSE, LOAN)
    estate.add_item(store, example, SAVINGS)
    assert stored_estate(store, catalogue, example) == (HOUSE, LOAN, SAVINGS)
    assert first != third


def test_a_document_sent_is_recorded_and_its_return_noted(
    store: Store, catalogue: Catalogue, example: int
) -> None:
    sent = DocumentSent("akte_van_overlijden", "ING", "certified_copy", date(2026, 3, 20))
    added = estate.add_document(store, example, sent)
    back = replace(sent, returned_on=date(2026, 4, 2))
    estate.change_document(store, example, added.value, back, added.saved[0][1])
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.data.estate.documents_sent == (back,)
    with pytest.raises(EstateRefused, match="Naar: vul in"):
        estate.add_document(store, example, replace(sent, organisation=" "))
    estate.remove_document(store, example, added.value)
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.data.estate.documents_sent == ()
    assert isinstance(added.saved[0][1], Seen)
