"""The three roles at the office, enforced by PostgreSQL itself: each test connects as
a beheerder, a medewerker or a meekijker and shows what that role cannot read or
write, through the app and with plain SQL past the app."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import psycopg
import pytest

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.operations import dossiers, exports, mandates, progress
from nabestaanden.operations import office as office_actions
from nabestaanden.operations.work import ActionRefused
from nabestaanden.resources import default_catalogue, default_letters
from nabestaanden.store import office
from nabestaanden.store.dossiers import DossierNotFound
from nabestaanden.store.office import NeedsOwner, NotAllowed, OfficeStore
from tests.support.examples import bank_mandate, example_document
from tests.support.postgres import Cluster

NOW = datetime(2026, 12, 7, 10, 0)
CHILD_TABLES = (
    "person",
    "task_progress",
    "mandate",
    "letter",
    "organisation_details",
    "audit_entry",
    "estate_item",
    "document_sent",
)
PASSWORD = "een lang wachtwoord"  # noqa: S105 - of a throwaway test cluster


@dataclass
class Office:
    """A migrated office database, its owner's store, and staff in each role."""

    cluster: Cluster
    database: str
    owner: OfficeStore
    names: dict[str, str]  # "bea" (beheerder), "anna", "piet" (medewerkers), "kees"

    def store(self, who: str) -> OfficeStore:
        url = self.cluster.socket_url(self.database, user=self.names[who])
        return office.open_office(office.parse_database_url(url), None, NOW)

    def sql(self, who: str, statement: str, *values: object) -> list[tuple[object, ...]]:
        """Plain SQL as that person, past the app (``%s`` for each of ``values``)."""
        with psycopg.connect(
            host=str(self.cluster.socket_dir),
            port=self.cluster.port,
            user=self.names[who],
            dbname=self.database,
            autocommit=True,
        ) as connection:
            cursor = connection.execute(statement, values or None)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []


ESTATE = {
    "items": [{"kind": "savings", "value": "2500.00", "value_basis": "statement"}],
    "documents_sent": [{"document": "akte_van_overlijden", "organisation": "ING"}],
}


def new_dossier(store: OfficeStore, title: str) -> int:
    data = read_dossier({**example_document(), "estate": ESTATE}, NOW.date())
    dossier_id = exports.import_dossier(store, default_catalogue(), data).value
    dossiers.rename_dossier(store, dossier_id, title)
    mandates.save_mandate(store, default_catalogue(), dossier_id, bank_mandate(NOW.date()))
    return dossier_id


@pytest.fixture
def firm(postgres_cluster: Cluster, postgres_database: str) -> Iterator[Office]:
    url = postgres_cluster.socket_url(postgres_database)
    owner = office.open_office(office.parse_database_url(url), None, NOW)
    suffix = uuid.uuid4().hex[:6]  # roles belong to the whole (shared) test cluster
    names = {who: f"{who}_{suffix}" for who in ("bea", "anna", "piet", "kees")}
    office_actions.add_member(owner, names["bea"], "beheerder", PASSWORD)
    try:
        yield Office(postgres_cluster, postgres_database, owner, names)
    finally:
        owner.close()


def staffed(firm: Office) -> OfficeStore:
    """The owner adds the others (the owner's login makes logins); the beheerder's store."""
    office_actions.add_member(firm.owner, firm.names["anna"], "medewerker", PASSWORD)
    office_actions.add_member(firm.owner, firm.names["piet"], "medewerker", PASSWORD)
    office_actions.add_member(firm.owner, firm.names["kees"], "meekijker", PASSWORD)
    return firm.store("bea")


