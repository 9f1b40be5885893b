"""The estate's rows: items of the boedel and documents sent, added, changed and
removed one at a time, each change in the audit trail and under optimistic locking."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nabestaanden.domain import estate as domain
from nabestaanden.store import audit, conflicts, mapping, models
from nabestaanden.store.dossiers import DossierNotFound

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nabestaanden.store.conflicts import Saved, Seen

ITEM: str = "estate_item"
DOCUMENT: str = "document_sent"


class RowNotFound(DossierNotFound):
    """The item or document is not (any longer) in the dossier."""


def _dossier(session: Session, dossier_id: int) -> models.Dossier:
    dossier = session.get(models.Dossier, dossier_id)
    if dossier is None:
        raise DossierNotFound(f"Er is geen dossier met nummer {dossier_id}.")
    return dossier


def _item_text(row: models.EstateItem) -> str:
    return json.dumps(
        {
            "kind": row.kind,
            "description": row.description,
            "organisation": row.organisation,
            "reference": row.reference,
            "value_cents": row.value_cents,
            "value_basis": row.value_basis,
            "owned": row.owned,
            "letter_id": row.letter_id,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _document_text(row: models.DocumentSent) -> str:
    return json.dumps(
        {
            "document": row.document,
            "copy": row.copy_kind,
            "organisation": row.organisation,
            "sent_on": row.sent_on.isoformat() if row.sent_on else None,
            "returned_on": row.returned_on.isoformat() if row.returned_on else None,
            "description": row.description,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _replace(
    dossier: models.Dossier,
    row: Any,
    names: tuple[str, str],
    versions: tuple[object, object],
    as_text: Callable[[Any], str],
    now: datetime,
    seen: Seen | None,
    write: Callable[[], None],
) -> None:
    """Write a changed row after the conflict check; the trail gets the row before and
    after (``names``: the entity and the field in the trail; ``versions``: the stored
    and the new value, for the check)."""
    entity, field = names
    conflicts.check_row(dossier_session(dossier), entity, row, seen, [(field, *versions)])
    old = as_text(row)
    write()
    new = as_text(row)
    if old != new:
        audit.record(dossier, now, "update", entity, row.id, field, old, new)
        dossier.updated_at = now


def dossier_session(dossier: models.Dossier) -> Session:
    from sqlalchemy.orm import object_session

    session = object_session(dossier)
    if session is None:
        raise RuntimeError("the dossier is not in a session")
    return session


def add_item(session: Session, dossier_id: int, item: domain.EstateItem, now: datetime) -> int:
    """Add an item at the end of the list; return its number.

    Raise:
        EstateRefused: the item does not hold together; nothing was saved.
    """
    domain.check_item(item)
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)  # before reading the list: a colleague may just have added one
    row = models.EstateItem()
    mapping.estate_item_from_domain(row, item, len(dossier.estate_items))
    dossier.estate_items.append(row)
    session.flush()
    audit.record(dossier, now, "create", ITEM, row.id, "item", None, _item_text(row))
    dossier.updated_at = now
    return row.id


def _item_row(session: Session, dossier_id: int, item_id: int) -> models.EstateItem:
    row = session.get(models.EstateItem, item_id)
    if row is None or row.dossier_id != dossier_id:
        raise RowNotFound("Deze post staat niet (meer) in het dossier. Lees het dossier opnieuw.")
    return row


def change_item(
    session: Session,
    dossier_id: int,
    item_id: int,
    item: domain.EstateItem,
    now: datetime,
    seen: Seen | None = None,
) -> None:
    """Replace what the item says (a value that came in, a correction).

    Raise:
        EstateRefused: the item does not hold together; nothing was saved.
        EditConflict: somebody else changed it since ``seen``.
    """
    domain.check_item(item)
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)
    row = _item_row(session, dossier_id, item_id)
    stored = mapping.estate_to_domain_item(row)
    _replace(
        dossier,
        row,
        (ITEM, "item"),
        (stored, item),
        _item_text,
        now,
        seen,
        lambda: mapping.estate_item_from_domain(row, item, row.position),
    )


def remove_item(session: Session, dossier_id: int, item_id: int, now: datetime) -> None:
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)
    row = _item_row(session, dossier_id, item_id)
    old = _item_text(row)
    dossier.estate_items.remove(row)
    for position, rest in enumerate(dossier.estate_items):
        rest.position = position
    audit.record(dossier, now, "delete", ITEM, item_id, "item", old, None)
    dossier.updated_at = now


def add_document(
    session: Session, dossier_id: int, document: domain.DocumentSent, now: datetime
) -> int:
    """Record a document sent; return its number.

    Raise:
        EstateRefused: the entry does not hold together; nothing was saved.
    """
    domain.check_document(document)
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)
    row = models.DocumentSent()
    mapping.document_sent_from_domain(row, document, len(dossier.documents_sent))
    dossier.documents_sent.append(row)
    session.flush()
    audit.record(dossier, now, "create", DOCUMENT, row.id, "document", None, _document_text(row))
    dossier.updated_at = now
    return row.id


def _document_row(session: Session, dossier_id: int, document_id: int) -> models.DocumentSent:
    row = session.get(models.DocumentSent, document_id)
    if row is None or row.dossier_id != dossier_id:
        raise RowNotFound(
            "Dit verstuurde document staat niet (meer) in het dossier. Lees het dossier opnieuw."
        )
    return row


def change_document(
    session: Session,
    dossier_id: int,
    document_id: int,
    document: domain.DocumentSent,
    now: datetime,
    seen: Seen | None = None,
) -> None:
    """Replace what the entry says (it came back, a date corrected).

    Raise:
        EstateRefused, EditConflict: as :func:`change_item`.
    """
    domain.check_document(document)
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)
    row = _document_row(session, dossier_id, document_id)
    stored = mapping.document_to_domain(row)
    _replace(
        dossier,
        row,
        (DOCUMENT, "document"),
        (stored, document),
        _document_text,
        now,
        seen,
        lambda: mapping.document_sent_from_domain(row, document, row.position),
    )


def remove_document(session: Session, dossier_id: int, document_id: int, now: datetime) -> None:
    dossier = _dossier(session, dossier_id)
    audit.lock(dossier)
    row = _document_row(session, dossier_id, document_id)
    old = _document_text(row)
    dossier.documents_sent.remove(row)
    for position, rest in enumerate(dossier.documents_sent):
        rest.position = position
    audit.record(dossier, now, "delete", DOCUMENT, document_id, "document", old, None)
    dossier.updated_at = now


def item_saved(session: Session, item_id: int) -> Saved:
    """The item's version as this transaction leaves it (see ``conflicts.Saved``)."""
    session.flush()
    row = session.get(models.EstateItem, item_id)
    return () if row is None else ((f"{ITEM}:{row.id}", conflicts.Seen(row.version, ())),)


def document_saved(session: Session, document_id: int) -> Saved:
    session.flush()
    row = session.get(models.DocumentSent, document_id)
    return () if row is None else ((f"{DOCUMENT}:{row.id}", conflicts.Seen(row.version, ())),)
