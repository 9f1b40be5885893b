"""The main window, put together from its parts (``window_base`` and the mixins)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.ui.window.backup_actions import BackupActions
from nabestaanden.ui.window.dossier_actions import DossierActions
from nabestaanden.ui.window.dossier_listing import DossierListing
from nabestaanden.ui.window.first_paint import FirstPaint
from nabestaanden.ui.window.glossary_dock import GlossaryDock
from nabestaanden.ui.window.recovery_actions import RecoveryActions
from nabestaanden.ui.window.store_opening import StoreOpening

if TYPE_CHECKING:
    pass


class MainWindow(
    StoreOpening, DossierListing, DossierActions, GlossaryDock, RecoveryActions, BackupActions
):
    """The main window: the list of dossiers, the open dossier, the Begrippen panel.

    Signals: see :class:`WindowBase`.
    """

    def start_after_first_paint(self) -> None:
        """Open the store once the window has been painted (call before ``show``)."""
        self._first_paint = FirstPaint(self.start)
        self.installEventFilter(self._first_paint)

    def show_appearance(self) -> None:
        """Text size, high contrast and language (the language after a restart)."""
        from nabestaanden.ui.settings.appearance_dialog import AppearanceDialog

        dialog = AppearanceDialog(self.settings, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_security(self) -> None:
        from nabestaanden.ui.settings.security_dialog import SecurityDialog

        if self.store is not None:
            dialog = SecurityDialog(self.paths, self.store.key.source, self)
            dialog.show_sheet.connect(self.show_recovery_sheet)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
