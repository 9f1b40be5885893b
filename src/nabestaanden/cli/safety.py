"""The commands that keep the data safe: the recovery sheet and getting back in.

``recovery-sheet --out FILE.pdf`` writes the herstelblad of the data folder;
``recover`` reads the recovery key from ``NABESTAANDEN_RECOVERY_KEY`` or standard
input, opens the data with it and stores the key in the keyring again, or, with
``--passphrase`` or where no keyring is usable, under a new passphrase (from
``NABESTAANDEN_PASSPHRASE``, standard input, or asked twice on a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import os
from datetime import date, datetime
from pathlib import Path
from typing import Final, TextIO

from nabestaanden.cli import CommandError, open_data
from nabestaanden.paths import AppPaths

RECOVERY_KEY_ENV: Final = "NABESTAANDEN_RECOVERY_KEY"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sheet = commands.add_parser(
        "recovery-sheet",
        help="schrijf het herstelblad (de herstelsleutel van uw gegevens) als PDF",
    )
    sheet.add_argument("--out", metavar="BESTAND.pdf", type=Path, required=True)
    recover = commands.add_parser(
        "recover",
        help="open uw gegevens met de herstelsleutel (van het herstelblad) en bewaar de "
        f"sleutel opnieuw; de herstelsleutel komt uit {RECOVERY_KEY_ENV} of de invoer",
    )
    recover.add_argument(
        "--passphrase",
        action="store_true",
        help="beveilig de gegevens voortaan met een nieuwe wachtwoordzin, niet met de sleutelbos",
    )


def command_recovery_sheet(paths: AppPaths, target: Path, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.recovery import write_sheet

    store = open_data(paths, stdin, create=False)
    if store is None:
        raise CommandError(
            f"Er zijn nog geen gegevens in {paths.data_dir}. De herstelsleutel wordt gemaakt "
            "zodra u het eerste dossier opslaat."
        )
    try:
        write_sheet(store, target, date.today())
    finally:
        store.close()
    out.write(
        f"Het herstelblad is geschreven naar {target}.\n"
        "Druk het af en bewaar het op een veilige plek, niet bij de computer. "
        "Verwijder daarna het bestand: wie het heeft, kan uw gegevens openen.\n"
    )
    return 0


def _read_line(stdin: TextIO, prompt: str, hidden: bool) -> str:
    if stdin.isatty():
        return getpass.getpass(prompt) if hidden else input(prompt)
    return stdin.readline().rstrip("\r\n")


def _new_passphrase(stdin: TextIO) -> str:
    from nabestaanden.store.keys import check_new_passphrase, passphrase_from_environment

    chosen = passphrase_from_environment()
    repeated = chosen
    if chosen is None:
        chosen = _read_line(stdin, "Nieuwe wachtwoordzin: ", hidden=True)
        repeated = _read_line(stdin, "Nog een keer: ", hidden=True) if stdin.isatty() else chosen
    if not chosen:
        raise CommandError(
            "Kies een nieuwe wachtwoordzin: geef die in NABESTAANDEN_PASSPHRASE of via de "
            "standaardinvoer (na de herstelsleutel). Er is niets veranderd."
        )
    problem = check_new_passphrase(chosen, repeated or "")
    if problem:
        raise CommandError(f"{problem} Er is niets veranderd.")
    return chosen


def command_recover(paths: AppPaths, use_passphrase: bool, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.recovery import regain_access
    from nabestaanden.store import keys
    from nabestaanden.store.errors import StoreError
    from nabestaanden.store.opening import open_store

    if not paths.database.exists():
        raise CommandError(
            f"In {paths.data_dir} staat geen bestand met gegevens ({paths.database.name}). "
            "Kies met --data-dir de map die op het herstelblad staat. Er is niets veranderd."
        )
    text = os.environ.get(RECOVERY_KEY_ENV) or _read_line(stdin, "Herstelsleutel: ", False)
    if not text.strip():
        raise CommandError(
            f"Geef de herstelsleutel van het herstelblad in {RECOVERY_KEY_ENV} of via de "
            "standaardinvoer. Er is niets veranderd."
        )
    config = keys.StoreConfig.read(paths)
    wants_passphrase = use_passphrase or not keys.keyring_usable()
    if config is not None and config.key_source == "passphrase":
        wants_passphrase = True
    new_passphrase = _new_passphrase(stdin) if wants_passphrase else None
    try:
        key = regain_access(paths, text, new_passphrase, date.today())
        store = open_store(paths, key, datetime.now())
    except (keys.KeyProblem, StoreError) as error:
        raise CommandError(str(error)) from None
    count = len(store.summaries())
    store.close()
    where = (
        "Voortaan opent u ze met uw nieuwe wachtwoordzin."
        if new_passphrase is not None
        else f"De sleutel staat weer in {keys.keyring_description()}."
    )
    noun = "dossier" if count == 1 else "dossiers"
    out.write(
        f"Uw gegevens in {paths.data_dir} zijn weer te openen ({count} {noun}). {where}\n"
        "Bewaar het herstelblad weer op een veilige plek: de herstelsleutel blijft dezelfde.\n"
    )
    return 0
