"""Checking what is stored: the audit trail of every dossier, link by link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nabestaanden.store.audit import Break
    from nabestaanden.store.base import Store


@dataclass(frozen=True)
class TrailReport:
    """One dossier's audit trail: how many entries, and where it does not hold."""

    dossier_id: int
    name: str
    entries: int
    breaks: list[Break]

    @property
    def intact(self) -> bool:
        return not self.breaks


def verify_audit(store: Store) -> list[TrailReport]:
    """The audit trail of each dossier checked against its hash chain (a read)."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from nabestaanden.store import audit, mapping, models

    reports = []
    with store.session() as session:
        dossiers = session.scalars(
            select(models.Dossier)
            .options(selectinload(models.Dossier.audit), selectinload(models.Dossier.persons))
            .order_by(models.Dossier.id)
        )
        for row in dossiers:
            name = row.title or mapping.to_domain(row).deceased.full_name or "Nieuw dossier"
            reports.append(TrailReport(row.id, name, len(row.audit), audit.verify(row)))
    return reports
