"""Wiring for the window: the Qt application, translations, settings, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from nabestaanden import APP_NAME, __version__
from nabestaanden.paths import AppPaths
from nabestaanden.ui.main_window import MainWindow
from nabestaanden.ui.worker import DbWorker


def install_translations(app: QApplication) -> None:
    """Dutch by default; Qt's own Dutch texts, so standard buttons read 'Annuleren'."""
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    QLocale.setDefault(locale)
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(translator)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translations(app)
    return app


def build_window(paths: AppPaths) -> MainWindow:
    """The main window on a data folder; call :meth:`MainWindow.start` after showing it."""
    paths.ensure()
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    worker = DbWorker()
    window = MainWindow(paths, worker, settings)
    worker.setParent(window)
    app = QApplication.instance()
    if app is not None:  # quitting without closing the window still closes the store
        app.aboutToQuit.connect(window.shutdown)
    return window


def run_gui(paths: AppPaths) -> int:
    """Show the window at once, then open the store behind it."""
    app = create_application()
    window = build_window(paths)
    window.start_after_first_paint()
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the ``nabestaanden-gui`` script (no console window on Windows)."""
    from nabestaanden.cli import main as cli_main

    return cli_main()
