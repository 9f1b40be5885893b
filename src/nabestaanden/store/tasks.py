"""Progress on the plan's tasks, kept under the catalogue's stable task ids."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nabestaanden.domain import dossier as domain
from nabestaanden.domain.dossier import FieldValue
from nabestaanden.store import audit, conflicts, dossiers, models
from nabestaanden.store.conflicts import Seen


def set_task_progress(
    session: Session,
    dossier_id: int,
    task_id: str,
    now: datetime,
    status: str | None = None,
    note: str | None = None,
    seen: Seen | None = None,
) -> bool:
    """Change the status or the note of one task; ``None`` leaves that part as it is.

    Progress is kept under the catalogue's stable task id, so a catalogue update keeps
    it. Marking a task done records today as ``done_on``; any other status clears it.
    The first move away from "te doen" records ``started_on``; back to "te doen"
    clears it.

    ``seen`` is what the window showed of the task (``conflicts.Seen``: its version,
    status and note); a part somebody else changed since stops the save.

    Return:
        Whether anything changed (an unchanged value writes no audit entry).

    Raise:
        EditConflict: somebody else changed the status or the note in between.
    """
    if status is not None and status not in domain.TASK_STATUSES:
        raise ValueError(f"unknown task status {status!r}")
    # Locked first, then read: somebody else may just have saved this task. Only a
    # status can move the next deadline, which needs the people too.
    dossier = dossiers.get_dossier_to_change(session, dossier_id, people=status is not None)
    row = next((item for item in dossier.tasks if item.task_id == task_id), None)
    if seen is not None:
        wanted: list[tuple[str, object, object]] = []
        if status is not None:
            wanted.append(("status", row.status if row else "todo", status))
        if note is not None:
            wanted.append(("note", row.note if row else "", note.strip()))
        conflicts.check(
            session,
            dossier_id,
            "task",
            task_id,
            row.id if row else 0,
            row.version if row else 0,
            seen,
            wanted,
        )
    created = row is None
    if row is None:
        # No progress yet means "te doen"; a row is only stored when something changes.
        untouched = status in (None, "todo") and not (note or "").strip()
        if untouched:
            return False
        row = models.TaskProgress(
            task_id=task_id, status="todo", note="", started_on=None, done_on=None, updated_at=now
        )
    changes: list[tuple[str, FieldValue, FieldValue]] = []
    if status is not None and status != row.status:
        changes.append(("status", row.status, status))
        done_on = now.date() if status == "done" else None
        if done_on != row.done_on:
            changes.append(("done_on", row.done_on, done_on))
            row.done_on = done_on
        started_on = None if status == "todo" else row.started_on or now.date()
        if started_on != row.started_on:
            changes.append(("started_on", row.started_on, started_on))
            row.started_on = started_on
        row.status = status
    if note is not None and note.strip() != row.note:
        changes.append(("note", row.note, note.strip()))
        row.note = note.strip()
    if created:
        # Written once, with its first values; the trail needs its number.
        dossier.tasks.append(row)
        session.flush()
    for field, old, new in changes:
        audit.record(dossier, now, "update", "task", row.id, field, old, new)
    if changes:
        row.updated_at = now
        dossier.updated_at = now  # after the flush: the dossier's row is written once
    return bool(changes)


def task_history(session: Session, dossier_id: int, task_id: str) -> list[models.AuditEntry]:
    """Every recorded change of one task, oldest first (kept when the task is retired)."""
    progress = select(models.TaskProgress.id).where(
        models.TaskProgress.dossier_id == dossier_id, models.TaskProgress.task_id == task_id
    )
    return list(
        session.scalars(
            select(models.AuditEntry)
            .where(
                models.AuditEntry.dossier_id == dossier_id,
                models.AuditEntry.entity == "task",
                models.AuditEntry.entity_id.in_(progress.scalar_subquery()),
            )
            .order_by(models.AuditEntry.at, models.AuditEntry.id)
        )
    )
