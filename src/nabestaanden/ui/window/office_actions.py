"""The window at the office: opening the firm's database, its password, and hearing
what colleagues change.

The office database's address comes from ``--database-url`` (for this session) or
from Instellingen → Kantoor (kept in the folder's settings, without a password). The
password is asked when the server wants it and then kept in the keyring. Once open,
a listener on a thread of its own hears every committed change (``LISTEN/NOTIFY``)
and the window reads again what others changed, without touching what is being
typed. Should the listener lose its connection, the list is read again every
:data:`POLL_MS` instead (polling). What belongs to a data folder (backups, the
recovery sheet) is switched off, with the reason in its tooltip.
"""

from __future__ import annotations

import queue
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QTimer

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from nabestaanden.store.base import Store
    from nabestaanden.store.office import OfficeStore, OfficeTarget
    from nabestaanden.store.office_notify import ChangeListener

SETTING: Final = "office/url"
POLL_MS: Final = 15000
DEBOUNCE_MS: Final = 1000
DRAIN_MS: Final = 200  # how often the window looks at what the listener heard


class OfficeActions(WindowBase):
    """Office mode in the window; see the module's description. The listener's
    thread only puts what it hears in a queue; the window empties it every
    :data:`DRAIN_MS` and emits ``others_changed`` / ``listener_stopped`` (declared in
    :class:`WindowBase`) on its own thread, so no Qt object is touched from another
    thread, even while the window closes."""

    # Made by _set_up_office (called from the window's __init__) or when first shown.
    _listener: ChangeListener | None
    _listener_thread: threading.Thread | None
    _list_timer: QTimer
    _poll_timer: QTimer
    _drain_timer: QTimer
    _inbox: queue.SimpleQueue[tuple[int | None, str]]
    office_label: QLabel

    def office_url(self) -> str:
        """The office database to open: the command line's, else the settings' ("")."""
        if self.office_url_override is not None:
            return self.office_url_override
        return str(self.settings.value(SETTING, "") or "")

    def show_office_settings(self) -> None:
        """Instellingen → Kantoor: the address; saved, then the data opened again."""
        from nabestaanden.ui.settings.office_dialog import OfficeDialog

        dialog = OfficeDialog(self.office_url(), self.office_url_override is not None, self)
        self.office_dialog = dialog

        def accepted() -> None:
            value = dialog.value()
            self.settings.setValue(SETTING, value)
            self.settings.sync()
            if self.office_url_override is not None:
                self.office_url_override = value
            self.reopen()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def reopen(self) -> None:
        """Close the store in use (after what is queued for it) and open the chosen one."""
        self._stop_listening()
        if self.page is not None:
            self.page.shutdown()
            self.page.forget_store()
        store, self.store = self.store, None
        if store is not None:
            self.worker.submit(store.close)
        self._loaded_once = False
        self.start()

    # --- opening --------------------------------------------------------------------------

    def _open_office(self, url: str) -> None:
        from nabestaanden.store import office

        self._show_status(self.tr("De kantoordatabase wordt geopend…"), retry=False)
        now = datetime.now()

        def open_it() -> OfficeStore:
            target = office.parse_database_url(url)
            return office.open_office(target, office.load_password(target), now)

        self.worker.submit(open_it, self._on_opened, lambda error: self._office_failed(url, error))

    def _office_failed(self, url: str, error: Exception, tried: bool = False) -> None:
        from nabestaanden.store import office

        if isinstance(error, office.PasswordNeeded):
            self._ask_office_password(office.parse_database_url(url), str(error) if tried else "")
            return
        self._on_open_error(error)
        self.office_settings_button.show()

    def _ask_office_password(self, target: OfficeTarget, error: str) -> None:
        from nabestaanden.store import office
        from nabestaanden.ui.settings.office_dialog import OfficePasswordDialog

        dialog = OfficePasswordDialog(target.shown(), target.role, error, self)
        self.office_password_dialog = dialog
        now = datetime.now()

        def accepted() -> None:
            password = dialog.value()

            def open_it() -> OfficeStore:
                opened = office.open_office(target, password, now)
                office.store_password(target, password)  # only once it worked
                return opened

            url = target.url.render_as_string(hide_password=False)
            self.worker.submit(
                open_it, self._on_opened, lambda problem: self._office_failed(url, problem, True)
            )

        def rejected() -> None:
            self._show_status(
                self.tr(
                    "Zonder het wachtwoord van uw rol kan de kantoordatabase niet worden "
                    "geopend. Er is niets veranderd."
                ),
                retry=True,
            )
            self.office_settings_button.show()

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _opened_at_office(self, store: Store) -> bool:
        """After opening: set the window up for the office (True) or for home."""
        from nabestaanden.store.office import OfficeStore

        office = isinstance(store, OfficeStore)
        for action in (self.security_action, self.backup_action):
            action.setEnabled(not office)
            action.setToolTip(
                self.tr(
                    "Op kantoor zorgt de beheerder voor de beveiliging en de reservekopieën "
                    "van de server."
                )
                if office
                else ""
            )
        self.new_action.setEnabled(not store.read_only)
        if not isinstance(store, OfficeStore):
            self.office_label.hide()
            return False
        text = self.tr("Kantoor: {where}, u bent {role}").format(
            where=store.target.place(), role=store.target.role
        )
        if store.read_only:
            text += " " + self.tr("(alleen lezen)")
        self.office_label.setText(text)
        self.office_label.setToolTip(store.target.shown())
        self.office_label.show()
        self._listen(store)
        return True

    # --- hearing others' changes ----------------------------------------------------------

    def _listen(self, store: OfficeStore) -> None:
        from nabestaanden.store.office_notify import ChangeListener

        self._stop_listening()
        listener = ChangeListener(store.target, store.engine.url.password)
        self._listener = listener

        # A queue of its own: what an earlier listener still hears goes nowhere. The
        # thread touches no Qt object; the window drains the queue.
        inbox: queue.SimpleQueue[tuple[int | None, str]] = queue.SimpleQueue()
        self._inbox = inbox

        def run() -> None:
            try:
                listener.run(lambda heard: inbox.put((heard.dossier_id, heard.by)))
            except Exception as error:  # a lost connection: poll instead
                inbox.put((None, str(error).splitlines()[0] if str(error) else ""))

        thread = threading.Thread(target=run, name="nabestaanden-luisteraar", daemon=True)
        self._listener_thread = thread
        thread.start()
        self._drain_timer.start(DRAIN_MS)

    def _drain(self) -> None:
        """Hand what the listener heard to the window, on the window's thread."""
        while True:
            try:
                dossier_id, text = self._inbox.get_nowait()
            except queue.Empty:
                return
            if dossier_id is None:
                self.listener_stopped.emit(text)
            else:
                self.others_changed.emit(dossier_id, text)

    def _stop_listening(self) -> None:
        listener, thread = self._listener, self._listener_thread
        self._listener = None
        self._listener_thread = None
        self._poll_timer.stop()
        self._drain_timer.stop()
        if listener is not None:
            listener.stop()
        if thread is not None:
            thread.join(timeout=3)

    def _on_others_changed(self, dossier_id: int, by: str) -> None:
        """Read the list again (at most once a second, for a burst of changes) and the
        open dossier when somebody else changed it. A change by this window's own role
        is left alone: the window read both again after saving (a second window of
        the same person hears it at its next own change or start)."""
        from nabestaanden.store.office import OfficeStore

        store = self.store
        if isinstance(store, OfficeStore) and by == store.target.role:
            return  # this window's own change: it read the list again already
        page = self.page
        if page is not None and page.dossier_id == dossier_id:
            page.refresh_from_others()
        if not self._list_timer.isActive():  # at most one read per DEBOUNCE_MS
            self._list_timer.start(DEBOUNCE_MS)

    def _on_listener_stopped(self, reason: str) -> None:
        if self.store is None or self._listener is None:
            return  # stopped on purpose
        self.statusBar().showMessage(
            self.tr(
                "Wijzigingen van collega's komen niet meer vanzelf binnen ({reason}); de "
                "lijst wordt nu elke {seconds} seconden opnieuw gelezen."
            ).format(reason=reason, seconds=POLL_MS // 1000)
        )
        self._poll_timer.start(POLL_MS)

    def _poll(self) -> None:
        self.refresh_list()
        page = self.page
        if page is not None and page.dossier_id is not None:
            page.refresh_from_others()

    def _set_up_office(self) -> None:
        """The widgets and timers of office mode (called once, by the window)."""
        from PySide6.QtWidgets import QLabel

        self.office_label = QLabel()
        self.office_label.setObjectName("office_label")
        self.office_label.hide()
        self.statusBar().addPermanentWidget(self.office_label)
        self._listener = None
        self._listener_thread = None
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.timeout.connect(lambda: self.refresh_list())
        self._poll_timer = QTimer(self)
        self._poll_timer.timeout.connect(self._poll)
        self._inbox = queue.SimpleQueue()
        self._drain_timer = QTimer(self)
        self._drain_timer.timeout.connect(self._drain)
        self.others_changed.connect(self._on_others_changed)
        self.listener_stopped.connect(self._on_listener_stopped)
