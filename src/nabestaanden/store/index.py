"""The list of dossiers, read straight from the file without the ORM.

Start-up reads this to fill the dossier list quickly; opening one dossier uses the
ORM. A test checks these queries against the migrated schema.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from nabestaanden.store.connection import DbConnection

if TYPE_CHECKING:
    from sqlalchemy import Connection

_SUMMARY_QUERY = """
SELECT d.id, d.uuid, d.title, d.created_at, d.updated_at, d.archived_at,
       p.first_names, p.surname_prefix, p.surname, p.date_of_death,
       d.next_deadline, d.next_deadline_task, d.intake_step
FROM dossier AS d
LEFT JOIN person AS p ON p.dossier_id = d.id AND p.role = 'deceased'
ORDER BY d.id
"""


class DossierSummary(NamedTuple):
    """One row of the dossier list.

    A named tuple rather than a frozen dataclass: just as immutable, and several times
    quicker to make, which counts with thousands of dossiers.
    """

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


def list_dossiers(connection: DbConnection) -> list[DossierSummary]:
    """Every dossier, in the order they were made (SQLite: dates come as text)."""
    return summaries_of(
        connection.execute(_SUMMARY_QUERY).fetchall(), date.fromisoformat, datetime.fromisoformat
    )


def list_dossiers_on(connection: Connection) -> list[DossierSummary]:
    """The same on a SQLAlchemy connection to PostgreSQL (office mode), where the
    driver gives dates and times as such."""
    from sqlalchemy import text

    rows = connection.execute(text(_SUMMARY_QUERY)).all()
    return summaries_of(rows, _same, _same)


def _same(value: Any) -> Any:
    return value


def summaries_of(
    rows: Sequence[Sequence[Any]], day: Callable[[Any], date], moment: Callable[[Any], datetime]
) -> list[DossierSummary]:
    """The list rows from the query's rows."""
    # One pass with local names: this runs for every dossier at start-up. The columns
    # are NOT NULL where no ``or`` follows; the drivers give ints and strs already.
    summary = DossierSummary
    strip = str.strip
    never = datetime.min
    return [
        summary(
            row[0],
            row[1],
            row[2] or "",
            # full_name(): the stripped parts that are not empty, one space apart
            " ".join(filter(None, map(strip, (row[6] or "", row[7] or "", row[8] or "")))),
            day(row[9]) if row[9] else None,
            moment(row[3]) if row[3] else never,
            moment(row[4]) if row[4] else never,
            row[5] is not None,
            day(row[10]) if row[10] else None,
            row[11] or "",
            row[12] or "",
        )
        for row in rows
    ]
