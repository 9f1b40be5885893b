"""The Nalatenschap tab: what the estate holds and owes, the totals, the warnings
before accepting, and the documents sent out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.dates import long_date
from nabestaanden.domain.document_needs import SentCopy, ToSend
from nabestaanden.domain.estate import (
    DocumentSent,
    EstateItem,
    estate_warnings,
    totals,
)
from nabestaanden.domain.money import euros
from nabestaanden.ui.estate.labels import basis_labels, copy_labels, document_labels, kind_labels

NumberRole = Qt.ItemDataRole.UserRole + 1  # the row's number in the store


class EstateView(QWidget):
    """The estate of one dossier.

    Signals:
        add_requested(): add an item.
        edit_requested(int): change the item with this number.
        remove_requested(int): remove it.
        add_document_requested(), edit_document_requested(int),
        remove_document_requested(int): the same for the documents sent.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)
    add_document_requested = Signal()
    edit_document_requested = Signal(int)
    remove_document_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("estate_view")
        self._editable = True  # False for a meekijker
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wat de overledene bezat en schuldig was op de dag van overlijden. Vul "
                "bedragen in zodra de antwoorden binnen zijn. Een waarde die nog onbekend "
                "is, telt niet mee."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QTableWidget(0, 5)
        self.items.setObjectName("estate_items")
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Soort"),
                self.tr("Omschrijving"),
                self.tr("Waarde"),
                self.tr("Hoe bekend"),
                self.tr("Telt mee"),
            ]
        )
        self.items.setAccessibleName(self.tr("Bezittingen en schulden"))
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.itemActivated.connect(lambda _item: self._edit())
        self.items.itemSelectionChanged.connect(self._update_buttons)
        items_row = QHBoxLayout()
        items_row.addWidget(self.items, 1)
        layout.addLayout(items_row, 2)
        buttons = QVBoxLayout()  # beside the table: the tab stays narrow at 200% text
        self.add_button = QPushButton(self.tr("Post &toevoegen…"))
        self.add_button.setObjectName("estate_add")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Wijzig&en…"))
        self.edit_button.setObjectName("estate_edit")
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setObjectName("estate_remove")
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        items_row.addLayout(buttons)
        self.totals = QLabel()
        self.totals.setObjectName("estate_totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals)
        self.warnings = QLabel()
        self.warnings.setObjectName("estate_warnings")
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings)
        documents_heading = QLabel(self.tr("<b>Verstuurde documenten</b>"))
        layout.addWidget(documents_heading)
        self.documents = QTableWidget(0, 5)
        self.documents.setObjectName("estate_documents")
        self.documents.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Vorm"),
                self.tr("Naar"),
                self.tr("Verstuurd"),
                self.tr("Terug"),
            ]
        )
        self.documents.setAccessibleName(self.tr("Verstuurde documenten"))
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.verticalHeader().hide()
        document_header = self.documents.horizontalHeader()
        document_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        document_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.itemActivated.connect(lambda _item: self._edit_document())
        self.documents.itemSelectionChanged.connect(self._update_buttons)
        documents_row = QHBoxLayout()
        documents_row.addWidget(self.documents, 1)
        layout.addLayout(documents_row, 1)
        document_buttons = QVBoxLayout()
        self.add_document_button = QPushButton(self.tr("Verstuurd &document…"))
        self.add_document_button.setObjectName("document_add")
        self.add_document_button.clicked.connect(self.add_document_requested)
        self.edit_document_button = QPushButton(self.tr("Document wij&zigen…"))
        self.edit_document_button.setObjectName("document_edit")
        self.edit_document_button.clicked.connect(self._edit_document)
        self.remove_document_button = QPushButton(self.tr("D&ocument verwijderen"))
        self.remove_document_button.setObjectName("document_remove")
        self.remove_document_button.clicked.connect(self._remove_document)
        for button in (
            self.add_document_button,
            self.edit_document_button,
            self.remove_document_button,
        ):
            document_buttons.addWidget(button)
        document_buttons.addStretch(1)
        documents_row.addLayout(document_buttons)
        # What the open tasks still need sent: a list that scrolls, so a long plan
        # does not make the window taller than the screen.
        self.to_send_heading = QLabel(self.tr("<b>Nog te versturen volgens de taken</b>"))
        layout.addWidget(self.to_send_heading)
        self.to_send = QListWidget()
        self.to_send.setObjectName("estate_to_send")
        self.to_send.setAccessibleName(self.tr("Nog te versturen volgens de taken"))
        self.to_send.setWordWrap(True)
        self.to_send.setSpacing(2)
        self.to_send.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.to_send.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.to_send_heading.setBuddy(self.to_send)
        layout.addWidget(self.to_send, 1)
        self._update_buttons()

    def show_estate(
        self,
        items: tuple[EstateItem, ...],
        numbers: tuple[int, ...],
        documents: tuple[DocumentSent, ...],
        document_numbers: tuple[int, ...],
        editable: bool = True,
        answered: frozenset[int] = frozenset(),
        enclosed: Sequence[SentCopy] = (),
        to_send: Sequence[ToSend] = (),
    ) -> None:
        """Show the items (with their numbers in the store) and the documents sent;
        ``answered``: the letters whose answer came in (an item they asked for, still
        without a value, says so); ``enclosed``: the copies sent with letters (shown
        with the log, changed in the letters' tab); ``to_send``: what the open tasks
        still need."""
        selected = self.selected()
        kinds, bases = kind_labels(), basis_labels()
        unknown = self.tr("nog onbekend")
        self.items.setRowCount(len(items))
        for row, (item, number) in enumerate(zip(items, numbers, strict=True)):
            kind = kinds.get(item.kind, item.kind)
            if item.is_debt:
                kind = self.tr("{kind} (schuld)").format(kind=kind)
            counted = item.counted
            share = unknown if counted is None else euros(counted)
            if counted is not None and item.owned == "community":
                share = self.tr("{amount} (de helft)").format(amount=share)
            basis = bases.get(item.value_basis, item.value_basis)
            if item.value is None and item.letter_id in answered:
                basis = self.tr("antwoord is binnen: vul de waarde in")
            cells = [
                kind,
                " · ".join(part for part in (item.description, item.organisation) if part),
                unknown if item.value is None else euros(item.value),
                basis,
                share,
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(NumberRole, number)
                if column in (2, 4):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.items.setItem(row, column, cell)
            if number == selected:
                self.items.selectRow(row)
        found = totals(items)
        missing = found.unknown_assets + found.unknown_debts
        lines = [
            self.tr("Bezittingen: {amount}").format(amount=euros(found.assets)),
            self.tr("Schulden: {amount}").format(amount=euros(found.debts)),
            self.tr("Saldo: {amount}").format(amount=euros(found.balance)),
        ]
        if missing == 1:
            lines.append(self.tr("Nog onbekend: 1 waarde, niet meegeteld."))
        elif missing:
            lines.append(
                self.tr("Nog onbekend: {count} waarden, niet meegeteld.").format(count=missing)
            )
        self.totals.setText("\n".join(lines) if items else self.tr("Nog geen posten ingevuld."))
        self.warnings.setText("\n\n".join(f"⚠ {w.text}" for w in estate_warnings(list(items))))
        self.warnings.setVisible(bool(self.warnings.text()))
        self._show_documents(documents, document_numbers, enclosed)
        self._show_to_send(to_send)
        self.add_button.setEnabled(editable)
        self.add_document_button.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _show_documents(
        self,
        documents: tuple[DocumentSent, ...],
        numbers: tuple[int, ...],
        enclosed: Sequence[SentCopy],
    ) -> None:
        selected = self.selected_document()
        labels, forms = document_labels(), copy_labels()
        self.documents.setRowCount(len(documents) + len(enclosed))
        for row, (document, number) in enumerate(zip(documents, numbers, strict=True)):
            what = labels.get(document.document, document.document)
            if document.description:
                what = f"{what} ({document.description})"
            cells = [
                what,
                forms.get(document.copy_kind, document.copy_kind),
                document.organisation,
                long_date(document.sent_on) if document.sent_on else "",
                long_date(document.returned_on) if document.returned_on else self.tr("nog niet"),
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(NumberRole, number)
                self.documents.setItem(row, column, cell)
            if number == selected:
                self.documents.selectRow(row)
        hint = self.tr("Meegestuurd met een brief. Dit verandert u in het tabblad Brieven.")
        for row, copy in enumerate(enclosed, start=len(documents)):
            what = self.tr("{document} (bij de brief „{title}”)").format(
                document=labels.get(copy.document, copy.document), title=copy.letter_title
            )
            cells = [
                what,
                forms.get(copy.copy_kind, copy.copy_kind),
                copy.organisation,
                long_date(copy.sent_on) if copy.sent_on else "",
                "",  # a copy stays with the organisation
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(hint)  # no number: it cannot be changed or removed here
                self.documents.setItem(row, column, cell)

    def _show_to_send(self, to_send: Sequence[ToSend]) -> None:
        """One line per document and organisation, with the tasks that need it."""
        labels = document_labels()
        grouped: dict[tuple[str, str], list[str]] = {}
        for need in to_send:
            grouped.setdefault((need.document, need.organisation), []).append(need.task_title)
        self.to_send.clear()
        for (document, organisation), tasks in grouped.items():
            line = self.tr("{document} naar {organisation} (voor: {tasks})").format(
                document=labels.get(document, document),
                organisation=organisation,
                tasks="; ".join(tasks),
            )
            entry = QListWidgetItem(line)
            entry.setToolTip(line)
            self.to_send.addItem(entry)
        for widget in (self.to_send_heading, self.to_send):
            widget.setVisible(bool(grouped))

    def selected(self) -> int | None:
        return _selected(self.items)

    def selected_document(self) -> int | None:
        return _selected(self.documents)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and self._editable
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        document = self.selected_document() is not None and self._editable
        self.edit_document_button.setEnabled(document)
        self.remove_document_button.setEnabled(document)

    def _edit_document(self) -> None:
        number = self.selected_document()
        if number is not None and self._editable:
            self.edit_document_requested.emit(number)

    def _remove_document(self) -> None:
        number = self.selected_document()
        if number is not None:
            self.remove_document_requested.emit(number)

    def _edit(self) -> None:
        number = self.selected()
        if number is not None and self._editable:
            self.edit_requested.emit(number)

    def _remove(self) -> None:
        number = self.selected()
        if number is not None:
            self.remove_requested.emit(number)


def _selected(table: QTableWidget) -> int | None:
    """The number in the store of the table's selected row, if any."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    cell = table.item(rows[0].row(), 0)
    number = cell.data(NumberRole) if cell is not None else None
    return int(number) if number is not None else None
