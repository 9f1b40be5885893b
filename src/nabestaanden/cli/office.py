"""Office mode on the command line: ``--database-url`` (or ``NABESTAANDEN_DATABASE_URL``)
points the commands at the firm's PostgreSQL instead of the data folder.

The role's password comes from the OS keyring; where it is missing (or wrong), it is
asked on the terminal (or read from a line of the input) and, once it works, kept in
the keyring. What belongs to a data folder (its backups, its recovery key) is not
there in office mode: the firm backs up its server (``pg_dump``).
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import TYPE_CHECKING, Final, TextIO

from nabestaanden.cli import CommandError

if TYPE_CHECKING:
    from nabestaanden.store.office import OfficeStore

HOME_ONLY: Final = ("backup", "backups", "restore", "recover", "recovery-sheet")


def refuse_home_only(command: str) -> None:
    """A command about the data folder, asked in office mode: say why not, and what to do."""
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
