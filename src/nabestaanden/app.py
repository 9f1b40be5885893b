"""Wiring for the window: the Qt application, translations, settings, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nabestaanden import APP_ID, APP_NAME, __version__
from nabestaanden.paths import AppPaths
from nabestaanden.ui.garbage import collect_on_gui_thread
from nabestaanden.ui.settings.appearance import Appearance, apply_appearance
from nabestaanden.ui.settings.language import SOURCE_LANGUAGE, install_language
from nabestaanden.ui.widgets import install_wheel_guard
from nabestaanden.ui.window.main_window import MainWindow
from nabestaanden.ui.worker import DbWorker

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def install_translations(app: QApplication) -> None:
    """Dutch by default; Qt's own Dutch texts, so standard buttons read 'Annuleren'.

    ``build_window`` switches to the language in the settings file, if another.
    """
    install_language(app, SOURCE_LANGUAGE)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translations(app)
    install_wheel_guard(app)  # the wheel changes no answer in a field without focus
    # Cycles are collected on this thread only: a widget destroyed on the database
    # worker's thread corrupts memory (ui/garbage.py).
    collect_on_gui_thread(app)
    return app


def app_icon() -> QIcon:
    """The app's icon in the sizes drawn for it (made by packaging/make_icons.py)."""
    from nabestaanden.resources import resource_dir

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_dir() / "icons" / f"nabestaanden-{size}.png"))
    return icon


def build_window(paths: AppPaths, office_url: str | None = None) -> MainWindow:
    """The main window on a data folder; call :meth:`MainWindow.start` after showing it.
    With ``office_url`` (``--database-url``) it opens that office database instead, for
    this session (Instellingen → Kantoor keeps one for every start).

    The language, text size and contrast in the data folder's settings are applied
    first, so every widget is built in them.
    """
    paths.ensure()
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        appearance = Appearance.load(settings)
        install_language(app, appearance.language)
        apply_appearance(app, appearance)
    worker = DbWorker()
    window = MainWindow(paths, worker, settings)
    window.office_url_override = office_url
    worker.setParent(window)
    if app is not None:  # quitting without closing the window still closes the store
        app.aboutToQuit.connect(window.shutdown)
    return window


def run_gui(paths: AppPaths, office_url: str | None = None) -> int:
    """Show the window at once, then open the store behind it (the office database of
    ``office_url``, if given)."""
    from nabestaanden.ui.window.first_paint import FirstPaint

    app = create_application()
    window = build_window(paths, office_url)
    # The safety net: an unexpected error shows a Dutch dialog (data safe, a report
    # without personal data to copy) instead of closing the app. Installed right after
    # the window first appears, before the store opens: loading it (Qt's namespace of
    # enums among it) took a sixth of the start before the first paint.
    window.start_after_first_paint()
    safety_net = FirstPaint(install_safety_net)
    window.installEventFilter(safety_net)  # the filter installed last runs first
    window.show()
    return app.exec()


def install_safety_net() -> None:
    from nabestaanden.ui.errors.hook import install_exception_hook

    install_exception_hook(APP_NAME)
