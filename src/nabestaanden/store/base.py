"""What every store offers the operations, at home (SQLCipher) or at the office
(PostgreSQL): sessions, the dossier list, closing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nabestaanden.store.index import DossierSummary


class Store(Protocol):
    """An open store. The home store (``opening.OpenStore``) adds its key, its file and
    its backups; the office store (``office.OfficeStore``) its server."""

    def session(self) -> Session:
        """A new ORM session; the operations commit it (``operations.work``)."""
        ...

    def summaries(self) -> list[DossierSummary]:
        """Every dossier as a row of the list, in the order they were made."""
        ...

    @property
    def read_only(self) -> bool:
        """Whether the signed-in person may only read (a meekijker at the office)."""
        ...

    def close(self) -> None: ...
