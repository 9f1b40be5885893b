"""Office mode: which database URLs are accepted, where the password lives, and the
migration under an advisory lock (a throwaway PostgreSQL cluster, tests/support)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from nabestaanden.store import connection, index, office
from nabestaanden.store.errors import NewerSchema
from nabestaanden.store.office import OfficeUrlProblem, parse_database_url
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres import Cluster

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 6, 10, 0)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("postgresql+psycopg://jansen@/nabestaanden?host=/var/run/postgresql", "socket"),
        ("postgresql+psycopg://jansen@127.0.0.1:5433/nabestaanden", "loopback"),
        ("postgresql+psycopg://jansen@localhost/nabestaanden", "loopback"),
        ("postgresql+psycopg://jansen@db.kantoor.nl/nabestaanden?sslmode=verify-full", "remote"),
        ("postgresql+psycopg://jansen@10.0.0.5/nabestaanden?sslmode=require", "remote"),
    ],
)
def test_a_database_url_for_office_mode_is_accepted(url: str, kind: str) -> None:
    target = parse_database_url(url)
    assert target.host_kind == kind and target.role == "jansen"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql+psycopg://jansen@db.kantoor.nl/nabestaanden", "sslmode=verify-full"),
        ("postgresql+psycopg://jansen@db.kantoor.nl/nab?sslmode=prefer", "versleuteld"),
        ("postgresql+psycopg://jansen:geheim@localhost/nabestaanden", "wachtwoord niet in"),
        ("postgresql://jansen@localhost/nabestaanden", "moet beginnen met 'postgresql\\+psycopg"),
        ("sqlite:///nabestaanden.db", "moet beginnen met"),
        ("postgresql+psycopg://localhost/nabestaanden", "eigen databaserol"),
        ("postgresql+psycopg://jansen@localhost", "noemt geen database"),
        ("niet een url", "geen database-URL"),
    ],
)
def test_a_database_url_that_will_not_do_says_what_to_change(url: str, says: str) -> None:
    with pytest.raises(OfficeUrlProblem, match=says):
        parse_database_url(url)


def test_the_password_lives_in_the_keyring_never_in_what_is_shown(
    memory_keyring: MemoryKeyring,
) -> None:
    target = parse_database_url("postgresql+psycopg://jansen@localhost:5433/nabestaanden")
    assert office.load_password(target) is None
    office.store_password(target, "s3cr3t wachtwoord")
    assert office.load_password(target) == "s3cr3t wachtwoord"
    assert memory_keyring.secrets == {
        ("nabestaanden-kantoor", "jansen@localhost:5433/nabestaanden"): "s3cr3t wachtwoord"
    }
    assert "s3cr3t" not in target.shown()


def test_an_office_database_is_migrated_once_and_a_newer_one_is_refused(
    postgres_cluster: Cluster, postgres_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = connection.SCHEMA_HEAD
    target = parse_database_url(postgres_cluster.socket_url(postgres_database))
    engine = office.office_engine(target, None)
    try:
        assert office.migrate_office(engine, NOW)
        assert not office.migrate_office(engine, NOW)  # current: nothing to do
        monkeypatch.setattr(connection, "SCHEMA_REVISIONS", ("0001",))
        monkeypatch.setattr(connection, "SCHEMA_HEAD", "0001")
        with pytest.raises(NewerSchema, match="nieuwere versie"):
            office.migrate_office(engine, NOW)
        with engine.connect() as live:
            versions = live.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert versions == [(head,)]  # refused: left as it was


def test_two_clients_starting_at_once_never_migrate_at_the_same_time(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    script = (
        "import sys; from datetime import datetime\n"
        "from nabestaanden.store import office\n"
        "engine = office.office_engine(office.parse_database_url(sys.argv[1]), None)\n"
        "print('migrated' if office.migrate_office(engine, datetime.now()) else 'current')\n"
    )
    clients = [
        subprocess.Popen(
            [sys.executable, "-c", script, url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [client.communicate(timeout=120) for client in clients]
    assert all(client.returncode == 0 for client in clients), [err for _out, err in results]
    assert sorted(out.strip() for out, _err in results) == ["current"] * 3 + ["migrated"]


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_cluster_is_reached_on_loopback_too(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    target = parse_database_url(postgres_cluster.tcp_url(postgres_database))
    assert target.host_kind == "loopback"
    engine = office.office_engine(target, None)
    try:
        assert office.migrate_office(engine, NOW)
    finally:
        engine.dispose()


def test_at_the_office_the_audit_trail_names_the_signed_in_role(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    from nabestaanden.domain.exchange import read_dossier
    from nabestaanden.operations import exports
    from nabestaanden.operations.integrity import verify_audit
    from nabestaanden.resources import default_catalogue
    from tests.support.examples import example_document

    target = parse_database_url(postgres_cluster.socket_url(postgres_database))
    store = office.open_office(target, None, NOW)
    try:
        data = read_dossier(example_document(), NOW.date())
        exports.import_dossier(store, default_catalogue(), data)
        with store.engine.connect() as live:
            actors = {row[0] for row in live.execute(text("SELECT actor FROM audit_entry"))}
        [report] = verify_audit(store)
    finally:
        store.close()
    assert actors == {"nabestaanden_test"}
    assert report.intact


def _drop_connections(cluster: Cluster, database: str) -> None:
    """The server ends every session on the database (a restart, a dropped VPN)."""
    cluster.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()",
        database,
    )


def test_a_connection_that_rested_is_checked_and_replaced_before_use(
    postgres_cluster: Cluster, postgres_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = parse_database_url(postgres_cluster.socket_url(postgres_database))
    store = office.open_office(target, None, NOW)
    try:
        store.summaries()
        _drop_connections(postgres_cluster, postgres_database)
        monkeypatch.setattr(office, "IDLE_BEFORE_PING", 0.0)  # it rested long enough
        assert store.summaries() == []  # no error: a new connection was taken
    finally:
        store.close()


def test_a_connection_used_just_now_is_not_pinged_and_a_break_is_said_once(
    postgres_cluster: Cluster, postgres_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = parse_database_url(postgres_cluster.socket_url(postgres_database))
    store = office.open_office(target, None, NOW)
    pings: list[object] = []
    ping = store.engine.dialect.do_ping
    monkeypatch.setattr(store.engine.dialect, "do_ping", lambda c: pings.append(c) or ping(c))
    try:
        for _ in range(3):
            store.summaries()
        assert pings == []  # no round trip spent on checking a connection in use
        _drop_connections(postgres_cluster, postgres_database)
        with pytest.raises(office.ConnectionLost, match="verbroken"):
            store.summaries()
        assert store.summaries() == []  # the pool was renewed: the next try works
    finally:
        store.close()


def test_the_list_is_planned_once_per_connection_not_on_every_read(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    # Planning a statement under row-level security costs as much as running it; a
    # read that ended with ROLLBACK made psycopg forget its prepared statements.
    target = parse_database_url(postgres_cluster.socket_url(postgres_database))
    store = office.open_office(target, None, NOW)
    try:
        for _ in range(3):
            store.summaries()
        with store.engine.connect() as live:
            plans = live.execute(
                text(
                    "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                    "WHERE statement = :query"
                ),
                {"query": index._SUMMARY_QUERY},
            ).all()
    finally:
        store.close()
    assert plans == [(3, 0)]  # one statement, prepared once, its one plan used 3 times
