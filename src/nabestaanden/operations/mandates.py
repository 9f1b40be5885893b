"""The mandate register: add or change a mandate, record its status."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from nabestaanden.domain.mandates import Mandate
from nabestaanden.operations.work import MANDATES, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen


def save_mandate(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    mandate: Mandate,
    number: int | None = None,
    seen: Seen | None = None,
) -> Changed[int]:
    """Add a mandate (``number`` None) or change one; the value is its number.

    Raise:
        MandateRefused: the mandate breaks a rule; nothing was saved.
        EditConflict: somebody else changed it since ``seen`` (the window's).
    """
    from nabestaanden.store import conflicts, mandates

    with changing(store, catalogue) as work:
        saved = mandates.save_mandate(work.session, dossier_id, mandate, work.now, number, seen)
        now_seen = conflicts.mandate_saved(work.session, saved)
    return Changed(saved, dossier_id, frozenset({MANDATES}), now_seen)


def set_mandate_status(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    number: int,
    status: str,
    on: date,
    note: str = "",
    seen: Seen | None = None,
) -> Changed[Mandate]:
    """Record a new status of a mandate (its history keeps the old ones).

    Raise:
        MandateRefused: the date or status breaks a rule; nothing was saved.
    """
    from nabestaanden.store import conflicts, mandates

    with changing(store, catalogue) as work:
        mandate = mandates.set_mandate_status(
            work.session, dossier_id, number, status, on, work.now, note, seen
        )
        now_seen = conflicts.mandate_saved(work.session, number)
    return Changed(mandate, dossier_id, frozenset({MANDATES}), now_seen)