def test_a_beheerder_sees_every_dossier_but_makes_no_logins(firm: Office) -> None:
    bea = staffed(firm)
    try:
        listed = {(member.name, member.role) for member in office_actions.members(bea)}
        # (Roles belong to the whole server: the other tests' staff may be listed too.)
        assert listed >= {
            (firm.names["bea"], "beheerder"),
            (firm.names["anna"], "medewerker"),
            (firm.names["piet"], "medewerker"),
            (firm.names["kees"], "meekijker"),
        }
        new_dossier(firm.owner, "Van de eigenaar")
        new_dossier(bea, "Van Bea")
        assert {row.title for row in bea.summaries()} == {"Van de eigenaar", "Van Bea"}
        with pytest.raises(ActionRefused, match="Naam 'Anna Jansen'"):
            office_actions.add_member(firm.owner, "Anna Jansen", "medewerker", PASSWORD)
        with pytest.raises(ActionRefused, match="Wachtwoord"):
            office_actions.add_member(firm.owner, "nieuw_" + firm.names["bea"], "medewerker", "x")
        # No CREATEROLE for her: on PostgreSQL 15 it would reach the owner's role too.
        with pytest.raises(NotAllowed):
            office_actions.add_member(bea, "nieuw_" + firm.names["bea"], "medewerker", PASSWORD)
        # She may remove a dossier; its trail goes with it (the database does that).
        gone = new_dossier(bea, "Weg ermee")
        dossiers.delete_dossier(bea, gone)
        assert {row.title for row in bea.summaries()} == {"Van de eigenaar", "Van Bea"}
    finally:
        bea.close()
    assert firm.sql("bea", "SELECT count(*) FROM audit_entry WHERE dossier_id = %s", gone) == [(0,)]
    # Not even the beheerder rewrites the audit trail.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("bea", "UPDATE audit_entry SET new_value = 'anders'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("bea", "DELETE FROM audit_entry")


def test_a_medewerker_sees_only_the_dossiers_given_to_them_or_made_by_them(
    firm: Office,
) -> None:
    bea = staffed(firm)
    anna, piet = firm.store("anna"), firm.store("piet")
    try:
        given = new_dossier(bea, "Gegeven aan Anna")
        other = new_dossier(bea, "Niet voor Anna")
        office_actions.give_dossier(bea, given, firm.names["anna"])
        own = new_dossier(anna, "Door Anna gemaakt")
        pieters = new_dossier(piet, "Van Piet")

        assert {row.title for row in anna.summaries()} == {"Gegeven aan Anna", "Door Anna gemaakt"}
        catalogue = default_catalogue()
        progress.set_task_progress(anna, catalogue, given, "banken_melden", note="Anna belde")
        progress.set_task_progress(anna, catalogue, own, "banken_melden", note="Ook hier")
        # Another's dossier does not exist for her: not to open, not to change.
        with pytest.raises(DossierNotFound):
            dossiers.open_dossier(anna, other, catalogue, default_letters(), NOW.date())
        with pytest.raises(DossierNotFound):
            progress.set_task_progress(anna, catalogue, pieters, "banken_melden", note="x")
        # Nor may she remove a dossier, not even her own (only a beheerder may).
        with pytest.raises(NotAllowed, match="niets veranderd"):
            dossiers.delete_dossier(anna, own)
    finally:
        for store in (bea, anna, piet):
            store.close()

    # Past the app, plain SQL shows her the same: her dossiers' rows and no others.
    assert firm.sql("anna", "SELECT count(*) FROM dossier") == [(2,)]
    persons = firm.sql("anna", "SELECT DISTINCT dossier_id FROM person ORDER BY 1")
    assert persons == sorted([(given,), (own,)])
    with_rows = set()
    for table in CHILD_TABLES:
        hers = firm.sql("anna", f"SELECT count(*) FROM {table}")  # noqa: S608 - own names
        all_of_them = firm.sql(
            "bea",
            f"SELECT count(*) FROM {table} WHERE dossier_id IN (%s, %s)",  # noqa: S608
            given,
            own,
        )
        assert hers == all_of_them, table
        if hers != [(0,)]:
            with_rows.add(table)
    assert {"person", "task_progress", "mandate", "audit_entry", "estate_item"} <= with_rows
    assert "document_sent" in with_rows
    services = firm.sql(
        "bea",
        "SELECT count(*) FROM mandate_service s JOIN mandate m ON m.id = s.mandate_id "
        "WHERE m.dossier_id IN (%s, %s)",
        given,
        own,
    )
    assert firm.sql("anna", "SELECT count(*) FROM mandate_service") == services != [(0,)]
    assert firm.sql("anna", "UPDATE dossier SET title = 'weg' WHERE id = %s", other) == []
    assert firm.sql("bea", "SELECT title FROM dossier WHERE id = %s", other) == [
        ("Niet voor Anna",)
    ]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql(
            "anna",
            "INSERT INTO task_progress (dossier_id, task_id, status, note, "
            "updated_at, version) VALUES (%s, 'x', 'todo', '', now(), 1)",
            other,
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("anna", "UPDATE audit_entry SET new_value = 'anders'")
    # Not keeping a given dossier for good, nor handing it to somebody else.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("anna", "UPDATE dossier SET created_by = current_user WHERE id = %s", given)
    # Not writing in the trail in another's name.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql(
            "anna",
            "INSERT INTO audit_entry (dossier_id, at, action, entity, field, actor, prev_hash, "
            "hash) VALUES (%s, now(), 'update', 'task', 'note', %s, '', '')",
            own,
            firm.names["piet"],
        )
    # Not by a temporary table standing in for the firm's choice "every dossier".
    with psycopg.connect(
        host=str(firm.cluster.socket_dir),
        port=firm.cluster.port,
        user=firm.names["anna"],
        dbname=firm.database,
        autocommit=True,
    ) as connection:
        connection.execute("CREATE TEMP TABLE office_setting (key text, value text)")
        connection.execute("INSERT INTO office_setting VALUES ('medewerkers_alle_dossiers', 'ja')")
        assert connection.execute("SELECT count(*) FROM dossier").fetchone() == (2,)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql(
            "anna",
            "INSERT INTO dossier_access (dossier_id, member) VALUES (%s, %s)",
            other,
            firm.names["anna"],
        )


