"""The list of dossiers, read straight from the file without the ORM.

Start-up reads this to fill the dossier list quickly; opening one dossier uses the
ORM. A test checks these queries against the migrated schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nabestaanden.domain.dossier import full_name
from nabestaanden.store.connection import DbConnection

_SUMMARY_QUERY = """
SELECT d.id, d.uuid, d.title, d.created_at, d.updated_at, d.archived_at,
       p.first_names, p.surname_prefix, p.surname, p.date_of_death,
       d.next_deadline, d.next_deadline_task, d.intake_step
FROM dossier AS d
LEFT JOIN person AS p ON p.dossier_id = d.id AND p.role = 'deceased'
ORDER BY d.id
"""


@dataclass(frozen=True)
class DossierSummary:
    """One row of the dossier list."""

    id: int
    uuid: str
    title: str
    deceased_name: str
    date_of_death: date | None
    created_at: datetime
    updated_at: datetime
    archived: bool
    next_deadline: date | None = None
    next_deadline_task: str = ""
    intake_step: str = ""

    @property
    def display_name(self) -> str:
        """The dossier's own name, else the deceased's name, else 'Nieuw dossier'."""
        return self.title or self.deceased_name or "Nieuw dossier"


def _as_datetime(value: str | None) -> datetime:
    return datetime.fromisoformat(value) if value else datetime.min


def list_dossiers(connection: DbConnection) -> list[DossierSummary]:
    """Every dossier, in the order they were made."""
    rows = connection.execute(_SUMMARY_QUERY).fetchall()
    return [
        DossierSummary(
            id=int(row[0]),
            uuid=str(row[1]),
            title=str(row[2] or ""),
            deceased_name=full_name(row[6] or "", row[7] or "", row[8] or ""),
            date_of_death=date.fromisoformat(row[9]) if row[9] else None,
            created_at=_as_datetime(row[3]),
            updated_at=_as_datetime(row[4]),
            archived=row[5] is not None,
            next_deadline=date.fromisoformat(row[10]) if row[10] else None,
            next_deadline_task=str(row[11] or ""),
            intake_step=str(row[12] or ""),
        )
        for row in rows
    ]
