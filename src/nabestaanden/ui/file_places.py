"""Where save and open dialogs start: the folder chosen last time, else the user's
Documents folder (platformdirs), never the program's working folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

LAST_FOLDER = "files/last_folder"


class FilePlaces:
    """The last folder the user chose in a file dialog, kept in the settings file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings

    def start_folder(self) -> Path:
        """The folder chosen last time if it still exists, else Documents (or home)."""
        import platformdirs

        last = str(self.settings.value(LAST_FOLDER, "") or "") if self.settings else ""
        if last and Path(last).is_dir():
            return Path(last)
        documents = Path(platformdirs.user_documents_dir())
        return documents if documents.is_dir() else Path.home()

    def start_path(self, file_name: str) -> Path:
        """``file_name`` in the start folder (what a save dialog proposes)."""
        return self.start_folder() / file_name

    def remember(self, chosen: Path) -> None:
        """Remember the folder of a chosen file (or the chosen folder itself)."""
        if self.settings is not None:
            folder = chosen if chosen.is_dir() else chosen.parent
            self.settings.setValue(LAST_FOLDER, str(folder))


def file_name_for(*parts: str, suffix: str) -> str:
    """A file name from words, safe on every system: ``brief-bank-melden-ing-bank.pdf``
    (letters and digits kept, accents kept, everything else a single dash)."""
    words = "-".join(part for part in parts if part)
    safe = re.sub(r"[^\w]+", "-", words.casefold()).strip("-_")
    return f"{safe[:80].rstrip('-') or 'bestand'}.{suffix}"
