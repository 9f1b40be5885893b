"""The audit trail: every change of a dossier, with its old and new value.

Each store function that changes something calls :func:`record` in the same
transaction, so the trail and the change are saved together or not at all.

The trail of a dossier is a hash chain: each entry's hash covers its own fields and
the hash of the entry before it, and the dossier keeps the newest hash. An entry
edited afterwards, one taken out, or the newest ones cut off, all show in
:func:`verify`, by the entry's number. (A chain proves nothing to someone who can
rewrite the whole file with the key; it shows the changes made by hand.)
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from nabestaanden.domain.dossier import FieldValue
from nabestaanden.store import models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The recipe of the hash; a new recipe gets a new name and the old entries keep theirs.
_RECIPE = "nabestaanden-audit-1"
# The key in ``Session.info`` under which a store names who is making changes.
ACTOR = "actor"
# The key in ``Session.info`` of the dossiers whose chain this transaction has locked.
_LOCKED = "audit-locked"


def entry_hash(
    previous: str,
    at: datetime,
    action: str,
    entity: str,
    entity_id: int | None,
    field: str,
    old: str | None,
    new: str | None,
    actor: str = "",
) -> str:
    """The SHA-256 (hex) of one entry, chained to ``previous`` (the entry before).

    An entry that names who made the change (``actor``, migration 0007) covers that
    name too; an entry without one hashes as it always did, so older trails still hold.
    """
    fields = [_RECIPE, previous, at.isoformat(), action, entity, entity_id, field, old, new]
    if actor:
        fields.append(actor)
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def record(
    dossier: models.Dossier,
    now: datetime,
    action: str,
    entity: str,
    entity_id: int | None = None,
    field: str = "",
    old: FieldValue = None,
    new: FieldValue = None,
) -> None:
    def text(value: FieldValue) -> str | None:
        if value is None:
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    lock(dossier)
    previous = dossier.audit_head or ""
    old_text, new_text = text(old), text(new)
    actor = acting_person(dossier)
    digest = entry_hash(previous, now, action, entity, entity_id, field, old_text, new_text, actor)
    entry = models.AuditEntry(
        at=now,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=old_text,
        new_value=new_text,
        prev_hash=previous,
        hash=digest,
    )
    # Through the entry, not dossier.audit.append: appending would first read the whole
    # trail of the dossier (a growing cost of every change); this joins the trail only
    # where it was read already.
    entry.dossier = dossier
    from sqlalchemy.orm import object_session

    session = object_session(dossier)
    if session is not None:
        session.add(entry)
    dossier.audit_head = digest


def lock(dossier: models.Dossier) -> bool:
    """Hold the dossier's row until the transaction ends, and read the end of its chain
    again; done at the first change of a dossier in a transaction.

    Two people changing the same dossier at the office would otherwise both chain to
    the same newest entry (and the trail would break), or both add the same task's
    first progress. The second waits for the first to commit (PostgreSQL
    ``SELECT ... FOR UPDATE``; SQLite has one writer at a time anyway). Read what
    somebody else may have added after this call, not before it.

    Return:
        Whether the lock was taken now (False: held already, or nothing to lock).
    """
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    session = object_session(dossier)
    if session is None or dossier.id is None:
        return False  # a dossier not yet stored: nobody else has it
    held = _held(session)
    if dossier.id not in held:
        head = session.execute(
            select(models.Dossier.audit_head)
            .where(models.Dossier.id == dossier.id)
            .with_for_update()
        ).scalar_one()
        held[dossier.id] = dossier
        if head != dossier.audit_head:
            dossier.audit_head = head
        return True
    return False


def _held(session: Session) -> dict[int, models.Dossier]:
    """The dossiers this transaction has locked. The objects themselves, not only their
    numbers: held here, they stay in the session's (weak) identity map until the
    transaction ends, so the steps after a change (the next deadline) do not read them
    again."""
    transaction = session.get_transaction()
    held = session.info.get(_LOCKED)
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        session.info[_LOCKED] = held
    dossiers: dict[int, models.Dossier] = held[1]
    return dossiers


def locked_already(dossier: models.Dossier) -> None:
    """The dossier was read with its row locked (``dossiers.get_dossier_to_change``):
    its chain's end is current, and :func:`lock` need not read it again."""
    from sqlalchemy.orm import object_session

    session = object_session(dossier)
    if session is not None and dossier.id is not None:
        _held(session)[dossier.id] = dossier


def acting_person(dossier: models.Dossier) -> str:
    """Who makes the change: the name the store put on the session (the signed-in
    database role at the office, the computer's user at home), else nobody named."""
    from sqlalchemy.orm import object_session

    session = object_session(dossier)
    actor = session.info.get(ACTOR, "") if session is not None else ""
    return str(actor)


def json_text(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Break:
    """Where a dossier's trail does not hold: the entry's number (1 = the oldest of
    the dossier) and what is wrong, in Dutch."""

    number: int
    problem: str


def verify(dossier: models.Dossier) -> list[Break]:
    """Every place where the dossier's audit trail was changed after it was written."""
    breaks: list[Break] = []
    previous = ""
    entries = sorted(dossier.audit, key=lambda entry: entry.id)
    for number, entry in enumerate(entries, start=1):
        if entry.prev_hash != previous:
            breaks.append(
                Break(
                    number,
                    f"vóór vermelding {number} ontbreekt een vermelding of is er een tussengevoegd",
                )
            )
        expected = entry_hash(
            entry.prev_hash,
            entry.at,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.field,
            entry.old_value,
            entry.new_value,
            entry.actor or "",
        )
        if entry.hash != expected:
            breaks.append(Break(number, f"vermelding {number} is achteraf veranderd"))
        previous = entry.hash
    if (dossier.audit_head or "") != previous:
        breaks.append(
            Break(len(entries), f"na vermelding {len(entries)} ontbreken een of meer vermeldingen")
        )
    return breaks
