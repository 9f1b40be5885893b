"""The Nalatenschap tab: what the estate holds and owes, the totals, the warnings
before accepting, and the documents sent out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.dates import long_date
from nabestaanden.domain.estate import (
    COPY_KIND_LABELS,
    DOCUMENT_LABELS,
    DocumentSent,
    EstateItem,
    estate_warnings,
    totals,
)
from nabestaanden.domain.money import euros
from nabestaanden.ui.estate.labels import basis_labels, kind_labels

NumberRole = Qt.ItemDataRole.UserRole + 1  # the row's number in the store


class EstateView(QWidget):
    """The estate of one dossier.

    Signals:
        add_requested(): add an item.
        edit_requested(int): change the item with this number.
        remove_requested(int): remove it.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("estate_view")
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
        layout.addWidget(self.items, 2)
        buttons = QHBoxLayout()
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
        layout.addLayout(buttons)
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
        self.documents = QLabel()
        self.documents.setObjectName("estate_documents")
        self.documents.setWordWrap(True)
        layout.addWidget(self.documents)
        self._numbers: tuple[int, ...] = ()
        self._update_buttons()

    def show_estate(
        self,
        items: tuple[EstateItem, ...],
        numbers: tuple[int, ...],
        documents: tuple[DocumentSent, ...],
        editable: bool = True,
    ) -> None:
        """Show the items (with their numbers in the store) and the documents sent."""
        selected = self.selected()
        self._numbers = numbers
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
            cells = [
                kind,
                " · ".join(part for part in (item.description, item.organisation) if part),
                unknown if item.value is None else euros(item.value),
                bases.get(item.value_basis, item.value_basis),
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
        self.documents.setText(
            "\n".join(self._document_line(document) for document in documents)
            or self.tr("Nog niets verstuurd.")
        )
        self.add_button.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _document_line(self, document: DocumentSent) -> str:
        what = DOCUMENT_LABELS.get(document.document, document.document)
        form = COPY_KIND_LABELS.get(document.copy_kind, document.copy_kind)
        sent = long_date(document.sent_on) if document.sent_on else "?"
        back = (
            self.tr("terug op {day}").format(day=long_date(document.returned_on))
            if document.returned_on
            else self.tr("nog niet terug")
        )
        return f"{what} ({form}) → {document.organisation}, {sent}; {back}"

    def selected(self) -> int | None:
        rows = self.items.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.items.item(rows[0].row(), 0)
        number = cell.data(NumberRole) if cell is not None else None
        return int(number) if number is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and getattr(self, "_editable", True)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit(self) -> None:
        number = self.selected()
        if number is not None and getattr(self, "_editable", True):
            self.edit_requested.emit(number)

    def _remove(self) -> None:
        number = self.selected()
        if number is not None:
            self.remove_requested.emit(number)
