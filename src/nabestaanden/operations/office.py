"""The beheerder's actions at the office: members of staff, giving dossiers, and the
firm's choice whether every medewerker sees every dossier. Office mode only; the
rights themselves are the database's (``store.office_admin``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.operations.work import DOSSIER, ActionRefused, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.store.base import Store
    from nabestaanden.store.office_admin import Member


def _office_only(store: Store) -> None:
    from nabestaanden.store.office import OfficeStore

    if not isinstance(store, OfficeStore):
        raise ActionRefused(
            "Dit hoort bij de kantoorversie (een gedeelde PostgreSQL-database). Thuis "
            "gebruikt één persoon de gegevens; er zijn geen medewerkers te beheren."
        )


def members(store: Store) -> list[Member]:
    """Every member of staff with their role (a read)."""
    from nabestaanden.store import office_admin

    _office_only(store)
    with store.session() as session:
        return office_admin.members(session)


def add_member(store: Store, name: str, role: str, password: str) -> Changed[Member]:
    """Make a login for a member of staff in one of the three roles.

    Raise:
        ActionRefused: the name, role or password will not do (the field and the fix).
        NotAllowed: the signed-in role may not make logins.
    """
    from nabestaanden.store import office_admin

    _office_only(store)
    try:
        with changing(store, None) as work:
            member = office_admin.add_member(work.session, name, role, password)
    except office_admin.MemberProblem as problem:
        raise ActionRefused(str(problem)) from None
    return Changed(member)


def give_dossier(store: Store, dossier_id: int, name: str) -> Changed[bool]:
    """Give a member a dossier (the value: whether that was new)."""
    from nabestaanden.store import office_admin

    _office_only(store)
    try:
        with changing(store, None) as work:
            given = office_admin.give(work.session, dossier_id, name, work.now)
    except office_admin.MemberProblem as problem:
        raise ActionRefused(str(problem)) from None
    return Changed(given, dossier_id, frozenset({DOSSIER}))


def take_back_dossier(store: Store, dossier_id: int, name: str) -> Changed[bool]:
    """Take a dossier back from a member (the value: whether they had it)."""
    from nabestaanden.store import office_admin

    _office_only(store)
    with changing(store, None) as work:
        taken = office_admin.take_back(work.session, dossier_id, name, work.now)
    return Changed(taken, dossier_id, frozenset({DOSSIER}))


def given_to(store: Store, dossier_id: int) -> list[str]:
    """Who was given the dossier (a read)."""
    from nabestaanden.store import office_admin

    _office_only(store)
    with store.session() as session:
        return office_admin.given_to(session, dossier_id)


def set_all_dossiers(store: Store, every: bool) -> Changed[bool]:
    """The firm's choice: every medewerker sees every dossier, or only their own."""
    from nabestaanden.store import office_admin

    _office_only(store)
    with changing(store, None) as work:
        office_admin.set_all_dossiers(work.session, every)
    return Changed(every)
