"""Two people changing the same thing: optimistic locking of tasks, mandates, letters.

Every row a person edits carries a version (migration 0008) that SQLAlchemy raises
with each change (``version_id_col``). The window keeps the version it showed and
hands it back with the save (``seen``). When the stored version has moved on,
somebody else saved in between: if they changed the same part, the save stops with
:class:`EditConflict`, carrying both versions, who made the other one and when, and
the version to name when the user keeps their own; nothing is written. A change to
another part of the row (they set the status, you typed the note) is no conflict.

Two saves at the very same moment are caught by the version check of the UPDATE
itself (PostgreSQL waits for the first, then finds the version gone): the second
gets :class:`SavedAtOnce`, nothing of it written, and is read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from nabestaanden.store import models

# The parts of a row a conflict can be about, with how the message names them.
PART_NAMES = {
    "status": "de status van de taak",
    "note": "de notitie bij de taak",
    "mandate": "de machtiging",
    "body": "de tekst van de brief",
    "sent_on": "de verzenddatum van de brief",
    "answer_received_on": "de datum van het antwoord",
}


class SavedAtOnce(Exception):
    """Somebody else saved the same row at the same moment; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "Iemand anders sloeg op hetzelfde moment iets op in dit dossier. Uw wijziging "
            "is niet bewaard; het dossier wordt opnieuw gelezen. Probeer het daarna nog eens."
        )


@dataclass(frozen=True)
class Seen:
    """What the window showed of a row when the user began to change it: its version
    and the parts as they were (``values``), to tell their change from yours."""

    version: int
    values: tuple[tuple[str, object], ...] = ()

    def value(self, part: str) -> object:
        return dict(self.values).get(part)


class EditConflict(Exception):
    """Somebody else changed the same part since it was shown; nothing was written.

    Attributes:
        entity: ``task``, ``mandate`` or ``letter``.
        key: the task id, or the number of the mandate or letter.
        part: which part (a key of :data:`PART_NAMES`).
        mine: the value the user tried to save.
        theirs: the value stored now.
        by: who stored it ("" when the trail names nobody).
        at: when, from the audit trail (None when it has no entry).
        version: the stored version; save again with it to keep your own.
    """

    def __init__(
        self,
        entity: str,
        key: str,
        part: str,
        mine: object,
        theirs: object,
        by: str,
        at: datetime | None,
        version: int,
    ) -> None:
        self.entity, self.key, self.part = entity, key, part
        self.mine, self.theirs = mine, theirs
        self.by, self.at, self.version = by, at, version
        super().__init__(self.message())

    def message(self) -> str:
        who = f"{self.by} heeft" if self.by else "Iemand anders heeft"
        from nabestaanden.domain.dates import long_date

        when = f" op {long_date(self.at.date())} om {self.at:%H:%M}" if self.at else ""
        return (
            f"{who} {PART_NAMES.get(self.part, self.part)}{when} veranderd, nadat u die "
            "opende. Uw wijziging is nog niet bewaard: kies welke versie blijft."
        )


def last_change(
    session: Session, dossier_id: int, entity: str, entity_id: int
) -> tuple[str, datetime | None]:
    """Who made the newest change to a row, and when (from the audit trail)."""
    row = session.execute(
        select(models.AuditEntry.actor, models.AuditEntry.at)
        .where(
            models.AuditEntry.dossier_id == dossier_id,
            models.AuditEntry.entity == entity,
            models.AuditEntry.entity_id == entity_id,
        )
        .order_by(models.AuditEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return "", None
    return row.actor or "", row.at


def check(
    session: Session,
    dossier_id: int,
    entity: str,
    key: str,
    row_id: int,
    version: int,
    seen: Seen | None,
    changes: list[tuple[str, object, object]],
) -> None:
    """Stop a save that would overwrite somebody else's change.

    ``changes`` lists (part, stored value now, value to save) for each part the user
    changes. With ``seen`` None (the command line, an import) nothing is checked.
    A part counts as changed by somebody else when the stored value is no longer the
    one the user saw; a stored value equal to the user's own is no conflict either.

    Raise:
        EditConflict: for the first such part.
    """
    if seen is None or seen.version == version:
        return
    whole = not seen.values  # a row saved as a whole (a mandate, a letter's text)
    for part, stored, mine in changes:
        if stored == mine:
            continue
        if whole or stored != seen.value(part):
            by, at = last_change(session, dossier_id, entity, row_id)
            raise EditConflict(entity, key, part, mine, stored, by, at, version)


class Versioned(Protocol):
    """A row under optimistic locking: a mandate, a letter (tasks go by their id)."""

    id: int
    dossier_id: int
    version: int


def check_row(
    session: Session,
    entity: str,
    row: Versioned,
    seen: Seen | None,
    changes: list[tuple[str, object, object]],
) -> None:
    """:func:`check` for a row known by its number (a mandate, a letter)."""
    check(session, row.dossier_id, entity, str(row.id), row.id, row.version, seen, changes)


# What a window now sees of a row it saved itself, under its key in
# ``DossierState.versions`` ("task:ID", "mandate:N", "letter:N"): the next save from
# the same window names this version, so a quick second change is no conflict.
Saved = tuple[tuple[str, Seen], ...]


def task_saved(session: Session, dossier_id: int, task_id: str) -> Saved:
    """The task's version, status and note as this transaction leaves them."""
    session.flush()
    dossier = session.get(models.Dossier, dossier_id)  # in the session already
    rows = dossier.tasks if dossier is not None else []
    row = next((item for item in rows if item.task_id == task_id), None)
    if row is None:
        return ()
    values = (("status", row.status), ("note", row.note))
    return ((f"task:{task_id}", Seen(row.version, values)),)


def mandate_saved(session: Session, mandate_id: int) -> Saved:
    """The mandate's version and status as this transaction leaves them."""
    session.flush()
    row = session.get(models.Mandate, mandate_id)
    if row is None:
        return ()
    return ((f"mandate:{row.id}", Seen(row.version, (("status", row.status),))),)


def letter_saved(session: Session, letter_id: int) -> Saved:
    """The letter's version, text and dates as this transaction leaves them."""
    session.flush()
    row = session.get(models.Letter, letter_id)
    if row is None:
        return ()
    body = row.body
    if row.content is not None:
        from nabestaanden.domain.letters import LetterContent

        body = LetterContent.from_json(row.content).body_text
    values = (
        ("body", body),
        ("sent_on", row.sent_on),
        ("answer_received_on", row.answer_received_on),
    )
    return ((f"letter:{row.id}", Seen(row.version, values)),)
