"""Bestand → Importeren… and Exporteren…: a dossier file in and out of the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from nabestaanden.ui.window.main_window import MainWindow
from tests.support.examples import example_document
from tests.support.window import WindowFactory


def box(qtbot: QtBot, name: str) -> QMessageBox:
    def found() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.objectName() == name
                and widget.isVisible()
            ):
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10000)
    shown = found()
    assert shown is not None
    return shown


def press(shown: QMessageBox, text: str) -> None:
    button = next(b for b in shown.findChildren(QPushButton) if b.text().replace("&", "") == text)
    button.click()


def dossiers(window: MainWindow) -> int:
    return window.ws.list_model.total()


def test_a_file_read_twice_asks_before_a_second_dossier(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    assert window.import_action.isEnabled() and not window.export_action.isEnabled()
    source = tmp_path / "johanna.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    window.read_dossier_file(source)
    qtbot.waitUntil(lambda: dossiers(window) == 1, timeout=10000)
    window.read_dossier_file(source)
    asked = box(qtbot, "import_again_box")
    assert "Er is al een dossier voor Johanna Maria van der Berg" in asked.text()
    press(asked, "Niet inlezen")
    qtbot.wait(200)
    assert dossiers(window) == 1  # nothing added
    window.read_dossier_file(source)
    press(box(qtbot, "import_again_box"), "Toch inlezen")
    qtbot.waitUntil(lambda: dossiers(window) == 2, timeout=10000)


def test_a_broken_file_is_refused_with_its_reason_in_dutch(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    broken = tmp_path / "kapot.json"
    broken.write_text("{kapot", encoding="utf-8")
    window.read_dossier_file(broken)
    refused = box(qtbot, "exchange_refused_box")
    assert "kapot.json is niet ingelezen: 1 fout. Er is niets opgeslagen." in refused.text()
    assert "hier hoort een naam tussen dubbele aanhalingstekens" in refused.text()
    refused.close()
    assert dossiers(window) == 0


def test_export_writes_the_dossier_and_asks_before_replacing_a_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    window.read_dossier_file(source)
    qtbot.waitUntil(lambda: window.current_dossier_id() is not None, timeout=10000)
    qtbot.waitUntil(window.export_action.isEnabled)
    number = window.current_dossier_id()
    assert number is not None
    target = tmp_path / "uit.json"
    target.write_text("mijn eigen bestand", encoding="utf-8")
    window.write_dossier_file(number, target)
    press(box(qtbot, "export_replace_box"), "Niet vervangen")
    qtbot.wait(200)
    assert target.read_text(encoding="utf-8") == "mijn eigen bestand"  # left alone
    window.write_dossier_file(number, target)
    press(box(qtbot, "export_replace_box"), "Vervangen")
    qtbot.waitUntil(lambda: target.read_text(encoding="utf-8").startswith("{"), timeout=10000)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["deceased"]["surname"] == "Berg"
