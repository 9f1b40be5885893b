"""Bring a database file to this app's schema with Alembic, after a dated backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

from nabestaanden.paths import AppPaths
from nabestaanden.store.backup import make_backup
from nabestaanden.store.connection import DbConnection, schema_revision
from nabestaanden.store.keys import DatabaseKey
from nabestaanden.store.session import make_engine

SCRIPT_LOCATION = "nabestaanden.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(paths: AppPaths, key: DatabaseKey, raw: DbConnection, now: datetime) -> Path | None:
    """Back up the file (if it holds data) and upgrade it to the newest revision.

    Args:
        paths: the data folder.
        key: the database key, also used for the backup.
        raw: an open light connection to the database.
        now: time stamp for the backup's name.

    Return:
        The backup made, or None for a new, empty file.
    """
    backup = None
    if schema_revision(raw) is not None:
        backup = make_backup(raw, key, paths.backups, "voor-migratie", now)
    engine = make_engine(paths.database, key)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    return backup
