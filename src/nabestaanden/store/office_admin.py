"""The beheerder's part at the office: members of staff, who is given which dossier,
and whether every medewerker sees every dossier.

Members are PostgreSQL login roles in one of the three groups of migration 0009; the
rights are the database's own (GRANTs and row-level security), so what this module
records is enforced by the server for every program that connects, not only by this
app. A new member's password is sent to the server as a SCRAM hash, made on this
computer (libpq's ``PQencryptPasswordConn``), never as the password itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from nabestaanden.store import audit, dossiers, models

GROUPS: Final = {
    "beheerder": "nabestaanden_beheerder",
    "medewerker": "nabestaanden_medewerker",
    "meekijker": "nabestaanden_meekijker",
}
ALL_DOSSIERS: Final = "medewerkers_alle_dossiers"
_NAME: Final = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


class MemberProblem(ValueError):
    """A name, role or password that will not do; the message says which and why."""


@dataclass(frozen=True)
class Member:
    """One member of staff: the login name and the group (beheerder, medewerker,
    meekijker)."""

    name: str
    role: str


def members(session: Session) -> list[Member]:
    """Every login role in one of the app's groups, by name."""
    rows = session.execute(
        text(
            "SELECT member.rolname, grp.rolname FROM pg_auth_members m "
            "JOIN pg_roles member ON member.oid = m.member "
            "JOIN pg_roles grp ON grp.oid = m.roleid "
            "WHERE grp.rolname = ANY(:groups) ORDER BY member.rolname, grp.rolname"
        ),
        {"groups": list(GROUPS.values())},
    )
    names = {group: role for role, group in GROUPS.items()}
    return [Member(name, names[group]) for name, group in rows]


def check_name(name: str) -> str:
    """A login name: small letters, digits, ``_ . -``, starting with a letter."""
    if not _NAME.fullmatch(name):
        raise MemberProblem(
            f"Naam '{name}': gebruik kleine letters, cijfers en _ . - (zonder spaties), "
            "te beginnen met een letter, hoogstens 63 tekens. Bijvoorbeeld: a.jansen."
        )
    return name


def add_member(session: Session, name: str, role: str, password: str) -> Member:
    """Make a login role in the group for ``role``, with its password.

    Raise:
        MemberProblem: the name, the role or the password will not do, or the name
            is taken.
        NotAllowed: the signed-in role may not make roles (the owner's login may: it
            has CREATEROLE).
    """
    check_name(name)
    group = GROUPS.get(role)
    if group is None:
        raise MemberProblem(f"Rol '{role}': kies beheerder, medewerker of meekijker.")
    if len(password) < 12:
        raise MemberProblem("Wachtwoord: gebruik minstens 12 tekens.")
    taken = session.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    if taken is not None:
        raise MemberProblem(f"Naam '{name}': die naam bestaat al op deze server.")
    from psycopg import sql

    connection = session.connection()
    raw = connection.connection.driver_connection
    hashed = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")
    # DDL takes no parameters: the name and the hash are quoted by psycopg. No login
    # made here gets CREATEROLE: on PostgreSQL 15 that right reaches every role that is
    # not a superuser, the owner's too. Logins are made with the owner's login.
    statements = [
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(hashed)
        ),
        sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)),
    ]
    for statement in statements:
        connection.exec_driver_sql(statement.as_string(raw))
    return Member(name, role)


def _known_member(session: Session, name: str) -> None:
    if name not in {member.name for member in members(session)}:
        raise MemberProblem(
            f"Naam '{name}': zo heet geen medewerker of meekijker van het kantoor. Zie "
            "de lijst met: nabestaanden office users."
        )


def give(session: Session, dossier_id: int, name: str, now: datetime) -> bool:
    """Give a member a dossier; whether that was new. The trail records it."""
    _known_member(session, name)
    dossier = dossiers.get_dossier(session, dossier_id)
    found = session.scalars(
        select(models.DossierAccess).where(
            models.DossierAccess.dossier_id == dossier_id, models.DossierAccess.member == name
        )
    ).first()
    if found is not None:
        return False
    session.add(models.DossierAccess(dossier_id=dossier_id, member=name))
    audit.record(dossier, now, "update", "dossier", dossier_id, "toegang", None, name)
    return True


def take_back(session: Session, dossier_id: int, name: str, now: datetime) -> bool:
    """Take a dossier back from a member; whether they had it."""
    dossier = dossiers.get_dossier(session, dossier_id)
    result = session.execute(
        delete(models.DossierAccess).where(
            models.DossierAccess.dossier_id == dossier_id, models.DossierAccess.member == name
        )
    )
    if not getattr(result, "rowcount", 0):
        return False
    audit.record(dossier, now, "update", "dossier", dossier_id, "toegang", name, None)
    return True


def given_to(session: Session, dossier_id: int) -> list[str]:
    """The members given this dossier, by name."""
    return list(
        session.scalars(
            select(models.DossierAccess.member)
            .where(models.DossierAccess.dossier_id == dossier_id)
            .order_by(models.DossierAccess.member)
        )
    )


def all_dossiers(session: Session) -> bool:
    """Whether every medewerker sees every dossier (the firm's choice)."""
    value = session.get(models.OfficeSetting, ALL_DOSSIERS)
    return value is not None and value.value == "ja"


def set_all_dossiers(session: Session, every: bool) -> None:
    row = session.get(models.OfficeSetting, ALL_DOSSIERS)
    if row is None:
        row = models.OfficeSetting(key=ALL_DOSSIERS, value="")
        session.add(row)
    row.value = "ja" if every else "nee"
