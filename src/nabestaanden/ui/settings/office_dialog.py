"""Instellingen → Kantoor: work on the firm's shared database instead of this folder.

The address (a ``postgresql+psycopg://`` URL, without a password) is kept in the
settings of the data folder; the password only in the keyring. The dialog says
plainly what changes: at the office the data lives on the firm's server, which is
then responsible for encryption and backups.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.ui.widgets import fit_dialog

EXAMPLE = "postgresql+psycopg://a.jansen@db.kantoor.nl/nabestaanden?sslmode=verify-full"


class OfficeDialog(QDialog):
    """The office database's address; :meth:`value` is the address, or "" for this
    computer's own folder."""

    def __init__(self, current: str, from_command_line: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("office_dialog")
        self.setWindowTitle(self.tr("Kantoor"))
        self._value = current
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Werkt u bij een bewindvoerderskantoor of notariskantoor met een gedeelde "
                "database? Vul dan het adres in dat de beheerder u gaf. Ieder heeft een "
                "eigen naam (een databaserol); het wachtwoord vraagt de app bij het "
                "verbinden en bewaart het in de sleutelbos van deze computer, nooit in een "
                "bestand."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        server = QLabel(
            self.tr(
                "Op kantoor staan de gegevens op de server van het kantoor, niet "
                "versleuteld in uw map. De beheerder zorgt dan voor de beveiliging: een "
                "versleutelde schijf, een beveiligde verbinding (TLS) en reservekopieën "
                "(pg_dump). Reservekopieën en het herstelblad van de app horen bij uw "
                "eigen map."
            )
        )
        server.setObjectName("office_server_text")
        server.setWordWrap(True)
        layout.addWidget(server)
        layout.addWidget(QLabel(self.tr("Adres van de kantoordatabase:")))
        self.url = QLineEdit(current)
        self.url.setObjectName("office_url")
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setAccessibleName(self.tr("Adres van de kantoordatabase"))
        layout.addWidget(self.url)
        self.error = QLabel()
        self.error.setObjectName("office_error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        if from_command_line:
            note = QLabel(
                self.tr(
                    "Het venster is gestart met --database-url; dat adres geldt tot u de "
                    "app sluit. Wat u hier opslaat, geldt bij de volgende start."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("Opslaan en verbinden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("office_save")
        save.clicked.connect(self._save)
        own = QPushButton(self.tr("Eigen map gebruiken"))
        own.setObjectName("office_own_folder")
        own.clicked.connect(self._own_folder)
        buttons.addButton(own, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, 80)

    def value(self) -> str:
        return self._value

    def _save(self) -> None:
        from nabestaanden.store.office import OfficeUrlProblem, parse_database_url

        text = self.url.text().strip()
        try:
            parse_database_url(text)
        except OfficeUrlProblem as problem:
            self.error.setText("⚠ " + str(problem))
            self.error.show()
            fit_dialog(self, 80)
            self.url.setFocus()
            return
        self._value = text
        self.accept()

    def _own_folder(self) -> None:
        self._value = ""
        self.accept()


class OfficePasswordDialog(QDialog):
    """The role's password, asked when the server wants it; kept in the keyring once
    it works."""

    def __init__(self, shown: str, role: str, error: str, parent: QWidget | None) -> None:
        from nabestaanden.ui.widgets import dialog_buttons, secret_field

        super().__init__(parent)
        self.setObjectName("office_password_dialog")
        self.setWindowTitle(self.tr("Wachtwoord voor het kantoor"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "De kantoordatabase {where} vraagt het wachtwoord van uw rol '{role}'. "
                "De app bewaart het daarna in de sleutelbos van deze computer."
            ).format(where=shown, role=role)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = secret_field("office_password", self.tr("Wachtwoord"))
        layout.addWidget(self.password)
        self.error = QLabel("⚠ " + error if error else "")
        self.error.setObjectName("office_password_error")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, QDialogButtonBox.StandardButton.Ok, self._ok))
        fit_dialog(self, 70)

    def _ok(self) -> None:
        if not self.password.text():
            self.error.setText("⚠ " + self.tr("Typ het wachtwoord."))
            self.error.show()
            return
        self.accept()

    def value(self) -> str:
        return self.password.text()
