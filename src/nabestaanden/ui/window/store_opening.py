"""Opening the data: the key from the keyring or a passphrase, then the store."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from nabestaanden.ui.window.window_base import WindowBase

if TYPE_CHECKING:
    from nabestaanden.operations.backups import Offer
    from nabestaanden.store.base import Store
    from nabestaanden.store.opening import OpenStore


class StoreOpening(WindowBase):
    """Unlocking and opening the data folder, on the worker thread."""

    def start(self) -> None:
        """Unlock and open the store on the worker thread, then fill the list."""
        from nabestaanden.store.opening import plan_key

        if self.quit_action.shortcut().isEmpty():
            self._set_shortcuts()
        office = self.office_url()
        if office:
            self._open_office(office)
            return
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
            self._last_passphrase = dialog.value()
            key = keys.DatabaseKey.from_passphrase(dialog.value())
            self.worker.submit(
                lambda: open_store(paths, key, datetime.now()), self._on_opened, failed
            )

        def rejected() -> None:
            self._show_status(
                self.tr(
                    "Zonder wachtwoordzin kunnen uw gegevens niet worden geopend. Bent u "
                    "hem vergeten? Dan opent u ze met de herstelsleutel van het herstelblad."
                ),
                retry=True,
            )
            self.recover_button.setVisible(not new and self.paths.database.exists())

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_open_error(self, error: Exception) -> None:
        from nabestaanden.store import keys
        from nabestaanden.store.errors import StoreError

        if isinstance(error, (keys.KeyProblem, StoreError)):
            self._show_status(str(error), retry=True)
            self._offer_recovery(error)
            self._offer_backup(error)
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

    def _offer_recovery(self, error: Exception) -> None:
        """A lost keyring entry or a key that does not fit: the recovery key opens it."""
        from nabestaanden.store import keys
        from nabestaanden.store.errors import WrongKey

        lost = isinstance(error, (keys.KeyMissing, WrongKey))
        self.recover_button.setVisible(lost and self.paths.database.exists())

    def _offer_backup(self, error: Exception) -> None:
        """A damaged file or a lost log: offer the newest good backup (found on the
        worker); a full or read-only disk: name it, to reassure."""
        from nabestaanden.store import errors

        repair = isinstance(error, (errors.DamagedDatabase, errors.MissingLog))
        if not repair and not isinstance(error, errors.EnvironmentProblem):
            return
        self.open_anyway_button.setVisible(isinstance(error, errors.MissingLog))
        paths, passphrase, message = self.paths, self._last_passphrase, str(error)

        def find() -> Offer | None:
            from nabestaanden.operations.backups import known_key, offer

            return offer(paths, known_key(paths, passphrase))

        def found(chosen: Offer | None) -> None:
            from babel.dates import format_datetime

            self._offer = chosen
            if chosen is None:
                return
            self.status_text.setText(message + "\n\n" + chosen.text(repair))
            if repair:
                made = format_datetime(chosen.info.made_at, "d MMMM y", locale="nl_NL")
                self.restore_offer_button.setText(
                    self.tr("&Reservekopie van {date} terugzetten").format(date=made)
                )
                self.restore_offer_button.show()

        self.worker.submit(find, found, lambda _problem: None)

    def restore_offered_backup(self) -> None:
        """Put the offered backup back (the damaged file is kept aside) and open it."""
        chosen = self._offer
        if chosen is None:
            return
        paths, now = self.paths, datetime.now()

        def restore() -> OpenStore:
            from nabestaanden.operations.backups import restore_backup

            return restore_backup(paths, chosen.info.path, chosen.key, None, None, now).store

        self._show_status(self.tr("De reservekopie wordt teruggezet…"), retry=False)
        self.worker.submit(restore, self._on_opened, self._on_open_error)

    def open_without_log(self) -> None:
        """The user accepts that the latest changes in the lost log are gone."""
        from nabestaanden.store.opening import accept_missing_log

        accept_missing_log(self.paths)
        self.start()

    def _on_opened(self, store: Store) -> None:
        from nabestaanden.store.opening import OpenStore

        self.store = store
        at_office = self._opened_at_office(store)
        self._ensure_workspace()
        if not at_office and isinstance(store, OpenStore) and store.backup is not None:
            self.statusBar().showMessage(
                self.tr("Uw gegevens zijn bijgewerkt. Reservekopie: {path}").format(
                    path=store.backup
                )
            )
        self.refresh_list()
