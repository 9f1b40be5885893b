"""Office mode: the store on a firm's PostgreSQL, chosen by a database URL.

A ``postgresql+psycopg://`` URL names the server, the database and the employee's own
database role. The password is never in the URL nor in a settings file: it lives in
the OS keyring (service ``nabestaanden-kantoor``, one entry per role and server). A
server on another computer needs an encrypted connection (``sslmode=verify-full`` or
``require``); a loopback address or a Unix socket does not. Migrating an office
database takes a PostgreSQL advisory lock, so two clients starting at once never
migrate at the same time; a client older than the schema refuses, as at home.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from nabestaanden.store.errors import EnvironmentProblem, StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

    from nabestaanden.store.index import DossierSummary

DATABASE_URL_ENV: Final = "NABESTAANDEN_DATABASE_URL"
KEYRING_SERVICE: Final = "nabestaanden-kantoor"
DRIVER: Final = "postgresql+psycopg"
SAFE_SSL_MODES: Final = ("verify-full", "require")
# pg_advisory_lock takes a 64-bit key: this app's migrations, on any database.
MIGRATION_LOCK: Final = 0x4E414245_53544141  # "NABESTAA"
_LOOPBACK: Final = ("localhost", "127.0.0.1", "::1")
_EXAMPLE: Final = "postgresql+psycopg://jansen@db.kantoor.nl/nabestaanden?sslmode=verify-full"
# A pooled connection that rested this long is checked before use (a round trip); one
# used just now is not: if it broke meanwhile, the statement says so (ConnectionLost).
IDLE_BEFORE_PING: Final = 5.0
_RETURNED: Final = "returned"  # the pool record's info: time.monotonic() at check-in

HostKind = Literal["socket", "loopback", "remote"]
# The engines of open office stores (see office_engine's error hook).
_OPENED: weakref.WeakSet[Engine] = weakref.WeakSet()


class OfficeUrlProblem(StoreError):
    """The database URL cannot be used; the message names the part and the fix."""


class OfficeUnreachable(StoreError):
    """The server cannot be reached, or refuses the role; nothing was changed."""


class PasswordNeeded(OfficeUnreachable):
    """The server asks for the role's password (none, or a wrong one, was given)."""


class NotAllowed(EnvironmentProblem):
    """The signed-in role may not do this (GRANTs, row-level security); nothing was
    changed. The message names the role and who can give the right."""


class ConnectionLost(EnvironmentProblem):
    """The connection to the office server broke during an action; nothing of the
    action was saved, and it can be done again once the server is back."""


class NeedsOwner(StoreError):
    """The office database must be brought to this app's schema by its owner."""


def not_allowed(role: str) -> NotAllowed:
    return NotAllowed(
        f"Dit mag u niet met uw rol '{role}' bij het kantoor: u kijkt alleen mee, of dit "
        "dossier is niet aan u gegeven. Er is niets veranderd. Vraag de beheerder van "
        "de kantoordatabase om het recht."
    )


def _is_refused(error: BaseException) -> bool:
    """PostgreSQL's "insufficient privilege" (SQLSTATE 42501): a missing GRANT, or a row
    that row-level security keeps from this role."""
    return getattr(error, "sqlstate", None) == "42501"


def connection_problem(error: BaseException, target: OfficeTarget) -> OfficeUnreachable:
    """The Dutch message for a failed connection to the office server."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    where = target.shown()
    if "password" in lowered:
        return PasswordNeeded(
            f"De server van {where} vraagt het wachtwoord van de rol '{target.role}', of "
            "het gegeven wachtwoord klopt niet. Typ het (opnieuw); de app bewaart het in "
            "de sleutelbos van deze computer."
        )
    if "does not exist" in lowered:
        return OfficeUnreachable(
            f"De server kent de database of de rol uit {where} niet. Vraag de beheerder "
            "van de kantoordatabase welke naam u moet gebruiken."
        )
    return OfficeUnreachable(
        f"De kantoordatabase {where} is niet bereikbaar. Staat de verbinding met het "
        "kantoor (of de VPN) aan? Probeer het opnieuw; er is niets veranderd."
    )


@dataclass(frozen=True)
class OfficeTarget:
    """A checked office database: the URL (without a password) and where it is."""

    url: URL
    host_kind: HostKind

    @property
    def role(self) -> str:
        return str(self.url.username)

    def shown(self) -> str:
        """The URL as the settings and messages show it (there is no password in it)."""
        return self.url.render_as_string(hide_password=True)

    def place(self) -> str:
        """Short, for the window's status bar: the database and where it is."""
        if self.host_kind == "socket":
            return f"{self.url.database} (op deze computer)"
        return f"{self.url.database} op {self.url.host}"

    def keyring_name(self) -> str:
        """The keyring 'username' of the role's password: role, server and database."""
        where = self.url.host or self.url.query.get("host") or "socket"
        return f"{self.url.username}@{where}:{self.url.port or 5432}/{self.url.database}"


