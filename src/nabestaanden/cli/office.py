"""Office mode on the command line: ``--database-url`` (or ``NABESTAANDEN_DATABASE_URL``)
points the commands at the firm's PostgreSQL instead of the data folder; ``copy
--from PLACE --to PLACE DOSSIER`` moves a dossier between a data folder and the office.

The role's password comes from the OS keyring; where it is missing (or wrong), it is
asked on the terminal (or read from a line of the input) and, once it works, kept in
the keyring. What belongs to a data folder (its backups, its recovery key) is not
there in office mode: the firm backs up its server (``pg_dump``).
"""

from __future__ import annotations

import argparse
import getpass
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, TextIO

from nabestaanden.cli import CommandError

if TYPE_CHECKING:
    from nabestaanden.store.base import Store
    from nabestaanden.store.office import OfficeStore

HOME_ONLY: Final = ("backup", "backups", "restore", "recover", "recovery-sheet")


def refuse_home_only(command: str) -> None:
    """What office mode does not do: say why, and what to do."""
    if command not in HOME_ONLY:
        return
    raise CommandError(
        f"'{command}' hoort bij een map met gegevens op deze computer; in kantoormodus "
        "staan de gegevens op de server van het kantoor. Reservekopieën van die server "
        "maakt de beheerder (met pg_dump); de sleutel beheert de server. Laat "
        "--database-url weg om met uw eigen map te werken."
    )


def _ask_password(stdin: TextIO, role: str) -> str:
    prompt = f"Wachtwoord van de databaserol {role}: "
    if stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline()
    if not line:
        raise CommandError(
            f"De server vraagt het wachtwoord van de rol '{role}'. Typ het op de "
            "opdrachtregel, of geef het via de standaardinvoer; de app bewaart het daarna "
            "in de sleutelbos."
        )
    return line.rstrip("\r\n")


def open_office_data(url: str, stdin: TextIO) -> OfficeStore:
    """Open the office database of the URL (migrated when needed).

    Raise:
        CommandError: the URL will not do, the server is out of reach, the role is
            refused, or the database is from a newer app (each in Dutch).
    """
    from nabestaanden.store import office
    from nabestaanden.store.errors import StoreError

    try:
        target = office.parse_database_url(url)
        password = office.load_password(target)
        try:
            return office.open_office(target, password, datetime.now())
        except office.PasswordNeeded:
            password = _ask_password(stdin, target.role)
            opened = office.open_office(target, password, datetime.now())
            office.store_password(target, password)
            return opened
    except StoreError as error:
        raise CommandError(str(error)) from None


def add_copy_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copying = commands.add_parser(
        "copy",
        help="kopieer een dossier met alles erin naar een andere opslag: van uw map naar "
        "de kantoordatabase of terug (de export voor en na wordt vergeleken)",
    )
    copying.add_argument(
        "--from",
        dest="source",
        metavar="MAP|URL",
        required=True,
        help="waar het dossier staat: een map met gegevens, of een database-URL",
    )
    copying.add_argument(
        "--to",
        dest="target",
        metavar="MAP|URL",
        required=True,
        help="waar de kopie komt: een map met gegevens, of een database-URL",
    )
    copying.add_argument("dossier", metavar="DOSSIER", help="nummer uit 'list' of de code")


def _open_place(place: str, stdin: TextIO, create: bool) -> Store:
    from nabestaanden.cli import open_home
    from nabestaanden.paths import resolve_paths

    if place.startswith("postgresql"):
        return open_office_data(place, stdin)
    store = open_home(resolve_paths(place), stdin, create)
    if store is None:
        raise CommandError(f"In {place} zijn nog geen gegevens. Er is niets gekopieerd.")
    return store


def command_copy(options: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """``copy --from PLACE --to PLACE DOSSIER``: the dossier copied and checked."""
    from nabestaanden.operations.dossiers import find_dossier
    from nabestaanden.operations.exports import copy_dossier
    from nabestaanden.resources import default_catalogue

    source = _open_place(options.source, stdin, create=False)
    try:
        number = find_dossier(source, options.dossier)
        target = _open_place(options.target, stdin, create=True)
        try:
            copied = copy_dossier(source, number, target, default_catalogue(), date.today())
        finally:
            target.close()
    finally:
        source.close()
    out.write(
        f"Dossier {number} staat nu ook in {_shown(options.target)}, als dossier "
        f"{copied.value}. De export van de kopie is gelijk aan die van het origineel.\n"
    )
    return 0


def _shown(place: str) -> str:
    if place.startswith("postgresql"):
        from nabestaanden.store.office import parse_database_url

        return parse_database_url(place).shown()
    return place


def run_office_admin(
    url: str | None, options: argparse.Namespace, stdin: TextIO, out: TextIO
) -> int:
    """``office ...``: the beheerder's commands, on the office database only."""
    from nabestaanden.cli.office_admin import command_office

    if url is None:
        raise CommandError(
            "'office' beheert een kantoordatabase. Geef die met --database-url URL (of "
            "NABESTAANDEN_DATABASE_URL); thuis zijn er geen medewerkers te beheren."
        )
    store = open_office_data(url, stdin)
    try:
        return command_office(store, options, stdin, out)
    finally:
        store.close()
