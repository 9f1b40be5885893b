"""The Windows installer script (built on Windows with Inno Setup, so not run here)
installs per user, adds a Start-menu entry, and leaves the data folder on uninstall,
saying where it is; its names and version follow the app's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nabestaanden import APP_ID, APP_NAME, __version__
from nabestaanden.paths import default_data_dir

pytestmark = pytest.mark.packaging

SCRIPT = (
    Path(__file__).resolve().parent.parent.parent / "packaging" / "windows" / "nabestaanden.iss"
)


def setting(text: str, name: str) -> str:
    found = re.search(rf"^{name}=(.*)$", text, re.MULTILINE)
    assert found, name
    return found.group(1).strip()


def section(text: str, name: str) -> str:
    found = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    return found.group(1) if found else ""


def test_it_installs_per_user_with_a_start_menu_entry() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert setting(text, "PrivilegesRequired") == "lowest"
    assert setting(text, "DefaultDirName") == "{autopf}\\{#AppName}"
    icons = section(text, "Icons")
    assert '"{group}\\{#AppName}"; Filename: "{app}\\{#AppName}.exe"' in icons


def test_uninstalling_keeps_the_data_and_says_where_it_is() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    removed = section(text, "UninstallDelete")
    assert "{userappdata}" not in removed and "{localappdata}" not in removed
    assert "{app}" in removed
    assert "ExpandConstant('{userappdata}\\{#AppName}')" in text
    assert "Uw gegevens zijn NIET verwijderd" in text
    # The folder the app really uses on Windows: %APPDATA%\Nabestaanden (roaming).
    assert default_data_dir().name == APP_NAME


def test_its_names_and_version_follow_the_app() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert f'#define AppName "{APP_NAME}"' in text
    assert f'#define AppVersion "{__version__}"' in text
    assert f'#define AppId "{APP_ID}"' in text
    assert '#define SourceDir "..\\..\\dist\\nabestaanden"' in text
