"""The SQLAlchemy engine on the encrypted file (pysqlcipher dialect)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from nabestaanden.store.keys import DatabaseKey


def make_engine(path: Path, key: DatabaseKey) -> Engine:
    """An engine whose every connection is keyed and enforces foreign keys."""
    url = URL.create("sqlite+pysqlcipher", password=key.secret, database=str(path))
    # hide_parameters: an error message never carries the values (names, BSN) it wrote.
    engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
