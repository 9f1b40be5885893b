"""The main window's base: its state, the status page, the menus, closing.

The window paints first; the store is opened afterwards on the worker thread, so a
slow keyring or a migration never keeps the window from appearing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QSettings,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nabestaanden import APP_NAME
from nabestaanden.paths import AppPaths
from nabestaanden.ui.window.first_paint import FirstPaint
from nabestaanden.ui.worker import DbWorker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

    from nabestaanden.operations.backups import Offer
    from nabestaanden.store.base import Store
    from nabestaanden.store.index import DossierSummary
    from nabestaanden.store.opening import OpenStore
    from nabestaanden.ui.backups.dialog import BackupDialog
    from nabestaanden.ui.dossier.form import DossierForm
    from nabestaanden.ui.dossier.page import DossierPage
    from nabestaanden.ui.glossary.panel import GlossaryPanel
    from nabestaanden.ui.settings.recovery_sheet_dialog import RecoverySheetDialog
    from nabestaanden.ui.window.passphrase_dialog import PassphraseDialog
    from nabestaanden.ui.window.recover_dialog import RecoverDialog
    from nabestaanden.ui.window.workspace import Workspace


class WindowBase(QMainWindow):
    """The window's state and its frame: the status page, the menus' actions, closing.

    The window is made of this base and one mixin per job (opening the data, the
    list, the dossier actions, the glossary dock), as Calibre builds its main window
    from mixins. Calls between the mixins go through the methods declared here.

    Signals:
        dossiers_loaded: the dossier list has been filled for the first time.
        dossier_opened(int): a dossier is shown in the form.
        saved: a change has been written to the database.
        others_changed(int, str): at the office, a dossier was changed by a role (from
            the listener's thread; see :mod:`office_actions`).
        listener_stopped(str): the listener lost its connection (the reason).
    """

    dossiers_loaded = Signal()
    dossier_opened = Signal(int)
    saved = Signal()
    others_changed = Signal(int, str)
    listener_stopped = Signal(str)

    def __init__(self, paths: AppPaths, worker: DbWorker, settings: QSettings) -> None:
        super().__init__()
        self.paths = paths
        self.worker = worker
        self.settings = settings
        self.store: Store | None = None
        # The office database given on the command line (for this session), if any.
        self.office_url_override: str | None = None
        self._loaded_once = False
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        # The status page: what is happening while the data opens, or what went wrong.
        status_page = QWidget()
        layout = QVBoxLayout(status_page)
        layout.addStretch(1)
        self.status_text = QLabel()
        self.status_text.setObjectName("status_text")
        self.status_text.setWordWrap(True)
        self.status_text.setMaximumWidth(640)
        # Centred by stretches: Qt's big enum namespace loads only after the first paint.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.status_text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        self.retry_button = QPushButton(self.tr("&Opnieuw proberen"))
        self.retry_button.setObjectName("retry_button")
        self.retry_button.clicked.connect(self.start)
        # The key is gone (a new computer, a forgotten passphrase): the recovery key.
        self.recover_button = QPushButton(self.tr("&Herstellen met herstelsleutel…"))
        self.recover_button.setObjectName("recover_button")
        self.recover_button.clicked.connect(lambda: self.start_recovery())
        self.recover_button.hide()
        # A damaged file: the newest good backup; a lost log: open what the file holds.
        self.restore_offer_button = QPushButton()
        self.restore_offer_button.setObjectName("restore_offer_button")
        self.restore_offer_button.clicked.connect(self.restore_offered_backup)
        self.restore_offer_button.hide()
        self.open_anyway_button = QPushButton(self.tr("Toch &openen, zonder het logbestand"))
        self.open_anyway_button.setObjectName("open_anyway_button")
        self.open_anyway_button.clicked.connect(self.open_without_log)
        self.open_anyway_button.hide()
        # At the office: a wrong address, an unreachable server: change the address.
        self.office_settings_button = QPushButton(self.tr("&Kantoor instellen…"))
        self.office_settings_button.setObjectName("office_settings_button")
        self.office_settings_button.clicked.connect(lambda: self.show_office_settings())
        self.office_settings_button.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.recover_button)
        row.addWidget(self.restore_offer_button)
        row.addWidget(self.open_anyway_button)
        row.addWidget(self.office_settings_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.pages.addWidget(status_page)
        self.workspace: Workspace | None = None  # built when the store opens
        self.glossary: GlossaryPanel | None = None  # the Begrippen panel, built on demand
        self.glossary_dock: QDockWidget | None = None  # the panel's dock
        self.page: DossierPage | None = None  # the open dossier, built on first use
        self.form: DossierForm | None = None  # the page's form (the Gegevens tab)
        self._intake_for: int | None = None  # a new dossier: open the questions once loaded
        self._reminder_checked = False  # the recovery sheet's reminder: once a session
        self.sheet_dialog: RecoverySheetDialog | None = None
        self.recover_dialog: RecoverDialog | None = None
        self.backup_dialog: BackupDialog | None = None
        self.office_dialog: QDialog | None = None  # Instellingen → Kantoor
        self.office_password_dialog: QDialog | None = None
        self.copy_message: QMessageBox | None = None  # the outcome of Dossier kopiëren
        self._last_passphrase: str | None = None  # to find a backup the passphrase opens
        self._offer: Offer | None = None  # the backup offered when the data will not open
        # The menus and their actions.
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        new_action = QAction(self.tr("&Nieuw dossier"), self)
        new_action.triggered.connect(self.create_dossier)
        file_menu.addAction(new_action)
        self.import_action = QAction(self.tr("&Importeren…"), self)
        self.import_action.setObjectName("import_action")
        self.import_action.setToolTip(self.tr("Een dossier inlezen uit een dossierbestand (.json)"))
        self.import_action.triggered.connect(lambda: self.import_dossier_file())
        self.import_action.setEnabled(False)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Exporteren…"), self)
        self.export_action.setObjectName("export_action")
        self.export_action.setToolTip(
            self.tr("Het gekozen dossier opslaan als dossierbestand (.json)")
        )
        self.export_action.triggered.connect(lambda: self.export_dossier_file())
        self.export_action.setEnabled(False)
        file_menu.addAction(self.export_action)
        self.exchange_message = ""  # the last refusal of an import or export, as said
        self.backup_action = QAction(self.tr("&Reservekopie…"), self)
        self.backup_action.setObjectName("backup_action")
        self.backup_action.triggered.connect(self.show_backups)
        self.backup_action.setEnabled(False)
        file_menu.addAction(self.backup_action)
        self.copy_action = QAction(self.tr("Dossier &kopiëren naar de kantoordatabase…"), self)
        self.copy_action.setObjectName("copy_action")
        self.copy_action.triggered.connect(lambda: self.copy_current_dossier())
        self.copy_action.setEnabled(False)
        file_menu.addAction(self.copy_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        self.glossary_action = QAction(self.tr("&Begrippen (uitleg van woorden)"), self)
        self.glossary_action.setObjectName("glossary_action")
        self.glossary_action.setCheckable(True)
        self.glossary_action.toggled.connect(self.toggle_glossary)
        view_menu.addAction(self.glossary_action)
        self.list_action = QAction(self.tr("&Lijst van dossiers tonen"), self)
        self.list_action.setObjectName("list_action")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.list_action.setToolTip(
            self.tr("Verberg de lijst voor meer ruimte, bijvoorbeeld bij grote letters.")
        )
        self.list_action.toggled.connect(self.show_dossier_list)
        view_menu.addAction(self.list_action)
        self.intake_action = QAction(self.tr("&Vragen over de situatie…"), self)
        self.intake_action.setObjectName("intake_action")
        self.intake_action.triggered.connect(self.open_intake)
        self.intake_action.setEnabled(False)
        view_menu.addAction(self.intake_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Instellingen"))
        self.security_action = QAction(self.tr("&Beveiliging en opslag…"), self)
        self.security_action.setObjectName("security_action")
        self.security_action.triggered.connect(self.show_security)
        self.security_action.setEnabled(False)
        settings_menu.addAction(self.security_action)
        self.appearance_action = QAction(self.tr("&Weergave en taal…"), self)
        self.appearance_action.setObjectName("appearance_action")
        self.appearance_action.triggered.connect(self.show_appearance)
        settings_menu.addAction(self.appearance_action)
        self.office_action = QAction(self.tr("&Kantoor (gedeelde database)…"), self)
        self.office_action.setObjectName("office_action")
        self.office_action.triggered.connect(lambda: self.show_office_settings())
        settings_menu.addAction(self.office_action)
        self.new_action = new_action
        self.new_action.setEnabled(False)
        self.quit_action = quit_action
        self.resize(1100, 760)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_status(self.tr("Uw gegevens worden geopend…"), retry=False)
        self._first_paint: FirstPaint | None = None

    def _show_status(self, text: str, retry: bool) -> None:
        if retry:  # a problem: let the user select and copy the message
            from PySide6.QtCore import Qt

            self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_text.setText(text)
        self.retry_button.setVisible(retry)
        self.recover_button.hide()  # shown for a lost key or passphrase (store_opening)
        self.restore_offer_button.hide()
        self.open_anyway_button.hide()
        self.office_settings_button.hide()
        self.pages.setCurrentIndex(0)

    def _set_shortcuts(self) -> None:
        """Keyboard shortcuts, set after the first paint (they load Qt's big enum namespace)."""
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.glossary_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    def home_store(self) -> OpenStore | None:
        """The store when it is this computer's data folder (None at the office, where
        backups and the recovery key are the server's business)."""
        from nabestaanden.store.opening import OpenStore

        return self.store if isinstance(self.store, OpenStore) else None

    @property
    def ws(self) -> Workspace:
        """The workspace (the list and the detail); it exists once the data is open."""
        if self.workspace is None:
            raise RuntimeError("the workspace is built when the store opens")
        return self.workspace

    # --- the mixins' parts, called across them ---------------------------------------

    def start(self) -> None:
        raise NotImplementedError

    def refresh_list(self, select: int | None = None) -> None:
        raise NotImplementedError

    def _ensure_workspace(self) -> None:
        raise NotImplementedError

    def current_summary(self) -> DossierSummary | None:
        raise NotImplementedError

    def current_dossier_id(self) -> int | None:
        summary = self.current_summary()
        return summary.id if summary else None

    def create_dossier(self) -> None:
        raise NotImplementedError

    def rename_dossier(self) -> None:
        raise NotImplementedError

    def toggle_archived(self) -> None:
        raise NotImplementedError

    def delete_dossier(self) -> None:
        raise NotImplementedError

    def open_dossier(self, dossier_id: int) -> None:
        raise NotImplementedError

    def open_intake(self) -> None:
        raise NotImplementedError

    def toggle_glossary(self, show: bool) -> None:
        raise NotImplementedError

    def show_term(self, term_id: str) -> None:
        raise NotImplementedError

    def show_dossier_list(self, show: bool) -> None:
        raise NotImplementedError

    def show_appearance(self) -> None:
        raise NotImplementedError

    def show_security(self) -> None:
        raise NotImplementedError

    def start_recovery(self, error: str = "") -> None:
        raise NotImplementedError

    def show_backups(self) -> None:
        raise NotImplementedError

    def restore_offered_backup(self) -> None:
        raise NotImplementedError

    def open_without_log(self) -> None:
        raise NotImplementedError

    def make_daily_backup(self) -> None:
        raise NotImplementedError

    def remind_of_recovery_sheet(self) -> None:
        raise NotImplementedError

    def show_recovery_sheet(self) -> None:
        raise NotImplementedError

    def _on_action_error(self, error: Exception) -> None:
        raise NotImplementedError

    def _on_open_error(self, error: Exception) -> None:
        raise NotImplementedError

    def _on_opened(self, store: Store) -> None:
        raise NotImplementedError

    def show_office_settings(self) -> None:
        raise NotImplementedError

    def copy_current_dossier(self) -> None:
        raise NotImplementedError

    def import_dossier_file(self) -> None:
        raise NotImplementedError

    def export_dossier_file(self) -> None:
        raise NotImplementedError

    def update_copy_action(self) -> None:
        raise NotImplementedError

    def office_url(self) -> str:
        raise NotImplementedError

    def _open_office(self, url: str) -> None:
        raise NotImplementedError

    def _opened_at_office(self, store: Store) -> bool:
        raise NotImplementedError

    def _stop_listening(self) -> None:
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.workspace is not None:
            self.settings.setValue("window/splitter", self.workspace.saveState())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save what is being typed, finish the queued database work, close the store
        and stop the worker."""
        if self.page is not None and self.store is not None:
            self.page.shutdown()
        self._stop_listening()
        store = self.store
        self.store = None
        self.worker.shutdown(last=store.close if store is not None else None)
