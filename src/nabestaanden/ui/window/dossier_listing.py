"""The list of dossiers in the window: filled from the store, searched, selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from nabestaanden.store.index import DossierSummary


class DossierListing(WindowBase):
    """The list of dossiers: building it, filling it, following the selection."""

    def _ensure_workspace(self) -> None:
        """Build the dossier list and the detail the first time they are needed."""
        if self.workspace is not None:
            return
        from nabestaanden.ui.window.workspace import Workspace

        workspace = Workspace()
        self.workspace = workspace
        workspace.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        workspace.new_button.clicked.connect(self.create_dossier)
        workspace.rename_button.clicked.connect(self.rename_dossier)
        workspace.archive_button.clicked.connect(self.toggle_archived)
        workspace.delete_button.clicked.connect(self.delete_dossier)
        workspace.begin_button.clicked.connect(self.create_dossier)
        self._update_buttons()
        self.pages.addWidget(workspace)
        splitter_state = self.settings.value("window/splitter")
        if splitter_state is not None:
            workspace.restoreState(splitter_state)
        shown = self.settings.value("window/show_list", True, type=bool)
        self.list_action.setChecked(bool(shown))
        self.show_dossier_list(bool(shown))

    def show_dossier_list(self, show: bool) -> None:
        """Show or hide the list of dossiers (more room for one dossier; remembered)."""
        self.settings.setValue("window/show_list", show)
        if self.workspace is not None:
            self.workspace.show_list(show)
            self._update_empty_hint()

    def refresh_list(self, select: int | None = None) -> None:
        store = self.store
        if store is None:
            return
        self.worker.submit(store.summaries, lambda rows: self._on_summaries(rows, select))

    def _on_summaries(self, rows: list[DossierSummary], select: int | None) -> None:
        from datetime import date

        current = select if select is not None else self.current_dossier_id()
        self.ws.list_model.set_today(date.today())
        if select is None and current is not None:
            self.ws.list_model.pin(current)  # a save never makes the open dossier vanish
        self.ws.list_model.set_rows(rows)
        self.pages.setCurrentIndex(1)
        if current is not None:
            self._select(current, reveal=select is not None)
        self._update_empty_hint()
        self._update_buttons()
        page = self.page
        shown = self.ws.list_model.find(page.dossier_id) if page and page.dossier_id else None
        if page is not None and shown is not None:
            page.set_heading(shown.display_name)
        if not self._loaded_once:
            self._loaded_once = True
            if current is None:
                self._reopen_last()
            # Keyboard users start somewhere useful: the welcome's button, or the search
            # field above the list (focusing the list itself would open its first dossier).
            if self.ws.list_model.total() == 0:
                self.ws.begin_button.setFocus()
            else:
                self.ws.search.setFocus()
                self.remind_of_recovery_sheet()  # monthly, until the sheet is put away
            self.make_daily_backup()  # on the worker, after the list shows
            self.dossiers_loaded.emit()
            store = self.store
            if store is not None:  # load the ORM now, while the user reads the list
                self.worker.submit(lambda: store.session().close())
            # Likewise the dossier page's modules (plan, letters, PDF preview).
            self.worker.submit(_import_dossier_page)

    def _last_dossier_key(self) -> str:
        """Where the settings keep the dossier last open in this store (one per data
        folder or office database; by a digest, so the settings name no path)."""
        import hashlib

        from nabestaanden.store.opening import OpenStore

        place = str(self.paths.data_dir) if isinstance(self.store, OpenStore) else self.office_url()
        return "window/last_dossier/" + hashlib.sha256(place.encode()).hexdigest()[:16]

    def _reopen_last(self) -> None:
        """At the start: open the dossier that was open last time (not an archived one),
        or the only one there is. Without an open dossier a hidden list is shown again:
        the page would only say "Kies links een dossier"."""
        model = self.ws.list_model
        last = str(self.settings.value(self._last_dossier_key(), "") or "")
        found = model.find(int(last)) if last.isdigit() else None
        if found is None:
            found = model.only()
        if found is not None and not found.archived:
            self._select(found.id, reveal=True)
        elif model.total() and not self.list_action.isChecked():
            self.list_action.setChecked(True)

    def _select(self, dossier_id: int, reveal: bool) -> None:
        """Make a dossier the current one; ``reveal`` lifts the filters that hide it."""
        model = self.ws.list_model
        summary = model.find(dossier_id)
        if summary is None:
            return
        row = model.row_of(dossier_id)
        if row is None and reveal:
            if summary.archived:
                self.ws.show_archived.setChecked(True)
            if model.row_of(dossier_id) is None:
                self.ws.only_overdue.setChecked(False)
            if model.row_of(dossier_id) is None:
                self.ws.search.clear()
            row = model.row_of(dossier_id)
        if row is not None:
            index = model.index(row, 0)
            from PySide6.QtCore import QItemSelectionModel

            self.ws.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ws.table.scrollTo(index)

    def current_summary(self) -> DossierSummary | None:
        from nabestaanden.ui.window.dossier_list import SummaryRole

        if self.workspace is None:
            return None
        index = self.ws.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        summary: DossierSummary = self.ws.list_model.data(index, SummaryRole)
        return summary

    def _update_empty_hint(self) -> None:
        from PySide6.QtCore import Qt

        first_run = self.ws.list_model.total() == 0
        # An empty list has nothing to scroll to sideways: no scroll bar under it.
        self.ws.table.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if first_run
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.ws.welcome_title.setVisible(first_run)
        self.ws.begin_button.setVisible(first_run)
        if first_run:
            self.ws.empty_hint.setText(
                self.tr(
                    "Deze app helpt u met wat er geregeld moet worden na een overlijden. "
                    "U beantwoordt een paar vragen. Dan ziet u wat u moet doen, en wanneer. "
                    "De app maakt ook de brieven voor u klaar.\n\n"
                    "Alles blijft op deze computer, versleuteld. De app stuurt niets via "
                    "internet. Brieven en bestanden die u zelf opslaat, zijn niet "
                    "versleuteld.\n\n"
                    "De app vraagt nooit om uw DigiD of die van iemand anders. Gebruik nooit "
                    "de DigiD van degene die is overleden."
                )
            )
        elif self.list_action.isChecked():
            self.ws.empty_hint.setText(
                self.tr("Kies links een dossier, of maak een nieuw dossier.")
            )
        else:  # the list is hidden: say how to get it back
            self.ws.empty_hint.setText(
                self.tr(
                    "De lijst van dossiers is verborgen. Kies Beeld > Lijst van dossiers "
                    "tonen om een dossier te kiezen."
                )
            )
        if self.current_dossier_id() is None:
            self.ws.detail.setCurrentIndex(0)

    def _update_buttons(self) -> None:
        summary = self.current_summary()
        has = summary is not None
        self.ws.new_button.setEnabled(self.store is not None)
        writable = self.store is not None and not self.store.read_only
        self.import_action.setEnabled(writable)
        self.export_action.setEnabled(self.store is not None and has)
        self.ws.rename_button.setEnabled(has)
        self.ws.archive_button.setEnabled(has)
        self.ws.delete_button.setEnabled(has)
        self.ws.archive_button.setText(
            self.tr("Terug&zetten") if summary and summary.archived else self.tr("&Archiveren")
        )
        self.update_copy_action()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from nabestaanden.ui.window.dossier_list import SummaryRole

        self._update_buttons()
        summary: DossierSummary | None = (
            self.ws.list_model.data(current, SummaryRole) if current.isValid() else None
        )
        if summary is None:
            if self.page is not None:
                self.page.flush()
                self.page.dossier_id = None
                self.page.form.dossier_id = None
            self.intake_action.setEnabled(False)
            self.ws.detail.setCurrentIndex(0)
            return
        self.settings.setValue(self._last_dossier_key(), summary.id)
        if self.page is None or summary.id != self.page.dossier_id:
            self.open_dossier(summary.id)


def _import_dossier_page() -> None:
    """Import the dossier page's modules and read the catalogue and the letter texts
    (run on the worker, after the list is shown), so opening a dossier is quick."""
    import nabestaanden.ui.dossier.page  # noqa: F401
    from nabestaanden.resources import default_catalogue, default_letters

    default_catalogue()
    default_letters()
