"""``nabestaanden check``: is this installation complete, and does it work?

For a family member or a helper when something seems wrong after installing, and
for the packaging test: each part of the app is tried on a made-up example in a
temporary folder (the user's own data is never opened), and the outcome printed as
"[in orde]" or "[FOUT]" with a short reason. Exit code 0 when all parts work.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nabestaanden import __version__
from nabestaanden.paths import AppPaths

if TYPE_CHECKING:
    from nabestaanden.domain.dossier import Dossier

# A made-up passphrase for the made-up store in the temporary folder.
_EXAMPLE_PASSPHRASE = "voorbeeld-controle-niet-geheim"  # noqa: S105 - protects nothing real


@dataclass
class _Work:
    """What one check hands to the next: the example's overview PDF."""

    folder: Path
    overview: bytes = b""


def example_dossier(today: date) -> Dossier:
    """A made-up dossier (no real person) that uses letters and deadlines."""
    from nabestaanden.domain.dossier import Address, Contact, Deceased, Dossier, Situation

    return Dossier(
        deceased=Deceased(
            first_names="Voorbeeld",
            surname="Controle",
            date_of_birth=date(1950, 1, 1),
            date_of_death=today - timedelta(days=30),
            address=Address("Voorbeeldstraat", "1", "", "1234 AB", "Voorbeeldstad"),
        ),
        situation=Situation(will="no", income=["aow"], housing="rent"),
        contact=Contact(
            first_names="Eva",
            surname="Controle",
            relation="child",
            address=Address("Voorbeeldstraat", "2", "", "1234 AB", "Voorbeeldstad"),
        ),
    )


def _resources(work: _Work) -> str:
    from nabestaanden.resources import default_catalogue, default_letters, resource_dir

    catalogue = default_catalogue()
    letters = default_letters()
    folder = resource_dir()
    missing = [
        name
        for name in ("translations/nabestaanden_en.qm", "icons/nabestaanden-256.png", "fonts")
        if not (folder / name).exists()
    ]
    if missing:
        raise FileNotFoundError("ontbreekt in " + str(folder) + ": " + ", ".join(missing))
    return f"{len(catalogue.tasks)} taken, {len(letters)} brieven ({folder})"


def _documents(work: _Work) -> str:
    from nabestaanden.documents.batch import OVERVIEW, write_dossier_documents
    from nabestaanden.domain.plan import build_plan
    from nabestaanden.resources import default_catalogue, default_letters

    today = date.today()
    plan = build_plan(example_dossier(today), default_catalogue(), today)
    written = write_dossier_documents(plan, default_letters(), work.folder / "pdf", today)
    work.overview = (work.folder / "pdf" / OVERVIEW).read_bytes()
    letters = sum(1 for item in written if item.content is not None)
    return f"{letters} brieven en {len(written) - letters} overzichten gemaakt"


def _store(work: _Work) -> str:
    import sqlcipher3

    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.operations.exports import import_dossier
    from nabestaanden.store import keys
    from nabestaanden.store.opening import open_store

    paths = AppPaths(work.folder / "gegevens")
    paths.ensure()
    store = open_store(paths, keys.DatabaseKey.from_passphrase(_EXAMPLE_PASSPHRASE), datetime.now())
    try:
        # An empty catalogue: the store is checked on its own, also when the data
        # files are missing (that check reports them).
        empty = Catalogue(themes={}, tasks={}, organisations={}, glossary={}, aow_table=())
        import_dossier(store, empty, example_dossier(date.today()))
        count = len(store.summaries())
        from nabestaanden.operations.integrity import verify_audit

        if not all(report.intact for report in verify_audit(store)):
            raise RuntimeError("het logboek van het voorbeeld klopt niet (hash-keten)")
    finally:
        store.close()
    if paths.database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("het bestand is niet versleuteld")
    version = getattr(sqlcipher3, "sqlite_version", "?")
    return (
        f"{count} dossier bewaard en versleuteld, logboek onveranderd "
        f"(SQLite {version} met SQLCipher)"
    )


def _keyring(work: _Work) -> str:
    from nabestaanden.store import keys

    where = keys.keyring_description()
    if keys.keyring_usable():
        return f"de sleutel kan in {where} (niet geopend)"
    return "geen sleutelbos gevonden; de app vraagt dan om een wachtwoordzin"


def _window(work: _Work) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    from nabestaanden.app import build_window, create_application

    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: check without one
    app = create_application()
    import nabestaanden.ui.dossier.page  # noqa: F401  # the page opened with a dossier

    window = build_window(AppPaths(work.folder / "venster"))
    try:
        buffer = QBuffer()
        buffer.setData(QByteArray(work.overview))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        preview = QPdfDocument()
        preview.load(buffer)
        pages = preview.pageCount()
        if work.overview and pages < 1:
            raise RuntimeError("de voorbeeldweergave van PDF's werkt niet (QtPdf)")
        app.processEvents()
    finally:
        window.shutdown()
        window.deleteLater()
    return (
        f"Qt {qVersion()} op '{QGuiApplication.platformName()}', venster gemaakt, "
        f"PDF-voorbeeld {pages} pagina('s)"
    )


CHECKS: tuple[tuple[str, Callable[[_Work], str]], ...] = (
    ("Gegevensbestanden", _resources),
    ("Brieven en overzichten (PDF)", _documents),
    ("Versleutelde opslag", _store),
    ("Sleutelbos", _keyring),
    ("Venster", _window),
)


def run_checks(out: TextIO) -> int:
    """Try every part; print one line each; 0 when all work, else 1."""
    out.write(f"Nabestaanden {__version__}: controle van de installatie\n")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="nabestaanden-controle-") as folder:
        work = _Work(Path(folder))
        for label, check in CHECKS:
            try:
                detail = check(work)
            except Exception as error:  # report, then go on with the next part
                failed += 1
                out.write(f"[FOUT]     {label}: {type(error).__name__}: {error}\n")
            else:
                out.write(f"[in orde]  {label}: {detail}\n")
    if failed:
        out.write(
            f"{failed} {'onderdeel werkt' if failed == 1 else 'onderdelen werken'} niet. "
            "Installeer de app opnieuw; helpt dat niet, stuur deze tekst dan aan wie u helpt.\n"
        )
        return 1
    out.write("Alles werkt. Uw eigen gegevens zijn hierbij niet geopend.\n")
    return 0
