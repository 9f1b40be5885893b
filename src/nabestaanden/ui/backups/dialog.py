"""The backup dialog: the list of backups, make one now, copy one to a stick, put one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.store.backup import BackupInfo
from nabestaanden.ui.widgets import fit_dialog


class Progress(QObject):
    """Carries a copy's progress from the worker to the dialog (a queued signal)."""

    moved = Signal(int, int)


class BackupDialog(QDialog):
    """The backups of the data folder; the window does the work on its worker.

    Signals:
        make_requested: make a backup now, in the backup folder.
        copy_requested: write a copy elsewhere (a USB stick); the window asks where.
        restore_requested(Path): put this backup back (the window asks first).
        restore_file_requested: put back a backup file from elsewhere.
    """

    make_requested = Signal()
    copy_requested = Signal()
    restore_requested = Signal(Path)
    restore_file_requested = Signal()

    def __init__(self, backup_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Reservekopieën"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De app maakt elke dag dat u hem opent een reservekopie, en een voordat hij "
                "uw gegevens omzet naar een nieuwe versie. Hij bewaart de kopieën van de "
                "laatste 7 dagen, 4 weken en 12 maanden, in {folder}. Elke kopie is "
                "versleuteld; op een andere computer opent u hem met de herstelsleutel."
            ).format(folder=backup_folder)
        )
        intro.setObjectName("backup_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setObjectName("backup_table")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Gemaakt"), self.tr("Soort"), self.tr("Grootte")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Reservekopieën, de nieuwste eerst"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Er is nog geen reservekopie. De eerste maakt de app vanzelf, zodra er een "
                "dossier is. U kunt er ook nu een maken."
            )
        )
        self.empty.setObjectName("backup_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Nu een reservekopie maken"))
        self.make_button.setObjectName("make_backup_button")
        self.make_button.clicked.connect(self.make_requested)
        self.copy_button = QPushButton(self.tr("Kopie op een &stick…"))
        self.copy_button.setObjectName("copy_backup_button")
        self.copy_button.clicked.connect(self.copy_requested)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.setObjectName("restore_backup_button")
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_file_button = QPushButton(self.tr("Terugzetten &uit een bestand…"))
        self.restore_file_button.setObjectName("restore_file_button")
        self.restore_file_button.clicked.connect(self.restore_file_requested)
        for button in (self.make_button, self.copy_button, self.restore_button):
            row.addWidget(button)
        row.addWidget(self.restore_file_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._busy = False
        self._update_buttons()
        fit_dialog(self, 90)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        from babel.dates import format_datetime
        from babel.numbers import format_decimal

        self.table.clear()
        for info in backups:
            made = format_datetime(info.made_at, "d MMMM y, HH:mm", locale="nl_NL")
            size = format_decimal(round(info.size / 1024), locale="nl_NL") + " kB"
            item = QTreeWidgetItem([made, self.kind_text(info.kind), size])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, info.path.name)
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.empty.setVisible(first is None)
        self._update_buttons()

    def kind_text(self, kind: str) -> str:
        """What kind of copy it is, in the user's language."""
        texts = {
            "dagelijks": self.tr("dagelijkse kopie"),
            "voor-migratie": self.tr("voor een nieuwe versie van de app"),
            "handmatig": self.tr("zelf gemaakt"),
            "voor-terugzetten": self.tr("de gegevens van vóór het terugzetten"),
            "beschadigd": self.tr("beschadigd bestand, bewaard bij het terugzetten"),
        }
        return texts.get(kind, kind)

    def set_busy(self, busy: bool) -> None:
        """While a copy runs: the progress bar shows, the buttons wait."""
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first step is known
        self._update_buttons()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def selected(self) -> Path | None:
        item = self.table.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def _update_buttons(self) -> None:
        for button in (self.make_button, self.copy_button, self.restore_file_button):
            button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
