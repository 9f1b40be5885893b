"""The main window: the list of dossiers, the open dossier, and the Begrippen panel.

The window paints first; the store is opened afterwards on the worker thread, so a
slow keyring or a migration never keeps the window from appearing.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    QTimer,
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
from nabestaanden.ui.worker import DbWorker

# The store, the domain and the dossier widgets load after the first paint: the
# window must appear before anything heavy happens.
if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QSplitter

    from nabestaanden.domain.dossier import FieldValue
    from nabestaanden.store.index import DossierSummary
    from nabestaanden.store.opening import OpenStore
    from nabestaanden.ui.dossier.form import DossierForm
    from nabestaanden.ui.dossier.page import DossierPage
    from nabestaanden.ui.glossary.panel import GlossaryPanel
    from nabestaanden.ui.window.dossier_list import DossierListModel
    from nabestaanden.ui.window.passphrase_dialog import PassphraseDialog

    DossierValues = dict[tuple[str, str], FieldValue]


class _FirstPaint(QObject):
    """Calls a function once, right after the watched widget is first painted."""

    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class MainWindow(QMainWindow):
    """Signals:
    dossiers_loaded: the dossier list has been filled for the first time.
    dossier_opened(int): a dossier is shown in the form.
    saved: a change has been written to the database.
    """

    dossiers_loaded = Signal()
    dossier_opened = Signal(int)
    saved = Signal()

    def __init__(self, paths: AppPaths, worker: DbWorker, settings: QSettings) -> None:
        super().__init__()
        self.paths = paths
        self.worker = worker
        self.settings = settings
        self.store: OpenStore | None = None
        self._loaded_once = False
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.pages.addWidget(self._build_status_page())
        self.splitter: QSplitter | None = None  # the workspace, built when the store opens
        self.glossary: GlossaryPanel | None = None  # the Begrippen panel, built on demand
        self.page: DossierPage | None = None  # the open dossier, built on first use
        self.form: DossierForm | None = None  # the page's form (the Gegevens tab)
        self._intake_for: int | None = None  # a new dossier: open the questions once loaded
        self._build_menus()
        self.resize(1100, 760)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_status(self.tr("Uw gegevens worden geopend…"), retry=False)
        self._first_paint: _FirstPaint | None = None

    def start_after_first_paint(self) -> None:
        """Open the store once the window has been painted (call before ``show``)."""
        self._first_paint = _FirstPaint(self.start)
        self.installEventFilter(self._first_paint)

    # --- building ---------------------------------------------------------------------

    def _build_status_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _ensure_workspace(self) -> None:
        """Build the dossier list and form the first time they are needed."""
        if self.splitter is not None:
            return
        self.pages.addWidget(self._build_workspace())
        splitter_state = self.settings.value("window/splitter")
        if splitter_state is not None and self.splitter is not None:
            self.splitter.restoreState(splitter_state)
        shown = self.settings.value("window/show_list", True, type=bool)
        self.list_action.setChecked(bool(shown))
        self.show_dossier_list(bool(shown))

    def _build_workspace(self) -> QWidget:
        from PySide6.QtWidgets import (
            QCheckBox,
            QGridLayout,
            QLineEdit,
            QSplitter,
            QTableView,
        )

        from nabestaanden.ui.window.dossier_list import DossierListModel
        from nabestaanden.ui.window.dossier_table import set_up_table

        self.splitter = QSplitter()
        self.splitter.setObjectName("workspace")
        self.splitter.setChildrenCollapsible(False)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("<b>Dossiers</b>"))
        layout.addWidget(title)
        self.search = QLineEdit()
        self.search.setObjectName("dossier_search")
        self.search.setPlaceholderText(self.tr("Zoek op naam…"))
        self.search.setAccessibleName(self.tr("Zoek een dossier op naam"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.show_archived = QCheckBox(self.tr("Ook gea&rchiveerde"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.setAccessibleName(self.tr("Toon ook gearchiveerde dossiers"))
        layout.addWidget(self.show_archived)
        self.only_overdue = QCheckBox(self.tr("Alleen te laat (termi&jn voorbij)"))
        self.only_overdue.setObjectName("only_overdue")
        self.only_overdue.setAccessibleName(
            self.tr("Toon alleen dossiers met een termijn die voorbij is")
        )
        layout.addWidget(self.only_overdue)

        # The model sorts, filters and loads its rows lazily itself (no proxy).
        self.list_model: DossierListModel = DossierListModel(self)
        self.search.textChanged.connect(self.list_model.set_search)
        self.show_archived.toggled.connect(self.list_model.set_show_archived)
        self.only_overdue.toggled.connect(self.list_model.set_only_overdue)
        self.table = QTableView()
        self.table.setObjectName("dossier_table")
        self.table.setAccessibleName(self.tr("Lijst van dossiers"))
        set_up_table(self.table, self.list_model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        layout.addWidget(self.table, 1)

        buttons = QGridLayout()  # two by two: the list stays narrow, also at large text
        self.new_button = QPushButton(self.tr("&Nieuw dossier"))
        self.new_button.setObjectName("new_dossier")
        self.rename_button = QPushButton(self.tr("&Hernoemen…"))
        self.rename_button.setObjectName("rename_dossier")
        self.archive_button = QPushButton(self.tr("&Archiveren"))
        self.archive_button.setObjectName("archive_dossier")
        self.delete_button = QPushButton(self.tr("Ver&wijderen…"))
        self.delete_button.setObjectName("delete_dossier")
        for number, button in enumerate(
            (self.new_button, self.rename_button, self.archive_button, self.delete_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.create_dossier)
        self.rename_button.clicked.connect(self.rename_dossier)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_dossier)
        self.splitter.addWidget(panel)

        self.detail = QStackedWidget()
        self.detail.addWidget(self._build_welcome())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([440, 840])  # room for names in the list
        self._update_buttons()
        return self.splitter

    def show_dossier_list(self, show: bool) -> None:
        """Show or hide the list of dossiers (more room for one dossier; remembered)."""
        self.settings.setValue("window/show_list", show)
        panel = self.splitter.widget(0) if self.splitter is not None else None
        if panel is not None:
            panel.setVisible(show)

    def _ensure_page(self) -> DossierPage:
        """The dossier page (dashboard, letters, form), built when a dossier is first
        opened: its modules are imported on the worker while the list is shown."""
        if self.page is None:
            from nabestaanden.ui.dossier.page import DossierPage

            page = DossierPage(self.worker)
            page.loaded.connect(self._on_dossier_loaded)
            page.changed.connect(self._on_page_changed)
            page.message.connect(self.statusBar().showMessage)
            page.term_requested.connect(self.show_term)
            self.detail.addWidget(page)
            self.page = page
            self.form = page.form
        return self.page

    def _build_welcome(self) -> QWidget:
        """The first-run welcome (no dossiers yet), else a hint to choose a dossier."""
        from PySide6.QtCore import Qt

        from nabestaanden.ui.settings.appearance import set_relative_font_size

        panel = QWidget()
        panel.setObjectName("welcome")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        self.welcome_title = QLabel(self.tr("Welkom bij Nabestaanden"))
        self.welcome_title.setObjectName("welcome_title")
        font = self.welcome_title.font()
        font.setBold(True)
        self.welcome_title.setFont(font)
        set_relative_font_size(self.welcome_title, 1.5)
        self.welcome_title.setWordWrap(True)
        layout.addWidget(self.welcome_title)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.empty_hint)
        self.begin_button = QPushButton(self.tr("Be&gin: maak een dossier"))
        self.begin_button.setObjectName("begin_button")
        self.begin_button.clicked.connect(self.create_dossier)
        row = QHBoxLayout()
        row.addWidget(self.begin_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return panel

    def _ensure_glossary(self) -> GlossaryPanel:
        """The Begrippen panel, docked at the right; built the first time it is needed."""
        if self.glossary is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from nabestaanden.ui.glossary.panel import GlossaryPanel

            self.glossary = GlossaryPanel()
            dock = QDockWidget(self.tr("Begrippen"), self)
            dock.setObjectName("glossary_dock")
            dock.setWidget(self.glossary)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.glossary_dock = dock
            dock.visibilityChanged.connect(self.glossary_action.setChecked)
        return self.glossary

    def toggle_glossary(self, show: bool) -> None:
        panel = self._ensure_glossary()
        if show:
            self._show_glossary_dock()
            panel.search.setFocus()
        else:
            self.glossary_dock.hide()

    def show_term(self, term_id: str) -> None:
        """Open the Begrippen panel on one term (from a link in a task text)."""
        panel = self._ensure_glossary()
        self._show_glossary_dock()
        panel.show_term(term_id)

    def _show_glossary_dock(self) -> None:
        """Dock the panel beside the dossier; where the screen has no room for both
        (large text, a small screen), let it float over the window's right side."""
        dock = self.glossary_dock
        if dock.isVisible():
            return
        central = self.pages
        panel = self._ensure_glossary()
        screen = self.screen().availableGeometry()
        needed = central.minimumSizeHint().width() + panel.minimumSizeHint().width() + 48
        floating = needed > screen.width()
        dock.setFloating(floating)
        if floating:
            width = max(panel.minimumSizeHint().width(), screen.width() // 3)
            dock.setGeometry(screen.right() - width, screen.top(), width, screen.height())
        dock.show()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        new_action = QAction(self.tr("&Nieuw dossier"), self)
        new_action.triggered.connect(self.create_dossier)
        file_menu.addAction(new_action)
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
        self.new_action = new_action
        self.new_action.setEnabled(False)
        self.quit_action = quit_action

    def _set_shortcuts(self) -> None:
        """Keyboard shortcuts, set after the first paint (they load Qt's big enum namespace)."""
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.glossary_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    # --- opening the store ------------------------------------------------------------

    def start(self) -> None:
        """Unlock and open the store on the worker thread, then fill the list."""
        from nabestaanden.store.opening import plan_key

        if self.quit_action.shortcut().isEmpty():
            self._set_shortcuts()
        self._show_status(self.tr("Uw gegevens worden geopend…"), retry=False)
        paths = self.paths  # worker jobs capture plain data, never the window
        self.worker.submit(lambda: plan_key(paths), self._on_plan, self._on_open_error)

    def _on_plan(self, plan: str) -> None:
        from nabestaanden.store import keys
        from nabestaanden.store.opening import open_store

        paths = self.paths
        if plan == "keyring":
            self.worker.submit(
                lambda: open_store(paths, keys.load_keyring_key(paths), datetime.now()),
                self._on_opened,
                self._on_open_error,
            )
        elif plan == "new_keyring":

            def keyring_failed(error: Exception) -> None:
                # A locked keyring, or one that keeps no secrets: a passphrase instead.
                if isinstance(error, (keys.KeyringLocked, keys.KeyringUnavailable)):
                    self._ask_passphrase(new=True, error="", keyring_refused=True)
                else:
                    self._on_open_error(error)

            self.worker.submit(
                lambda: open_store(paths, keys.create_keyring_key(paths), datetime.now()),
                self._on_opened,
                keyring_failed,
            )
        else:
            self._ask_passphrase(new=plan == "new_passphrase", error="")

    def _ask_passphrase(self, new: bool, error: str, keyring_refused: bool = False) -> None:
        from nabestaanden.store import keys
        from nabestaanden.store.errors import WrongKey
        from nabestaanden.store.opening import open_store
        from nabestaanden.ui.window.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(new, error, self, keyring_refused=keyring_refused)
        self.passphrase_dialog = dialog
        paths = self.paths

        def failed(problem: Exception) -> None:
            if isinstance(problem, WrongKey):
                self._ask_passphrase(new, str(problem), keyring_refused)
            else:
                self._on_open_error(problem)

        def accepted() -> None:
            key = keys.DatabaseKey.from_passphrase(dialog.value())
            self.worker.submit(
                lambda: open_store(paths, key, datetime.now()), self._on_opened, failed
            )

        def rejected() -> None:
            self._show_status(
                self.tr("Zonder wachtwoordzin kunnen uw gegevens niet worden geopend."), retry=True
            )

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_open_error(self, error: Exception) -> None:
        from nabestaanden.store import keys
        from nabestaanden.store.errors import StoreError

        if isinstance(error, (keys.KeyProblem, StoreError)):
            self._show_status(str(error), retry=True)
            return
        self._show_status(
            self.tr(
                "Uw gegevens konden door een fout in de app niet worden geopend. Het "
                "bestand is niet veranderd. Probeer het opnieuw; lukt het dan nog niet, "
                "meld dan de fout."
            ),
            retry=True,
        )
        raise error

    def _on_opened(self, store: OpenStore) -> None:
        self.store = store
        self.security_action.setEnabled(True)
        self.new_action.setEnabled(True)
        self._ensure_workspace()
        if store.backup is not None:
            self.statusBar().showMessage(
                self.tr("Uw gegevens zijn bijgewerkt. Reservekopie: {path}").format(
                    path=store.backup
                )
            )
        self.refresh_list()

    def _show_status(self, text: str, retry: bool) -> None:
        if retry:  # a problem: let the user select and copy the message
            from PySide6.QtCore import Qt

            self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_text.setText(text)
        self.retry_button.setVisible(retry)
        self.pages.setCurrentIndex(0)

    # --- the list ---------------------------------------------------------------------

    def refresh_list(self, select: int | None = None) -> None:
        store = self.store
        if store is None:
            return
        self.worker.submit(store.summaries, lambda rows: self._on_summaries(rows, select))

    def _on_summaries(self, rows: list[DossierSummary], select: int | None) -> None:
        from datetime import date

        current = select if select is not None else self.current_dossier_id()
        self.list_model.set_today(date.today())
        if select is None and current is not None:
            self.list_model.pin(current)  # a save never makes the open dossier vanish
        self.list_model.set_rows(rows)
        self.pages.setCurrentIndex(1)
        if current is not None:
            self._select(current, reveal=select is not None)
        self._update_empty_hint()
        self._update_buttons()
        page = self.page
        shown = self.list_model.find(page.dossier_id) if page and page.dossier_id else None
        if page is not None and shown is not None:
            page.set_heading(shown.display_name)
        if not self._loaded_once:
            self._loaded_once = True
            # Keyboard users start somewhere useful: the welcome's button, or the search
            # field above the list (focusing the list itself would open its first dossier).
            if self.list_model.total() == 0:
                self.begin_button.setFocus()
            else:
                self.search.setFocus()
            self.dossiers_loaded.emit()
            store = self.store
            if store is not None:  # load the ORM now, while the user reads the list
                self.worker.submit(lambda: store.session().close())
            # Likewise the dossier page's modules (plan, letters, PDF preview).
            self.worker.submit(_import_dossier_page)

    def _select(self, dossier_id: int, reveal: bool) -> None:
        """Make a dossier the current one; ``reveal`` lifts the filters that hide it."""
        model = self.list_model
        summary = model.find(dossier_id)
        if summary is None:
            return
        row = model.row_of(dossier_id)
        if row is None and reveal:
            if summary.archived:
                self.show_archived.setChecked(True)
            if model.row_of(dossier_id) is None:
                self.only_overdue.setChecked(False)
            if model.row_of(dossier_id) is None:
                self.search.clear()
            row = model.row_of(dossier_id)
        if row is not None:
            index = model.index(row, 0)
            from PySide6.QtCore import QItemSelectionModel

            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def current_summary(self) -> DossierSummary | None:
        from nabestaanden.ui.window.dossier_list import SummaryRole

        if self.splitter is None:
            return None
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        summary: DossierSummary = self.list_model.data(index, SummaryRole)
        return summary

    def current_dossier_id(self) -> int | None:
        summary = self.current_summary()
        return summary.id if summary else None

    def _update_empty_hint(self) -> None:
        first_run = self.list_model.total() == 0
        self.welcome_title.setVisible(first_run)
        self.begin_button.setVisible(first_run)
        if first_run:
            self.empty_hint.setText(
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
        else:
            self.empty_hint.setText(self.tr("Kies links een dossier, of maak een nieuw dossier."))
        if self.current_dossier_id() is None:
            self.detail.setCurrentIndex(0)

    def _update_buttons(self) -> None:
        summary = self.current_summary()
        has = summary is not None
        self.new_button.setEnabled(self.store is not None)
        self.rename_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.archive_button.setText(
            self.tr("Terug&zetten") if summary and summary.archived else self.tr("&Archiveren")
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from nabestaanden.ui.window.dossier_list import SummaryRole

        self._update_buttons()
        summary: DossierSummary | None = (
            self.list_model.data(current, SummaryRole) if current.isValid() else None
        )
        if summary is None:
            if self.page is not None:
                self.page.flush()
                self.page.dossier_id = None
                self.page.form.dossier_id = None
            self.intake_action.setEnabled(False)
            self.detail.setCurrentIndex(0)
            return
        if self.page is None or summary.id != self.page.dossier_id:
            self.open_dossier(summary.id)

    # --- actions ----------------------------------------------------------------------

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
        self.detail.setCurrentWidget(page)
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
            from nabestaanden.resources import default_catalogue

            return create_dossier(store, default_catalogue()).value

        def created(dossier_id: int) -> None:
            self.search.clear()
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
            from nabestaanden.resources import default_catalogue

            rename_dossier(store, default_catalogue(), summary.id, title)

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
            from nabestaanden.resources import default_catalogue

            set_archived(store, default_catalogue(), summary.id, archive)

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
            from nabestaanden.resources import default_catalogue

            delete_dossier(store, default_catalogue(), summary.id)

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
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    # --- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.splitter is not None:
            self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save what is being typed, finish the queued database work, close the store
        and stop the worker."""
        if self.page is not None and self.store is not None:
            self.page.shutdown()
        store = self.store
        self.store = None
        self.worker.shutdown(last=store.close if store is not None else None)


def _import_dossier_page() -> None:
    """Import the dossier page's modules and read the catalogue and the letter texts
    (run on the worker, after the list is shown), so opening a dossier is quick."""
    import nabestaanden.ui.dossier.page  # noqa: F401
    from nabestaanden.resources import default_catalogue, default_letters

    default_catalogue()
    default_letters()
