"""Start-up of the app against a bare PySide6 window, measured side by side.

Targets (issue 2): the app's first painted window at most 1.5x the bare window's;
the dossier list filled and responding at most 4x. Both programs run alternately,
cold (a new process each time), offscreen, on this machine in the same run; the
app opens a store holding a realistic dossier, its key in a real Secret Service
(gnome-keyring on a private D-Bus, as on a Linux desktop).

Run: ``.venv/bin/python benchmarks/startup.py [--runs N]``. Exit code 1 when a
target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.desktop_services import secret_service  # noqa: E402
from tests.support.examples import example_document  # noqa: E402

PAINT_TARGET = 1.5
LISTED_TARGET = 4.0


def timed(script: str, environment: dict[str, str], *args: str) -> dict[str, float]:
    launched = time.time()
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), f"{launched:.6f}", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    values: dict[str, float] = {}
    for line in result.stdout.splitlines():
        name, value, *_ = line.split()
        values[name] = float(value)
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nabestaanden-bench-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        data = Path(folder) / "data"
        source = Path(folder) / "dossier.json"
        source.write_text(json.dumps(example_document()), encoding="utf-8")
        with secret_service(home) as service:
            environment = {
                name: value
                for name, value in os.environ.items()
                if not name.startswith(("DBUS_", "DISPLAY", "XDG_RUNTIME_DIR"))
            }
            environment.update(service)
            environment.update(
                QT_QPA_PLATFORM="offscreen",
                PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
            )
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "nabestaanden",
                    "--data-dir",
                    str(data),
                    "import",
                    str(source),
                ],
                env=environment,
                check=True,
                capture_output=True,
                timeout=60,
            )
            # One warm-up of each, so both start from the same file-system cache.
            timed("bare_window.py", environment)
            timed("app_start.py", environment, str(data))
            bare, paint, listed = [], [], []
            for _ in range(options.runs):
                bare.append(timed("bare_window.py", environment)["paint"])
                app = timed("app_start.py", environment, str(data))
                paint.append(app["paint"])
                listed.append(app["listed"])
    base = statistics.median(bare)
    rows = [
        ("bare QMainWindow, first paint", base, 1.0, None),
        (
            "app, first paint",
            statistics.median(paint),
            statistics.median(paint) / base,
            PAINT_TARGET,
        ),
        (
            "app, dossier list filled",
            statistics.median(listed),
            statistics.median(listed) / base,
            LISTED_TARGET,
        ),
    ]
    print(f"median of {options.runs} cold starts each, offscreen, Python {sys.version.split()[0]}")
    failed = False
    for name, seconds, ratio, target in rows:
        verdict = ""
        if target is not None:
            ok = ratio <= target
            failed |= not ok
            verdict = f"target <= {target:.1f}x: {'ok' if ok else 'MISSED'}"
        print(f"  {name:<32} {seconds:6.3f} s  {ratio:5.2f}x  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
