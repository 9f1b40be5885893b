"""docs/office-mode.md's server set-up, run as written against a cluster of its own:
its SQL, its pg_hba.conf and postgresql.conf lines (TLS with a certificate made here),
and its shell commands, with the test's host, network and passwords put in."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.support.examples import example_document
from tests.support.postgres import SUPERUSER, Cluster, _binaries, start_cluster, stop_cluster

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "office-mode.md"
OWNER_PASSWORD = "kies een lang wachtwoord"  # noqa: S105 - the document's example
STAFF_PASSWORD = "een lang wachtwoord van de test"  # noqa: S105 - a throwaway cluster


def blocks(kind: str) -> list[str]:
    """The code blocks of the document marked ``<!-- getest: KIND -->``, in order."""
    text = DOC.read_text(encoding="utf-8")
    pattern = rf"<!-- getest: {re.escape(kind)} -->\n```[a-z]*\n(.*?)```"
    return re.findall(pattern, text, re.S)


def certificates(folder: Path) -> tuple[Path, Path, Path]:
    """An issuer and a certificate for 127.0.0.1 signed by it: (issuer, cert, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    issuer_key = ec.generate_private_key(ec.SECP256R1())
    issuer = (
        x509.CertificateBuilder()
        .subject_name(name("Kantoor test-CA"))
        .issuer_name(name("Kantoor test-CA"))
        .public_key(issuer_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(issuer_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(issuer.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(issuer_key, hashes.SHA256())
    )
    paths = folder / "root.crt", folder / "server.crt", folder / "server.key"
    paths[0].write_bytes(issuer.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


def as_cluster_owner(path: Path, mode: int) -> None:
    path.chmod(mode)
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


@pytest.fixture
def own_cluster() -> Iterator[tuple[Cluster, Path, Path]]:
    """A cluster of its own (its pg_hba.conf is the document's): (cluster, data, bin)."""
    binaries = _binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed")  # the shared fixture fails under CI
    folder = Path(tempfile.mkdtemp(prefix="nabestaanden-doc-"))
    folder.chmod(0o755)
    cluster, data = start_cluster(binaries, folder)
    try:
        yield cluster, data, binaries
    finally:
        stop_cluster(binaries, data)
        shutil.rmtree(folder, ignore_errors=True)


def shell(script: str, env: dict[str, str], cwd: Path, stdin: str = "") -> str:
    done = subprocess.run(
        ["bash", "-e", "-c", script],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{script}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_server_set_up_works_as_written(
    own_cluster: tuple[Cluster, Path, Path], tmp_path: Path
) -> None:
    cluster, data, binaries = own_cluster
    [sql] = blocks("sql")
    [hba] = blocks("pg_hba")
    [conf] = blocks("postgresql.conf")
    commands = blocks("shell")
    assert len(commands) == 5

    # 1. the database and its owner, as the superuser
    for statement in filter(None, (part.strip() for part in sql.split(";"))):
        cluster.admin(statement)
    # 2. and 3. only TLS connections with a password from the network; TLS switched on
    issuer, cert, key = certificates(tmp_path)
    for made, mode in ((cert, 0o644), (key, 0o600)):
        target = data / made.name
        shutil.copy(made, target)
        as_cluster_owner(target, mode)
    network = hba.replace("10.0.0.0/8", "127.0.0.1/32")
    (data / "pg_hba.conf").write_text(f"local all all trust\n{network}", encoding="utf-8")
    with (data / "postgresql.conf").open("a", encoding="utf-8") as settings:
        settings.write("\n" + conf)
    cluster.admin("SELECT pg_reload_conf()")

    url = (
        f"postgresql+psycopg://kantoor_eigenaar@127.0.0.1:{cluster.port}/nabestaanden"
        f"?sslmode=verify-full&sslrootcert={issuer}"
    )

    def put_in(script: str) -> str:
        written = (
            "postgresql+psycopg://kantoor_eigenaar@db.kantoor.nl/nabestaanden?sslmode=verify-full"
        )
        assert written in script or "nabestaanden office" not in script
        return script.replace(written, url)

    work = tmp_path / "werk"
    work.mkdir()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{binaries}:{os.environ['PATH']}",
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "NABESTAANDEN_TEST_KEYRING_FILE": str(tmp_path / "sleutelbos.json"),
        "PYTHONPATH": str(ROOT),
        "NABESTAANDEN_NEW_USER_PASSWORD": STAFF_PASSWORD,
        "PGHOST": str(cluster.socket_dir),
        "PGPORT": str(cluster.port),
        "PGUSER": SUPERUSER,
        "HOME": str(tmp_path),
    }
    env.pop("NABESTAANDEN_DATABASE_URL", None)
    # 4. the first start, by the owner: the password asked once, then in the keyring
    shell(put_in(commands[0]), env, work, stdin=OWNER_PASSWORD + "\n")
    assert OWNER_PASSWORD in json.loads((tmp_path / "sleutelbos.json").read_text()).values()
    example = work / "voorbeeld.json"
    example.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    shell(f"nabestaanden --database-url '{url}' import {example}", env, work)
    # 5. staff
    listed = shell(put_in(commands[1]), env, work)
    assert "a.jansen\tmedewerker" in listed and "c.visser\tmeekijker" in listed
    assert "b.bakker\tbeheerder" in listed
    # 6. who works on which dossier
    exported = commands[1].splitlines()[0]  # the block before set the address
    assert exported.startswith("export NABESTAANDEN_DATABASE_URL=")
    shell(put_in(exported + "\n" + commands[2]), env, work)

    def as_member(name: str) -> str:
        own = url.replace("kantoor_eigenaar", name)
        return shell(f"nabestaanden --database-url '{own}' list", env, work, STAFF_PASSWORD + "\n")

    assert "Johanna Maria van der Berg" in as_member("a.jansen")
    assert "Johanna" not in as_member("c.visser")  # given, then taken back
    # Past the app, nothing but TLS with a password comes in from the network.
    for refused in ("sslmode=disable", "sslmode=require&password=fout"):
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(
                f"host=127.0.0.1 port={cluster.port} dbname=nabestaanden user=a.jansen "
                + refused.replace("&", " ")
            ).close()
    # 7. backups with pg_dump, and one put back
    shell(commands[3], env, work)
    assert (work / "nabestaanden.dump").stat().st_size > 0
    assert "nabestaanden_medewerker" in (work / "rollen.sql").read_text(encoding="utf-8")
    shell(commands[4], env, work)
    with psycopg.connect(
        host=str(cluster.socket_dir), port=cluster.port, user=SUPERUSER, dbname="nabestaanden_terug"
    ) as restored:
        assert restored.execute("SELECT count(*) FROM dossier").fetchone() == (1,)
        policies = restored.execute("SELECT count(*) FROM pg_policies").fetchone()
        assert policies is not None and policies[0] > 10  # the rights came back too
