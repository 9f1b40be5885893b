"""The workspace the window shows once the data is open: the list of dossiers on
the left, the open dossier (or the welcome) on the right.

Built when the store opens, not at start-up: the window paints before any of this
loads. The window connects the buttons and the list to its actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.ui.settings.appearance import set_relative_font_size
from nabestaanden.ui.window.dossier_list import DossierListModel
from nabestaanden.ui.window.dossier_table import set_up_table


class Workspace(QSplitter):
    """The list of dossiers beside the detail (the welcome, or a dossier's page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)

        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        title = QLabel(self.tr("<b>Dossiers</b>"))
        layout.addWidget(title)
        self.search = QLineEdit()
        self.search.setObjectName("dossier_search")
        self.search.setPlaceholderText(self.tr("Zoek op naam…"))
        self.search.setAccessibleName(self.tr("Zoek een dossier op naam"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.show_archived = QCheckBox(self.tr("Ook gea&rchiveerde"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.setAccessibleName(self.tr("Toon ook gearchiveerde dossiers"))
        layout.addWidget(self.show_archived)
        self.only_overdue = QCheckBox(self.tr("Alleen te laat (termi&jn voorbij)"))
        self.only_overdue.setObjectName("only_overdue")
        self.only_overdue.setAccessibleName(
            self.tr("Toon alleen dossiers met een termijn die voorbij is")
        )
        layout.addWidget(self.only_overdue)

        # The model sorts, filters and loads its rows lazily itself (no proxy).
        self.list_model = DossierListModel(self)
        self.search.textChanged.connect(self.list_model.set_search)
        self.show_archived.toggled.connect(self.list_model.set_show_archived)
        self.only_overdue.toggled.connect(self.list_model.set_only_overdue)
        self.table = QTableView()
        self.table.setObjectName("dossier_table")
        self.table.setAccessibleName(self.tr("Lijst van dossiers"))
        set_up_table(self.table, self.list_model)
        layout.addWidget(self.table, 1)

        buttons = QGridLayout()  # two by two: the list stays narrow, also at large text
        self.new_button = QPushButton(self.tr("&Nieuw dossier"))
        self.new_button.setObjectName("new_dossier")
        self.rename_button = QPushButton(self.tr("&Hernoemen…"))
        self.rename_button.setObjectName("rename_dossier")
        self.archive_button = QPushButton(self.tr("&Archiveren"))
        self.archive_button.setObjectName("archive_dossier")
        self.delete_button = QPushButton(self.tr("Ver&wijderen…"))
        self.delete_button.setObjectName("delete_dossier")
        for number, button in enumerate(
            (self.new_button, self.rename_button, self.archive_button, self.delete_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        layout.addLayout(buttons)
        self.addWidget(self.panel)

        self.detail = QStackedWidget()
        welcome = QWidget()
        welcome.setObjectName("welcome")
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.setContentsMargins(32, 32, 32, 32)
        welcome_layout.addStretch(1)
        self.welcome_title = QLabel(self.tr("Welkom bij Nabestaanden"))
        self.welcome_title.setObjectName("welcome_title")
        font = self.welcome_title.font()
        font.setBold(True)
        self.welcome_title.setFont(font)
        set_relative_font_size(self.welcome_title, 1.5)
        self.welcome_title.setWordWrap(True)
        welcome_layout.addWidget(self.welcome_title)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        welcome_layout.addWidget(self.empty_hint)
        self.begin_button = QPushButton(self.tr("Be&gin: maak een dossier"))
        self.begin_button.setObjectName("begin_button")
        row = QHBoxLayout()
        row.addWidget(self.begin_button)
        row.addStretch(1)
        welcome_layout.addLayout(row)
        welcome_layout.addStretch(2)
        self.detail.addWidget(welcome)
        self.addWidget(self.detail)
        self.setStretchFactor(1, 2)
        self.setSizes([440, 840])  # room for names in the list

    def show_list(self, show: bool) -> None:
        """Show or hide the list (more room for one dossier)."""
        self.panel.setVisible(show)

    def show_welcome(self) -> None:
        self.detail.setCurrentIndex(0)
