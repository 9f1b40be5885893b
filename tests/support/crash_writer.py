"""A child process for the crash test: writes mandates through the operations, one
per unit of work, and prints each number once it is committed.

Run as ``crash_writer.py DATA_DIR FIRST``, with the store's recovery key in
``NABESTAANDEN_TEST_RECOVERY_KEY`` (the database key derives from it). Runs until it is killed.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

from nabestaanden.operations import mandates
from nabestaanden.paths import AppPaths
from nabestaanden.resources import default_catalogue
from nabestaanden.store.keys import DatabaseKey
from nabestaanden.store.opening import open_store
from nabestaanden.store.recovery import RecoveryKey
from tests.support.examples import bank_mandate


def main() -> None:
    paths = AppPaths(Path(sys.argv[1]))
    number = int(sys.argv[2])
    key = DatabaseKey.from_recovery(
        RecoveryKey.parse(os.environ["NABESTAANDEN_TEST_RECOVERY_KEY"]), "keyring"
    )
    store = open_store(paths, key, datetime.now())
    died = date(2026, 3, 15)
    catalogue = default_catalogue()
    while True:
        mandate = bank_mandate(died, note=f"schrijf {number}")
        mandates.save_mandate(store, catalogue, 1, mandate)
        sys.stdout.write(f"{number}\n")
        sys.stdout.flush()
        number += 1


if __name__ == "__main__":
    main()
