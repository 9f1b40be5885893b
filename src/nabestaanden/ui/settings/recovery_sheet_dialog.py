"""The recovery key on screen: after the first dossier, once a month until put away, and
from Instellingen → Beveiliging en opslag."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.operations.recovery import SheetState
from nabestaanden.ui.widgets import fit_dialog, fixed_pitch_font


class RecoverySheetDialog(QDialog):
    """Show the recovery key, save the herstelblad as PDF, and say it is put away.

    Accepted: the user ticked that the sheet is put away. Rejected: "Later".

    Signals:
        save_requested: the user wants the sheet as a PDF (the window asks where).
    """

    save_requested = Signal()

    def __init__(self, state: SheetState, reminder: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_sheet_dialog")
        self.setWindowTitle(self.tr("Uw herstelsleutel"))
        layout = QVBoxLayout(self)
        parts = []
        if reminder:
            parts.append(
                self.tr(
                    "Een herinnering: u hebt nog niet aangegeven dat uw herstelsleutel veilig "
                    "is opgeborgen."
                )
            )
        parts.append(
            self.tr(
                "Met de herstelsleutel opent u uw gegevens als de gewone sleutel weg is: op "
                "een nieuwe computer, na het opnieuw installeren van Windows, of als u uw "
                "wachtwoordzin vergeten bent. Ook de reservekopieën gaan ermee open."
            )
        )
        parts.append(
            self.tr(
                "Sla het herstelblad op en druk het af, of schrijf de sleutel over. Bewaar het "
                "papier op een veilige plek, niet bij de computer. Wie de sleutel heeft, kan "
                "uw gegevens openen."
            )
        )
        intro = QLabel("\n\n".join(parts))
        intro.setObjectName("recovery_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_text = QLabel("   ".join(state.groups))
        self.key_text.setObjectName("recovery_key_text")
        font = fixed_pitch_font(self, 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_text.setFont(font)
        self.key_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_text.setAccessibleName(self.tr("Herstelsleutel"))
        self.key_text.setAccessibleDescription(self.tr("5 groepen van 5 tekens"))
        layout.addWidget(self.key_text)
        self.save_button = QPushButton(self.tr("Herstelblad &opslaan als PDF…"))
        self.save_button.setObjectName("save_sheet_button")
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)
        self.saved_text = QLabel()
        self.saved_text.setObjectName("sheet_saved_text")
        self.saved_text.setWordWrap(True)
        self.saved_text.hide()
        layout.addWidget(self.saved_text)
        self.stored = QCheckBox(
            self.tr(
                "Ik heb het herstelblad afgedrukt of de sleutel opgeschreven, en veilig opgeborgen."
            )
        )
        self.stored.setObjectName("sheet_stored")
        self.stored.setChecked(state.stored_at is not None)
        layout.addWidget(self.stored)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("&Klaar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("sheet_done")
        self.later_button = buttons.addButton(
            self.tr("&Later herinneren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("sheet_later")
        self.later_button.setVisible(state.stored_at is None)
        self.done_button.setEnabled(self.stored.isChecked())
        self.stored.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self)

    def show_saved(self, message: str) -> None:
        """Say where the sheet was written (or why it was not)."""
        self.saved_text.setText(message)
        self.saved_text.show()
        fit_dialog(self)
