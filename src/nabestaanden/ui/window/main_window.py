"""The main window, put together from its parts (``window_base`` and the mixins)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.ui.window.backup_actions import BackupActions
from nabestaanden.ui.window.copy_actions import CopyActions
from nabestaanden.ui.window.dossier_actions import DossierActions
from nabestaanden.ui.window.dossier_listing import DossierListing
from nabestaanden.ui.window.exchange_actions import ExchangeActions
from nabestaanden.ui.window.first_paint import FirstPaint
from nabestaanden.ui.window.glossary_dock import GlossaryDock
from nabestaanden.ui.window.office_actions import OfficeActions
from nabestaanden.ui.window.recovery_actions import RecoveryActions
from nabestaanden.ui.window.store_opening import StoreOpening

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from nabestaanden.paths import AppPaths
    from nabestaanden.ui.worker import DbWorker


class MainWindow(
    StoreOpening,
    DossierListing,
    DossierActions,
    GlossaryDock,
    RecoveryActions,
    BackupActions,
    OfficeActions,
    CopyActions,
    ExchangeActions,
):
    """The main window: the list of dossiers, the open dossier, the Begrippen panel.

    Signals: see :class:`WindowBase` and :class:`OfficeActions`.
    """

    def __init__(self, paths: AppPaths, worker: DbWorker, settings: QSettings) -> None:
        super().__init__(paths, worker, settings)
        self._set_up_office()

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
        from nabestaanden.store.opening import OpenStore
        from nabestaanden.ui.settings.security_dialog import SecurityDialog

        if isinstance(self.store, OpenStore):  # at the office the server's job
            dialog = SecurityDialog(self.paths, self.store.key.source, self)
            dialog.show_sheet.connect(self.show_recovery_sheet)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
