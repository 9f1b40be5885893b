"""Open a data folder: decide the key, open the file, migrate after a backup.

Used by the window and by the headless commands alike. Only light modules load
here; the ORM loads on the first call of :meth:`OpenStore.session`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from nabestaanden.paths import AppPaths
from nabestaanden.store import connection as conn
from nabestaanden.store import keys
from nabestaanden.store.index import DossierSummary, list_dossiers

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

KeyPlan = Literal["keyring", "passphrase", "new_keyring", "new_passphrase"]


def plan_key(paths: AppPaths) -> KeyPlan:
    """Which key this data folder needs, before anything is opened.

    ``new_*`` means the folder has no database yet: a new key is to be made (in the
    keyring where one is usable, else from a passphrase the user chooses).
    """
    config = keys.StoreConfig.read(paths)
    if config is not None and paths.database.exists():
        return config.key_source
    if paths.database.exists():
        # A database without its opslag.json (copied by hand): try the keyring entry
        # of this folder if there is one, else ask for the passphrase.
        if keys.keyring_usable():
            try:
                keys.load_keyring_key(paths)
            except keys.KeyProblem:
                return "passphrase"
            return "keyring"
        return "passphrase"
    return "new_keyring" if keys.keyring_usable() else "new_passphrase"


@dataclass
class OpenStore:
    """An open, migrated, encrypted database in a data folder."""

    paths: AppPaths
    key: keys.DatabaseKey
    raw: Any
    backup: Path | None = None
    _engine: Engine | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)

    def summaries(self) -> list[DossierSummary]:
        return list_dossiers(self.raw)

    def session(self) -> Session:
        """A new ORM session (the first call loads SQLAlchemy's ORM)."""
        if self._sessions is None:
            from nabestaanden.store.session import make_engine, make_session_factory

            self._engine = make_engine(self.paths.database, self.key)
            self._sessions = make_session_factory(self._engine)
        return self._sessions()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
        self.raw.close()


def open_store(paths: AppPaths, key: keys.DatabaseKey, now: datetime) -> OpenStore:
    """Open (or create) the database with a key, migrating it when needed.

    A new folder's choice of key is written to ``opslag.json`` only once the
    database exists with that key.

    Raise:
        WrongKey: the key does not open the file; the file is untouched.
        NewerSchema: the file is from a newer app; the file is untouched.
    """
    paths.ensure()
    raw = conn.connect(paths.database, key)
    try:
        backup = None
        if conn.needs_migration(conn.schema_revision(raw), paths.database):
            conn.use_wal(raw)
            from nabestaanden.store.migrate import migrate

            backup = migrate(paths, key, raw, now)
        conn.use_wal(raw)
    except BaseException:
        raw.close()
        raise
    if keys.StoreConfig.read(paths) is None:
        keys.StoreConfig(key.source).write(paths)
    return OpenStore(paths, key, raw, backup)
