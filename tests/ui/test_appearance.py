"""Language, text size and contrast: the settings, the window built in them, the dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nabestaanden.app import create_application
from nabestaanden.paths import AppPaths
from nabestaanden.ui.settings.appearance import (
    TEXT_SCALES,
    Appearance,
    AppearanceStyle,
    apply_appearance,
    set_relative_font_size,
)
from nabestaanden.ui.settings.appearance_dialog import AppearanceDialog
from nabestaanden.ui.settings.language import LANGUAGES, install_language
from tests.support.clipping import clipped_texts
from tests.support.window import WindowFactory


@pytest.fixture(autouse=True)
def app() -> Iterator[QApplication]:
    """The application in Dutch, normal size and contrast, before and after each test."""
    application = create_application()
    install_language(application, "nl")
    apply_appearance(application, Appearance())
    yield application
    install_language(application, "nl")
    apply_appearance(application, Appearance())


def settings_of(paths: AppPaths) -> QSettings:
    paths.ensure()
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def cancel_text() -> str:
    """The text of Qt's standard Cancel button, as a new message box shows it."""
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    text = box.button(QMessageBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text.replace("&", "")


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(value) for value in colour.getRgbF()[:3])
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --- text size --------------------------------------------------------------------------


def test_text_at_200_percent_is_twice_as_large_and_100_percent_restores_it(
    app: QApplication, qtbot: QtBot
) -> None:
    normal = app.font().pointSizeF()
    heading = QLabel("Kop")
    qtbot.addWidget(heading)
    set_relative_font_size(heading, 1.4)

    apply_appearance(app, Appearance(text_scale=200))
    assert app.font().pointSizeF() == pytest.approx(2 * normal)
    apply_appearance(app, Appearance(text_scale=200))  # again: no compounding
    assert app.font().pointSizeF() == pytest.approx(2 * normal)
    later = QLabel("Later gemaakt")
    qtbot.addWidget(later)
    assert later.font().pointSizeF() == pytest.approx(2 * normal)
    assert heading.font().pointSizeF() == pytest.approx(2 * 1.4 * normal)

    apply_appearance(app, Appearance(text_scale=150))
    assert app.font().pointSizeF() == pytest.approx(1.5 * normal)
    apply_appearance(app, Appearance(text_scale=100))
    assert app.font().pointSizeF() == pytest.approx(normal)
    app.processEvents()  # Qt tells the existing widgets by a posted event
    assert later.font().pointSizeF() == pytest.approx(normal)
    assert heading.font().pointSizeF() == pytest.approx(1.4 * normal)
    assert not isinstance(app.style(), AppearanceStyle)


def test_check_boxes_grow_with_the_text(app: QApplication) -> None:
    metric = QStyle.PixelMetric.PM_IndicatorWidth
    normal = app.style().pixelMetric(metric)
    apply_appearance(app, Appearance(text_scale=200))
    assert app.style().pixelMetric(metric) == 2 * normal
    apply_appearance(app, Appearance())
    assert app.style().pixelMetric(metric) == normal


# --- contrast ---------------------------------------------------------------------------


def test_high_contrast_gives_black_on_white_and_back(app: QApplication) -> None:
    normal_palette = QPalette(app.palette())
    normal_style = app.style().name()

    apply_appearance(app, Appearance(high_contrast=True))
    palette = app.palette()
    roles = QPalette.ColorRole
    assert palette.color(roles.Text) == QColor("black")
    assert palette.color(roles.WindowText) == QColor("black")
    assert palette.color(roles.Base) == QColor("white")
    assert palette.color(roles.Window) == QColor("white")
    assert palette.color(roles.HighlightedText) == QColor("white")
    for role, background in (
        (roles.Text, roles.Base),
        (roles.HighlightedText, roles.Highlight),
        (roles.Link, roles.Base),
        (roles.LinkVisited, roles.Base),
        (roles.PlaceholderText, roles.Base),
    ):
        assert contrast(palette.color(role), palette.color(background)) >= 4.5, role
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        assert contrast(palette.color(disabled, role), palette.color(disabled, roles.Base)) >= 4.5
    assert isinstance(app.style(), AppearanceStyle)
    assert QLabel().palette().color(roles.WindowText) == QColor("black")  # new widgets too

    apply_appearance(app, Appearance(high_contrast=True, text_scale=150))  # both at once
    assert app.palette().color(roles.Base) == QColor("white")

    apply_appearance(app, Appearance())
    assert app.palette() == normal_palette
    assert app.style().name() == normal_style
    assert not app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)  # follows the system


def test_high_contrast_draws_a_thick_frame_around_the_focused_control(
    app: QApplication, qtbot: QtBot
) -> None:
    apply_appearance(app, Appearance(high_contrast=True))
    field = QLineEdit()
    other = QLineEdit()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    image = field.grab().toImage()
    middle = image.height() // 2
    focus_blue = QColor("#003087")
    edge = [QColor(image.pixel(x, middle)) for x in range(3)]
    assert all(contrast(colour, focus_blue) < 1.5 for colour in edge), edge
    unfocused = other.grab().toImage()
    assert QColor(unfocused.pixel(0, middle)) != QColor("white")  # a visible edge
    assert contrast(QColor(unfocused.pixel(2, middle)), focus_blue) > 3  # and a thin one


# --- the settings -----------------------------------------------------------------------


