"""The family's details per organisation: its address, their reference there."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from nabestaanden.domain import dossier as domain
from nabestaanden.store import audit, dossiers, mapping, models


def set_organisation_details(
    session: Session,
    dossier_id: int,
    details: domain.OrganisationDetails,
    now: datetime,
    position: int | None = None,
) -> int:
    """Keep the family's details at one organisation (its address, their reference).

    ``position`` replaces that entry; ``None`` adds a new one. Returns the entry's
    position, which stays stable while entries are only added or changed.
    """
    dossier = dossiers.get_dossier(session, dossier_id)
    if position is None:
        position = max((row.position for row in dossier.organisations), default=-1) + 1
        row = models.OrganisationDetails(position=position)
        dossier.organisations.append(row)
        action = "create"
    else:
        found = next((row for row in dossier.organisations if row.position == position), None)
        if found is None:
            raise LookupError(f"Geen organisatie op plaats {position} in dit dossier.")
        row = found
        action = "update"
    old = mapping.organisation_to_domain(row) if action == "update" else None
    mapping.organisation_from_domain(row, details)
    session.flush()
    dossier.updated_at = now
    name = details.name or details.organisation
    audit.record(
        dossier,
        now,
        action,
        "organisation",
        row.id,
        "details",
        None if old is None else (old.name or old.organisation),
        name,
    )
    return position
