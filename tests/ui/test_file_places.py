"""Where file dialogs start, and the names they propose."""

from __future__ import annotations

import shutil
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from nabestaanden.ui.file_places import FilePlaces, file_name_for


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(tmp_path: Path) -> None:
    places = FilePlaces(QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat))
    documents = Path(platformdirs.user_documents_dir())
    documents.mkdir(parents=True, exist_ok=True)
    assert places.start_folder() == documents
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    places.remember(usb / "brief.pdf")
    assert places.start_folder() == usb
    shutil.rmtree(usb)  # the stick is out
    assert places.start_folder() == documents


def test_file_names_keep_the_words_and_drop_what_systems_refuse() -> None:
    name = file_name_for("Het overlijden melden: bank/ING", "Zoë Şahin", suffix="pdf")
    assert name == "het-overlijden-melden-bank-ing-zoë-şahin.pdf"
    assert file_name_for("???", suffix="ics") == "bestand.ics"
    assert len(file_name_for("x" * 300, suffix="pdf")) <= 84
