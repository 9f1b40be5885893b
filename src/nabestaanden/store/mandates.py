"""The mandate register of a dossier: add or change a mandate, record a status.

The rules (``domain.mandate_rules``) are checked here too, so nothing reaches the
file that the window or the exchange reader would refuse.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from nabestaanden.domain.dossier import DECEASED
from nabestaanden.domain.mandate_rules import check_mandate, check_status_change
from nabestaanden.domain.mandates import Mandate
from nabestaanden.store import audit, conflicts, dossiers, mapping, models
from nabestaanden.store.conflicts import Seen


def mandate_rows(dossier: models.Dossier) -> list[tuple[int, Mandate]]:
    """The dossier's mandates with their numbers, in the order they were added."""
    contact, heirs = mapping.persons_of(dossier)
    return [(row.id, mapping.mandate_to_domain(row, contact, heirs)) for row in dossier.mandates]


def mandate_row(session: Session, dossier_id: int, mandate_id: int) -> models.Mandate:
    row = session.get(models.Mandate, mandate_id)
    if row is None or row.dossier_id != dossier_id:
        raise LookupError(f"Machtiging {mandate_id} staat niet in dit dossier.")
    return row


def save_mandate(
    session: Session,
    dossier_id: int,
    mandate: Mandate,
    now: datetime,
    mandate_id: int | None = None,
    seen: Seen | None = None,
) -> int:
    """Add a mandate, or replace what ``mandate_id`` says (its history included, as the
    caller passes it on); return its number. Each change leaves an audit entry.

    Raise:
        MandateRefused: the mandate breaks a rule (``domain.mandate_rules``).
        EditConflict: somebody else changed the mandate since ``seen``.
    """
    check_mandate(mandate)
    dossier = dossiers.get_dossier(session, dossier_id)
    contact, heirs = mapping.persons_of(dossier)
    session.flush()
    fresh = mapping.mandate_from_domain(mandate, contact, heirs, now)
    if mandate_id is None:
        dossier.mandates.append(fresh)
        session.flush()
        audit.record(
            dossier, now, "create", "mandate", fresh.id, "legal_basis", None, fresh.legal_basis
        )
        dossier.updated_at = now
        return fresh.id
    row = mandate_row(session, dossier_id, mandate_id)
    stored = mapping.mandate_to_domain(row, contact, heirs)
    conflicts.check_row(session, "mandate", row, seen, [("mandate", stored, mandate)])
    old = audit.json_text(mapping.mandate_json_of(row, contact, heirs))
    for column in (
        "holder_person_id",
        "holder_organisation",
        "legal_basis",
        "evidence_document",
        "evidence_date",
        "evidence_reference",
        "duration",
        "task_id",
        "valid_from",
        "valid_until",
        "status",
        "status_since",
        "history",
        "note",
    ):
        setattr(row, column, getattr(fresh, column))
    row.services.clear()
    for service in list(fresh.services):
        fresh.services.remove(service)
        row.services.append(service)
    row.updated_at = now
    dossier.updated_at = now
    session.flush()
    new = audit.json_text(mapping.mandate_json_of(row, contact, heirs))
    if old != new:
        audit.record(dossier, now, "update", "mandate", row.id, "mandate", old, new)
    return row.id


def set_mandate_status(
    session: Session,
    dossier_id: int,
    mandate_id: int,
    status: str,
    on: date,
    now: datetime,
    note: str = "",
    seen: Seen | None = None,
) -> Mandate:
    """Record a new status (aangevraagd, actief, ingetrokken...): added to the history,
    so revoking keeps what came before.

    Raise:
        MandateRefused: the date or the status breaks a rule, the same ones the status
            dialog and the exchange reader apply (in the future, before the death,
            before the previous status, after an ended one).
        EditConflict: somebody else recorded another status since ``seen``.
    """
    dossier = dossiers.get_dossier(session, dossier_id)
    contact, heirs = mapping.persons_of(dossier)
    row = mandate_row(session, dossier_id, mandate_id)
    died = mapping.person(dossier, DECEASED).date_of_death
    current = mapping.mandate_to_domain(row, contact, heirs)
    conflicts.check_row(session, "mandate", row, seen, [("status", current.status, status)])
    mandate = check_status_change(current, status, on, now.date(), died, note)
    audit.record(dossier, now, "update", "mandate", row.id, "status", row.status, status)
    row.status = status
    row.status_since = on
    row.history = mapping.history_json(mandate.history)
    row.updated_at = now
    dossier.updated_at = now
    return mandate
