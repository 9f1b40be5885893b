"""The key in a real Secret Service (gnome-keyring on a private D-Bus), end to end.

Runs the real ``nabestaanden`` command in subprocesses, as a user on a Linux desktop
would, with the keyring library's standard backend selection (PYTHON_KEYRING_BACKEND).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.examples import example_document

pytestmark = pytest.mark.secret_service


def nabestaanden(environment: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nabestaanden", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def keyring_secret(environment: dict[str, str], data_dir: Path) -> str | None:
    script = "import keyring, sys; print(keyring.get_password('nabestaanden', sys.argv[1]) or '')"
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    return result.stdout.strip() or None


def test_the_key_lives_in_the_secret_service_and_opens_the_store(
    tmp_path: Path, desktop_session: dict[str, str]
) -> None:
    data = (tmp_path / "data").resolve()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document()), encoding="utf-8")

    imported = nabestaanden(desktop_session, "--data-dir", str(data), "import", str(source))
    assert imported.returncode == 0, imported.stderr
    secret = keyring_secret(desktop_session, data)
    assert secret is not None and len(bytes.fromhex(secret)) == 32
    assert json.loads((data / "opslag.json").read_text())["key_source"] == "keyring"

    listed = nabestaanden(desktop_session, "--data-dir", str(data), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Johanna Maria van der Berg" in listed.stdout
    assert secret.encode() not in (data / "nabestaanden.db").read_bytes()


def test_a_removed_secret_is_reported_and_the_file_left_alone(
    tmp_path: Path, desktop_session: dict[str, str]
) -> None:
    data = (tmp_path / "data").resolve()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document()), encoding="utf-8")
    assert (
        nabestaanden(desktop_session, "--data-dir", str(data), "import", str(source)).returncode
        == 0
    )
    before = (data / "nabestaanden.db").read_bytes()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import keyring, sys; keyring.delete_password('nabestaanden', sys.argv[1])",
            str(data),
        ],
        env=desktop_session,
        check=True,
        timeout=60,
    )
    listed = nabestaanden(desktop_session, "--data-dir", str(data), "list")
    assert listed.returncode == 1
    assert "staat niet (meer)" in listed.stderr and "Secret Service" in listed.stderr
    assert (data / "nabestaanden.db").read_bytes() == before