def _socket_host(url: URL) -> bool:
    host = url.host or ""
    query_host = url.query.get("host")
    if isinstance(query_host, tuple):
        query_host = query_host[0] if query_host else None
    return host.startswith("/") or (not host and bool(query_host))


def parse_database_url(text: str) -> OfficeTarget:
    """Check a database URL for office mode.

    Raise:
        OfficeUrlProblem: not a URL, another database, a password in it, no role or
            database name, or a server elsewhere without an encrypted connection.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise OfficeUrlProblem(
            f"'{text}' is geen database-URL. Schrijf bijvoorbeeld {_EXAMPLE}"
        ) from None
    if url.drivername != DRIVER:
        raise OfficeUrlProblem(
            f"De database-URL moet beginnen met '{DRIVER}://' (PostgreSQL via psycopg); "
            f"deze begint met '{url.drivername}://'. Bijvoorbeeld: {_EXAMPLE}"
        )
    if url.password:
        raise OfficeUrlProblem(
            "Zet het wachtwoord niet in de database-URL: iedereen die de instellingen "
            "ziet, zou het kunnen lezen. Laat het weg; de app vraagt het en bewaart het "
            "in de sleutelbos van deze computer."
        )
    if not url.username:
        raise OfficeUrlProblem(
            "De database-URL noemt geen gebruiker. Iedere medewerker logt in met een "
            f"eigen databaserol, bijvoorbeeld: {_EXAMPLE}"
        )
    if not url.database:
        raise OfficeUrlProblem(
            f"De database-URL noemt geen database (het deel na de laatste /). "
            f"Bijvoorbeeld: {_EXAMPLE}"
        )
    if _socket_host(url):
        return OfficeTarget(url, "socket")
    if (url.host or "localhost") in _LOOPBACK:
        return OfficeTarget(url, "loopback")
    mode = url.query.get("sslmode")
    if mode not in SAFE_SSL_MODES:
        raise OfficeUrlProblem(
            f"De server {url.host} staat op een andere computer. Daarvoor moet de "
            "verbinding versleuteld zijn: zet ?sslmode=verify-full achter de URL (of "
            "sslmode=require als de server geen certificaat van een bekende uitgever "
            "heeft). Zonder versleuteling kan iedereen op het netwerk de gegevens lezen."
        )
    return OfficeTarget(url, "remote")


def office_engine(target: OfficeTarget, password: str | None) -> Engine:
    """A pooled engine on the office database; a connection that rested is checked
    before use and replaced when dropped (``watch_idle_connections``); error messages
    never carry the values."""
    from psycopg import OperationalError
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import ExceptionContext

    url = target.url.set(password=password) if password else target.url
    # Statements are prepared at once and planned once per connection: the app's
    # statements look rows up by key or read the whole list, the same plan for any
    # value, and planning under row-level security costs as much as running them. The
    # pool hands out the connection used last (LIFO), whose statements are prepared.
    engine = create_engine(
        url, hide_parameters=True, pool_use_lifo=True, connect_args={"prepare_threshold": 0}
    )
    watch_idle_connections(engine)

    @event.listens_for(engine, "connect")
    def _plan_once(dbapi: Any, _record: object) -> None:
        # A SET outside a transaction, so the pool's reset on return keeps it (a
        # startup "options" parameter would do too, but a pgbouncer in front refuses it).
        dbapi.autocommit = True
        try:
            dbapi.execute("SET plan_cache_mode = force_generic_plan")
        finally:
            dbapi.autocommit = False

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # A right the role lacks: the same Dutch message for every statement.
        if _is_refused(context.original_exception):
            raise not_allowed(target.role) from context.original_exception
        # A connection that broke while in use (the pool replaces it next time), or a
        # server gone once the store was open: the action is not saved; say so.
        broke = context.is_disconnect and context.connection is not None
        error = context.original_exception
        # A failed connection carries no SQLSTATE; a deadlock or a lock not had does.
        gone = (
            engine in _OPENED
            and isinstance(error, OperationalError)
            and getattr(error, "sqlstate", None) is None
        )
        if broke or gone:
            raise ConnectionLost(
                f"De verbinding met de kantoordatabase {target.shown()} is verbroken. Wat "
                "u net deed is niet bewaard; wat u typte staat nog in het venster. "
                "Controleer de verbinding met het kantoor (of de VPN) en probeer het "
                "opnieuw."
            ) from context.original_exception

    return engine


def watch_idle_connections(engine: Engine) -> None:
    """Check a pooled connection before use only when it rested a while.

    SQLAlchemy's ``pool_pre_ping`` costs a round trip on every use; under load each
    round trip waits for the server's turn on a core. A connection that rested longer
    than ``IDLE_BEFORE_PING`` (the night, a server restarted meanwhile) is pinged, and a
    dead one is replaced before the action runs; the pool tries again with a new one.
    """
    import time

    from sqlalchemy import event
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.exc import DisconnectionError
    from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info[_RETURNED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(
        dbapi: DBAPIConnection, record: ConnectionPoolEntry, _: PoolProxiedConnection
    ) -> None:
        returned = record.info.get(_RETURNED)
        if returned is None or time.monotonic() - returned < IDLE_BEFORE_PING:
            return  # new, or used just now
        try:
            dialect.do_ping(dbapi)
        except Exception as error:  # any failure: the connection is not usable
            raise DisconnectionError("the pooled connection no longer answers") from error


def migrate_office(engine: Engine, now: datetime) -> bool:
    """Bring the office database to this app's schema, under an advisory lock.

    A second client starting at the same moment waits for the lock, then finds the
    schema current and does nothing. A database of a newer app is refused and left
    as it is. (A firm backs up its server with ``pg_dump``; the app makes no copies.)

    Return:
        Whether a migration ran.

    Raise:
        NewerSchema: the database was made by a newer version of the app.
    """
    from alembic import command
    from sqlalchemy import text

    from nabestaanden.store.connection import needs_migration
    from nabestaanden.store.migrate import alembic_config

    del now  # the same signature as the home store's opening; no backup is made here
    place = engine.url.render_as_string(hide_password=True)
    with engine.connect() as lock:
        # The lock belongs to this session (autocommit); the migration runs on a second
        # connection in one transaction, so a failing step leaves nothing half done.
        lock = lock.execution_options(isolation_level="AUTOCOMMIT")
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            with engine.begin() as connection:
                if not needs_migration(_revision(connection), place):
                    return False
                try:
                    command.upgrade(alembic_config(connection), "head")
                except NotAllowed:
                    raise NeedsOwner(
                        f"De kantoordatabase {place} moet eerst worden bijgewerkt voor deze "
                        "versie van de app. Dat mag alleen de eigenaar van de database "
                        "(de eerste keer met het recht CREATEROLE, voor de rollen van de "
                        "app). Vraag de beheerder de app één keer te starten; er is niets "
                        "veranderd."
                    ) from None
            return True
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})


def _revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database (None: an empty database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def store_password(target: OfficeTarget, password: str) -> None:
    """Keep the role's password in the OS keyring (never in a file)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, target.keyring_name(), password)


