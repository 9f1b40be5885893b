"""Open a data folder: decide the key, open the file, migrate after a backup.

Used by the window and by the headless commands alike. Only light modules load
here; the ORM loads on the first call of :meth:`OpenStore.session`.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from nabestaanden.paths import AppPaths
from nabestaanden.store import connection as conn
from nabestaanden.store import keys
from nabestaanden.store.errors import (
    DamagedDatabase,
    MissingDatabase,
    MissingLog,
    WrongKey,
    damage_error,
    damaged_message,
    known_error,
)
from nabestaanden.store.index import DossierSummary, list_dossiers

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

KeyPlan = Literal["keyring", "passphrase", "new_keyring", "new_passphrase"]


@functools.cache
def local_user() -> str:
    """The computer's user name, for the audit trail at home ("" when unknown); asked
    once, not for every session."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def plan_key(paths: AppPaths) -> KeyPlan:
    """Which key this data folder needs, before anything is opened.

    ``new_*`` means the folder has no database yet: a new key is to be made (in the
    keyring where one is usable, else from a passphrase the user chooses).

    Raise:
        MissingDatabase: the folder was used before (its key settings or backups are
            there) but the database file is gone; nothing new is made over it.
    """
    config = keys.StoreConfig.read(paths)
    if paths.database.exists():
        if config is not None:
            return config.key_source
        # A database without its opslag.json (copied by hand): try the keyring entry
        # of this folder if there is one, else ask for the passphrase.
        if keys.keyring_usable():
            try:
                keys.load_keyring_key(paths)
            except keys.KeyProblem:
                return "passphrase"
            return "keyring"
        return "passphrase"
    backups = sorted(paths.backups.glob("*.db")) if paths.backups.is_dir() else []
    if config is not None or backups:
        newest = f" De nieuwste reservekopie is {backups[-1]}." if backups else ""
        raise MissingDatabase(
            f"Het bestand met uw gegevens ontbreekt: {paths.database}. Deze map is wel "
            "eerder gebruikt, dus de app maakt er geen nieuw, leeg bestand voor in de plaats."
            f"{newest} Zet het bestand terug (een reservekopie mag ook: kopieer die naar "
            f"{paths.database.name}) en probeer het opnieuw. Wilt u echt opnieuw beginnen, "
            "kies dan een andere map voor uw gegevens."
        )
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

    @property
    def read_only(self) -> bool:
        """At home the one user may change everything."""
        return False

    def summaries(self) -> list[DossierSummary]:
        """Raise: DamagedDatabase, EnvironmentProblem (a damaged file, a lost disk)."""
        import sqlcipher3

        try:
            return list_dossiers(self.raw)
        except sqlcipher3.DatabaseError as error:
            known = known_error(error, self.paths.database) or damage_error(
                error, self.paths.database
            )
            if known is None:
                raise
            raise known from None

    def session(self) -> Session:
        """A new ORM session (the first call loads SQLAlchemy's ORM)."""

        if self._sessions is None:
            from nabestaanden.store.session import make_engine, make_session_factory

            self._engine = make_engine(self.paths.database, self.key)
            self._sessions = make_session_factory(self._engine)
        from nabestaanden.store.audit import ACTOR

        session = self._sessions()
        session.info[ACTOR] = local_user()
        return session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
        self.raw.close()


def _peek_revision(paths: AppPaths, key: keys.DatabaseKey) -> str | None:
    """Read the schema revision, leaving no trace (a refused file stays as it was).

    Raise:
        WrongKey: the key does not open the file.
        DamagedDatabase: the key opens it, but a page it needs cannot be read.
    """
    import sqlcipher3

    with conn.peek(paths.database, key) as probe:
        try:
            return conn.schema_revision(probe)
        except sqlcipher3.DatabaseError as error:
            known = damage_error(error, paths.database)
            if known is None:
                raise
            raise known from None


def looks_damaged(paths: AppPaths, key: keys.DatabaseKey) -> bool:
    """Whether a file the key does not open is damaged rather than keyed otherwise:
    cut short (not whole pages), zeroed at the start, or the key opens a backup of
    this folder (so the key is right and the file is not)."""
    from nabestaanden.store.backup import list_backups
    from nabestaanden.store.rekeying import opens

    size = paths.database.stat().st_size
    with paths.database.open("rb") as file:
        start = file.read(16)
    if size == 0 or size % 512 or start == bytes(16):
        return True
    return any(opens(info.path, key) for info in list_backups(paths.backups)[:3])


