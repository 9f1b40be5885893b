"""The wheel and the sdist carry everything the app needs at run time.

Built as a release would be (``python -m build``: the sdist, then the wheel from it),
the wheel is unpacked on its own and the headless commands run from it, with the
resources found inside the package rather than in the source tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.support.examples import example_document
from tests.support.pdf import read_pdf

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, project_root_path: Path) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), "."],
        cwd=project_root_path,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


@pytest.fixture(scope="module")
def project_root_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def resource_files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_every_resource_and_migration(built: Path, project_root_path: Path) -> None:
    [wheel] = built.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {
        f"nabestaanden/data/{name}" for name in resource_files(project_root_path / "resources")
    }
    assert wanted <= names, sorted(wanted - names)
    migrations = project_root_path / "src" / "nabestaanden" / "store" / "migrations"
    for name in resource_files(migrations):
        assert f"nabestaanden/store/migrations/{name}" in names
    assert not [name for name in names if name.startswith(("tests/", "resources/"))]


def test_the_sdist_can_rebuild_everything(built: Path) -> None:
    [sdist] = built.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    top = members[0].split("/")[0]
    for needed in ("resources/catalogue/tasks.toml", "packaging/hatch_build.py", "tests", "src"):
        assert any(name.startswith(f"{top}/{needed}") for name in members), needed


def test_the_headless_commands_run_from_the_wheel_alone(built: Path, tmp_path: Path) -> None:
    [wheel] = built.glob("*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    # The unpacked wheel comes first on the path; the dependencies come from this
    # environment. The source tree's resources/ must not be what is found.
    environment = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}

    def run(*arguments: str) -> str:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "nabestaanden",
                "--data-dir",
                str(tmp_path / "data"),
                *arguments,
            ],
            env=environment,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    located = subprocess.run(
        [sys.executable, "-c", "import nabestaanden.resources as r; print(r.resource_dir())"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert Path(located) == target / "nabestaanden" / "data"
    assert "Johanna Maria van der Berg" in run("plan", str(source), "--today", "2026-06-01")
    written = run("letters", str(source), "--out", str(tmp_path / "out"), "--today", "2026-06-01")
    assert "brieven en 3 overzichten geschreven" in written
    overview = read_pdf((tmp_path / "out" / "overzicht.pdf").read_bytes()).text
    assert "Johanna Maria van der Berg" in overview
    assert "[in orde]  Venster" in run("check")