def test_when_the_firm_chooses_so_every_medewerker_sees_every_dossier(firm: Office) -> None:
    bea = staffed(firm)
    anna, kees = firm.store("anna"), firm.store("kees")
    try:
        new_dossier(bea, "Eén")
        new_dossier(bea, "Twee")
        assert anna.summaries() == [] and kees.summaries() == []
        office_actions.set_all_dossiers(bea, True)
        assert {row.title for row in anna.summaries()} == {"Eén", "Twee"}
        for table in (*CHILD_TABLES, "mandate_service"):  # and all that is in them
            statement = f"SELECT count(*) FROM {table}"  # noqa: S608 - own names
            assert firm.sql("anna", statement) == firm.sql("bea", statement), table
        assert kees.summaries() == []  # a meekijker still sees only what he is given
        with pytest.raises(NotAllowed):
            office_actions.set_all_dossiers(anna, False)  # the firm's choice, not hers
        office_actions.set_all_dossiers(bea, False)
        assert anna.summaries() == []
    finally:
        for store in (bea, anna, kees):
            store.close()


def test_a_meekijker_reads_what_he_is_given_and_changes_nothing(firm: Office) -> None:
    bea = staffed(firm)
    kees = firm.store("kees")
    try:
        given = new_dossier(bea, "Voor Kees om mee te kijken")
        new_dossier(bea, "Niet voor Kees")
        office_actions.give_dossier(bea, given, firm.names["kees"])
        assert kees.read_only
        assert [row.title for row in kees.summaries()] == ["Voor Kees om mee te kijken"]
        catalogue = default_catalogue()
        state = dossiers.open_dossier(kees, given, catalogue, default_letters(), NOW.date())
        assert state.data.deceased.surname  # he reads the dossier
        with pytest.raises(NotAllowed, match="alleen mee"):
            progress.set_task_progress(kees, catalogue, given, "banken_melden", note="Kees")
        with pytest.raises(NotAllowed):
            new_dossier(kees, "Van Kees")
        assert office_actions.given_to(bea, given) == [firm.names["kees"]]
        office_actions.take_back_dossier(bea, given, firm.names["kees"])
        assert kees.summaries() == []
    finally:
        bea.close()
        kees.close()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("kees", "UPDATE dossier SET title = 'x'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        firm.sql("kees", "DELETE FROM person")


def test_staff_cannot_migrate_the_office_database_only_its_owner_can(firm: Office) -> None:
    staffed(firm).close()
    firm.sql("bea", "SELECT 1")
    with firm.owner.engine.begin() as live:
        live.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
    with pytest.raises(NeedsOwner, match="eigenaar"):
        firm.store("anna")
    assert firm.sql("bea", "SELECT version_num FROM alembic_version") == [("0008",)]
