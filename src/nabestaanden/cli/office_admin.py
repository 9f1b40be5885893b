"""``nabestaanden --database-url URL office ...``: the beheerder's commands at the
office. ``users`` lists the staff; ``add-user NAAM --role ROL`` makes a login
(password from ``NABESTAANDEN_NEW_USER_PASSWORD``, or asked twice); ``give DOSSIER
NAAM`` and ``take-back DOSSIER NAAM`` give a dossier to a member or take it back;
``all-dossiers ja|nee`` is the firm's choice whether every medewerker sees every
dossier. The database enforces each of these (``store.office_admin``)."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import TYPE_CHECKING, Final, TextIO

from nabestaanden.cli import CommandError

if TYPE_CHECKING:
    from nabestaanden.store.base import Store

PASSWORD_ENV: Final = "NABESTAANDEN_NEW_USER_PASSWORD"  # noqa: S105 - a name
ROLE_WORDS: Final = {
    "beheerder": "beheerder (medewerkers en alle dossiers)",
    "medewerker": "medewerker (de eigen dossiers)",
    "meekijker": "meekijker (alleen lezen)",
}


def add_office_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    office = commands.add_parser(
        "office",
        help="beheer van de kantoordatabase: medewerkers, wie welk dossier heeft "
        "(alleen met --database-url)",
    )
    actions = office.add_subparsers(dest="office_action", metavar="ACTIE", required=True)
    actions.add_parser("users", help="toon de medewerkers en hun rol")
    adding = actions.add_parser("add-user", help="maak een inlog voor een medewerker")
    adding.add_argument("name", metavar="NAAM", help="de inlognaam, bijvoorbeeld a.jansen")
    adding.add_argument(
        "--role", required=True, choices=sorted(ROLE_WORDS), help="wat die persoon mag"
    )
    for name, text in (
        ("give", "geef een medewerker of meekijker een dossier"),
        ("take-back", "neem een dossier terug"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("dossier", metavar="DOSSIER", help="nummer uit 'list' of de code")
        action.add_argument("name", metavar="NAAM", help="de inlognaam")
    every = actions.add_parser(
        "all-dossiers", help="zien alle medewerkers alle dossiers (ja) of alleen de eigen (nee)"
    )
    every.add_argument("choice", choices=["ja", "nee"])


def _new_password(stdin: TextIO, name: str) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not stdin.isatty():
        line = stdin.readline().rstrip("\r\n")
        if not line:
            raise CommandError(
                f"Geef het wachtwoord voor '{name}' op de standaardinvoer of in "
                f"{PASSWORD_ENV}. Er is niets veranderd."
            )
        return line
    first = getpass.getpass(f"Nieuw wachtwoord voor {name} (minstens 12 tekens): ")
    if getpass.getpass("Typ het nog een keer: ") != first:
        raise CommandError("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
    return first


def command_office(store: Store, options: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations import office
    from nabestaanden.operations.dossiers import find_dossier

    action = options.office_action
    if action == "users":
        for member in office.members(store):
            out.write(f"{member.name}\t{ROLE_WORDS[member.role]}\n")
        return 0
    if action == "add-user":
        password = _new_password(stdin, options.name)
        member = office.add_member(store, options.name, options.role, password).value
        out.write(
            f"{member.name} kan nu inloggen als {ROLE_WORDS[member.role]}. Geef het "
            "wachtwoord persoonlijk door; de app bewaart het niet.\n"
        )
        return 0
    if action == "all-dossiers":
        every = options.choice == "ja"
        office.set_all_dossiers(store, every)
        out.write(
            "Alle medewerkers zien nu alle dossiers.\n"
            if every
            else "Medewerkers zien nu alleen de dossiers die ze maakten of kregen.\n"
        )
        return 0
    number = find_dossier(store, options.dossier)
    if action == "give":
        new = office.give_dossier(store, number, options.name).value
        out.write(f"{options.name} heeft dossier {number} {'nu' if new else 'al'}.\n")
        return 0
    had = office.take_back_dossier(store, number, options.name).value
    out.write(
        f"Dossier {number} is teruggenomen van {options.name}.\n"
        if had
        else f"{options.name} had dossier {number} niet.\n"
    )
    return 0
