"""The estate overview: add, change and remove the boedel's items and the documents
sent out. Each is one user action in one transaction (``changing``); what the window
shows of the estate (totals, warnings, shares) follows from the dossier's data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.operations.work import DOSSIER, ESTATE, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.estate import DocumentSent, EstateItem
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen

PARTS = frozenset({ESTATE, DOSSIER})


def add_item(store: Store, dossier_id: int, item: EstateItem) -> Changed[int]:
    """Add an item of the boedel; the value is its number.

    Raise:
        EstateRefused: the item does not hold together (each problem names its field).
    """
    from nabestaanden.store import estate

    with changing(store, None) as work:
        number = estate.add_item(work.session, dossier_id, item, work.now)
        saved = estate.item_saved(work.session, number)
    return Changed(number, dossier_id, PARTS, saved)


def change_item(
    store: Store, dossier_id: int, number: int, item: EstateItem, seen: Seen | None = None
) -> Changed[int]:
    """Change an item (a value that came in, a correction).

    Raise:
        EstateRefused: as :func:`add_item`.
        EditConflict: somebody else changed it since ``seen`` (what the window showed).
    """
    from nabestaanden.store import estate

    with changing(store, None) as work:
        estate.change_item(work.session, dossier_id, number, item, work.now, seen)
        saved = estate.item_saved(work.session, number)
    return Changed(number, dossier_id, PARTS, saved)


def remove_item(store: Store, dossier_id: int, number: int) -> Changed[None]:
    from nabestaanden.store import estate

    with changing(store, None) as work:
        estate.remove_item(work.session, dossier_id, number, work.now)
    return Changed(None, dossier_id, PARTS)


def add_document(store: Store, dossier_id: int, document: DocumentSent) -> Changed[int]:
    """Record an original or copy sent to an organisation; the value is its number.

    Raise:
        EstateRefused: the entry does not hold together.
    """
    from nabestaanden.store import estate

    with changing(store, None) as work:
        number = estate.add_document(work.session, dossier_id, document, work.now)
        saved = estate.document_saved(work.session, number)
    return Changed(number, dossier_id, PARTS, saved)


def change_document(
    store: Store,
    dossier_id: int,
    number: int,
    document: DocumentSent,
    seen: Seen | None = None,
) -> Changed[int]:
    """Change an entry (it came back, a date corrected).

    Raise:
        EstateRefused, EditConflict: as :func:`change_item`.
    """
    from nabestaanden.store import estate

    with changing(store, None) as work:
        estate.change_document(work.session, dossier_id, number, document, work.now, seen)
        saved = estate.document_saved(work.session, number)
    return Changed(number, dossier_id, PARTS, saved)


def remove_document(store: Store, dossier_id: int, number: int) -> Changed[None]:
    from nabestaanden.store import estate

    with changing(store, None) as work:
        estate.remove_document(work.session, dossier_id, number, work.now)
    return Changed(None, dossier_id, PARTS)
