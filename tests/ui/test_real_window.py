"""The app in a real window on a virtual X server, with its key in a real Secret Service.

Saves a screenshot of the main window to test-artifacts/main-window.png.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import require_service
from tests.support.examples import example_document

pytestmark = pytest.mark.real_window


@pytest.fixture
def display() -> Iterator[dict[str, str]]:
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
