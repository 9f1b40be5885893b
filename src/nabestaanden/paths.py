"""Every path the app uses, decided in one place.

The default locations come from platformdirs. ``--data-dir DIR`` or the environment
variable ``NABESTAANDEN_DATA_DIR`` put everything (database, backups, settings) in
one folder instead: for tests, for a portable install on a USB stick and for the
headless commands.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "NABESTAANDEN_DATA_DIR"
APP_DIR_NAME = "Nabestaanden"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one data folder.

    Args:
        data_dir: the folder that holds the database, its backups and the settings.
    """

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "nabestaanden.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def store_config(self) -> Path:
        """Small unencrypted file that says where the key lives (no personal data)."""
        return self.data_dir / "opslag.json"

    @property
    def settings(self) -> Path:
        """Qt settings (window geometry, language): no personal data."""
        return self.data_dir / "instellingen.ini"

    def ensure(self) -> None:
        """Create the data folder and the backup folder, readable by the owner only."""
        for folder in (self.data_dir, self.backups):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)


def default_data_dir() -> Path:
    """The per-user data folder of this platform."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Decide the data folder: an explicit argument, else the environment, else the default.

    Args:
        data_dir: the value of ``--data-dir``, if given.

    Return:
        The paths of the chosen data folder, made absolute.
    """
    chosen: str | os.PathLike[str] | None = data_dir or os.environ.get(DATA_DIR_ENV) or None
    folder = Path(chosen).expanduser() if chosen else default_data_dir()
    return AppPaths(folder.resolve())


def restrict_new_files() -> None:
    """Make every file and folder the app creates from now on private to the user."""
    if os.name == "posix":
        os.umask(0o077)
