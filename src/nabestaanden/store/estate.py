"""The estate's rows: items of the boedel and documents sent, added, changed and
removed one at a time, each change in the audit trail and under optimistic locking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from nabestaanden.domain import estate as domain
from nabestaanden.store import audit, conflicts, mapping, models
from nabestaanden.store.dossiers import DossierNotFound

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nabestaanden.store.conflicts import Saved, Seen

ITEM: str = "estate_item"
DOCUMENT: str = "document_sent"
Row = TypeVar("Row", models.EstateItem, models.DocumentSent)


class RowNotFound(DossierNotFound):
    """The item or document is not (any longer) in the dossier."""


def _item_text(row: models.EstateItem) -> str | None:
    return audit.json_text(
        {
            "kind": row.kind,
            "description": row.description,
            "organisation": row.organisation,
            "reference": row.reference,
            "value_cents": row.value_cents,
            "value_basis": row.value_basis,
            "owned": row.owned,
            "letter_id": row.letter_id,
        }
    )


def _document_text(row: models.DocumentSent) -> str | None:
    return audit.json_text(
        {
            "document": row.document,
            "copy": row.copy_kind,
            "organisation": row.organisation,
            "sent_on": row.sent_on.isoformat() if row.sent_on else None,
            "returned_on": row.returned_on.isoformat() if row.returned_on else None,
            "description": row.description,
        }
    )


def _locked(session: Session, dossier_id: int) -> models.Dossier:
    """The dossier, its row locked before its list is read: a colleague may just have
    added or changed one."""
    dossier = session.get(models.Dossier, dossier_id)
    if dossier is None:
        raise DossierNotFound(f"Er is geen dossier met nummer {dossier_id}.")
    audit.lock(dossier)
    return dossier


def _row(session: Session, kind: type[Row], dossier_id: int, number: int, missing: str) -> Row:
    row = session.get(kind, number)
    if row is None or row.dossier_id != dossier_id:
        raise RowNotFound(missing)
    return row


def _add(
    session: Session,
    dossier: models.Dossier,
    rows: list[Any],
    row: Any,
    names: tuple[str, str],
    as_text: Callable[[Any], str | None],
    now: datetime,
) -> int:
    rows.append(row)
    session.flush()
    entity, field = names
    audit.record(dossier, now, "create", entity, row.id, field, None, as_text(row))
    dossier.updated_at = now
    return int(row.id)


def _replace(
    session: Session,
    dossier: models.Dossier,
    row: Any,
    names: tuple[str, str],
    versions: tuple[object, object],
    as_text: Callable[[Any], str | None],
    now: datetime,
    seen: Seen | None,
    write: Callable[[], None],
) -> None:
    """Write a changed row after the conflict check; the trail gets the row before and
    after (``names``: the entity and the field in the trail; ``versions``: the stored
    and the new value, for the check)."""
    entity, field = names
    conflicts.check_row(session, entity, row, seen, [(field, *versions)])
    old = as_text(row)
    write()
    new = as_text(row)
    if old != new:
        audit.record(dossier, now, "update", entity, row.id, field, old, new)
        dossier.updated_at = now


def _remove(
    dossier: models.Dossier,
    rows: list[Any],
    row: Any,
    names: tuple[str, str],
    as_text: Callable[[Any], str | None],
    now: datetime,
) -> None:
    """Take the row out of the list and number the others again, in order."""
    entity, field = names
    old = as_text(row)
    number = row.id
    rows.remove(row)
    for position, rest in enumerate(rows):
        rest.position = position
    audit.record(dossier, now, "delete", entity, number, field, old, None)
    dossier.updated_at = now


_ITEM_GONE = "Deze post staat niet (meer) in het dossier. Lees het dossier opnieuw."
_DOCUMENT_GONE = (
    "Dit verstuurde document staat niet (meer) in het dossier. Lees het dossier opnieuw."
)


def add_item(session: Session, dossier_id: int, item: domain.EstateItem, now: datetime) -> int:
    """Add an item at the end of the list; return its number.

    Raise:
        EstateRefused: the item does not hold together; nothing was saved.
    """
    domain.check_item(item)
    dossier = _locked(session, dossier_id)
    row = models.EstateItem()
    mapping.estate_item_from_domain(row, item, len(dossier.estate_items))
    return _add(session, dossier, dossier.estate_items, row, (ITEM, "item"), _item_text, now)


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
    dossier = _locked(session, dossier_id)
    row = _row(session, models.EstateItem, dossier_id, item_id, _ITEM_GONE)
    _replace(
        session,
        dossier,
        row,
        (ITEM, "item"),
        (mapping.estate_to_domain_item(row), item),
        _item_text,
        now,
        seen,
        lambda: mapping.estate_item_from_domain(row, item, row.position),
    )


def remove_item(session: Session, dossier_id: int, item_id: int, now: datetime) -> None:
    dossier = _locked(session, dossier_id)
    row = _row(session, models.EstateItem, dossier_id, item_id, _ITEM_GONE)
    _remove(dossier, dossier.estate_items, row, (ITEM, "item"), _item_text, now)


def add_document(
    session: Session, dossier_id: int, document: domain.DocumentSent, now: datetime
) -> int:
    """Record a document sent; return its number.

    Raise:
        EstateRefused: the entry does not hold together; nothing was saved.
    """
    domain.check_document(document)
    dossier = _locked(session, dossier_id)
    row = models.DocumentSent()
    mapping.document_sent_from_domain(row, document, len(dossier.documents_sent))
    return _add(
        session, dossier, dossier.documents_sent, row, (DOCUMENT, "document"), _document_text, now
    )


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
    dossier = _locked(session, dossier_id)
    row = _row(session, models.DocumentSent, dossier_id, document_id, _DOCUMENT_GONE)
    _replace(
        session,
        dossier,
        row,
        (DOCUMENT, "document"),
        (mapping.document_to_domain(row), document),
        _document_text,
        now,
        seen,
        lambda: mapping.document_sent_from_domain(row, document, row.position),
    )


def remove_document(session: Session, dossier_id: int, document_id: int, now: datetime) -> None:
    dossier = _locked(session, dossier_id)
    row = _row(session, models.DocumentSent, dossier_id, document_id, _DOCUMENT_GONE)
    _remove(dossier, dossier.documents_sent, row, (DOCUMENT, "document"), _document_text, now)


def _saved(session: Session, kind: type[Row], entity: str, number: int) -> Saved:
    session.flush()
    row = session.get(kind, number)
    return () if row is None else ((f"{entity}:{row.id}", conflicts.Seen(row.version, ())),)


def item_saved(session: Session, item_id: int) -> Saved:
    """The item's version as this transaction leaves it (see ``conflicts.Saved``)."""
    return _saved(session, models.EstateItem, ITEM, item_id)


def document_saved(session: Session, document_id: int) -> Saved:
    """The entry's version as this transaction leaves it."""
    return _saved(session, models.DocumentSent, DOCUMENT, document_id)
