"""Office mode, one schema: the same Alembic migrations build the models' tables on
PostgreSQL as on SQLite (the SQLite side: tests/store/test_store.py)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect

from nabestaanden.store.migrate import alembic_config
from nabestaanden.store.models import Base
from tests.support.postgres import Cluster


def migrated(cluster: Cluster, database: str) -> Engine:
    """An engine on the database, brought to the newest revision."""
    engine = create_engine(cluster.socket_url(database))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return engine


def test_the_migrations_build_exactly_the_models_on_postgresql(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    engine = migrated(postgres_cluster, postgres_database)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert differences == []
    assert {"dossier", "person", "letter", "mandate", "audit_entry", "recovery_key"} <= tables


def test_the_migrations_go_down_and_up_again_on_postgresql(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    engine = migrated(postgres_cluster, postgres_database)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with engine.begin() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
