"""The recovery key in the window: the sheet, its monthly reminder, and getting back in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from nabestaanden.operations.recovery import SheetState
    from nabestaanden.store.opening import OpenStore
    from nabestaanden.ui.settings.recovery_sheet_dialog import RecoverySheetDialog


class RecoveryActions(WindowBase):
    """Show the recovery sheet and let the user in with the recovery key."""

    def remind_of_recovery_sheet(self) -> None:
        """Show the sheet when it is due: after the first dossier's questions, then at
        start-up once a month until it is put away. Once a session, and never over
        another dialog."""
        from PySide6.QtWidgets import QApplication

        store = self.home_store()
        if store is None or self._reminder_checked or QApplication.activeModalWidget():
            return
        self._reminder_checked = True
        now = datetime.now()

        def check() -> SheetState | None:
            from nabestaanden.operations import recovery

            return recovery.sheet_state(store) if recovery.reminder_due(store, now) else None

        def checked(state: SheetState | None) -> None:
            if state is not None:
                self._show_sheet(state, reminder=state.reminded_at is not None)

        self.worker.submit(check, checked, self._on_action_error)

    def show_recovery_sheet(self) -> None:
        store = self.home_store()
        if store is None:
            return
        from nabestaanden.operations.recovery import sheet_state

        self.worker.submit(
            lambda: sheet_state(store),
            lambda state: self._show_sheet(state, reminder=False),
            self._on_action_error,
        )

    def _show_sheet(self, state: SheetState, reminder: bool) -> None:
        from nabestaanden.ui.settings.recovery_sheet_dialog import RecoverySheetDialog

        dialog = RecoverySheetDialog(state, reminder, self)
        self.sheet_dialog = dialog
        dialog.save_requested.connect(lambda: self._save_sheet(dialog))

        def finished(result: int) -> None:
            from PySide6.QtWidgets import QDialog

            from nabestaanden.operations import recovery

            self.sheet_dialog = None
            self.activateWindow()  # back to where the user was
            store = self.home_store()
            if store is None:
                return
            now = datetime.now()
            if result == QDialog.DialogCode.Accepted and state.stored_at is None:
                self.worker.submit(lambda: recovery.mark_stored(store, now))
            elif result != QDialog.DialogCode.Accepted:
                self.worker.submit(lambda: recovery.mark_shown(store, now))

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_sheet(self, dialog: RecoverySheetDialog) -> None:
        from PySide6.QtWidgets import QFileDialog

        from nabestaanden.ui.file_places import FilePlaces

        store = self.home_store()
        if store is None:
            return
        places = FilePlaces(self.settings)
        start = places.start_path("herstelblad-nabestaanden.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            dialog, self.tr("Herstelblad opslaan"), str(start), self.tr("PDF-bestand (*.pdf)")
        )
        if not chosen:
            return
        places.remember(Path(chosen))
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from nabestaanden.operations.recovery import write_sheet
        from nabestaanden.operations.work import ActionRefused

        def written(path: Path) -> None:
            dialog.show_saved(
                self.tr(
                    "Het herstelblad staat in {path}. Druk het af en verwijder daarna het "
                    "bestand: wie het heeft, kan uw gegevens openen."
                ).format(path=path)
            )

        def failed(error: Exception) -> None:
            if isinstance(error, ActionRefused):
                dialog.show_saved(f"⚠ {error}")
            else:
                self._on_action_error(error)

        self.worker.submit(lambda: write_sheet(store, target, date.today()), written, failed)

    def start_recovery(self, error: str = "") -> None:
        """Ask for the recovery key, store a working key again, and open the data."""
        from nabestaanden.store import keys
        from nabestaanden.ui.window.recover_dialog import RecoverDialog

        try:
            config = keys.StoreConfig.read(self.paths)
        except keys.KeyProblem:
            config = None
        new_passphrase = not keys.keyring_usable() or (
            config is not None and config.key_source == "passphrase"
        )
        dialog = RecoverDialog(new_passphrase, error, self)
        self.recover_dialog = dialog
        paths = self.paths

        def regain(text: str, passphrase: str | None) -> OpenStore:
            from nabestaanden.operations.recovery import regain_access
            from nabestaanden.store.opening import open_store

            key = regain_access(paths, text, passphrase, date.today())
            return open_store(paths, key, datetime.now())

        def failed(problem: Exception) -> None:
            from nabestaanden.operations.work import ActionRefused
            from nabestaanden.store.errors import WrongKey

            if isinstance(problem, (ActionRefused, WrongKey, keys.KeyProblem)):
                self.start_recovery(str(problem))
            else:
                self._on_open_error(problem)

        def accepted() -> None:
            # what was typed is read here, on the GUI thread, before the dialog goes
            text, passphrase = dialog.recovery_text(), dialog.chosen_passphrase()
            self._show_status(self.tr("Uw gegevens worden geopend…"), retry=False)
            self.worker.submit(lambda: regain(text, passphrase), self._on_opened, failed)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
