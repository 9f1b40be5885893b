"""Offline means offline, and personal data stays in the encrypted file.

The whole suite runs with network sockets refused (pytest-socket; unix sockets for
D-Bus and X stay allowed). An app session, the command line and the window, runs
in child processes whose network sockets are refused and logged; afterwards the
temporary home folder is searched for the dossier's personal data, and every file
and folder there must be the user's alone.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

from tests.support.examples import example_document

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = ROOT / "tests" / "support" / "offline"
# What the example dossier holds that must never be readable outside the database.
SECRETS = ("111222333", "NL91ABNA0417164300", "NL91 ABNA", "Johanna", "Lindelaan")


def test_the_suite_itself_refuses_network_sockets() -> None:
    with (
        pytest.raises(SocketBlockedError),
        pytest.warns(UserWarning, match="tried to use socket"),
    ):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def session_environment(home: Path) -> dict[str, str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("XDG_", "DBUS_", "NABESTAANDEN_"))
    }
    environment.update(
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(OFFLINE), str(ROOT)]),
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        NABESTAANDEN_TEST_KEYRING_FILE=str(home / ".local" / "keyring.json"),
        NABESTAANDEN_TEST_NETWORK_LOG=str(home.parent / "network.log"),
    )
    return environment


def run(environment: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_app_session_stays_offline_and_leaves_no_personal_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for folder in (home / "tmp", home / "run", home / ".local"):
        folder.mkdir(parents=True, mode=0o700)
    environment = session_environment(home)
    data = home / "data"
    # What the user hands in and asks for lives outside the home folder searched.
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(example_document()), encoding="utf-8")
    letters = tmp_path / "brieven"

    cli = ("-m", "nabestaanden", "--data-dir", str(data))
    run(environment, *cli, "import", str(source))
    run(environment, *cli, "list")
    run(environment, *cli, "plan", str(source))
    run(environment, *cli, "letters", "--dossier", "1", "--out", str(letters))
    run(environment, *cli, "export", "1", str(tmp_path / "export.json"))
    # backups and the recovery sheet stay in the home: encrypted, and no personal data
    run(environment, *cli, "backup")
    run(environment, *cli, "recovery-sheet", "--out", str(home / "herstelblad.pdf"))
    sealed = {**environment, "NABESTAANDEN_EXPORT_PASSPHRASE": "een zin voor de zus"}
    run(sealed, *cli, "export", "--encrypt", "1", str(home / "voor-de-zus.json"))
    shown = run(environment, str(ROOT / "tests" / "support" / "offline_session.py"), str(data))
    assert "done letter=True network=[]" in shown

    network_log = tmp_path / "network.log"
    assert not network_log.exists(), network_log.read_text(encoding="utf-8")
    assert any(letters.glob("*.pdf"))  # the session did real work
    assert len(list((data / "backups").glob("*.db"))) >= 2  # the day's and the one asked for
    found = []
    loose = []
    for path in sorted(home.rglob("*")):
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_symlink():
            continue
        if mode & 0o077:
            loose.append(f"{path.relative_to(home)}: {oct(mode)}")
        if path.is_file():
            content = path.read_bytes()
            for secret in SECRETS:
                if secret.encode() in content or secret.encode("utf-16-le") in content:
                    found.append(f"{path.relative_to(home)}: {secret}")
    assert found == []
    assert loose == []
    assert (data / "nabestaanden.db").exists()  # the data is there, encrypted
