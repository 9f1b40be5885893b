"""Shared test set-up: no real home folder, no real keyring, Qt offscreen.

Like Vorta's and Picard's test set-ups: every test gets its own data folder; the
keyring is an in-memory one (or none, on request); Qt runs offscreen. Tests that
need a real X server or a real Secret Service start their own (tests/support) and
must run where CI=true: there a missing service fails them instead of skipping.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_FAKE_HOME = Path(tempfile.mkdtemp(prefix="nabestaanden-test-home-"))
os.environ["HOME"] = str(_FAKE_HOME)
for _variable, _folder in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    os.environ[_variable] = str(_FAKE_HOME / _folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (the CLI) inherit this: no test reaches the real keyring by accident.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for _variable in ("NABESTAANDEN_DATA_DIR", "NABESTAANDEN_PASSPHRASE", "DBUS_SESSION_BUS_ADDRESS"):
    os.environ.pop(_variable, None)

from nabestaanden.paths import AppPaths  # noqa: E402
from tests.support.engines import engine  # noqa: E402, F401
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

# The throwaway PostgreSQL cluster of the office-mode tests (started on first use).
from tests.support.postgres import postgres_cluster, postgres_database  # noqa: E402, F401
from tests.support.services import IN_CI, require_service  # noqa: E402, F401


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test starts with an empty in-memory keyring."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring, as on a bare Linux desktop."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture
def display() -> Iterator[dict[str, str]]:
    """A virtual X server (Xvfb); the env for a subprocess. Fails in CI when missing."""
    from tests.support.desktop_services import ServiceUnavailable, virtual_display

    try:
        manager = virtual_display()
        environment = manager.__enter__()
    except ServiceUnavailable as error:
        require_service(f"no X server: {error}")
        return
    try:
        yield environment
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture
def desktop_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with an unlocked gnome-keyring; the env for a subprocess.

    Fails where CI=true and the Secret Service cannot be started; skips elsewhere.
    """
    from tests.support.desktop_services import ServiceUnavailable, secret_service

    home = tmp_path / "home"
    home.mkdir()
    try:
        manager = secret_service(home)
        service_env = manager.__enter__()
    except ServiceUnavailable as error:
        require_service(f"no Secret Service: {error}")
        return
    try:
        yield child_environment(
            service_env, PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring"
        )
    finally:
        manager.__exit__(None, None, None)


def child_environment(*parts: dict[str, str], **extra: str) -> dict[str, str]:
    """os.environ without any desktop session variables, plus the given ones."""
    drop = ("DBUS_", "DISPLAY", "WAYLAND_", "GNOME_KEYRING", "XDG_RUNTIME_DIR")
    environment = {name: value for name, value in os.environ.items() if not name.startswith(drop)}
    for part in parts:
        environment.update(part)
    environment.update(extra)
    return environment
