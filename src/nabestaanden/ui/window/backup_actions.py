"""Backups in the window: the daily copy after the list shows, and Bestand → Reservekopie…"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from nabestaanden.operations.backups import RestoreOutcome
    from nabestaanden.store.backup import BackupInfo
    from nabestaanden.ui.backups.dialog import BackupDialog, Progress


class BackupActions(WindowBase):
    """Make, copy and put back backups; each runs an ``operations`` function on the worker."""

    def make_daily_backup(self) -> None:
        store = self.home_store()
        if store is None:
            return
        now = datetime.now()

        def make() -> Path | None:
            from nabestaanden.operations.backups import daily_backup

            return daily_backup(store, now)

        def made(path: Path | None) -> None:
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("De reservekopie van vandaag is gemaakt."), 5000
                )

        def failed(error: Exception) -> None:  # said, not fatal: the data is untouched
            self.statusBar().showMessage(
                self.tr("Let op: de reservekopie van vandaag is niet gemaakt: {error}").format(
                    error=error
                )
            )

        self.worker.submit(make, made, failed)

    def show_backups(self) -> None:
        from nabestaanden.ui.backups.dialog import BackupDialog

        dialog = BackupDialog(self.paths.backups, self)
        self.backup_dialog = dialog
        dialog.make_requested.connect(lambda: self._backup_to(dialog, None))
        dialog.copy_requested.connect(lambda: self._copy_backup(dialog))
        dialog.restore_requested.connect(lambda path: self._confirm_restore(dialog, path))
        dialog.restore_file_requested.connect(lambda: self._restore_file(dialog))

        def closed() -> None:
            self.backup_dialog = None

        dialog.finished.connect(closed)
        dialog.finished.connect(dialog.deleteLater)
        self._load_backups(dialog)
        dialog.open()

    def _load_backups(self, dialog: BackupDialog) -> None:
        from nabestaanden.operations.backups import list_backups

        paths = self.paths

        def show(backups: list[BackupInfo]) -> None:
            from shiboken6 import isValid

            if isValid(dialog):  # closed (and deleted) while the list was being read
                dialog.set_backups(backups)

        self.worker.submit(lambda: list_backups(paths), show)

    def _relay(self, dialog: BackupDialog) -> Progress:
        from nabestaanden.ui.backups.dialog import Progress

        relay = Progress(dialog)
        relay.moved.connect(dialog.set_progress)
        return relay

    def _backup_to(self, dialog: BackupDialog, target: Path | None) -> None:
        from nabestaanden.operations.backups import backup_now
        from nabestaanden.operations.work import ActionRefused

        store = self.home_store()
        if store is None:
            return
        dialog.set_busy(True)
        relay = self._relay(dialog)
        now = datetime.now()

        def made(path: Path) -> None:
            dialog.set_busy(False)
            where = (
                self.tr("Op een andere computer opent u hem met de herstelsleutel.")
                if target is not None
                else ""
            )
            dialog.show_message(
                self.tr("Reservekopie gemaakt en gecontroleerd: {path}").format(path=path)
                + (" " + where if where else "")
            )
            self._load_backups(dialog)

        def failed(error: Exception) -> None:
            dialog.set_busy(False)
            if isinstance(error, ActionRefused):
                dialog.show_message(f"⚠ {error}")
            else:
                self._on_action_error(error)

        self.worker.submit(lambda: backup_now(store, now, target, relay.moved.emit), made, failed)

    def _copy_backup(self, dialog: BackupDialog) -> None:
        from PySide6.QtWidgets import QFileDialog

        from nabestaanden.ui.file_places import FilePlaces

        places = FilePlaces(self.settings)
        start = places.start_path(f"nabestaanden-reservekopie-{date.today():%Y-%m-%d}.db")
        chosen, _ = QFileDialog.getSaveFileName(
            dialog,
            self.tr("Kopie opslaan"),
            str(start),
            self.tr("Reservekopie (*.db)"),
        )
        if chosen:
            places.remember(Path(chosen))
            self._backup_to(dialog, Path(chosen))

    def _confirm_restore(self, dialog: BackupDialog, source: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(dialog)
        box.setObjectName("confirm_restore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Reservekopie terugzetten"))
        box.setText(self.tr("Wilt u deze reservekopie terugzetten?"))
        box.setInformativeText(
            self.tr(
                "U ziet daarna de gegevens zoals ze in de kopie staan. Wat u sindsdien "
                "hebt veranderd, staat dan niet meer in de lijst. De gegevens van nu "
                "worden eerst zelf als reservekopie bewaard, dus er gaat niets verloren."
            )
        )
        restore = box.addButton(self.tr("Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.clickedButton() is restore:
                self._restore(dialog, source, None)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _restore_file(self, dialog: BackupDialog) -> None:
        from PySide6.QtWidgets import QFileDialog

        from nabestaanden.ui.file_places import FilePlaces

        places = FilePlaces(self.settings)
        chosen, _ = QFileDialog.getOpenFileName(
            dialog,
            self.tr("Reservekopie kiezen"),
            str(places.start_folder()),
            self.tr("Reservekopie (*.db)"),
        )
        if chosen:
            places.remember(Path(chosen))
            self._confirm_restore(dialog, Path(chosen))

    def _restore(self, dialog: BackupDialog, source: Path, recovery_text: str | None) -> None:
        from nabestaanden.operations.backups import restore_backup
        from nabestaanden.operations.work import ActionRefused
        from nabestaanden.store.errors import StoreError, WrongKey

        store = self.home_store()
        if store is None:
            return
        if self.page is not None:
            self.page.flush()  # what is typed is saved first (the worker keeps the order)
        dialog.set_busy(True)
        relay = self._relay(dialog)
        paths, key, now = self.paths, store.key, datetime.now()

        def close() -> None:
            store.close()

        def restore() -> tuple[RestoreOutcome, set[int]]:
            outcome = restore_backup(
                paths, source, key, recovery_text, None, now, relay.moved.emit, close
            )
            return outcome, {row.id for row in outcome.store.summaries()}

        def done(result: tuple[RestoreOutcome, set[int]]) -> None:
            outcome, dossier_ids = result
            dialog.set_busy(False)
            self._after_restore(outcome, dossier_ids)
            kept = (
                self.tr(" De gegevens van vóór het terugzetten staan in {path}.").format(
                    path=outcome.kept
                )
                if outcome.kept is not None
                else ""
            )
            dialog.show_message(self.tr("De reservekopie is teruggezet.") + kept)
            self._load_backups(dialog)

        def failed(error: Exception) -> None:
            dialog.set_busy(False)
            if isinstance(error, WrongKey) and recovery_text is None:
                self._ask_backup_recovery_key(dialog, source, str(error))
            elif isinstance(error, (StoreError, ActionRefused)):
                dialog.show_message(f"⚠ {error}")
            else:
                self._on_action_error(error)

        self.worker.submit(restore, done, failed)

    def _ask_backup_recovery_key(self, dialog: BackupDialog, source: Path, why: str) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            dialog,
            self.tr("Herstelsleutel van de reservekopie"),
            why + "\n\n" + self.tr("Herstelsleutel (5 groepen van 5 tekens):"),
            QLineEdit.EchoMode.Normal,
        )
        if ok and text.strip():
            self._restore(dialog, source, text)

    def _after_restore(self, outcome: RestoreOutcome, dossier_ids: set[int]) -> None:
        """The restored data is open: the list and the open dossier come from it."""
        previous = self.current_dossier_id()
        if self.page is not None:
            self.page.dossier_id = None
            self.page.form.dossier_id = None
        self.ws.detail.setCurrentIndex(0)
        self.store = outcome.store
        self.refresh_list(select=previous)
        if previous is not None and previous in dossier_ids:
            self.open_dossier(previous)
        self.statusBar().showMessage(self.tr("De reservekopie is teruggezet."), 5000)
