"""The Brieven tab: the letters to make, the register, and the chosen letter."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.letter_offers import LetterOffer
from nabestaanden.domain.letters import LetterRecord
from nabestaanden.ui.letters.models import OfferModel, RegisterModel


class LettersView(QWidget):
    """The Brieven tab of a dossier.

    Signals (the dossier page does the work):
        make_requested(str): make (or show again) the letter of this offer key.
        make_all_requested(): make every letter and the summaries into a folder.
        show_requested(int): show this register letter in the preview.
        edit_requested(int): edit this letter's body.
        print_requested(int), save_requested(int): print or save this letter.
        sent_requested(int), answered_requested(int): mark sent / answer received.
    """

    make_requested = Signal(str)
    make_all_requested = Signal()
    show_requested = Signal(int)
    edit_requested = Signal(int)
    print_requested = Signal(int)
    save_requested = Signal(int)
    sent_requested = Signal(int)
    answered_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters_view")
        self.shown_letter: int | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        offers_label = QLabel(self.tr("<b>Brieven die u kunt maken</b>"))
        offers_label.setWordWrap(True)
        lists_layout.addWidget(offers_label)
        self.offers = OfferModel(self)
        self.offer_table = self._table(
            self.offers, "offer_table", self.tr("Brieven die u kunt maken")
        )
        offers_label.setBuddy(self.offer_table)
        lists_layout.addWidget(self.offer_table, 2)
        # Buttons in a grid, not one long row: the tab stays usable in a narrow window
        # and at twice the text size.
        offer_buttons = QGridLayout()
        self.make_button = QPushButton(self.tr("Brief &maken"))
        self.make_button.setObjectName("make_letter")
        self.make_all_button = QPushButton(self.tr("Alle brieven &opslaan…"))
        self.make_all_button.setObjectName("make_all_letters")
        self.make_all_button.setToolTip(
            self.tr("Sla alle brieven en de overzichten op in een map, om af te drukken.")
        )
        offer_buttons.addWidget(self.make_button, 0, 0)
        offer_buttons.addWidget(self.make_all_button, 0, 1)
        lists_layout.addLayout(offer_buttons)
        self.reason = QLabel()
        self.reason.setObjectName("offer_reason")
        self.reason.setWordWrap(True)
        lists_layout.addWidget(self.reason)

        register_label = QLabel(self.tr("<b>Gemaakte brieven (register)</b>"))
        register_label.setWordWrap(True)
        lists_layout.addWidget(register_label)
        self.register = RegisterModel(self)
        self.register_table = self._table(
            self.register, "register_table", self.tr("Gemaakte brieven")
        )
        register_label.setBuddy(self.register_table)
        lists_layout.addWidget(self.register_table, 2)
        register_buttons = QGridLayout()
        self.edit_button = QPushButton(self.tr("&Tekst aanpassen…"))
        self.edit_button.setObjectName("edit_letter")
        self.print_button = QPushButton(self.tr("Af&drukken…"))
        self.print_button.setObjectName("print_letter")
        self.save_button = QPushButton(self.tr("Opslaan als &PDF…"))
        self.save_button.setObjectName("save_letter")
        self.sent_button = QPushButton(self.tr("&Verstuurd"))
        self.sent_button.setObjectName("letter_sent")
        self.sent_button.setToolTip(self.tr("Zet de datum van vandaag als verzenddatum."))
        self.answered_button = QPushButton(self.tr("Antwoord ontvan&gen"))
        self.answered_button.setObjectName("letter_answered")
        for number, button in enumerate(
            (
                self.edit_button,
                self.print_button,
                self.save_button,
                self.sent_button,
                self.answered_button,
            )
        ):
            register_buttons.addWidget(button, number // 2, number % 2)
        lists_layout.addLayout(register_buttons)
        splitter.addWidget(lists)

        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        self.preview_title = QLabel(self.tr("Voorbeeld"))
        self.preview_title.setObjectName("preview_title")
        self.preview_title.setWordWrap(True)
        preview_layout.addWidget(self.preview_title)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("letter_preview")
        self.preview.setAccessibleName(self.tr("Voorbeeld van de brief"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        preview_layout.addWidget(self.preview, 1)
        self.notes = QLabel()
        self.notes.setObjectName("letter_notes")
        self.notes.setWordWrap(True)
        preview_layout.addWidget(self.notes)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self.missing_address = False

        self.make_button.clicked.connect(self._make)
        self.offer_table.activated.connect(lambda _index: self._make())
        self.offer_table.selectionModel().currentRowChanged.connect(self._offer_changed)
        self.make_all_button.clicked.connect(self.make_all_requested)
        self.register_table.selectionModel().currentRowChanged.connect(self._letter_changed)
        self.register_table.activated.connect(lambda _index: self._emit(self.show_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.print_button.clicked.connect(lambda: self._emit(self.print_requested))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.sent_button.clicked.connect(lambda: self._emit(self.sent_requested))
        self.answered_button.clicked.connect(lambda: self._emit(self.answered_requested))
        self._update_buttons()

    def _table(self, model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The letter and its recipient share the room; dates and "Nodig?" fit their text.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    # --- data in ------------------------------------------------------------------------

    def set_offers(self, offers: list[LetterOffer]) -> None:
        current = self.current_offer_key()
        self.offers.set_offers(offers)
        for row in range(self.offers.rowCount()):
            if self.offers.offer(row).key == current:
                self.offer_table.selectRow(row)
                break
        else:
            if offers:
                self.offer_table.selectRow(0)
        self._update_buttons()

    def set_records(self, records: list[LetterRecord], today: date) -> None:
        current = self.current_letter_id()
        if current is None:
            current = self.shown_letter  # a letter just made: select it once it is listed
        self.register.set_records(records, today)
        row = self.register.row_of(current) if current is not None else None
        if row is not None:
            self.register_table.selectRow(row)
        self._update_buttons()

    def select_letter(self, letter_id: int) -> None:
        row = self.register.row_of(letter_id)
        if row is not None:
            self.register_table.selectRow(row)

    def select_offer(self, key: str) -> None:
        for row in range(self.offers.rowCount()):
            if self.offers.offer(row).key == key:
                self.offer_table.selectRow(row)
                return

    def clear_preview(self) -> None:
        """Show no letter (another dossier is opened)."""
        self.shown_letter = None
        self.pdf = b""
        self.missing_address = False
        self.document.close()
        self.preview_title.setText(self.tr("Voorbeeld"))
        self.notes.clear()

    def show_pdf(
        self,
        letter_id: int,
        title: str,
        pdf: bytes,
        notes: list[str],
        missing_address: bool = False,
    ) -> None:
        """Show a letter in the preview; ``notes`` say what to fill in or check."""
        self.shown_letter = letter_id
        self.pdf = pdf
        self.missing_address = missing_address
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.document.load(buffer)
        self.preview_title.setText(self.tr("Voorbeeld: {title}").format(title=title))
        self.notes.setText("\n".join(notes))
        self.select_letter(letter_id)

    # --- selection ----------------------------------------------------------------------

    def current_offer_key(self) -> str | None:
        index = self.offer_table.selectionModel().currentIndex()
        return self.offers.offer(index.row()).key if index.isValid() else None

    def current_letter_id(self) -> int | None:
        index = self.register_table.selectionModel().currentIndex()
        return self.register.record(index.row()).letter_id if index.isValid() else None

    def _offer_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.reason.setText(self.offers.offer(current.row()).reason if current.isValid() else "")
        self._update_buttons()

    def _letter_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            letter_id = self.register.record(current.row()).letter_id
            if letter_id != self.shown_letter:
                self.show_requested.emit(letter_id)

    def _update_buttons(self) -> None:
        has_offer = self.current_offer_key() is not None
        self.make_button.setEnabled(has_offer)
        self.make_all_button.setEnabled(self.offers.rowCount() > 0)
        letter = self.current_letter_id()
        record = (
            self.register.record(self.register_table.currentIndex().row())
            if letter is not None
            else None
        )
        for button in (self.print_button, self.save_button):
            button.setEnabled(record is not None)
        self.edit_button.setEnabled(record is not None and record.sent_on is None)
        self.sent_button.setEnabled(record is not None and record.sent_on is None)
        self.answered_button.setEnabled(
            record is not None and record.sent_on is not None and record.answer_received_on is None
        )

    def _make(self) -> None:
        key = self.current_offer_key()
        if key is not None:
            self.make_requested.emit(key)

    def _emit(self, signal: Any) -> None:
        letter = self.current_letter_id()
        if letter is not None:
            signal.emit(letter)
