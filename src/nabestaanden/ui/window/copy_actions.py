"""Bestand → Dossier kopiëren: the dossier on screen, with everything in it, from this
computer's folder to the office database, or from the office to this computer's folder.

The same operation as ``nabestaanden copy`` (``operations.exports.copy_dossier``): the
exchange export of the copy must equal the original's, or the copy is removed again.
The office's password comes from the keyring or is asked; this computer's folder is
opened with its keyring key (a folder behind a passphrase: the command line).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from nabestaanden import APP_NAME
from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from collections.abc import Callable

    from nabestaanden.store.base import Store
    from nabestaanden.store.office import OfficeTarget


class CopyActions(WindowBase):
    """Copying the current dossier between this computer and the office."""

    def update_copy_action(self) -> None:
        """The menu's words follow where the window works; usable with a dossier."""
        from nabestaanden.store.office import OfficeStore

        at_office = isinstance(self.store, OfficeStore)
        self.copy_action.setText(
            self.tr("Dossier &kopiëren naar mijn eigen map…")
            if at_office
            else self.tr("Dossier &kopiëren naar de kantoordatabase…")
        )
        self.copy_action.setEnabled(
            self.store is not None and self.current_dossier_id() is not None
        )

    def copy_current_dossier(self) -> None:
        from nabestaanden.store.office import OfficeStore

        dossier_id, store = self.current_dossier_id(), self.store
        if dossier_id is None or store is None:
            return
        if self.page is not None:
            self.page.flush()  # what is being typed goes along
        if isinstance(store, OfficeStore):
            self._copy_to_own_folder(store, dossier_id)
            return
        url = self.office_url()
        if not url:
            self._say(
                self.tr(
                    "Er is nog geen kantoordatabase ingesteld. Vul het adres in bij "
                    "Instellingen → Kantoor, en kies dan opnieuw Dossier kopiëren."
                )
            )
            return
        self._copy_to_office(store, dossier_id, url, None, "")

    def _copy_to_office(
        self, store: Store, dossier_id: int, url: str, password: str | None, error: str
    ) -> None:
        from nabestaanden.store import office

        try:
            target = office.parse_database_url(url)
        except office.OfficeUrlProblem as problem:
            self._say(str(problem))
            return
        today, now = date.today(), datetime.now()

        def copy() -> tuple[int, str]:
            from nabestaanden.operations.exports import copy_dossier
            from nabestaanden.resources import default_catalogue

            opened = office.open_office(target, password or office.load_password(target), now)
            try:
                copied = copy_dossier(store, dossier_id, opened, default_catalogue(), today)
            finally:
                opened.close()
            if password:
                office.store_password(target, password)
            return copied.value, target.place()

        def failed(problem: Exception) -> None:
            if isinstance(problem, office.PasswordNeeded):
                shown = str(problem) if error else ""  # a first ask says nothing wrong yet
                self._ask_copy_password(store, dossier_id, url, target, shown)
                return
            self._copy_failed(problem)

        self._copying(copy, failed)

    def _ask_copy_password(
        self, store: Store, dossier_id: int, url: str, target: OfficeTarget, error: str
    ) -> None:
        from nabestaanden.ui.settings.office_dialog import OfficePasswordDialog

        dialog = OfficePasswordDialog(target.shown(), target.role, error, self)
        self.office_password_dialog = dialog
        dialog.accepted.connect(
            lambda: self._copy_to_office(store, dossier_id, url, dialog.value(), "again")
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _copy_to_own_folder(self, store: Store, dossier_id: int) -> None:
        paths, today, now = self.paths, date.today(), datetime.now()

        def copy() -> tuple[int, str]:
            from nabestaanden.operations.exports import copy_dossier
            from nabestaanden.operations.work import ActionRefused
            from nabestaanden.resources import default_catalogue
            from nabestaanden.store import keys
            from nabestaanden.store.opening import open_store, plan_key

            plan = plan_key(paths)
            if plan == "keyring":
                key = keys.load_keyring_key(paths)
            elif plan == "new_keyring":
                key = keys.create_keyring_key(paths)
            else:
                raise ActionRefused(
                    f"Uw eigen map ({paths.data_dir}) is beveiligd met een wachtwoordzin. "
                    "Kopieer het dossier dan met de opdrachtregel: nabestaanden copy "
                    f"--from URL --to {paths.data_dir} {dossier_id}"
                )
            opened = open_store(paths, key, now)
            try:
                copied = copy_dossier(store, dossier_id, opened, default_catalogue(), today)
            finally:
                opened.close()
            return copied.value, str(paths.data_dir)

        self._copying(copy, self._copy_failed)

    def _copying(
        self, copy: Callable[[], tuple[int, str]], failed: Callable[[Exception], None]
    ) -> None:
        self.statusBar().showMessage(self.tr("Het dossier wordt gekopieerd en gecontroleerd…"))

        def done(result: tuple[int, str]) -> None:
            number, place = result
            self._say(
                self.tr(
                    "Het dossier staat nu ook in {place}, als dossier {number}. De kopie "
                    "is gecontroleerd: alles is gelijk aan het origineel."
                ).format(place=place, number=number),
                information=True,
            )

        self.worker.submit(copy, done, failed)

    def _copy_failed(self, problem: Exception) -> None:
        from nabestaanden.operations.work import ActionRefused
        from nabestaanden.store.errors import StoreError

        if isinstance(problem, ActionRefused):
            self._say(problem.full_text())
        elif isinstance(problem, StoreError):
            self._say(str(problem))
        else:
            raise problem

    def _say(self, text: str, information: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Information if information else QMessageBox.Icon.Warning
        box = QMessageBox(icon, APP_NAME, text, parent=self)
        box.setObjectName("copy_message")
        box.finished.connect(box.deleteLater)
        self.copy_message = box
        self.statusBar().clearMessage()
        box.open()
