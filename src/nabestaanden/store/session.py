"""The SQLAlchemy engine on the encrypted file (pysqlcipher dialect)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from nabestaanden.store.errors import damage_error, known_error
from nabestaanden.store.keys import DatabaseKey


def make_engine(path: Path, key: DatabaseKey) -> Engine:
    """An engine whose every connection is keyed and enforces foreign keys."""
    url = URL.create("sqlite+pysqlcipher", password=key.secret, database=str(path))
    # hide_parameters: an error message never carries the values (names, BSN) it wrote.
    # QueuePool, not the dialect's SingletonThreadPool: that one keeps a connection per
    # thread and, past five threads, closes one at random, even while another thread
    # is using it (a crash of the whole program). A pooled connection serves one
    # thread at a time, so it may move between threads (check_same_thread off).
    engine = create_engine(
        url,
        hide_parameters=True,
        poolclass=QueuePool,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling skips DDL; take it over, so that a
        # migration that fails halfway is rolled back as a whole (SQLAlchemy's recipe
        # for transactional DDL on pysqlite).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # A full disk, a read-only folder, a locked file: the store's own exception
        # with a Dutch message, raised here once for every write (errors.known_error).
        known = known_error(context.original_exception, path) or damage_error(
            context.original_exception, path
        )
        if known is not None:
            raise known from context.original_exception

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
