"""The dossier actions of the window: open, make, rename, archive, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden import APP_NAME
from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from nabestaanden.ui.dossier.page import DossierPage


class DossierActions(WindowBase):
    """What the user does with a dossier from the list: open, make, rename, archive,
    delete. Each runs an ``operations`` function on the worker."""

    def _ensure_page(self) -> DossierPage:
        """The dossier page (dashboard, letters, form), built when a dossier is first
        opened: its modules are imported on the worker while the list is shown."""
        if self.page is None:
            from nabestaanden.ui.dossier.page import DossierPage
            from nabestaanden.ui.file_places import FilePlaces

            page = DossierPage(self.worker)
            page.places = FilePlaces(self.settings)
            page.loaded.connect(self._on_dossier_loaded)
            page.changed.connect(self._on_page_changed)
            page.message.connect(self.statusBar().showMessage)
            page.term_requested.connect(self.show_term)
            # after the first dossier's questions: the recovery sheet, when it is due
            from PySide6.QtCore import Qt  # its enums load after the first paint

            page.intake_closed.connect(
                self.remind_of_recovery_sheet, Qt.ConnectionType.QueuedConnection
            )
            page.intake_closed.connect(self.make_daily_backup)  # the first day has one too
            self.ws.detail.addWidget(page)
            self.page = page
            self.form = page.form
        return self.page

    def open_dossier(self, dossier_id: int) -> None:
        store = self.store
        if store is None:
            return
        then_intake = dossier_id == self._intake_for
        if then_intake:
            self._intake_for = None
        self._ensure_page().open(store, dossier_id, then_intake=then_intake)

    def _on_dossier_loaded(self, dossier_id: int) -> None:
        if dossier_id != self.current_dossier_id():
            return  # the user chose another dossier while this one was loading
        summary = self.current_summary()
        page = self._ensure_page()
        if summary is not None:
            page.set_heading(summary.display_name)
        self.ws.detail.setCurrentWidget(page)
        self.intake_action.setEnabled(True)
        self.dossier_opened.emit(dossier_id)

    def _on_page_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Opgeslagen."), 3000)
        self.saved.emit()
        self.refresh_list()

    def open_intake(self) -> None:
        if self.page is not None and self.page.state is not None:
            self.page.open_intake()

    def create_dossier(self) -> None:
        store = self.store
        if store is None:
            return
        if self.page is not None:
            self.page.flush()

        def create() -> int:
            from nabestaanden.operations.dossiers import create_dossier

            return create_dossier(store).value

        def created(dossier_id: int) -> None:
            self.ws.search.clear()
            self._intake_for = dossier_id  # straight into the questions
            self.refresh_list(select=dossier_id)
            self.statusBar().showMessage(self.tr("Nieuw dossier gemaakt."), 5000)

        self.worker.submit(create, created, self._on_action_error)

    def rename_dossier(self) -> None:
        summary = self.current_summary()
        store = self.store
        if summary is None or store is None:
            return
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("rename_dialog")
        dialog.setWindowTitle(self.tr("Dossier hernoemen"))
        dialog.setLabelText(
            self.tr(
                "Nieuwe naam voor dit dossier.\nLaat het leeg om de naam "
                "van de overledene te gebruiken."
            )
        )
        dialog.setTextValue(summary.title or summary.deceased_name)

        def rename(title: str) -> None:
            from nabestaanden.operations.dossiers import rename_dossier

            rename_dossier(store, summary.id, title)

        def accepted() -> None:
            title = dialog.textValue().strip()
            if title == summary.deceased_name:
                title = ""
            self.worker.submit(
                lambda: rename(title),
                lambda _: self._after_change(summary.id),
                self._on_action_error,
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def toggle_archived(self) -> None:
        summary = self.current_summary()
        store = self.store
        if summary is None or store is None:
            return
        archive = not summary.archived

        def change() -> None:
            from nabestaanden.operations.dossiers import set_archived

            set_archived(store, summary.id, archive)

        def done(_: None) -> None:
            message = (
                self.tr("Het dossier is gearchiveerd.")
                if archive
                else self.tr("Het dossier is teruggezet uit het archief.")
            )
            self.statusBar().showMessage(message, 5000)
            self.refresh_list(select=None if archive else summary.id)

        self.worker.submit(change, done, self._on_action_error)

    def delete_dossier(self) -> None:
        summary = self.current_summary()
        store = self.store
        if summary is None or store is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirm_delete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Dossier verwijderen"))
        box.setText(
            self.tr("Wilt u het dossier ‘{name}’ echt verwijderen?").format(
                name=summary.display_name
            )
        )
        box.setInformativeText(
            self.tr(
                "Alles in dit dossier gaat verloren. Dit kunt u niet ongedaan maken. "
                "Wilt u het alleen uit de lijst hebben? Kies dan ‘Archiveren’."
            )
        )
        delete = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def remove() -> None:
            from nabestaanden.operations.dossiers import delete_dossier

            delete_dossier(store, summary.id)

        def done(_: None) -> None:
            if self.page is not None and self.page.dossier_id == summary.id:
                self.page.dossier_id = None
                self.page.form.dossier_id = None
            self.statusBar().showMessage(
                self.tr("Het dossier ‘{name}’ is verwijderd.").format(name=summary.display_name),
                5000,
            )
            self.refresh_list()

        def answered(_result: int) -> None:
            if box.clickedButton() is delete:
                self.worker.submit(remove, done, self._on_action_error)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _after_change(self, dossier_id: int) -> None:
        self.refresh_list(select=dossier_id)

    def _on_action_error(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from nabestaanden.store.dossiers import DossierNotFound
        from nabestaanden.store.errors import EnvironmentProblem

        if isinstance(error, DossierNotFound):
            QMessageBox.warning(self, APP_NAME, str(error))
            self.refresh_list()
            return
        if isinstance(error, EnvironmentProblem):  # a full disk, a read-only folder
            QMessageBox.critical(self, APP_NAME, str(error))
            return
        raise error
