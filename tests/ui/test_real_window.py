"""The app in a real window on a virtual X server, with its key in a real Secret Service.

Saves a screenshot of the main window to test-artifacts/main-window.png.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support.examples import example_document

pytestmark = pytest.mark.real_window


def test_the_main_window_shows_a_dossier_on_a_real_screen(
    tmp_path: Path,
    project_root: Path,
    display: dict[str, str],
    desktop_session: dict[str, str],
) -> None:
    data = (tmp_path / "data").resolve()
    document = example_document()
    document["deceased"].update(first_names="Şükrü", surname_prefix="", surname="Yılmaz")
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    environment = {**desktop_session, **display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run(
        [sys.executable, "-m", "nabestaanden", "--data-dir", str(data), "import", str(source)],
        env=environment,
        check=True,
        timeout=60,
        capture_output=True,
    )
    artifacts = project_root / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    screenshot = artifacts / "main-window.png"
    screenshot.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.screenshot_app", str(data), str(screenshot)],
        env=environment,
        cwd=project_root,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "dossiers=1" in result.stdout and "platform=xcb" in result.stdout
    image = QImage(str(screenshot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # a drawn window, not a blank rectangle


@pytest.mark.parametrize("scale", [100, 200])
def test_a_new_user_walks_the_app_and_nothing_is_cut_off(
    tmp_path: Path,
    project_root: Path,
    display: dict[str, str],
    desktop_session: dict[str, str],
    scale: int,
) -> None:
    """Welcome, every intake page, the plan, a task, a letter, the glossary: photographed
    at 100% and 200% text into test-artifacts/tour-<scale>/ (look at them), with no text
    too small for its widget and no window larger than the screen."""
    artifacts = project_root / "test-artifacts" / f"tour-{scale}"
    environment = {**desktop_session, **display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.support.screenshot_tour",
            str((tmp_path / "data").resolve()),
            str(artifacts),
            str(scale),
        ],
        env=environment,
        cwd=project_root,
        capture_output=True,
        text=True,
        timeout=150,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shots = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("shot ")]
    expected = {
        "welcome",
        "dashboard",
        "tasks",
        "letters",
        "mandates",
        "mandate-dialog",
        "mandates-filled",
        "mandate-status",
        "heirs-dialog",
        "tasks-who",
        "estate-dialog",
        "estate",
        "glossary",
        "recovery-sheet",
        "recover-dialog",
        "backup-dialog",
        "conflict-dialog",
        "office-dialog",
        "office-password",
    }
    assert expected <= set(shots)
    assert len([name for name in shots if name.startswith("wizard-")]) == 10
    clipped = [line for line in result.stdout.splitlines() if line.startswith("clip ")]
    assert not clipped, "\n".join(clipped)
    for name in shots:
        image = QImage(str(artifacts / f"{name}.png"))
        # A drawn picture, not an empty one; dialogs are smaller than the window.
        dialog = name in (
            "mandate-status",
            "heirs-dialog",
            "estate-dialog",
            "recovery-sheet",
            "recover-dialog",
            "backup-dialog",
            "conflict-dialog",
            "office-dialog",
            "office-password",
        )
        width, height = (250, 100) if dialog else (500, 400)
        assert image.width() >= width and image.height() >= height, name
