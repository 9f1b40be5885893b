"""The heirs of a dossier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from nabestaanden.domain.dossier import Heir
from nabestaanden.operations.work import MANDATES, PERSONS, PLAN, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.store.base import Store


def set_heirs(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    heirs: Sequence[tuple[int | None, Heir]],
) -> Changed[None]:
    """Set the heirs, in this order; each with their place before (None: new).

    Raise:
        HeirHoldsMandate: an heir left out still holds a running mandate; nothing
            was changed.
    """
    from nabestaanden.store import persons

    with changing(store, catalogue) as work:
        persons.set_heirs(work.session, dossier_id, heirs, work.now)
        work.touch(dossier_id)
    return Changed(None, dossier_id, frozenset({PERSONS, MANDATES, PLAN}))
