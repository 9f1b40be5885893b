"""Letters against a bare ReportLab letter, measured side by side in one process.

Targets: the marginal time per letter (``build_letter``, into memory) at most 1.5x that
of a bare ReportLab one-page Platypus letter (``SimpleDocTemplate``, the same TrueType
font, an address block, date, subject, four paragraphs, closing and name); a dossier's
full set (every letter the plan offers and the three summaries, written to disk) in
under a second. The dossier is the worked situation in ``tests/scenarios`` that offers
the most letters (the first of equals), on its own "today".

Marginal means warm: the fonts are registered and one build of each is done first. The
two builds then alternate, so both see the same machine; each figure is the median of
the runs. ``compose_letter`` (filling in the texts) is timed on its own as well.

Run: ``.venv/bin/python benchmarks/letters.py [--runs N] [--sets N]``. Exit code 1 when
a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import reportlab

from nabestaanden.documents.batch import write_dossier_documents
from nabestaanden.documents.letter import build_letter
from nabestaanden.documents.styles import register_fonts
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.letter_offers import letters_for_plan
from nabestaanden.domain.letters import LetterContent, compose_letter
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue, default_letters

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bare_letter import BARE_PARAGRAPHS, bare_letter  # noqa: E402

SCENARIOS = ROOT / "tests" / "scenarios"

LETTER_TARGET = 1.5
FULL_SET_TARGET = 1.0  # seconds


def richest_scenario() -> tuple[str, Plan]:
    """The worked situation that offers the most letters, planned on its own "today"."""
    catalogue, letters = default_catalogue(), default_letters()
    best: tuple[int, str, Plan] | None = None
    for expected in sorted(SCENARIOS.glob("*.expected.toml")):
        today: date = tomllib.loads(expected.read_text(encoding="utf-8"))["today"]
        source = expected.with_name(expected.name.replace(".expected.toml", ".json"))
        document = json.loads(source.read_text(encoding="utf-8"))
        plan = build_plan(read_dossier(document, today), catalogue, today)
        count = len(letters_for_plan(plan, letters))
        if best is None or count > best[0]:
            best = (count, source.stem, plan)
    if best is None:
        raise SystemExit(f"no worked situations in {SCENARIOS}")
    return best[1], best[2]


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60, help="builds of each letter")
    parser.add_argument("--sets", type=int, default=5, help="runs of the full set")
    options = parser.parse_args()

    name, plan = richest_scenario()
    letters = default_letters()
    offers = letters_for_plan(plan, letters)
    letter_date = plan.today

    def compose_all() -> list[LetterContent]:
        return [
            compose_letter(
                offer.definition, offer.recipient, plan.dossier, plan.catalogue, letter_date
            )
            for offer in offers
        ]

    contents = compose_all()
    body = statistics.mean(len(" ".join(content.paragraphs)) for content in contents)
    bare_body = len(" ".join(BARE_PARAGRAPHS))

    # Warm-up: fonts registered, styles cached, one build of every letter and the bare one.
    register_fonts()
    bare_letter(io.BytesIO())
    for content in contents:
        build_letter(content, io.BytesIO())

    gc.collect()
    bare, ours = [], []
    for run in range(options.runs):
        bare.append(seconds(lambda: bare_letter(io.BytesIO())))
        content = contents[run % len(contents)]
        ours.append(seconds(lambda content=content: build_letter(content, io.BytesIO())))
    composing = [seconds(compose_all) / len(offers) for _ in range(options.runs)]

    full: list[float] = []
    with tempfile.TemporaryDirectory(prefix="nabestaanden-bench-") as folder:
        # One warm-up for the summaries, then the timed runs, each into a new folder.
        for run in range(options.sets + 1):
            target = Path(folder) / f"set-{run}"
            gc.collect()
            elapsed = seconds(
                lambda target=target: write_dossier_documents(
                    plan, letters, target, letter_date, include_all=True
                )
            )
            if run:
                full.append(elapsed)
        files = len(list((Path(folder) / "set-0").glob("*.pdf")))

    base = statistics.median(bare)
    ours_median = statistics.median(ours)
    ratio = ours_median / base
    full_median = statistics.median(full)
    letter_ok = ratio <= LETTER_TARGET
    full_ok = full_median <= FULL_SET_TARGET

    print(
        f"{name}: {len(offers)} letters offered; median of {options.runs} warm builds each, "
        f"{options.sets} full sets; Python {sys.version.split()[0]}, "
        f"ReportLab {reportlab.Version}"
    )
    print(f"  body text per letter: ours {body:.0f} characters on average, bare {bare_body}")
    print(f"  {'bare Platypus letter (baseline)':<40} {base * 1000:8.2f} ms  1.00x")
    verdict = "PASS" if letter_ok else "FAIL"
    print(
        f"  {'build_letter, per letter':<40} {ours_median * 1000:8.2f} ms  {ratio:4.2f}x  "
        f"target <= {LETTER_TARGET:.1f}x: {verdict}"
    )
    print(
        f"  {'compose_letter, per letter':<40} {statistics.median(composing) * 1000:8.2f} ms  "
        f"{statistics.median(composing) / base:4.2f}x"
    )
    verdict = "PASS" if full_ok else "FAIL"
    print(
        f"  {f'full set ({len(offers)} letters + 3 summaries)':<40} "
        f"{full_median * 1000:8.2f} ms         target <= {FULL_SET_TARGET:.1f} s: {verdict}"
        f"  ({files} files)"
    )
    return 0 if letter_ok and full_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
