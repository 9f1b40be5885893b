"""Instellingen → Beveiliging en opslag: where the data and its key live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.paths import AppPaths
from nabestaanden.store import keys


class SecurityDialog(QDialog):
    """Settings page: where the data and its key live.

    Signals:
        show_sheet: the user wants to see the recovery key (the window shows it).
    """

    show_sheet = Signal()

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
        recovery = QLabel(
            self.tr(
                "Is die sleutel weg, of bent u de wachtwoordzin vergeten, dan opent u uw "
                "gegevens met de herstelsleutel. Die staat op het herstelblad. Bewaar het "
                "herstelblad op papier, op een veilige plek."
            )
        )
        recovery.setObjectName("recovery_text")
        recovery.setWordWrap(True)
        layout.addWidget(recovery)
        sheet_button = QPushButton(self.tr("&Herstelsleutel en herstelblad…"))
        sheet_button.setObjectName("show_sheet_button")
        sheet_button.clicked.connect(self.show_sheet)
        layout.addWidget(sheet_button)
        backups = QLabel(
            self.tr(
                "Voordat de app uw gegevens omzet naar een nieuwe versie, maakt hij een "
                "reservekopie in {folder}. Die is met dezelfde sleutel versleuteld; de "
                "herstelsleutel opent hem op elke computer."
            ).format(folder=paths.backups)
        )
        backups.setWordWrap(True)
        layout.addWidget(backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
