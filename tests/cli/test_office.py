"""The headless commands in office mode: --database-url points them at the firm's
PostgreSQL (a throwaway cluster here); the password lives in the keyring."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from nabestaanden.cli import main
from tests.support.examples import example_document
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres import GUARDED_ROLE, Cluster


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    file = tmp_path / "in.json"
    file.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    return file


def test_import_list_export_and_verify_work_on_the_office_database(
    tmp_path: Path, source: Path, postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    code, out, err = run("--database-url", url, "import", str(source))
    assert (code, err) == (0, "") and "Dossier 1 (Johanna Maria van der Berg)" in out
    code, out, _ = run("--database-url", url, "list")
    assert code == 0 and "Johanna Maria van der Berg" in out
    code, _, err = run("--database-url", url, "export", "1", str(tmp_path / "uit.json"))
    assert (code, err) == (0, "")
    written = json.loads((tmp_path / "uit.json").read_text("utf-8"))
    assert written["deceased"]["bsn"] == "111222333"
    code, out, err = run(
        "--database-url", url, "letters", "--dossier", "1", "--out", str(tmp_path / "brieven")
    )
    assert (code, err) == (0, "") and list((tmp_path / "brieven").glob("*.pdf"))
    code, out, _ = run("--database-url", url, "verify")
    assert code == 0 and "onveranderd" in out
    assert not (tmp_path / "data").exists()  # nothing went to a data folder


def test_what_belongs_to_a_data_folder_is_refused_in_office_mode(
    postgres_cluster: Cluster, postgres_database: str
) -> None:
    url = postgres_cluster.socket_url(postgres_database)
    for command in (["backup"], ["backups"], ["recovery-sheet", "--out", "x.pdf"]):
        code, _, err = run("--database-url", url, *command)
        assert code == 1 and "pg_dump" in err and "--database-url" in err


def test_an_unreachable_server_or_a_wrong_url_is_one_dutch_message() -> None:
    code, _, err = run(
        "--database-url",
        "postgresql+psycopg://jansen@/nabestaanden?host=/nergens&port=1",
        "list",
    )
    assert code == 1 and "niet bereikbaar" in err and "Traceback" not in err
    code, _, err = run("--database-url", "postgresql+psycopg://jansen:geheim@localhost/x", "list")
    assert code == 1 and "wachtwoord niet in de database-URL" in err


def test_the_roles_password_is_asked_once_and_then_kept_in_the_keyring(
    source: Path, postgres_cluster: Cluster, memory_keyring: MemoryKeyring
) -> None:
    # The owner of a new office database makes the app's groups: CREATEROLE.
    postgres_cluster.admin(f"CREATE ROLE {GUARDED_ROLE} LOGIN CREATEROLE PASSWORD 'kantoor geheim'")
    postgres_cluster.admin(f"CREATE DATABASE kantoor_pw OWNER {GUARDED_ROLE}")
    try:
        url = postgres_cluster.socket_url("kantoor_pw", user=GUARDED_ROLE)
        code, _, err = run("--database-url", url, "list", stdin="fout\n")
        assert code == 1 and "wachtwoord" in err and memory_keyring.secrets == {}
        code, _, err = run("--database-url", url, "import", str(source), stdin="kantoor geheim\n")
        assert (code, err) == (0, "")
        assert "kantoor geheim" in memory_keyring.secrets.values()
        code, out, _ = run("--database-url", url, "list")  # no input: from the keyring
        assert code == 0 and "Johanna Maria van der Berg" in out
    finally:
        postgres_cluster.admin("DROP DATABASE IF EXISTS kantoor_pw WITH (FORCE)")
        postgres_cluster.admin(f"DROP ROLE IF EXISTS {GUARDED_ROLE}")


def test_a_dossier_is_copied_from_home_to_the_office_and_back_unchanged(
    tmp_path: Path, source: Path, postgres_cluster: Cluster, postgres_database: str
) -> None:
    home, back = tmp_path / "thuis", tmp_path / "weer-thuis"
    url = postgres_cluster.socket_url(postgres_database)
    assert run("--data-dir", str(home), "import", str(source))[0] == 0
    letters = ("--data-dir", str(home), "letters", "--dossier", "1", "--out")
    assert run(*letters, str(tmp_path / "brieven"))[0] == 0  # a register to carry along
    code, out, err = run("copy", "--from", str(home), "--to", url, "1")
    assert (code, err) == (0, "") and "staat nu ook in" in out and "gelijk" in out
    code, out, err = run("copy", "--from", url, "--to", str(back), "1")
    assert (code, err) == (0, "")

    exported = []
    for place in (("--data-dir", str(home)), ("--database-url", url), ("--data-dir", str(back))):
        target = tmp_path / f"export-{len(exported)}.json"
        assert run(*place, "export", "1", str(target))[0] == 0
        exported.append(target.read_bytes())
    assert exported[0] == exported[1] == exported[2]
    assert json.loads(exported[0])["letters"]


def test_the_window_starts_on_the_office_database_of_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import nabestaanden.app

    started: list[str | None] = []
    monkeypatch.setattr(
        nabestaanden.app, "run_gui", lambda _paths, url=None: started.append(url) or 0
    )
    url = "postgresql+psycopg://anna@/kantoor?host=/run/postgresql"
    assert run("--database-url", url)[0] == 0
    assert run()[0] == 0
    assert started == [url, None]


def test_the_beheerder_adds_staff_and_gives_a_dossier_on_the_command_line(
    tmp_path: Path,
    source: Path,
    postgres_cluster: Cluster,
    postgres_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import uuid

    owner = postgres_cluster.socket_url(postgres_database)
    anna = f"anna_{uuid.uuid4().hex[:6]}"
    assert run("--database-url", owner, "import", str(source))[0] == 0
    monkeypatch.setenv("NABESTAANDEN_NEW_USER_PASSWORD", "een lang wachtwoord")
    code, out, err = run(
        "--database-url", owner, "office", "add-user", anna, "--role", "medewerker"
    )
    assert (code, err) == (0, "") and f"{anna} kan nu inloggen als medewerker" in out
    code, out, _ = run("--database-url", owner, "office", "users")
    assert code == 0 and f"{anna}\tmedewerker" in out

    as_anna = postgres_cluster.socket_url(postgres_database, user=anna)
    code, out, _ = run("--database-url", as_anna, "list")
    assert code == 0 and "Johanna" not in out  # not given to her yet
    code, out, err = run("--database-url", owner, "office", "give", "1", anna)
    assert (code, err) == (0, "") and f"{anna} heeft dossier 1 nu" in out
    code, out, _ = run("--database-url", as_anna, "list")
    assert code == 0 and "Johanna Maria van der Berg" in out
    # Giving dossiers is the beheerder's: the server refuses her, in Dutch.
    code, _, err = run("--database-url", as_anna, "office", "take-back", "1", anna)
    assert code == 1 and "niets veranderd" in err and "Traceback" not in err
    code, out, _ = run("--database-url", owner, "office", "take-back", "1", anna)
    assert code == 0 and "teruggenomen" in out
    code, _, err = run("office", "users")
    assert code == 1 and "--database-url" in err
    code, _, err = run(
        "--database-url", owner, "office", "add-user", "Anna J", "--role", "meekijker"
    )
    assert code == 1 and "Naam 'Anna J'" in err
