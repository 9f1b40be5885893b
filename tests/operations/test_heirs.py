"""The heirs of a dossier and the mandates they hold."""

from __future__ import annotations

import pytest

from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dossier import Heir
from nabestaanden.operations import dossiers, heirs, mandates
from nabestaanden.resources import default_letters
from nabestaanden.store.opening import OpenStore
from nabestaanden.store.persons import HeirHoldsMandate
from tests.support.examples import bank_mandate
from tests.support.stores import TODAY


def test_an_heir_with_a_running_mandate_stays_until_it_is_revoked(
    store: OpenStore, catalogue: Catalogue, example: int
) -> None:
    heirs.set_heirs(store, catalogue, example, [(None, Heir("Lukas", "van", "Dijk", "child"))])
    mandate = bank_mandate(TODAY, "geen_einddatum", holder="heir:0", basis="boedelvolmacht")
    number = mandates.save_mandate(store, catalogue, example, mandate).value
    with pytest.raises(HeirHoldsMandate, match="Lukas van Dijk heeft een machtiging"):
        heirs.set_heirs(store, catalogue, example, [])
    mandates.set_mandate_status(store, catalogue, example, number, "ingetrokken", TODAY)
    heirs.set_heirs(store, catalogue, example, [])
    state = dossiers.open_dossier(store, example, catalogue, default_letters(), TODAY)
    assert state.data.heirs == []
    assert state.data.mandates[0].holder.organisation == "Lukas van Dijk (geen erfgenaam meer)"
