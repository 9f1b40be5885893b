"""Start throw-away desktop services for tests: a virtual X server and a Secret Service.

Both context managers start real daemons as child processes of the test process, never touch
the real home folder or the real session bus, and tear everything down on exit:

* :func:`virtual_display` runs ``Xvfb`` on a display number that Xvfb picks itself.
* :func:`secret_service` runs a private ``dbus-daemon`` plus ``gnome-keyring-daemon`` with
  HOME/XDG_* inside a folder the caller gives, and an unlocked ``login`` collection
  (which is also the ``default`` alias) so that ``keyring``/``secretstorage`` work without
  any prompt.

Each yields a small ``dict[str, str]`` to merge into a child process' environment. When a
binary is missing or a daemon does not come up, :class:`ServiceUnavailable` is raised, so a
fixture can turn it into ``pytest.skip(str(exc))``.

Debian 12 packages: ``xvfb`` (pulls ``xkbcomp``/``xkb-data``), ``dbus-daemon`` and
``dbus-bin`` (both come with ``dbus``), ``gnome-keyring``.

This module deliberately imports no Qt and no D-Bus library: readiness of the Secret Service
is checked with ``dbus-send``.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

__all__ = [
    "KEYRING_PASSWORD",
    "ServiceUnavailable",
    "secret_service",
    "virtual_display",
]

#: Password of the ``login`` collection that :func:`secret_service` creates and unlocks.
KEYRING_PASSWORD = "nabestaanden-test-keyring"  # noqa: S105 - throw-away test keyring

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0
# sun_path of an AF_UNIX socket holds 108 bytes including the NUL; keep a margin for the
# names the daemons append (``/bus``, ``/keyring/control``, ``/keyring/.ssh`` ...).
_MAX_RUNTIME_DIR_LEN = 80

_SECRETS_PATH = "/org/freedesktop/secrets"
_PR_SET_PDEATHSIG = 1


class ServiceUnavailable(RuntimeError):
    """A desktop service needed by a test cannot be started on this machine."""


# --------------------------------------------------------------------------- helpers


def _require(binary: str, package: str) -> str:
    path = shutil.which(binary)
    if path is None:
        raise ServiceUnavailable(
            f"'{binary}' is not installed (Debian package: {package}; "
            f"install with: apt-get install --no-install-recommends {package})"
        )
    return path


def _die_with_parent() -> None:  # pragma: no cover - runs in the forked child
    """Linux safety net: the daemon gets SIGKILL if the test process dies abruptly."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _preexec() -> Callable[[], None] | None:
    return _die_with_parent if os.name == "posix" and Path("/proc/self").exists() else None


