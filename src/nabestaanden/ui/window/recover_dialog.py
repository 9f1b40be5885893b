"""Getting back in with the recovery key, when the keyring entry or the passphrase is gone."""

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
from nabestaanden.ui.widgets import (
    dialog_buttons,
    error_label,
    fit_dialog,
    fixed_pitch_font,
    secret_field,
)


class RecoverDialog(QDialog):
    """Ask for the recovery key from the herstelblad (and a new passphrase if needed).

    Args:
        new_passphrase: the data is to be opened with a new passphrase from now on
            (no keyring on this computer, or the folder used a passphrase).
        error: why the last try failed, shown in red.
    """

    def __init__(self, new_passphrase: bool, error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.new_passphrase = new_passphrase
        self.setObjectName("recover_dialog")
        self.setWindowTitle(self.tr("Herstellen met de herstelsleutel"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Typ de herstelsleutel over van uw herstelblad: 5 groepen van 5 tekens. "
            "Kleine letters, spaties en streepjes mogen. Uw gegevens veranderen niet; de app "
            "bewaart alleen de sleutel opnieuw."
        )
        if new_passphrase:
            text += "\n\n" + self.tr(
                "Kies daarna een nieuwe wachtwoordzin. Daarmee opent u uw gegevens voortaan."
            )
        intro = QLabel(text)
        intro.setObjectName("recover_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setObjectName("recovery_key_input")
        self.key.setFont(fixed_pitch_font(self))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key.setAccessibleName(self.tr("Herstelsleutel"))
        form.addRow(self.tr("&Herstelsleutel:"), self.key)
        self.passphrase = secret_field("new_passphrase", self.tr("Nieuwe wachtwoordzin"))
        self.repeated = secret_field(
            "new_passphrase_repeated", self.tr("Nieuwe wachtwoordzin nog een keer")
        )
        if new_passphrase:
            form.addRow(self.tr("&Nieuwe wachtwoordzin:"), self.passphrase)
            form.addRow(self.tr("N&og een keer:"), self.repeated)
        layout.addLayout(form)
        self.error = error_label("recover_error")
        self.error.setStyleSheet("color: #a4000f;")
        if error:
            self.error.setText(f"⚠ {error}")
            self.error.show()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, QDialogButtonBox.StandardButton.Ok, self._accept))
        fit_dialog(self)

    def _accept(self) -> None:
        problem = None
        if not self.key.text().strip():
            problem = self.tr("Typ de herstelsleutel van het herstelblad.")
        elif self.new_passphrase:
            problem = keys.check_new_passphrase(self.passphrase.text(), self.repeated.text())
        if problem:
            self.error.setText(f"⚠ {problem}")
            self.error.show()
            fit_dialog(self)
            return
        self.accept()

    def recovery_text(self) -> str:
        return self.key.text()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.new_passphrase else None
