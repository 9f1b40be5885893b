"""The language of the window: Qt's translations of our texts and of its own."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nabestaanden.resources import resource_dir

# The style and the dialog's widgets load when first needed: with the default
# appearance, start-up touches none of them.
if TYPE_CHECKING:
    pass


SOURCE_LANGUAGE: Final = "nl"
"""The language of the texts in the code; it needs no translation file."""


LANGUAGES: Final = {"nl": "Nederlands", "en": "English"}
"""The languages the user can choose, each named in its own language."""


_LOCALES: Final = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    # British English writes dates day first, as the Dutch do.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


_QT_SOURCE_LANGUAGE: Final = "en"  # Qt's own texts need no file in English


_TRANSLATION_FILE_STEM: Final = "nabestaanden"


def translations_dir() -> Path:
    """The folder with the app's ``.ts`` sources and compiled ``.qm`` files."""
    return resource_dir() / "translations"


_log = logging.getLogger(__name__)
_installed_translators: list[QTranslator] = []
_installed_language: tuple[int, str] | None = None  # (id of the app, language)


def install_language(app: QCoreApplication, language: str) -> None:
    """Show the app's texts, and Qt's own, in ``language`` from now on.

    Removes the translators a previous call installed, so it is safe to call again.
    An unknown language falls back to Dutch. Widgets made before the call keep their
    texts (the app changes language at the next start).

    Args:
        app: the application.
        language: a key of :data:`LANGUAGES`.
    """
    global _installed_language
    if language not in LANGUAGES:
        _log.warning("Unknown language %r in the settings; using Dutch.", language)
        language = SOURCE_LANGUAGE
    locale = QLocale(*_LOCALES[language])
    QLocale.setDefault(locale)
    if _installed_language == (id(app), language):
        return
    for translator in _installed_translators:
        app.removeTranslator(translator)
    _installed_translators.clear()
    _installed_language = (id(app), language)

    if language != _QT_SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, locale, "qtbase", qt_folder)
        # What Qt's own Dutch leaves in English (the file dialog's "Look in:").
        _install(app, locale, "qt_extra", str(translations_dir()))
    if language != SOURCE_LANGUAGE and not _install(
        app, locale, _TRANSLATION_FILE_STEM, str(translations_dir())
    ):
        _log.warning(
            "No translation file %s_%s.qm in %s; run `make translations`.",
            _TRANSLATION_FILE_STEM,
            language,
            translations_dir(),
        )


def _install(app: QCoreApplication, locale: QLocale, stem: str, folder: str) -> bool:
    translator = QTranslator()  # owned by the list, so Python keeps it alive
    if not translator.load(locale, stem, "_", folder):
        return False
    app.installTranslator(translator)
    _installed_translators.append(translator)
    return True
