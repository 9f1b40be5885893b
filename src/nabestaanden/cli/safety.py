"""The commands that keep the data safe: the recovery sheet, backups, getting back in.

``backup [--out FILE]`` makes a checked copy; ``backups`` lists them; ``restore
BACKUP`` puts one back (a number from ``backups`` or a file), the current data kept
aside first. ``recovery-sheet --out FILE.pdf`` writes the herstelblad of the data folder;
``recover`` reads the recovery key from ``NABESTAANDEN_RECOVERY_KEY`` or standard
input, opens the data with it and stores the key in the keyring again, or, with
``--passphrase`` or where no keyring is usable, under a new passphrase (from
``NABESTAANDEN_PASSPHRASE``, standard input, or asked twice on a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Final, TextIO

from nabestaanden.cli import CommandError, open_data, open_home, read_passphrase
from nabestaanden.paths import AppPaths

RECOVERY_KEY_ENV: Final = "NABESTAANDEN_RECOVERY_KEY"
FILE_PASSPHRASE_ENV: Final = "NABESTAANDEN_EXPORT_PASSPHRASE"  # noqa: S105 - a name


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
    backup = commands.add_parser(
        "backup", help="maak nu een gecontroleerde reservekopie van uw gegevens"
    )
    backup.add_argument(
        "--out",
        metavar="BESTAND",
        type=Path,
        help="schrijf de kopie hierheen (bijvoorbeeld op een USB-stick) in plaats van in "
        "de map met reservekopieën",
    )
    commands.add_parser("backups", help="toon de reservekopieën, de nieuwste eerst")
    restore = commands.add_parser(
        "restore",
        help="zet een reservekopie terug; de huidige gegevens worden eerst zelf bewaard",
    )
    restore.add_argument(
        "backup", metavar="RESERVEKOPIE", help="nummer uit 'backups', of een bestand"
    )
    recover.add_argument(
        "--passphrase",
        action="store_true",
        help="beveilig de gegevens voortaan met een nieuwe wachtwoordzin, niet met de sleutelbos",
    )


def with_offer(paths: AppPaths, error: Exception) -> str:
    """The message of a problem opening the data, with the newest good backup offered
    where one helps (a damaged file, a lost log) or reassures (a full disk)."""
    from nabestaanden.operations.backups import known_key, offer
    from nabestaanden.store import errors, keys

    message = str(error)
    repair = isinstance(error, (errors.DamagedDatabase, errors.MissingLog))
    if not repair and not isinstance(error, errors.EnvironmentProblem):
        return message
    try:
        found = offer(paths, known_key(paths, keys.passphrase_from_environment()))
    except (keys.KeyProblem, errors.StoreError):
        found = None
    if found is None:
        if repair:
            message += " Er is geen goede reservekopie die de app met uw sleutel kan openen."
        return message
    message += " " + found.text(repair)
    if repair:
        message += f" Zet die terug met: nabestaanden restore {found.number}"
    return message


def command_recovery_sheet(paths: AppPaths, target: Path, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.recovery import write_sheet

    store = open_home(paths, stdin, create=False)
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


def file_passphrase(stdin: TextIO, why: str, repeat: bool) -> str:
    """The passphrase of an encrypted exchange file: from NABESTAANDEN_EXPORT_PASSPHRASE,
    else asked (twice for a new one) on a terminal, else a line of the input."""
    from nabestaanden.store.keys import check_new_passphrase

    chosen = os.environ.get(FILE_PASSPHRASE_ENV) or None
    repeated = chosen
    if chosen is None:
        if stdin.isatty():
            sys.stderr.write(why + "\n")
        chosen = _read_line(stdin, "Wachtwoordzin van het bestand: ", hidden=True)
        repeated = chosen
        if repeat and stdin.isatty():
            repeated = _read_line(stdin, "Nog een keer: ", hidden=True)
    if not chosen:
        raise CommandError(f"{why} Geef die in {FILE_PASSPHRASE_ENV} of via de invoer.")
    if repeat:
        problem = check_new_passphrase(chosen, repeated or "")
        if problem:
            raise CommandError(f"{problem} Er is niets geschreven.")
    return chosen


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


def _size(size: int) -> str:
    from babel.numbers import format_decimal

    if size < 1024 * 1024:
        return f"{format_decimal(round(size / 1024), locale='nl_NL')} kB"
    return f"{format_decimal(round(size / 1024 / 1024, 1), locale='nl_NL')} MB"


def command_backup(paths: AppPaths, target: Path | None, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.backups import backup_now

    store = open_home(paths, stdin, create=False)
    if store is None:
        raise CommandError(f"Er zijn nog geen gegevens in {paths.data_dir} om te bewaren.")
    try:
        made = backup_now(store, datetime.now(), target)
    finally:
        store.close()
    out.write(
        f"Reservekopie gemaakt en gecontroleerd: {made}\n"
        "Hij is versleuteld. Op deze computer opent de app hem met uw gewone sleutel; op "
        "een andere computer met de herstelsleutel van het herstelblad.\n"
    )
    return 0


def command_backups(paths: AppPaths, out: TextIO) -> int:
    from babel.dates import format_datetime

    from nabestaanden.operations.backups import kind_label, list_backups

    found = list_backups(paths)
    if not found:
        out.write(f"Er zijn nog geen reservekopieën in {paths.backups}.\n")
        return 0
    out.write(f"Reservekopieën in {paths.backups} (de nieuwste eerst):\n")
    for number, info in enumerate(found, start=1):
        made = format_datetime(info.made_at, "d MMMM y 'om' HH:mm", locale="nl_NL")
        out.write(
            f"{number:>4}  {made:<26}  {_size(info.size):>8}  {kind_label(info.kind)}\n"
            f"      {info.path.name}\n"
        )
    out.write("Zet er een terug met: nabestaanden restore NUMMER\n")
    return 0


def _chosen_backup(paths: AppPaths, reference: str) -> Path:
    from nabestaanden.operations.backups import list_backups

    if reference.isdigit():
        found = list_backups(paths)
        number = int(reference)
        if not 1 <= number <= len(found):
            raise CommandError(
                f"Er is geen reservekopie met nummer {number}; 'nabestaanden backups' "
                "toont de nummers. Er is niets veranderd."
            )
        return found[number - 1].path
    return Path(reference).expanduser()


def command_restore(paths: AppPaths, reference: str, stdin: TextIO, out: TextIO) -> int:
    from nabestaanden.operations.backups import known_key, restore_backup
    from nabestaanden.store import keys
    from nabestaanden.store.errors import StoreError

    source = _chosen_backup(paths, reference)
    try:
        config = keys.StoreConfig.read(paths)
        passphrase = None
        if paths.database.exists() and config is not None and config.key_source == "passphrase":
            passphrase = read_passphrase(stdin, "Wachtwoordzin: ")
        key = known_key(paths, passphrase)
        recovery_text = os.environ.get(RECOVERY_KEY_ENV)
        new_passphrase = None
        if key is None and not keys.keyring_usable():
            new_passphrase = _new_passphrase(stdin)
        outcome = restore_backup(paths, source, key, recovery_text, new_passphrase, datetime.now())
    except (keys.KeyProblem, StoreError) as error:
        message = str(error)
        if "andere computer" in message and not os.environ.get(RECOVERY_KEY_ENV):
            message += f" Zet die in {RECOVERY_KEY_ENV} en probeer het opnieuw."
        raise CommandError(message) from None
    count = len(outcome.store.summaries())
    outcome.store.close()
    noun = "dossier" if count == 1 else "dossiers"
    out.write(f"De reservekopie {source} is teruggezet ({count} {noun}).\n")
    if outcome.kept is not None:
        out.write(f"De gegevens van vóór het terugzetten staan in {outcome.kept}.\n")
    return 0


def command_verify(paths: AppPaths, stdin: TextIO, out: TextIO) -> int:
    """Each dossier's audit trail checked against its hash chain; 1 when one breaks."""
    from nabestaanden.operations.integrity import verify_audit

    store = open_data(paths, stdin, create=False)
    if store is None:
        out.write(f"Er zijn nog geen dossiers in {paths.data_dir}.\n")
        return 0
    try:
        reports = verify_audit(store)
    finally:
        store.close()
    for report in reports:
        if report.intact:
            out.write(
                f"Dossier {report.dossier_id} ({report.name}): {report.entries} vermeldingen "
                "in het logboek, onveranderd.\n"
            )
            continue
        out.write(f"Dossier {report.dossier_id} ({report.name}): het logboek is veranderd:\n")
        for problem in report.breaks:
            out.write(f"  - {problem.problem}\n")
    broken = [report for report in reports if not report.intact]
    if broken:
        out.write(
            "Het logboek is buiten de app om veranderd. Uw gegevens zijn niet aangepast "
            "door deze controle. Vergelijk met een reservekopie.\n"
        )
        return 1
    return 0


def run(paths: AppPaths, options: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Run one of this module's commands."""
    if options.command == "recover":
        return command_recover(paths, options.passphrase, stdin, out)
    if options.command == "backup":
        return command_backup(paths, options.out, stdin, out)
    if options.command == "backups":
        return command_backups(paths, out)
    if options.command == "restore":
        return command_restore(paths, options.backup, stdin, out)
    if options.command == "verify":
        return command_verify(paths, stdin, out)
    return command_recovery_sheet(paths, options.out, stdin, out)


def known_problem(error: Exception, home: AppPaths | None) -> str | None:
    """The Dutch message of a problem the user can act on; None for a bug. Damage
    found while reading the data folder (``home``) gets the newest good backup too."""
    from nabestaanden.operations.work import ActionRefused

    if isinstance(error, ActionRefused):
        return error.full_text()
    from nabestaanden.domain.mandate_rules import MandateRefused
    from nabestaanden.store.dossiers import DossierNotFound
    from nabestaanden.store.errors import StoreError

    if isinstance(error, StoreError) and home is not None:
        return with_offer(home, error)
    if isinstance(error, (DossierNotFound, StoreError, MandateRefused)):
        return str(error)
    return None
