"""Small dialogs: the passphrase, the security settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.paths import AppPaths
from nabestaanden.store import keys


def error_label(name: str) -> QLabel:
    """The hidden line where a dialog names what is wrong ("⚠ Datum: ...")."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def dialog_buttons(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton, accept: Callable[[], None]
) -> QDialogButtonBox:
    """The dialog's OK (or Save) and Cancel: OK runs ``accept`` (which checks first)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PassphraseDialog(QDialog):
    """Ask for the passphrase, or let the user choose one for a new data folder."""

    def __init__(
        self,
        new: bool,
        error: str = "",
        parent: QWidget | None = None,
        keyring_refused: bool = False,
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Wachtwoordzin kiezen") if new else self.tr("Wachtwoordzin"))
        layout = QVBoxLayout(self)
        if new:
            if keyring_refused:
                reason = self.tr(
                    "De sleutelbos van deze computer is vergrendeld of kan de sleutel van "
                    "uw gegevens niet bewaren."
                )
            else:
                reason = self.tr(
                    "Op deze computer is geen sleutelbos beschikbaar om de sleutel van uw "
                    "gegevens in te bewaren."
                )
            text = (
                reason
                + "\n\n"
                + self.tr(
                    "Kies daarom een wachtwoordzin. U typt die elke keer als u de app opent."
                    "\n\nLet op: bent u de wachtwoordzin kwijt, dan kan niemand uw gegevens "
                    "nog openen. Schrijf hem op en bewaar hem veilig."
                )
            )
            if keyring_refused:
                text += "\n\n" + self.tr(
                    "Wilt u toch de sleutelbos gebruiken? Klik dan op Annuleren, ontgrendel "
                    "de sleutelbos en probeer het opnieuw."
                )
        else:
            text = self.tr("Uw gegevens zijn beveiligd. Typ uw wachtwoordzin om ze te openen.")
        intro = QLabel(text)
        intro.setObjectName("passphrase_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoordzin"))
        form.addRow(self.tr("&Wachtwoordzin:"), self.passphrase)
        self.repeated = QLineEdit()
        self.repeated.setObjectName("passphrase_repeated")
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated.setAccessibleName(self.tr("Wachtwoordzin nog een keer"))
        if new:
            form.addRow(self.tr("&Nog een keer:"), self.repeated)
        layout.addLayout(form)
        self.error = QLabel(f"⚠ {error}" if error else "")
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _accept(self) -> None:
        if self.new:
            problem = keys.check_new_passphrase(self.passphrase.text(), self.repeated.text())
            if problem:
                self.error.setText(f"⚠ {problem}")
                self.error.show()
                return
        elif not self.passphrase.text():
            self.error.setText("⚠ " + self.tr("Typ uw wachtwoordzin."))
            self.error.show()
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


class SecurityDialog(QDialog):
    """Settings page: where the data and its key live."""

    def __init__(self, paths: AppPaths, source: keys.KeySource, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("security_dialog")
        self.setWindowTitle(self.tr("Beveiliging en opslag"))
        layout = QVBoxLayout(self)
        text = QLabel(keys.key_location_text(paths, source))
        text.setObjectName("key_location")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        backups = QLabel(
            self.tr(
                "Voordat de app uw gegevens omzet naar een nieuwe versie, maakt hij een "
                "reservekopie in {folder}. Die is met dezelfde sleutel versleuteld."
            ).format(folder=paths.backups)
        )
        backups.setWordWrap(True)
        layout.addWidget(backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
