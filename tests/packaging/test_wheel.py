"""The wheel and the sdist carry everything the app needs at run time.

Built as a release would be (``python -m build``: the sdist, then the wheel from it),
the wheel is installed into a new virtual environment and the commands run from it,
with the resources found inside the package rather than in the source tree.
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

KEYRING_FAIL = "keyring.backends.fail.Keyring"  # never the real keyring from a test


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


def test_a_fresh_environment_runs_the_app_from_the_wheel(built: Path, tmp_path: Path) -> None:
    """As a user with Python would: a new virtual environment, ``pip install`` of the
    wheel (its dependencies from the package index), then the commands."""
    [wheel] = built.glob("*.whl")
    environment = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True, timeout=120)
    installed = subprocess.run(
        [str(environment / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    # Nothing of this project's environment: the new one's own packages only.
    variables = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTHON", "VIRTUAL_ENV"))
    }
    variables.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND=KEYRING_FAIL)

    def run(*arguments: str) -> str:
        done = subprocess.run(
            [str(environment / "bin" / "nabestaanden"), *arguments],
            env=variables,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    located = subprocess.run(
        [
            str(environment / "bin" / "python"),
            "-c",
            "import nabestaanden.resources as r; print(r.resource_dir())",
        ],
        env=variables,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert Path(located).is_relative_to(environment) and Path(located).name == "data"
    assert "Johanna Maria van der Berg" in run("plan", str(source), "--today", "2026-06-01")
    written = run("letters", str(source), "--out", str(tmp_path / "out"), "--today", "2026-06-01")
    assert "brieven en 3 overzichten geschreven" in written
    overview = read_pdf((tmp_path / "out" / "overzicht.pdf").read_bytes()).text
    assert "Johanna Maria van der Berg" in overview
    assert run("check").count("[in orde]") == 5