def _base_env() -> dict[str, str]:
    """A minimal environment for a daemon: nothing of the real desktop session leaks in."""
    env = {"PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin")}
    for key in ("LANG", "LC_ALL", "TZ"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.setdefault("LANG", "C.UTF-8")
    return env


def _popen(
    argv: list[str],
    *,
    log: Path,
    env: Mapping[str, str] | None = None,
    pass_fds: tuple[int, ...] = (),
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.Popen[bytes]:
    with log.open("ab") as log_file:
        return subprocess.Popen(
            argv,
            stdin=stdin,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else None,
            pass_fds=pass_fds,
            close_fds=True,
            start_new_session=True,  # own process group: teardown can kill all it spawned
            preexec_fn=_preexec(),  # only prctl(); safe enough for a test helper
        )


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    """SIGTERM the process group of ``proc``, then SIGKILL what is left; reap the child."""
    if proc is None:
        return
    pgid = proc.pid  # start_new_session=True makes the child its own group leader
    for sig, wait in ((signal.SIGTERM, _STOP_TIMEOUT), (signal.SIGKILL, _STOP_TIMEOUT)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        # the leader is gone; make sure no forked helper of it survives either
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
        return


def _log_tail(log: Path, limit: int = 2000) -> str:
    try:
        text = log.read_text(errors="replace").strip()
    except OSError:
        return ""
    if not text:
        return ""
    return "\n--- daemon output ---\n" + text[-limit:]


def _read_line_from_fd(fd: int, proc: subprocess.Popen[bytes], timeout: float) -> str | None:
    """Read one line from ``fd`` within ``timeout`` s; None on timeout/EOF/early exit."""
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.1))
        if ready:
            chunk = os.read(fd, 1024)
            if not chunk:  # writer closed: the daemon exited or gave up
                break
            data += chunk
        elif proc.poll() is not None:
            break
    line = data.split(b"\n", 1)[0].decode(errors="replace").strip()
    return line or None


# --------------------------------------------------------------------------- Xvfb


@contextlib.contextmanager
def virtual_display(width: int = 1280, height: int = 800) -> Iterator[dict[str, str]]:
    """Run ``Xvfb`` on a free display; yield ``{"DISPLAY": ":N"}``.

    Xvfb chooses the display number itself (``-displayfd``) and writes it only once it accepts
    connections, so the display is ready when this yields. No TCP listener, no access control
    file (local clients only). Raises :class:`ServiceUnavailable` if Xvfb is missing or not
    ready within about 10 s.
    """
    xvfb = _require("Xvfb", "xvfb")
    workdir = Path(tempfile.mkdtemp(prefix="nb-xvfb-"))
    log = workdir / "xvfb.log"
    read_fd, write_fd = os.pipe()
    proc: subprocess.Popen[bytes] | None = None
    display: str | None = None
    try:
        argv = [
            xvfb,
            "-displayfd", str(write_fd),
            "-screen", "0", f"{width}x{height}x24",
            "-nolisten", "tcp",
            "-noreset",
        ]  # fmt: skip
        proc = _popen(argv, log=log, pass_fds=(write_fd,))
        os.close(write_fd)
        write_fd = -1
        number = _read_line_from_fd(read_fd, proc, _START_TIMEOUT)
        if number is None or not number.isdigit():
            state = "exited" if proc.poll() is not None else "did not get ready"
            raise ServiceUnavailable(f"Xvfb {state} within {_START_TIMEOUT:.0f} s" + _log_tail(log))
        display = f":{number}"
        yield {"DISPLAY": display}
    finally:
        if write_fd >= 0:
            os.close(write_fd)
        os.close(read_fd)
        _stop(proc)
        if display is not None:
            # Xvfb removes these itself on SIGTERM; only a SIGKILLed one leaves them behind.
            number = display[1:]
            for leftover in (Path(f"/tmp/.X{number}-lock"), Path(f"/tmp/.X11-unix/X{number}")):
                if leftover.exists() and not _display_in_use(leftover, proc):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
        shutil.rmtree(workdir, ignore_errors=True)


def _display_in_use(leftover: Path, proc: subprocess.Popen[bytes] | None) -> bool:
    """True if a lock file names a live X server other than ours (never delete those)."""
    if not leftover.name.endswith("-lock"):
        return False
    try:
        pid = int(leftover.read_text().strip())
    except (OSError, ValueError):
        return False
    if proc is not None and pid == proc.pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- Secret Service

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <!-- No service directories on purpose: nothing may be auto-activated on this bus
       (no second gnome-keyring-daemon, no prompter), so nothing can outlive the test. -->
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _dbus_send(dbus_send: str, env: Mapping[str, str], *args: str) -> str | None:
    try:
        result = subprocess.run(
            [dbus_send, "--session", "--print-reply", "--reply-timeout=2000", *args],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return result.stdout if result.returncode == 0 else None


def _secrets_ready(dbus_send: str, env: Mapping[str, str]) -> bool:
    """The daemon owns org.freedesktop.secrets and its default collection is unlocked."""
    reply = _dbus_send(
        dbus_send,
        env,
        "--dest=org.freedesktop.secrets",
        f"{_SECRETS_PATH}/aliases/default",
        "org.freedesktop.DBus.Properties.Get",
        "string:org.freedesktop.Secret.Collection",
        "string:Locked",
    )
    return reply is not None and "boolean false" in reply


@contextlib.contextmanager
def secret_service(home: Path) -> Iterator[dict[str, str]]:
    """Run a private session bus with gnome-keyring's Secret Service; yield the child env.

    ``home`` (an existing, preferably empty temp folder) becomes HOME and holds XDG_DATA_HOME
    (keyrings), XDG_CONFIG_HOME, XDG_CACHE_HOME and, when its path is short enough for a
    Unix socket, XDG_RUNTIME_DIR (bus socket, keyring control socket); otherwise the runtime
    folder is a short private folder under the temp dir, removed on exit.

    The yielded dict holds DBUS_SESSION_BUS_ADDRESS, HOME, the XDG_* folders and
    GNOME_KEYRING_CONTROL. The ``login`` collection (also the ``default`` alias) exists and is
    unlocked with :data:`KEYRING_PASSWORD`. Raises :class:`ServiceUnavailable` if a binary is
    missing or the service does not answer within about 10 s.
    """
    dbus_daemon = _require("dbus-daemon", "dbus-daemon")
    dbus_send = _require("dbus-send", "dbus-bin")
    keyring_daemon = _require("gnome-keyring-daemon", "gnome-keyring")

    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    data_home = home / ".local" / "share"
    config_home = home / ".config"
    cache_home = home / ".cache"
    for folder in (data_home, config_home, cache_home):
        folder.mkdir(parents=True, exist_ok=True)

    runtime_dir = home / "run"
    own_runtime_dir = len(str(runtime_dir)) > _MAX_RUNTIME_DIR_LEN
    if own_runtime_dir:
        runtime_dir = Path(tempfile.mkdtemp(prefix="nb-run-"))
    else:
        runtime_dir.mkdir(exist_ok=True)
    runtime_dir.chmod(0o700)

    logdir = home / "service-logs"
    logdir.mkdir(exist_ok=True)
    bus_log = logdir / "dbus-daemon.log"
    keyring_log = logdir / "gnome-keyring-daemon.log"
    bus_config = logdir / "session-bus.conf"
    bus_config.write_text(_BUS_CONFIG.format(socket=runtime_dir / "bus"))

    env = _base_env()
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(data_home),
        XDG_CONFIG_HOME=str(config_home),
        XDG_CACHE_HOME=str(cache_home),
        XDG_RUNTIME_DIR=str(runtime_dir),
    )

    bus: subprocess.Popen[bytes] | None = None
    daemon: subprocess.Popen[bytes] | None = None
    read_fd, write_fd = os.pipe()
    try:
        # 1. a private session bus; it prints its address once it listens
        bus = _popen(
            [
                dbus_daemon,
                f"--config-file={bus_config}",
                "--nofork",
                "--nopidfile",
                "--nosyslog",
                f"--print-address={write_fd}",
            ],
            log=bus_log,
            env=env,
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        write_fd = -1
        address = _read_line_from_fd(read_fd, bus, _START_TIMEOUT)
        if not address:
            raise ServiceUnavailable(
                f"dbus-daemon did not start within {_START_TIMEOUT:.0f} s" + _log_tail(bus_log)
            )
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        # 2. gnome-keyring: --unlock reads the password from stdin (until EOF) and creates
        #    or unlocks the 'login' collection; --foreground keeps it our child.
        daemon = _popen(
            [keyring_daemon, "--foreground", "--unlock", "--components=secrets"],
            log=keyring_log,
            env=env,
            stdin=subprocess.PIPE,
        )
        assert daemon.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            daemon.stdin.write(KEYRING_PASSWORD.encode())
            daemon.stdin.close()

        deadline = time.monotonic() + _START_TIMEOUT
        while not _secrets_ready(dbus_send, env):
            if daemon.poll() is not None:
                raise ServiceUnavailable(
                    f"gnome-keyring-daemon exited with code {daemon.returncode}"
                    + _log_tail(keyring_log)
                )
            if time.monotonic() >= deadline:
                raise ServiceUnavailable(
                    "gnome-keyring-daemon did not offer an unlocked Secret Service "
                    f"collection within {_START_TIMEOUT:.0f} s" + _log_tail(keyring_log)
                )
            time.sleep(0.05)

        child_env = {
            key: env[key]
            for key in (
                "DBUS_SESSION_BUS_ADDRESS",
                "HOME",
                "XDG_DATA_HOME",
                "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME",
                "XDG_RUNTIME_DIR",
            )
        }
        child_env["GNOME_KEYRING_CONTROL"] = str(runtime_dir / "keyring")
        yield child_env
    finally:
        if write_fd >= 0:
            os.close(write_fd)
        os.close(read_fd)
        _stop(daemon)
        _stop(bus)
        if own_runtime_dir:
            shutil.rmtree(runtime_dir, ignore_errors=True)
