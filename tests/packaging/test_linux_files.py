"""The Linux menu entry and AppStream file pass the freedesktop validators, and name
the programs, icon and id the bundle and the app use."""

from __future__ import annotations

import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

from nabestaanden import APP_ID, APP_NAME
from tests.support.services import require_service

pytestmark = pytest.mark.packaging

LINUX = Path(__file__).resolve().parent.parent.parent / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def validator(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        require_service(f"{name} is not installed (Debian package {package})")
    assert found is not None
    return found


def test_the_desktop_file_is_valid() -> None:
    checked = subprocess.run(
        [validator("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_the_metainfo_file_is_valid() -> None:
    checked = subprocess.run(
        [validator("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_files_name_what_the_bundle_has() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == section["TryExec"] == APP_NAME  # the window program's name
    assert section["Icon"] == APP_ID
    assert section["StartupWMClass"] == APP_NAME
    root = ElementTree.parse(METAINFO).getroot()  # noqa: S314 - our own file
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    binaries = {item.text for item in root.iter("binary")}
    assert binaries == {APP_NAME, "nabestaanden-cli"}
    spec = (LINUX.parent / "nabestaanden.spec").read_text(encoding="utf-8")
    assert 'name="nabestaanden-cli"' in spec and "name=APP_NAME" in spec