def check_log(paths: AppPaths) -> None:
    """Refuse a file whose write-ahead log was removed while its index stayed: the
    latest changes may have been in the log; opening would build a new one over it.

    Raise:
        MissingLog: the -shm file is there, the -wal file is not.
    """
    log = paths.database.with_name(paths.database.name + "-wal")
    index = paths.database.with_name(paths.database.name + "-shm")
    if index.exists() and not log.exists():
        raise MissingLog(
            f"Het logbestand van uw gegevens ({log.name}) ontbreekt in {paths.data_dir}. "
            "Daarin stonden misschien uw laatste wijzigingen. Is het bestand verplaatst, "
            "bijvoorbeeld door een back-up- of synchronisatieprogramma? Zet het dan terug. "
            "De app heeft niets veranderd."
        )


def accept_missing_log(paths: AppPaths) -> None:
    """The user chooses to open the data as the main file holds it (the log is lost)."""
    paths.database.with_name(paths.database.name + "-shm").unlink(missing_ok=True)


def _find_key(
    paths: AppPaths, key: keys.DatabaseKey, config: keys.StoreConfig | None
) -> tuple[keys.DatabaseKey, str | None, bool]:
    """The key that opens the existing file, its schema revision, and whether it came
    from an interrupted move to a new key (which is then to be finished).

    Raise:
        WrongKey: neither the key nor an interrupted move's key opens the file.
    """
    key = keys.unlock(key, config)
    try:
        return key, _peek_revision(paths, key), False
    except WrongKey:
        from nabestaanden.store.rekeying import pending_recovery

        pending = pending_recovery(key, config)
        if pending is None:
            if looks_damaged(paths, key):
                raise DamagedDatabase(damaged_message(paths.database)) from None
            raise
        moved = keys.DatabaseKey.from_recovery(pending, key.source, key.passphrase)
        try:
            return moved, _peek_revision(paths, moved), True
        except WrongKey:
            pass
        raise


def open_store(paths: AppPaths, key: keys.DatabaseKey, now: datetime) -> OpenStore:
    """Open (or create) the database with a key, migrating it when needed.

    An existing file is first looked at read-only: a wrong key or a file from a newer
    app is refused before anything could change it. A new file gets a key derived
    from a new recovery key; a folder from before recovery keys is moved to one
    (:mod:`rekeying`). A new file's choice of key is written to ``opslag.json``
    (before the file, for a passphrase, whose slot is the only way in); a new file
    whose set-up fails is removed again.

    Raise:
        WrongKey: the key does not open the file; the file is untouched.
        NewerSchema: the file is from a newer app; the file is untouched.
    """
    import sqlcipher3

    paths.ensure()
    config = keys.StoreConfig.read(paths)
    created = not paths.database.exists()
    migrate_needed = True
    finish_move = False
    if created:
        key = keys.for_new_database(key)
        if key.source == "passphrase":
            keys.StoreConfig("passphrase", keys.passphrase_slot(key)).write(paths)
    else:
        check_log(paths)
        key, revision, finish_move = _find_key(paths, key, config)
        migrate_needed = conn.needs_migration(revision, paths.database)
    raw = conn.connect(paths.database, key)
    try:
        backup = None
        conn.use_wal(raw)
        if migrate_needed:
            from nabestaanden.store.migrate import migrate

            backup = migrate(paths, key, raw, now)
        unfinished = finish_move or (config is not None and config.pending is not None)
        key, raw = _settle_recovery(paths, key, raw, now, created, unfinished)
    except sqlcipher3.DatabaseError as error:
        raw.close()
        known = known_error(error, paths.database) or damage_error(error, paths.database)
        if known is None:
            raise
        raise known from None
    except BaseException:
        raw.close()
        if created:
            for suffix in ("", "-wal", "-shm"):
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
            paths.store_config.unlink(missing_ok=True)
        raise
    if created and key.source == "keyring":
        keys.StoreConfig("keyring").write(paths)
    return OpenStore(paths, key, raw, backup)


def _settle_recovery(
    paths: AppPaths,
    key: keys.DatabaseKey,
    raw: conn.DbConnection,
    now: datetime,
    created: bool,
    unfinished: bool,
) -> tuple[keys.DatabaseKey, conn.DbConnection]:
    """Make sure the open database has its recovery key, and the key carries it."""
    from nabestaanden.store import recovery

    record = recovery.read_record(raw)
    if record is None:
        if created and key.recovery is not None:
            recovery.write_record(raw, key.recovery, now)
            return key, raw
        from nabestaanden.store import rekeying  # cryptography: only where a key moves

        return rekeying.upgrade(paths, key, raw, now)
    key = dataclasses.replace(key, recovery=record.key)
    if unfinished:
        from nabestaanden.store import rekeying

        rekeying.finish(paths, key, now.date())
    return key, raw
