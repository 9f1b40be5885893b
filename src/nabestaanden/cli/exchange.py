"""The commands that move a dossier in and out: ``import FILE.json`` and ``export
DOSSIER FILE.json [--encrypt]``; and reading an exchange file, plain or encrypted, for
``plan`` and ``letters`` too."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nabestaanden.cli import CommandError, open_data
from nabestaanden.paths import AppPaths

if TYPE_CHECKING:
    from nabestaanden.domain.dossier import Dossier


def load_file(file: Path, today: date, consequence: str, stdin: TextIO | None = None) -> Dossier:
    """Read an exchange file; an encrypted one with the passphrase from
    NABESTAANDEN_EXPORT_PASSPHRASE or the input."""
    from nabestaanden.cli.safety import file_passphrase
    from nabestaanden.operations.exports import NeedsPassphrase, read_file

    try:
        return read_file(file, today, consequence)
    except NeedsPassphrase as needed:
        passphrase = file_passphrase(stdin or sys.stdin, str(needed), repeat=False)
        return read_file(file, today, consequence, passphrase)


def command_import(paths: AppPaths, file: Path, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.exports import check_import, import_dossier
    from nabestaanden.resources import default_catalogue

    data = load_file(file, date.today(), "Er is niets opgeslagen.", stdin)
    catalogue = default_catalogue()
    check_import(data, catalogue, str(file))  # before a new data folder is made for it
    store = open_data(paths, stdin, create=True)
    if store is None:  # pragma: no cover - create=True always opens or raises
        raise CommandError(f"De gegevens in {paths.data_dir} konden niet worden geopend.")
    try:
        number = import_dossier(store, catalogue, data, str(file)).value
    finally:
        store.close()
    name = data.deceased.full_name or "zonder naam"
    out.write(f"Dossier {number} ({name}) is ingelezen uit {file}.\n")
    return 0


def command_export(paths: AppPaths, options: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.cli.safety import file_passphrase
    from nabestaanden.operations.dossiers import find_dossier
    from nabestaanden.operations.exports import export_dossier

    passphrase = None
    if options.encrypt:
        why = "Kies een wachtwoordzin voor het bestand (niet die van uw eigen gegevens)."
        passphrase = file_passphrase(stdin, why, repeat=True)
    store = open_data(paths, stdin, create=False)
    if store is None:
        raise CommandError(f"Er zijn nog geen dossiers in {paths.data_dir}.")
    file = options.file
    try:
        export_dossier(store, find_dossier(store, options.dossier), file, date.today(), passphrase)
    finally:
        store.close()
    if passphrase is not None:
        out.write(
            f"Het dossier is versleuteld geschreven naar {file}.\n"
            "Geef de wachtwoordzin op een andere manier door dan het bestand, "
            "bijvoorbeeld door te bellen.\n"
        )
        return 0
    out.write(
        f"Het dossier is geschreven naar {file}.\n"
        "Let op: dit bestand is niet versleuteld (dat kan met --encrypt). Bewaar het op "
        "een veilige plek of verwijder het als u het niet meer nodig hebt.\n"
    )
    return 0
