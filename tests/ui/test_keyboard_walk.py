"""Everything by keyboard alone: first run, the questions, the plan, a task, a letter.

Every key goes to the widget that has the focus, as on a real keyboard: if the tab
order or a shortcut were missing, the walk would get stuck.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nabestaanden.paths import AppPaths
from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import mapping
from nabestaanden.ui.dossier.page import DossierPage
from nabestaanden.ui.intake.wizard import IntakeWizard
from nabestaanden.ui.window.main_window import MainWindow
from tests.support.window import WindowFactory, key_clicks

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    key_clicks(qtbot, focused(), text)


def tab_to(qtbot: QtBot, name: str, limit: int = 60) -> QWidget:
    """Press Tab until the widget called ``name`` has the focus."""
    for _ in range(limit):
        if focused().objectName() == name:
            return focused()
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck at {focused().objectName()!r}")


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=10000)


# Typing a file name in Qt's print dialog opens its completer, which the offscreen
# test screen cannot raise or give the keyboard to; a real screen can.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_first_run_to_a_printed_letter_by_keyboard_alone(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # The welcome: its button starts a dossier.
    tab_to(qtbot, "begin_button")
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(
        lambda: window.page is not None and window.page.wizard is not None, timeout=10000
    )
    wizard = window.page.wizard
    assert isinstance(wizard, IntakeWizard)
    qtbot.waitUntil(wizard.isActiveWindow)

    # The questions: names and the date of death, then Enter for the next page.
    tab_to(qtbot, "intake_first_names")
    type_text(qtbot, "Ilse")
    tab_to(qtbot, "intake_surname")
    type_text(qtbot, "Ørsted")
    tab_to(qtbot, "intake_date_of_death")
    type_text(qtbot, "01-10-2026")
    press(qtbot, Key.Key_Return)
    # About the user: the name that signs the letters, by keyboard too.
    assert wizard.current_step() == "uzelf"
    tab_to(qtbot, "intake_contact_first_names")
    type_text(qtbot, "Pieter")
    press(qtbot, Key.Key_Return)
    assert wizard.current_step() == "partner"
    tab_to(qtbot, "intake_partner_married")  # Tab into the group, arrows within it
    while focused().objectName() != "intake_partner_none":
        press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Space)
    assert wizard.partner_page.partner.value() == "none"
    while wizard.current_step() != "klaar":
        press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_Return)  # Klaar: toon mijn lijst
    qtbot.waitUntil(lambda: window.page.wizard is None, timeout=10000)
    idle(qtbot, window)
    assert window.page.tabs.currentIndex() == 0  # the plan: "Wat kan ik nu doen?"
    assert "Wat kan ik nu doen?" in window.page.dashboard.overview.toPlainText()

    # After the first dossier: the recovery key. Tick "put away" with Space, then Klaar.
    qtbot.waitUntil(lambda: window.sheet_dialog is not None, timeout=10000)
    sheet = window.sheet_dialog
    qtbot.waitUntil(sheet.isActiveWindow)
    tab_to(qtbot, "sheet_stored")
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, "sheet_done")
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: window.sheet_dialog is None, timeout=10000)
    idle(qtbot, window)

    # All tasks: Ctrl+Tab opens the next tab; Tab reaches the tree.
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Key.Key_Tab, CTRL)
    assert window.page.tabs.currentIndex() == 1
    tree = tab_to(qtbot, "task_tree")
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)  # the first task under the first theme
    task_id = window.page.dashboard.detail.task_id
    assert task_id is not None
    # Alt+S goes to the status; the arrow keys choose "klaar".
    press(qtbot, Key.Key_S, ALT)
    status = focused()
    assert isinstance(status, QComboBox) and status.objectName() == "task_status"
    while status.currentData() != "done":
        press(qtbot, Key.Key_Down)
    idle(qtbot, window)
    store = window.store
    assert store is not None and window.page.dossier_id is not None
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, window.page.dossier_id))
    assert data.tasks[task_id].status == "done"
    assert tree is not None

    # Letters: Ctrl+Tab to the next tab, Alt+M makes the selected letter.
    press(qtbot, Key.Key_Tab, CTRL)
    assert window.page.tabs.currentWidget() is window.page.letters
    tab_to(qtbot, "offer_table")
    press(qtbot, Key.Key_M, ALT)
    qtbot.waitUntil(lambda: window.page.letters.shown_letter is not None, timeout=10000)
    idle(qtbot, window)
    assert window.page.letters.document.status() == QPdfDocument.Status.Ready

    # Print it (Alt+D) to a PDF file; Enter confirms the print dialog.
    tab_to(qtbot, "register_table")
    press(qtbot, Key.Key_D, ALT)
    if window.page.letters.missing_address:
        # The app knows no address for this recipient: it asks first; Alt+A prints anyway.
        def question() -> QMessageBox | None:
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == "missing_address_question"
            ]
            return shown[0] if shown and shown[0].isVisible() else None

        qtbot.waitUntil(lambda: question() is not None, timeout=5000)
        box = question()
        assert box is not None
        # As a user waits for the box to take the keyboard before answering it.
        qtbot.waitUntil(lambda: box.isActiveWindow() and box.isAncestorOf(focused()))
        press(qtbot, Key.Key_A, ALT)

    def print_dialog() -> QPrintDialog | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)]
        return shown[0] if shown and shown[0].isVisible() else None

    qtbot.waitUntil(lambda: print_dialog() is not None, timeout=5000)
    dialog = print_dialog()
    assert dialog is not None
    target = tmp_path / "brief-afgedrukt.pdf"
    name = dialog.findChild(QLineEdit, "filename")
    # As a user waits for the dialog: it fills in a default file name once it is shown.
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and name.isEnabled() and bool(name.text()))
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    type_text(qtbot, str(target))
    messages: list[str] = []
    page = window.page
    page.message.connect(lambda text, _ms: messages.append(text))
    press(qtbot, Key.Key_Return)
    if dialog.isVisible():  # the file name's completion list took the first Return
        press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: "De brief is naar de printer gestuurd." in messages, timeout=10000)
    printed = QPdfDocument()
    printed.load(str(target))
    assert printed.pageCount() >= 1


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys of the visible buttons, labels and menus in ``root``'s own
    window (a dialog on top is a window of its own, with its own Alt keys)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar

    keys = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts = [widget.text()]  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QMenuBar):
            texts = [action.text() for action in widget.actions()]
        for text in texts:
            marked = text.replace("&&", "")
            if "&" in marked:
                keys.append(marked[marked.index("&") + 1].lower())
    return keys


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_two_visible_controls_share_an_alt_key(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, language: str
) -> None:
    """In Dutch and in English (the translations carry their own Alt keys)."""
    from PySide6.QtCore import QSettings

    from nabestaanden.ui.settings.appearance import Appearance
    from tests.support.window import new_dossier

    paths.ensure()
    Appearance(language=language).save(QSettings(str(paths.settings), QSettings.Format.IniFormat))
    window = make_window()
    new_dossier(qtbot, window)
    page = window.page
    assert page is not None
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        keys = mnemonics(window)
        doubles = sorted({key for key in keys if keys.count(key) > 1})
        assert not doubles, f"tab {page.tabs.tabText(index)!r}: Alt+{doubles}"
    page.open_intake()
    qtbot.waitUntil(lambda: page.wizard is not None, timeout=10000)
    wizard = page.wizard
    assert wizard is not None
    for _ in wizard.pages:
        keys = mnemonics(wizard)
        doubles = sorted({key for key in keys if keys.count(key) > 1})
        assert not doubles, f"intake page {wizard.current_step()}: Alt+{doubles}"
        wizard.next()
    wizard.reject()
    for dialog in mandate_dialogs(qtbot, page):
        keys = mnemonics(dialog)
        doubles = sorted({key for key in keys if keys.count(key) > 1})
        assert not doubles, f"{dialog.objectName()}: Alt+{doubles}"
        dialog.reject()


def mandate_dialogs(qtbot: QtBot, page: DossierPage) -> list[QDialog]:
    """The mandate dialog, the status dialog and the heirs dialog, shown."""
    from nabestaanden.domain.mandates import Holder, grant
    from nabestaanden.ui.mandates.status_dialog import MandateStatusDialog

    page.edit_mandate(None)
    editor = page.mandate_dialog
    qtbot.waitUntil(editor.isVisible)
    mandate = grant(
        Holder(person="contact"),
        "anders",
        [("bank", "financien", "")],
        ["inzien"],
        "geen_einddatum",
        date.today(),
    )
    status = MandateStatusDialog(mandate, "ingetrokken", date.today(), page)
    qtbot.addWidget(status)
    status.show()
    qtbot.waitUntil(status.isVisible)
    page.edit_heirs()
    heirs = page.heirs_dialog
    heirs.add_heir()
    qtbot.waitUntil(heirs.isVisible)
    return [editor, status, heirs]


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible input controls that a screen reader could not name: no accessible name
    and no label pointing at them."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QLabel,
        QPlainTextEdit,
        QTextEdit,
    )

    labelled = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    kinds = (QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, kinds):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), kinds):
            continue  # Qt's own parts of a control (a spin box's line edit)
        if not widget.accessibleName() and id(widget) not in labelled:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_a_name_for_screen_readers(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from tests.support.window import new_dossier

    window = make_window()
    new_dossier(qtbot, window)
    page = window.page
    assert page is not None
    window.show_term("digid")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert not unnamed_controls(window), page.tabs.tabText(index)
    page.open_intake()
    qtbot.waitUntil(lambda: page.wizard is not None, timeout=10000)
    wizard = page.wizard
    assert wizard is not None
    for _ in wizard.pages:
        assert not unnamed_controls(wizard), wizard.current_step()
        wizard.next()
    wizard.reject()
    for dialog in mandate_dialogs(qtbot, page):
        assert not unnamed_controls(dialog), dialog.objectName()
        dialog.reject()
