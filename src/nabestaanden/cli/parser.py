"""The command line's words: every subcommand with its arguments and Dutch help."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from nabestaanden import __version__


def build_parser() -> argparse.ArgumentParser:
    from nabestaanden.cli import dutch_argparse

    dutch_argparse.install()  # "gebruik:", "dit ontbreekt nog:" instead of English
    parser = argparse.ArgumentParser(
        prog="nabestaanden",
        description="Nabestaanden: hulp bij wat er na een overlijden geregeld moet worden. "
        "Zonder opdracht start het venster.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"nabestaanden {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="map voor de gegevens (anders NABESTAANDEN_DATA_DIR of de standaardmap)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="kantoormodus: de PostgreSQL-database van het kantoor "
        "(postgresql+psycopg://rol@server/database?sslmode=verify-full; anders "
        "NABESTAANDEN_DATABASE_URL)",
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    listing = commands.add_parser("list", help="toon de dossiers")
    listing.add_argument("--json", action="store_true", help="als JSON, voor scripts")
    importing = commands.add_parser("import", help="lees een dossier in uit een JSON-bestand")
    importing.add_argument("file", metavar="BESTAND.json", type=Path)
    exporting = commands.add_parser("export", help="schrijf een dossier naar een JSON-bestand")
    exporting.add_argument("dossier", metavar="DOSSIER", help="nummer uit 'list' of de code")
    exporting.add_argument("file", metavar="BESTAND.json", type=Path)
    exporting.add_argument(
        "--encrypt",
        action="store_true",
        help="versleutel het bestand met een wachtwoordzin (uit "
        "NABESTAANDEN_EXPORT_PASSPHRASE of de invoer), om het te sturen aan een "
        "mede-erfgenaam of een bewindvoerder",
    )
    planning = commands.add_parser(
        "plan", help="toon de takenlijst met termijnen voor een dossier in een JSON-bestand"
    )
    planning.add_argument("file", metavar="BESTAND.json", type=Path)
    planning.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (om te lezen, standaard) of json (voor scripts)",
    )
    planning.add_argument(
        "--today",
        metavar="JJJJ-MM-DD",
        type=_iso_date,
        default=None,
        help="reken alsof het vandaag deze datum is (standaard: vandaag)",
    )
    lettering = commands.add_parser(
        "letters",
        help="schrijf de brieven die het plan nodig heeft, en overzicht.pdf, naar een map",
    )
    lettering.add_argument("file", metavar="BESTAND.json", type=Path, nargs="?")
    lettering.add_argument(
        "--dossier", metavar="DOSSIER", help="een opgeslagen dossier (nummer uit 'list' of code)"
    )
    lettering.add_argument("--out", metavar="MAP", type=Path, required=True, help="doelmap")
    lettering.add_argument(
        "--all", action="store_true", help="ook de brieven die u alleen maakt als het nodig is"
    )
    lettering.add_argument(
        "--today",
        metavar="JJJJ-MM-DD",
        type=_iso_date,
        default=None,
        help="reken en dateer alsof het vandaag deze datum is (standaard: vandaag)",
    )
    commands.add_parser(
        "verify",
        help="controleer of de geschiedenis (het logboek) van elk dossier onveranderd is",
    )
    from nabestaanden.cli.office import add_copy_command
    from nabestaanden.cli.office_admin import add_office_command
    from nabestaanden.cli.safety import add_commands

    add_commands(commands)
    add_copy_command(commands)
    add_office_command(commands)
    commands.add_parser(
        "check",
        help="controleer of de app compleet is en werkt (op een voorbeeld; uw gegevens "
        "worden niet geopend)",
    )
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-29"
        ) from None
