"""The one-folder app (``make bundle``) works without this project's Python.

The bundled programs run from ``dist/nabestaanden``: the command program imports a
dossier into a temporary data folder (with its key in a real Secret Service, through
the keyring backend inside the bundle), writes its letters, and checks itself; the
window program opens that data on a virtual screen and shows its window, photographed
into test-artifacts/bundle-window.png (look at it). The Linux install script puts a
valid menu entry in place, and removing the program keeps the data.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.examples import example_document
from tests.support.pdf import read_pdf
from tests.support.services import require_service

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "nabestaanden"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "nabestaanden-cli").exists():
        require_service(f"no bundle in {BUNDLE}: run 'make bundle' first")
    return BUNDLE


def without_project(environment: dict[str, str]) -> dict[str, str]:
    """The environment without this project's Python, so only the bundle is used."""
    cleaned = {
        name: value
        for name, value in environment.items()
        if not name.startswith(("PYTHON", "VIRTUAL_ENV")) or name == "PYTHON_KEYRING_BACKEND"
    }
    cleaned["PATH"] = "/usr/bin:/bin"
    return cleaned


def run(
    bundle: Path, environment: dict[str, str], *arguments: str, cwd: Path
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(bundle / "nabestaanden-cli"), *arguments],
        env=environment,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def session(desktop_session: dict[str, str]) -> Iterator[dict[str, str]]:
    yield without_project(desktop_session)


def test_the_bundle_imports_a_dossier_and_writes_its_letters(
    bundle: Path, session: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    data = tmp_path / "data"
    imported = run(bundle, session, "--data-dir", str(data), "import", str(source), cwd=tmp_path)
    assert "Dossier 1 (Johanna Maria van der Berg) is ingelezen" in imported.stdout
    listed = run(bundle, session, "--data-dir", str(data), "list", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout)["dossiers"][0]["deceased"] == "Johanna Maria van der Berg"
    out = tmp_path / "brieven"
    written = run(
        bundle,
        session,
        "--data-dir",
        str(data),
        "letters",
        "--dossier",
        "1",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert "brieven en 3 overzichten geschreven" in written.stdout
    letters = sorted(path for path in out.glob("*.pdf") if path.name[:2].isdigit())
    assert letters, sorted(path.name for path in out.iterdir())
    first = " ".join(read_pdf(letters[0].read_bytes()).text.split())
    assert "Johanna Maria van der Berg" in first  # the deceased, in the bundled fonts


def test_the_bundle_checks_itself_with_the_keyring_inside_it(
    bundle: Path, session: dict[str, str], tmp_path: Path
) -> None:
    checked = run(bundle, {**session, "QT_QPA_PLATFORM": "offscreen"}, "check", cwd=tmp_path)
    assert checked.stdout.count("[in orde]") == 5, checked.stdout
    assert "Secret Service" in checked.stdout  # the bundled backend found the real one
    assert "_internal/nabestaanden/data" in checked.stdout  # its own resources


def test_the_window_program_opens_its_window(
    bundle: Path,
    session: dict[str, str],
    display: dict[str, str],
    tmp_path: Path,
) -> None:
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    run(bundle, session, "--data-dir", str(tmp_path / "data"), "import", str(source), cwd=tmp_path)
    environment = {**session, **display, "QT_QPA_PLATFORM": "xcb"}
    window = subprocess.Popen(
        [str(bundle / "Nabestaanden"), "--data-dir", str(tmp_path / "data")],
        env=environment,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        listing = ""
        while time.monotonic() < deadline and window.poll() is None:
            listing = subprocess.run(
                ["xwininfo", "-root", "-tree"],
                env=environment,
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if '"Nabestaanden"' in listing:
                break
            time.sleep(0.5)
        assert window.poll() is None, window.communicate()[1]
        assert '"Nabestaanden"' in listing
        time.sleep(3)  # let it open the store and paint the list
        listing = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=environment, capture_output=True, text=True
        ).stdout
        assert "Er ging iets mis" not in listing  # no error dialog (the app's safety net)
        artifacts = ROOT / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        grabbed = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.grab_screen",
                str(artifacts / "bundle-window.png"),
            ],
            env={**os.environ, **display, "QT_QPA_PLATFORM": "xcb"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert grabbed.returncode == 0, grabbed.stderr
    finally:
        window.terminate()
        _out, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors, errors


def test_the_linux_install_script_installs_and_removes_but_keeps_the_data(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / 'home of "Zoë" & $co | 100%'  # characters the menu entry escapes
    data = home / ".local" / "share" / "Nabestaanden"
    data.mkdir(parents=True)
    (data / "dossiers.db").write_bytes(b"versleuteld")
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    installed = subprocess.run(
        ["sh", str(bundle / "install.sh")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local" / "share" / "applications" / "nl.nabestaanden.Nabestaanden.desktop"
    program = home / ".local" / "lib" / "nabestaanden" / "Nabestaanden"
    assert program.exists()
    assert "Exec=" in entry.read_text() and program.parent.name == "nabestaanden"
    icon = home / ".local/share/icons/hicolor/256x256/apps/nl.nabestaanden.Nabestaanden.png"
    assert icon.exists()
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        require_service("desktop-file-validate is not installed (package desktop-file-utils)")
    else:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    removed = subprocess.run(
        ["sh", str(bundle / "install.sh"), "--remove"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not entry.exists() and not icon.exists()
    assert (data / "dossiers.db").read_bytes() == b"versleuteld"
    assert "Uw gegevens staan nog in" in removed.stdout


def test_the_installed_copy_refuses_to_install_over_itself(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(bundle / "install.sh")], env=environment, check=True, timeout=120)
    installed = home / ".local" / "lib" / "nabestaanden"
    again = subprocess.run(
        ["sh", str(installed / "install.sh")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 1 and "uitgepakte map" in again.stderr
    assert (installed / "Nabestaanden").exists()  # still installed
