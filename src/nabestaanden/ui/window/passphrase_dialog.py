"""Asking for the passphrase that opens the data (or choosing a new one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.store import keys


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
                    "\n\nBent u de wachtwoordzin kwijt, dan opent u uw gegevens met de "
                    "herstelsleutel. Die krijgt u na het eerste dossier, op een herstelblad."
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
