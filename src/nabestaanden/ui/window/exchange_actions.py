"""Bestand → Importeren… and Exporteren…: a dossier from or to an exchange file (the
format of docs/dossier-format.md), the same operations as ``nabestaanden import`` and
``nabestaanden export``.

Importing a file for a deceased the list already has asks first (the same file read
twice makes a second dossier); an encrypted file asks for its passphrase; exporting
over an existing file asks first. Files are read and written on the worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nabestaanden import APP_NAME
from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from collections.abc import Callable

    from nabestaanden.domain.dossier import Dossier
    from nabestaanden.operations.work import ActionRefused

NOTHING_STORED = "Er is niets opgeslagen."


class ExchangeActions(WindowBase):
    """Importing and exporting dossiers as files, from the window."""

    def import_dossier_file(self) -> None:
        """Ask for a file, read it (asking a passphrase if it is encrypted), and store
        it as a new dossier."""
        from PySide6.QtWidgets import QFileDialog

        from nabestaanden.ui.file_places import FilePlaces

        if self.store is None:
            return
        places = FilePlaces(self.settings)
        dialog = QFileDialog(self, self.tr("Dossier importeren"))
        dialog.setObjectName("import_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Dossierbestanden (*.json)"))
        dialog.setDirectory(str(places.start_folder()))

        def accepted() -> None:
            chosen = Path(dialog.selectedFiles()[0])
            places.remember(chosen)
            self.read_dossier_file(chosen)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def read_dossier_file(self, path: Path, passphrase: str | None = None) -> None:
        """Read ``path`` on the worker; then ask about a dossier already listed, and
        import."""
        from nabestaanden.operations.exports import NeedsPassphrase, read_file

        today = date.today()

        def failed(error: Exception) -> None:
            if isinstance(error, NeedsPassphrase):
                self._ask_file_passphrase(path, str(error))
            else:
                self._on_exchange_error(error)

        self.worker.submit(
            lambda: read_file(path, today, NOTHING_STORED, passphrase),
            lambda data: self._import_unless_listed(path, data),
            failed,
        )

    def _ask_file_passphrase(self, path: Path, message: str) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(self)
        dialog.setObjectName("file_passphrase_dialog")
        dialog.setWindowTitle(APP_NAME)
        dialog.setLabelText(message)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.accepted.connect(lambda: self.read_dossier_file(path, dialog.textValue()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _import_unless_listed(self, path: Path, data: Dossier) -> None:
        """Import at once, or first ask when the list has a dossier for the same
        deceased (same name and date of death)."""

        name = data.deceased.full_name
        same = [
            summary
            for summary in self.ws.list_model.summaries()
            if name
            and summary.deceased_name == name
            and summary.date_of_death == data.deceased.date_of_death
        ]
        if not same:
            self._import(path, data)
            return
        self._ask_first(
            "import_again_box",
            self.tr(
                "Er is al een dossier voor {name}. Hebt u dit bestand al eens ingelezen? "
                "Dan komt er een tweede dossier bij. Toch inlezen?"
            ).format(name=name),
            self.tr("&Toch inlezen"),
            self.tr("&Niet inlezen"),
            lambda: self._import(path, data),
        )

    def _ask_first(
        self, name: str, question: str, yes: str, no: str, then: Callable[[], None]
    ) -> None:
        """Ask (not modal for the window); ``then()`` only when the user says yes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=self)
        box.setObjectName(name)
        agreed = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _result: then() if box.clickedButton() is agreed else None)
        box.finished.connect(box.deleteLater)
        box.open()

    def _import(self, path: Path, data: Dossier) -> None:
        from nabestaanden.operations.exports import import_dossier
        from nabestaanden.resources import default_catalogue

        store = self.store
        if store is None:
            return

        def done(number: int) -> None:
            self.refresh_list(select=number)
            self.statusBar().showMessage(self.tr("Ingelezen: {path}").format(path=path.name), 8000)

        self.worker.submit(
            lambda: import_dossier(store, default_catalogue(), data, path.name).value,
            done,
            self._on_exchange_error,
        )

    def export_dossier_file(self) -> None:
        """Ask where, then write the dossier on screen to an exchange file."""
        from PySide6.QtWidgets import QFileDialog

        from nabestaanden.ui.file_places import FilePlaces, file_name_for

        summary = self.current_summary()
        if summary is None or self.store is None:
            return
        if self.page is not None:
            self.page.flush()  # what is being typed goes along
        places = FilePlaces(self.settings)
        dialog = QFileDialog(self, self.tr("Dossier exporteren"))
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Dossierbestanden (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below
        dialog.setDirectory(str(places.start_folder()))
        dialog.selectFile(file_name_for("dossier", summary.display_name, suffix="json"))

        def accepted() -> None:
            chosen = Path(dialog.selectedFiles()[0])
            places.remember(chosen)
            self.write_dossier_file(summary.id, chosen)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def write_dossier_file(self, dossier_id: int, path: Path, replace: bool = False) -> None:
        """Write the dossier to ``path``; a file already there is replaced only after
        asking."""

        from nabestaanden.operations.exports import export_dossier

        store = self.store
        if store is None:
            return
        if path.exists() and not replace:
            self._ask_first(
                "export_replace_box",
                self.tr("Er staat al een bestand {name}. Wilt u het vervangen?").format(
                    name=path.name
                ),
                self.tr("&Vervangen"),
                self.tr("&Niet vervangen"),
                lambda: self.write_dossier_file(dossier_id, path, replace=True),
            )
            return
        today = date.today()

        self.worker.submit(
            lambda: export_dossier(store, dossier_id, path, today),
            lambda _none: self.statusBar().showMessage(
                self.tr("Opgeslagen: {path}").format(path=path), 8000
            ),
            self._on_exchange_error,
        )

    def _on_exchange_error(self, error: Exception) -> None:
        from nabestaanden.operations.work import ActionRefused

        if isinstance(error, ActionRefused):
            self._say_refused(error)
        else:
            self._on_action_error(error)

    def _say_refused(self, error: ActionRefused) -> None:
        """A refused import or export: the reason, and each problem under it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.full_text(), parent=self)
        box.setObjectName("exchange_refused_box")
        self.exchange_message = error.full_text()
        box.finished.connect(box.deleteLater)
        box.open()