def load_password(target: OfficeTarget) -> str | None:
    """The role's password from the keyring, or None (then the app asks for it)."""
    import keyring

    return keyring.get_password(KEYRING_SERVICE, target.keyring_name())


@dataclass
class OfficeStore:
    """An open, migrated office database: the same operations as at home."""

    target: OfficeTarget
    engine: Engine
    # The role may only read (a meekijker): derived data is then not brought up to date.
    read_only: bool = False
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)

    def session(self) -> Session:
        from sqlalchemy.orm import sessionmaker

        from nabestaanden.store.audit import ACTOR

        if self._sessions is None:
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        session = self._sessions()
        session.info[ACTOR] = self.target.role  # the audit trail names the signed-in role
        return session

    def summaries(self) -> list[DossierSummary]:
        from nabestaanden.store.index import list_dossiers_on

        # Ended by COMMIT, not by the pool's ROLLBACK: psycopg forgets its prepared
        # statements on every ROLLBACK, and the server would plan them all again.
        with self.engine.begin() as connection:
            return list_dossiers_on(connection)

    def close(self) -> None:
        self.engine.dispose()


def open_office(target: OfficeTarget, password: str | None, now: datetime) -> OfficeStore:
    """Connect to the office database and bring it to this app's schema.

    Raise:
        NewerSchema: the database is from a newer app; it is left as it is.
        StoreError: the server cannot be reached or refuses the role (Dutch).
    """
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    engine = office_engine(target, password)
    try:
        migrate_office(engine, now)
        with engine.connect() as connection:
            may_change = connection.execute(
                text("SELECT has_table_privilege(current_user, 'dossier', 'UPDATE')")
            ).scalar_one()
    except OperationalError as error:
        engine.dispose()
        raise connection_problem(error, target) from None
    except BaseException:
        engine.dispose()
        raise
    _OPENED.add(engine)  # from now on a failed connection is a lost one (ConnectionLost)
    return OfficeStore(target, engine, read_only=not may_change)
