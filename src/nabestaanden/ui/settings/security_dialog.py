"""Instellingen → Beveiliging en opslag: where the data and its key live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.paths import AppPaths
from nabestaanden.store import keys


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
