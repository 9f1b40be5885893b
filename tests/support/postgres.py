"""A throwaway PostgreSQL cluster for the office-mode tests, from Debian's package.

``initdb`` and ``pg_ctl`` make and start a cluster in a temporary folder, listening
on a Unix socket in that folder and on 127.0.0.1 at a free port; no system service is
touched. PostgreSQL refuses to run as root, so under root (CI) the cluster runs as
the ``postgres`` user the Debian package creates. Each test gets its own database.
Where PostgreSQL is missing the tests skip, except with ``CI=true``: there they fail.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.services import require_service

SUPERUSER = "nabestaanden_test"
# A role that must give its password (scram-sha-256); every other role is trusted.
GUARDED_ROLE = "wachtwoord_rol"
_HBA = f"""\
local all {GUARDED_ROLE} scram-sha-256
host all {GUARDED_ROLE} 127.0.0.1/32 scram-sha-256
local all all trust
host all all 127.0.0.1/32 trust
"""


@dataclass(frozen=True)
class Cluster:
    """A running cluster: where its socket is and which port it listens on."""

    socket_dir: Path
    port: int

    def socket_url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        self.query(sql, database, rows=False)

    def query(
        self, sql: str, database: str = "postgres", rows: bool = True
    ) -> list[tuple[object, ...]]:
        """Run ``sql`` as the superuser; its rows (none with ``rows=False``)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as connection:
            cursor = connection.execute(sql)  # type: ignore[arg-type]
            return list(cursor) if rows else []


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return candidates[-1].parent if candidates else None


def _ports() -> Iterator[int]:
    """Ports to try (the suite allows no network socket, so none is probed first)."""
    chance = random.Random()  # noqa: S311 - a port number, no secret
    for _ in range(8):
        yield chance.randrange(20000, 60000)


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_cluster(
    binaries: Path, folder: Path, durable: bool = False, settings: str = ""
) -> tuple[Cluster, Path]:
    """Make and start a cluster in ``folder``; ``durable`` keeps PostgreSQL's own
    fsync (the benchmark), else it is off (the tests: quicker, nothing to keep);
    ``settings`` are more ``-c name=value`` options for the server."""
    data = folder / "data"
    socket_dir = folder / "socket"
    for made in (folder, socket_dir):
        made.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(socket_dir, "postgres", "postgres")
    subprocess.run(
        _as_cluster_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    hba = data / "pg_hba.conf"
    hba.write_text(_HBA, encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(hba, "postgres", "postgres")
    for port in _ports():
        options = f"-k {socket_dir} -h 127.0.0.1 -p {port}"
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
        if settings:
            options += f" {settings}"
        started = subprocess.run(
            _as_cluster_user(
                [
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(folder / "server.log"),
                    "start",
                ]
            ),
            check=False,
            capture_output=True,
        )
        if started.returncode == 0:
            return Cluster(socket_dir, port), data
    log = (folder / "server.log").read_text(encoding="utf-8", errors="replace")
    raise RuntimeError(f"PostgreSQL did not start:\n{log}")


def stop_cluster(binaries: Path, data: Path) -> None:
    """Stop a cluster made by :func:`start_cluster` (its data folder ``data``)."""
    subprocess.run(
        _as_cluster_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
        check=False,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    binaries = _binaries()
    if binaries is None:
        require_service("PostgreSQL (initdb, pg_ctl) is not installed")
        raise AssertionError("unreachable")
    folder = Path(tempfile.mkdtemp(prefix="nabestaanden-pg-"))
    folder.chmod(0o755)
    cluster, data = start_cluster(binaries, folder)
    try:
        yield cluster
    finally:
        stop_cluster(binaries, data)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_database(postgres_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database on the cluster (dropped after the test); its name."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    postgres_cluster.admin(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        postgres_cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
