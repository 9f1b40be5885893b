"""The safety net: an uncaught exception shows a dialog with a report free of personal data.

pytest-qt normally catches exceptions raised in Qt slots itself (and fails the test);
these tests switch that off (``qt_no_exception_capture``) so the exceptions reach
the hook under test, as they do in the app.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from nabestaanden.domain.exchange import read_dossier
from nabestaanden.ui.errors import hook as error_dialog
from nabestaanden.ui.errors.dialog import ErrorDialog
from nabestaanden.ui.errors.hook import install_exception_hook
from nabestaanden.ui.errors.report import error_report

pytestmark = pytest.mark.qt_no_exception_capture

PERSONAL = "BSN 111222333 van Jan Jansen"


def open_dialogs() -> list[ErrorDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, ErrorDialog) and widget.isVisible()
    ]


@pytest.fixture
def hook(qapp: QApplication) -> Iterator[None]:
    """Install the hook; afterwards the previous hooks are back and no dialog is left."""
    saved = (sys.excepthook, threading.excepthook)
    install_exception_hook("Nabestaanden")
    yield
    sys.excepthook, threading.excepthook = saved
    for dialog in open_dialogs():
        dialog.close()


def caught(
    function: Any,
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        function()
    except Exception as error:
        return type(error), error, error.__traceback__
    raise AssertionError("no exception")


def leaky_function() -> None:
    name = "Jan Jansen"  # a local variable with personal data
    raise ValueError(f"BSN 111222333 van {name}")


def leaky_caller() -> None:
    leaky_function()


# --- the report ------------------------------------------------------------------------


def test_the_report_names_the_error_and_its_frames_but_nothing_personal() -> None:
    report = error_report(*caught(leaky_caller))
    assert "ValueError" in report
    assert "leaky_caller" in report
    assert "leaky_function" in report
    assert "test_error_dialog.py:" in report
    assert "111222333" not in report
    assert "Jansen" not in report
    assert str(Path(__file__).parent) not in report
    assert "0.1.0" in report  # the app version
    assert "Python: " in report
    assert "Qt: " in report


def test_code_in_the_home_folder_is_shown_without_the_home_path() -> None:
    home = Path.home()  # the test's own home folder (tests/conftest.py)
    file_name = str(home / "Documenten" / "Jan Jansen" / "script.py")
    namespace: dict[str, Any] = {}
    source = "def from_home():\n    raise ValueError('BSN 111222333 van Jan Jansen')\n"
    exec(compile(source, file_name, "exec"), namespace)  # noqa: S102
    report = error_report(*caught(namespace["from_home"]))
    assert "script.py:2 in from_home" in report
    assert str(home) not in report
    assert "Jansen" not in report
    assert "Documenten" not in report


def test_our_own_frames_are_relative_to_the_package_and_causes_are_listed() -> None:
    def read_a_broken_dossier() -> None:
        try:
            read_dossier({"deceased": {"bsn": "111222333"}}, date(2026, 11, 29))
        except Exception as error:
            raise RuntimeError(PERSONAL) from error

    report = error_report(*caught(read_a_broken_dossier))
    assert "Fout: RuntimeError" in report
    assert "Veroorzaakt door: nabestaanden.domain.exchange_base.FormatError" in report
    assert "\n  nabestaanden/domain/exchange.py:" in report
    assert " in read_dossier" in report
    assert "111222333" not in report


# --- the dialog and the hook -----------------------------------------------------------


def raise_in_slot() -> None:
    raise ValueError(PERSONAL)


def raise_another_in_slot() -> None:
    raise KeyError(PERSONAL)


def test_an_exception_in_a_slot_opens_the_dialog(qtbot: QtBot, hook: None) -> None:
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    dialog = open_dialogs()[0]
    assert dialog.objectName() == "error_dialog"
    assert "Uw gegevens zijn veilig" in dialog.findChild(QLabel, "error_safe").text()
    report = dialog.report()
    assert "ValueError" in report
    assert "raise_in_slot" in report
    assert "111222333" not in report and "Jansen" not in report
    assert dialog.report_view.toPlainText() == report
    assert dialog.report_view.isReadOnly()


def test_the_report_can_be_seen_and_copied(qtbot: QtBot, hook: None) -> None:
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    dialog = open_dialogs()[0]
    assert not dialog.report_view.isVisible()
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.report_view.isVisible()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.report()
    assert "klembord" in dialog.copied.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not open_dialogs())


def test_a_second_exception_is_added_to_the_open_dialog(qtbot: QtBot, hook: None) -> None:
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    dialog = open_dialogs()[0]
    QTimer.singleShot(0, raise_another_in_slot)
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: "raise_another_in_slot" in dialog.report())
    qtbot.waitUntil(lambda: "2 keer" in dialog.report())
    assert open_dialogs() == [dialog]
    assert dialog.report().count("Fout: ValueError") == 1
    assert "Fout: KeyError" in dialog.report_view.toPlainText()


def test_after_closing_a_new_exception_opens_a_new_dialog(qtbot: QtBot, hook: None) -> None:
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    open_dialogs()[0].reject()
    qtbot.waitUntil(lambda: not open_dialogs())
    QTimer.singleShot(0, raise_another_in_slot)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    assert "KeyError" in open_dialogs()[0].report()
    assert "ValueError" not in open_dialogs()[0].report()


def test_an_exception_in_a_worker_thread_reaches_the_dialog_without_blocking(
    qtbot: QtBot, hook: None
) -> None:
    def work() -> None:
        raise ValueError(PERSONAL)

    thread = threading.Thread(target=work, name="werker")
    thread.start()
    thread.join(timeout=5)
    assert not thread.is_alive()  # it did not wait for the dialog
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    report = open_dialogs()[0].report()
    assert "ValueError" in report and "work" in report
    assert "111222333" not in report


def _break_the_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the dialog fail to open; return the reports written to stderr instead."""
    written: list[str] = []

    def broken_dialog(*_: object, **__: object) -> None:
        raise RuntimeError("dialog kapot voor Jan Jansen")

    monkeypatch.setattr(error_dialog, "_fallback_report", written.append)
    monkeypatch.setattr(error_dialog, "ErrorDialog", broken_dialog)
    return written


@pytest.mark.parametrize("in_thread", [False, True])
def test_a_failing_dialog_writes_cleaned_reports_once_without_looping(
    qtbot: QtBot, hook: None, monkeypatch: pytest.MonkeyPatch, in_thread: bool
) -> None:
    written = _break_the_dialog(monkeypatch)
    if in_thread:
        thread = threading.Thread(target=raise_in_slot)
        thread.start()
        thread.join(timeout=5)
    else:
        QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(written) >= 2)
    qtbot.wait(50)
    assert len(written) == 2  # the error and the dialog's own failure, once each: no loop
    assert "ValueError" in written[0] and "RuntimeError" in written[1]
    assert not any("Jansen" in report or "111222333" in report for report in written)
    assert not open_dialogs()


def test_the_app_puts_the_safety_net_up_once_the_window_has_appeared(
    qtbot: QtBot, paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nabestaanden import app as application
    from nabestaanden.ui.window.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[str, object] = {}

    def event_loop() -> int:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["before the first paint"] = sys.excepthook is error_dialog._sys_hook
        qtbot.waitUntil(lambda: sys.excepthook is error_dialog._sys_hook, timeout=10000)
        qtbot.waitUntil(lambda: window.store is not None, timeout=10000)  # then the store
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert application.run_gui(paths) == 0
    assert seen["before the first paint"] is False
    assert threading.excepthook is error_dialog._thread_hook
