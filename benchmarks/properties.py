"""The hostile-input properties of tests/domain/test_hostile_input.py at full size:
10,000 hostile exchange files and 10,000 hostile field values (or ``--cases N``).

Run: ``.venv/bin/python benchmarks/properties.py [--cases N]``. Exit code 1 when a
case breaks a property; hypothesis then prints the smallest such case.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from tests.support.hostile import (  # noqa: E402
    ANY_TEXT,
    check_document,
    check_validators,
    hostile_documents,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    cases = parser.parse_args().cases
    seen = {"documents": 0, "fields": 0}
    options = settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @options
    @given(hostile_documents())
    def documents(document: object) -> None:
        seen["documents"] += 1
        check_document(document)

    @options
    @given(ANY_TEXT)
    def fields(text: str) -> None:
        seen["fields"] += 1
        check_validators(text)

    started = time.perf_counter()
    failed = False
    for run in (documents, fields):
        try:
            run()
        except Exception as error:  # hypothesis has printed the smallest failing case
            print(f"FAILED: {type(error).__name__}: {error}")
            failed = True
    verdict = "FAILED" if failed else "all read or refused in Dutch"
    print(
        f"{seen['documents']} hostile files, {seen['fields']} hostile field values, "
        f"{time.perf_counter() - started:.0f} s: {verdict}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