def test_the_appearance_round_trips_through_the_settings_file(paths: AppPaths) -> None:
    assert Appearance.load(settings_of(paths)) == Appearance(100, False, "nl")
    chosen = Appearance(text_scale=175, high_contrast=True, language="en")
    chosen.save(settings_of(paths))
    assert Appearance.load(settings_of(paths)) == chosen


def test_damaged_settings_give_a_usable_appearance(paths: AppPaths) -> None:
    settings = settings_of(paths)
    settings.setValue("appearance/text_scale", "enorm")
    settings.setValue("appearance/high_contrast", "misschien")
    settings.setValue("appearance/language", "fy")
    settings.sync()
    assert Appearance.load(settings_of(paths)) == Appearance()
    settings.setValue("appearance/text_scale", "400")
    settings.sync()
    assert Appearance.load(settings_of(paths)).text_scale == 200


# --- the language -----------------------------------------------------------------------


def menu_titles(window: QWidget) -> list[str]:
    assert isinstance(window, QMainWindow)
    return [action.text() for action in window.menuBar().actions()]


def test_language_switch_shows_english_texts(paths: AppPaths, make_window: WindowFactory) -> None:
    Appearance(language="en").save(settings_of(paths))
    window = make_window()
    titles = menu_titles(window)
    assert "&File" in titles
    assert "&Settings" in titles
    assert "&Bestand" not in titles
    assert window.ws.new_button.text() == "&New dossier"
    assert window.ws.search.accessibleName() == "Search for a dossier by name"
    assert cancel_text() == "Cancel"


def test_dutch_is_the_default_language(paths: AppPaths, make_window: WindowFactory) -> None:
    window = make_window()
    titles = menu_titles(window)
    assert "&Bestand" in titles
    assert "&Instellingen" in titles
    assert window.ws.new_button.text() == "&Nieuw dossier"
    assert cancel_text() == "Annuleren"


def test_dutch_chosen_after_english_is_dutch_again(app: QApplication) -> None:
    install_language(app, "en")
    assert cancel_text() == "Cancel"
    install_language(app, "en")  # twice: still one set of translations
    install_language(app, "nl")
    assert cancel_text() == "Annuleren"


def test_the_window_is_built_in_the_saved_text_size_and_contrast(
    app: QApplication, qtbot: QtBot, paths: AppPaths, make_window: WindowFactory
) -> None:
    normal = app.font().pointSizeF()
    Appearance(text_scale=200, high_contrast=True).save(settings_of(paths))
    window = make_window()
    assert window.font().pointSizeF() == pytest.approx(2 * normal)
    assert window.palette().color(QPalette.ColorRole.Base) == QColor("white")
    qtbot.wait(50)  # let the layouts settle
    assert not clipped_texts(window)


# --- the dialog -------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, paths: AppPaths) -> AppearanceDialog:
    dialog = AppearanceDialog(settings_of(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_dialog_names_every_control(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = open_dialog(qtbot, paths)
    assert dialog.objectName() == "appearance_dialog"
    assert dialog.windowTitle() == "Weergave en taal"
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, (QComboBox, QCheckBox))]
    assert len(controls) == 3
    for control in controls:
        assert control.accessibleName(), control.objectName()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {dialog.text_scale, dialog.language}
    assert [dialog.text_scale.itemData(row) for row in range(dialog.text_scale.count())] == list(
        TEXT_SCALES
    )
    assert [dialog.language.itemText(row) for row in range(dialog.language.count())] == list(
        LANGUAGES.values()
    )
    assert "opnieuw opent" in dialog.language_note.text()


def test_the_dialog_works_with_the_keyboard_alone(
    app: QApplication, qtbot: QtBot, paths: AppPaths
) -> None:
    normal = app.font().pointSizeF()
    dialog = open_dialog(qtbot, paths)
    assert dialog.focusWidget() is dialog.text_scale
    qtbot.keyClick(dialog.text_scale, Qt.Key.Key_End)  # 200%
    qtbot.keyClick(dialog.text_scale, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.high_contrast
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # English
    with qtbot.waitSignal(dialog.appearance_changed) as changed:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

    chosen = Appearance(text_scale=200, high_contrast=True, language="en")
    assert changed.args == [chosen]
    assert Appearance.load(settings_of(paths)) == chosen
    assert app.font().pointSizeF() == pytest.approx(2 * normal)  # at once
    assert app.palette().color(QPalette.ColorRole.Base) == QColor("white")
    assert cancel_text() == "Annuleren"  # the language follows at the next start


def test_the_dialog_mnemonics_reach_every_control(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = open_dialog(qtbot, paths)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.text_scale
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.high_contrast.isChecked)  # a mnemonic clicks after a short delay


def test_cancel_changes_nothing(app: QApplication, qtbot: QtBot, paths: AppPaths) -> None:
    normal = QFont(app.font())
    dialog = open_dialog(qtbot, paths)
    dialog.text_scale.setCurrentIndex(len(TEXT_SCALES) - 1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert app.font() == normal
    assert Appearance.load(settings_of(paths)) == Appearance()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_no_text_in_the_dialog_is_clipped_at_200_percent(
    app: QApplication, qtbot: QtBot, paths: AppPaths, high_contrast: bool
) -> None:
    apply_appearance(app, Appearance(text_scale=200, high_contrast=high_contrast))
    dialog = open_dialog(qtbot, paths)
    assert not clipped_texts(dialog)
