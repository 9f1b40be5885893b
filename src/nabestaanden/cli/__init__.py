"""The ``nabestaanden`` command: the window, or a headless subcommand.

``nabestaanden`` alone starts the window. Subcommands work without a screen:
``list``, ``import FILE.json``, ``export DOSSIER FILE.json``, ``plan FILE.json``
and ``letters FILE.json --out MAP`` (or ``letters --dossier NR --out MAP``); ``verify``
checks each dossier's audit trail against its hash chain; ``recovery-sheet`` and
``recover`` (in :mod:`safety`) are the recovery key's; ``check`` tries every part
of the app on a made-up example. All honour ``--data-dir``
(``plan`` and ``letters FILE.json`` read only the file).
Where the key is a passphrase, it is read from ``NABESTAANDEN_PASSPHRASE`` or
from standard input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nabestaanden.cli.parser import build_parser
from nabestaanden.domain.plain_errors import os_reason
from nabestaanden.paths import AppPaths, resolve_paths, restrict_new_files

if TYPE_CHECKING:
    from nabestaanden.documents.batch import Written
    from nabestaanden.store.base import Store
    from nabestaanden.store.opening import OpenStore


class CommandError(Exception):
    """A problem the user can fix; printed without a traceback (exit code 1)."""


def read_passphrase(stdin: TextIO, prompt: str, reason: str = "") -> str:
    from nabestaanden.store.keys import passphrase_from_environment

    from_environment = passphrase_from_environment()
    if from_environment:
        return from_environment
    if stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline()
    if not line:
        raise CommandError(
            (reason or "Uw gegevens zijn beveiligd met een wachtwoordzin.")
            + " Geef de wachtwoordzin in NABESTAANDEN_PASSPHRASE of via de standaardinvoer."
        )
    return line.rstrip("\r\n")


# The office database chosen with --database-url or NABESTAANDEN_DATABASE_URL.
_office_url: str | None = None


def open_data(paths: AppPaths, stdin: TextIO, create: bool) -> Store | None:
    """The store to work on: the office database in office mode, else the data folder
    (None: the folder has no data yet and ``create`` is False)."""
    if _office_url is not None:
        from nabestaanden.cli.office import open_office_data

        return open_office_data(_office_url, stdin)
    return open_home(paths, stdin, create)


def open_home(paths: AppPaths, stdin: TextIO, create: bool) -> OpenStore | None:
    from nabestaanden.store import keys
    from nabestaanden.store.errors import StoreError
    from nabestaanden.store.opening import open_store, plan_key

    try:
        plan = plan_key(paths)
        if plan.startswith("new_") and not create:
            return None
        reason = ""
        if plan == "new_keyring":
            try:
                return _with_daily_backup(
                    open_store(paths, keys.create_keyring_key(paths), datetime.now())
                )
            except (keys.KeyringLocked, keys.KeyringUnavailable) as error:
                # A locked keyring, or one that keeps no secrets: a passphrase instead.
                reason = f"{error} Kies daarom een wachtwoordzin."
                plan = "new_passphrase"
        if plan == "keyring":
            key = keys.load_keyring_key(paths)
        else:
            passphrase = read_passphrase(stdin, "Wachtwoordzin: ", reason)
            if plan == "new_passphrase":
                repeated = passphrase
                if stdin.isatty() and not keys.passphrase_from_environment():
                    repeated = getpass.getpass("Nog een keer: ")
                problem = keys.check_new_passphrase(passphrase, repeated)
                if problem:
                    raise CommandError(problem)
            key = keys.DatabaseKey.from_passphrase(passphrase)
        return _with_daily_backup(open_store(paths, key, datetime.now()))
    except (keys.KeyProblem, StoreError) as error:
        from nabestaanden.cli.safety import with_offer

        raise CommandError(with_offer(paths, error)) from None


def _with_daily_backup(store: OpenStore) -> OpenStore:
    """The first opening of a day makes a backup; a failure is said, not fatal."""
    from nabestaanden.operations.backups import daily_backup
    from nabestaanden.operations.work import ActionRefused
    from nabestaanden.store.errors import StoreError

    try:
        daily_backup(store, datetime.now())
    except (OSError, StoreError, ActionRefused) as error:
        sys.stderr.write(f"Let op: de dagelijkse reservekopie is niet gemaakt: {error}\n")
    return store


def _format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


def command_list(paths: AppPaths, as_json: bool, stdin: TextIO, out: TextIO) -> int:
    store = open_data(paths, stdin, create=False)
    try:
        summaries = [] if store is None else store.summaries()
    finally:
        if store is not None:
            store.close()
    if as_json:
        rows = [
            {
                "id": item.id,
                "uuid": item.uuid,
                "name": item.display_name,
                "deceased": item.deceased_name,
                "date_of_death": item.date_of_death.isoformat() if item.date_of_death else None,
                "archived": item.archived,
            }
            for item in summaries
        ]
        out.write(json.dumps({"dossiers": rows}, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not summaries:
        out.write(f"Er zijn nog geen dossiers in {paths.data_dir}.\n")
        return 0
    width = max(len(item.display_name) for item in summaries)
    out.write(f"{'Nr':>4}  {'Naam':<{width}}  {'Overleden':<10}  Gewijzigd\n")
    for item in summaries:
        archived = "  (gearchiveerd)" if item.archived else ""
        out.write(
            f"{item.id:>4}  {item.display_name:<{width}}  {_format_date(item.date_of_death):<10}  "
            f"{_format_date(item.updated_at.date())}{archived}\n"
        )
    return 0


def command_plan(
    file: Path, output_format: str, today: date | None, stdin: TextIO, out: TextIO
) -> int:
    from nabestaanden.cli.exchange import load_file
    from nabestaanden.domain.catalogue import CatalogueError
    from nabestaanden.domain.plan import build_plan
    from nabestaanden.domain.plan_output import plan_to_json, plan_to_text
    from nabestaanden.operations.letters import check_day
    from nabestaanden.resources import default_catalogue

    real_today = date.today()
    today = today or real_today
    data = load_file(file, max(today, real_today), "Er is geen plan gemaakt.", stdin)
    check_day(today, data, "--today")
    try:
        catalogue = default_catalogue()
    except (CatalogueError, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    plan = build_plan(data, catalogue, today)
    if output_format == "json":
        out.write(json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(plan_to_text(plan))
    return 0


def command_letters(
    paths: AppPaths, options: argparse.Namespace, stdin: TextIO, out: TextIO
) -> int:
    from nabestaanden.documents.letter import LetterLayoutError
    from nabestaanden.domain.catalogue import CatalogueError
    from nabestaanden.domain.letters import describe_missing
    from nabestaanden.operations import letters as letter_actions
    from nabestaanden.resources import default_catalogue, default_letters

    if (options.file is None) == (options.dossier is None):
        raise CommandError(
            "Geef een dossierbestand (BESTAND.json) of --dossier NUMMER, niet beide."
        )
    real_today = date.today()
    today: date = options.today or real_today
    try:
        catalogue = default_catalogue()
        letters = default_letters()
    except (CatalogueError, FileNotFoundError) as error:
        raise CommandError(str(error)) from None

    def report(written: list[Written]) -> None:
        for item in written:
            out.write(f"{item.path}\n")
            content = item.content
            if content is None:
                continue
            if content.missing:
                out.write(
                    "    Vul zelf in: " + ", ".join(describe_missing(content.missing)) + ".\n"
                )
            if content.to_verify:
                out.write(f"    Te controleren: {content.to_verify}\n")
        letters_written = sum(1 for item in written if item.content is not None)
        noun = "brief" if letters_written == 1 else "brieven"
        overviews = len(written) - letters_written
        out.write(
            f"{letters_written} {noun} en {overviews} overzichten geschreven in {options.out}.\n"
        )

    try:
        if options.file is not None:
            from nabestaanden.cli.exchange import load_file

            data = load_file(
                options.file, max(today, real_today), "Er zijn geen brieven gemaakt.", stdin
            )
            report(
                letter_actions.write_letters_for(
                    data,
                    catalogue,
                    letters,
                    options.out,
                    today,
                    options.all,
                    str(options.file),
                    "--today",
                )
            )
            return 0
        from nabestaanden.operations.dossiers import find_dossier

        store = open_data(paths, stdin, create=False)
        if store is None:
            raise CommandError(f"Er zijn nog geen dossiers in {paths.data_dir}.")
        try:
            number = find_dossier(store, options.dossier)
            written = letter_actions.write_all_letters(
                store, catalogue, letters, number, options.out, today, options.all, label="--today"
            ).value
        finally:
            store.close()
        report(written)
        return 0
    except LetterLayoutError as error:
        raise CommandError(f"{error} Er is niets geschreven.") from None
    except OSError as error:
        raise CommandError(
            f"In {options.out} kan niet worden geschreven: {os_reason(error)}."
        ) from None


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    err = err or sys.stderr
    options = build_parser().parse_args(arguments)
    restrict_new_files()
    paths = resolve_paths(options.data_dir)
    global _office_url
    _office_url = options.database_url or os.environ.get("NABESTAANDEN_DATABASE_URL") or None
    if options.command is None:
        from nabestaanden.app import run_gui

        return int(run_gui(paths, _office_url))
    try:
        if _office_url is not None:
            from nabestaanden.cli.office import refuse_home_only

            refuse_home_only(options.command)
        if options.command == "copy":
            from nabestaanden.cli.office import command_copy

            return command_copy(options, stdin, out)
        if options.command == "office":
            from nabestaanden.cli.office import run_office_admin

            return run_office_admin(_office_url, options, stdin, out)
        if options.command == "list":
            return command_list(paths, options.json, stdin, out)
        if options.command == "import":
            from nabestaanden.cli.exchange import command_import

            return command_import(paths, options.file, stdin, out)
        if options.command == "plan":
            return command_plan(options.file, options.format, options.today, stdin, out)
        if options.command == "letters":
            return command_letters(paths, options, stdin, out)
        if options.command in (
            "recovery-sheet",
            "recover",
            "backup",
            "backups",
            "restore",
            "verify",
        ):
            from nabestaanden.cli import safety

            return safety.run(paths, options, stdin, out)
        if options.command == "check":
            from nabestaanden.selfcheck import run_checks

            return run_checks(out)
        from nabestaanden.cli.exchange import command_export

        return command_export(paths, options, stdin, out)
    except CommandError as error:
        err.write(f"{error}\n")
        return 1
    except Exception as error:
        from nabestaanden.cli.safety import known_problem

        known = known_problem(error, None if _office_url else paths)
        if known is None:
            raise
        err.write(f"{known}\n")
        return 1


def gui_main() -> int:
    """Entry point of the ``nabestaanden-gui`` script (no console window on Windows):
    the same command line, so ``nabestaanden-gui --data-dir MAP`` works too."""
    return main()
