"""Hearing what others change at the office: PostgreSQL's ``LISTEN/NOTIFY``.

Migration 0010 makes the server announce every committed change of a dossier on the
channel ``nabestaanden``: the dossier's number and the role that made it. A
:class:`ChangeListener` holds one connection of its own (autocommit) that listens,
and hands each announcement to a callback. It runs on a thread of its own (the
window's), never on the thread that saves; :meth:`ChangeListener.stop` ends it
within a second. A lost connection ends it too, with the reason, so the window can
fall back to reading the list again now and then (polling).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from nabestaanden.store.office import OfficeTarget

CHANNEL: Final = "nabestaanden"


@dataclass(frozen=True)
class Announced:
    """One committed change: which dossier, and the role that changed it."""

    dossier_id: int
    by: str


def parse(payload: str) -> Announced | None:
    """An announcement's text as sent by the trigger; None for anything else."""
    try:
        data = json.loads(payload)
        return Announced(int(data["dossier"]), str(data["by"]))
    except (ValueError, KeyError, TypeError):
        return None


class ChangeListener:
    """Listens on its own connection until stopped; see the module's description."""

    def __init__(self, target: OfficeTarget, password: str | None) -> None:
        self.target = target
        self._password = password
        self._stopped = threading.Event()
        self.listening = threading.Event()  # set once the server knows to tell it

    def stop(self) -> None:
        self._stopped.set()

    def run(self, heard: Callable[[Announced], None]) -> None:
        """Listen and call ``heard`` for each change (on this thread).

        Raise:
            psycopg.OperationalError: the connection was lost or refused.
        """
        import psycopg
        from psycopg.conninfo import make_conninfo

        url = self.target.url
        options = {key: str(value) for key, value in url.query.items()}
        options.setdefault("host", url.host or "")
        options.setdefault("port", str(url.port or 5432))
        conninfo = make_conninfo(user=url.username or "", dbname=url.database or "", **options)
        with psycopg.connect(conninfo, password=self._password, autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            while not self._stopped.is_set():
                for notice in connection.notifies(timeout=1.0):
                    found = parse(notice.payload)
                    if found is not None:
                        heard(found)
                    if self._stopped.is_set():
                        break
