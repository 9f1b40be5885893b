"""The heirs of a dossier: add, rename, remove, in one dialog.

The heirs can hold a mandate and sign a draft boedelvolmacht (one signature block
each). An heir who holds a mandate cannot be removed here: the mandate would lose
its holder; one whose mandates are over can (the history keeps their name). Each
heir keeps their record when renamed, so their mandates stay theirs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.dossier import RELATION_LABELS, RELATIONS, Dossier, Heir, live_holders
from nabestaanden.ui.widgets import dialog_buttons, error_label

PlaceRole = Qt.ItemDataRole.UserRole + 1  # the heir's place before (None: new)
NAME_COLUMNS = (0, 1, 2)  # voornamen, tussenvoegsel, achternaam
RELATION_COLUMN = 3
SHARE_COLUMN = 4  # the part the will gives ("1/2"), empty without a will
# For a grandchild: the deceased's child whose place it takes (shown when one is listed).
IN_PLACE_COLUMN = 5


class _NamedEditor(QStyledItemDelegate):
    """Gives the editor of a cell its column's name, so a screen reader can say what
    is being typed ("Voornamen")."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        return editor


class HeirsDialog(QDialog):
    """Edit the list of heirs; ``heirs()`` gives (place before or None, heir) per row."""

    def __init__(self, dossier: Dossier, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heirs_dialog")
        self.setWindowTitle(self.tr("Erfgenamen"))
        self.dossier = dossier
        # Heirs with a mandate that is not over (their places in the list).
        self.holding = {
            index
            for holder in live_holders(dossier, today)
            if (index := holder.heir_index) is not None
        }
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wie zijn de erfgenamen? U hebt ze nodig voor machtigingen en voor het "
                "concept van een boedelvolmacht: daarop komt voor elke erfgenaam een plek "
                "om te tekenen. Klik twee keer op een vak (of kies het en druk op F2) om "
                "het in te vullen."
            )
        )
        # The part each heir gets by the will: asked only when there is a will.
        self.with_shares = dossier.situation.will == "yes"
        if self.with_shares:
            intro.setText(
                intro.text()
                + " "
                + self.tr(
                    "Er is een testament: vul bij elke erfgenaam het deel in dat het "
                    "testament noemt (bijvoorbeeld 1/2)."
                )
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("heirs_table")
        self.table.setAccessibleName(self.tr("Erfgenamen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Voornamen"),
                self.tr("Tussenvoegsel"),
                self.tr("Achternaam"),
                self.tr("Relatie"),
                self.tr("Deel"),
                self.tr("In plaats van"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(_NamedEditor(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The relation column as wide as its choices, rows as high as an editor: at
        # twice the text size nothing is cut off.
        sample = QComboBox()
        sample.addItems([self.tr("(nog niet bekend)"), *RELATION_LABELS.values()])
        header.setSectionResizeMode(RELATION_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RELATION_COLUMN, sample.sizeHint().width() + 8)
        header.setSectionResizeMode(SHARE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(SHARE_COLUMN, not self.with_shares)
        self.table.setColumnHidden(IN_PLACE_COLUMN, True)
        in_place_header = self.table.horizontalHeaderItem(IN_PLACE_COLUMN)
        if in_place_header is not None:
            in_place_header.setToolTip(
                self.tr(
                    "Bij een kleinkind: de naam van het kind van de overledene dat eerder "
                    "overleed of de erfenis verwierp. Zijn of haar kinderen erven dan samen "
                    "dat deel."
                )
            )
        self.table.verticalHeader().setDefaultSectionSize(
            max(sample.sizeHint().height(), QLineEdit().sizeHint().height()) + 4
        )
        layout.addWidget(self.table, 1)
        for place, heir in enumerate(dossier.heirs):
            self._add_row(heir, place)
        buttons_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Erfgenaam &toevoegen"))
        self.add_button.setObjectName("add_heir")
        self.add_button.clicked.connect(self.add_heir)
        self.remove_button = QPushButton(self.tr("&Weghalen"))
        self.remove_button.setObjectName("remove_heir")
        self.remove_button.clicked.connect(self.remove_current)
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.error = error_label("heirs_error")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, QDialogButtonBox.StandardButton.Save, self._accept))
        width = 90 * self.fontMetrics().averageCharWidth()
        screen = self.screen().availableGeometry()
        self.resize(
            min(width, screen.width() - 40),
            min(24 * self.fontMetrics().lineSpacing(), screen.height() - 60),
        )

    def _add_row(self, heir: Heir, place: int | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in zip(
            NAME_COLUMNS, (heir.first_names, heir.surname_prefix, heir.surname), strict=True
        ):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(PlaceRole, place)
            self.table.setItem(row, column, item)
        relation = QComboBox()
        relation.setAccessibleName(self.tr("Relatie tot de overledene"))
        relation.addItem(self.tr("(nog niet bekend)"), None)
        for code in RELATIONS:
            relation.addItem(RELATION_LABELS[code], code)
        relation.setCurrentIndex(max(0, relation.findData(heir.relation)))
        relation.currentIndexChanged.connect(lambda _index: self._show_in_place_column())
        self.table.setCellWidget(row, RELATION_COLUMN, relation)
        self.table.setItem(row, SHARE_COLUMN, QTableWidgetItem(heir.will_share))
        self.table.setItem(row, IN_PLACE_COLUMN, QTableWidgetItem(heir.in_place_of))
        self._show_in_place_column()
        return row

    def _relation(self, row: int) -> str | None:
        relation = self.table.cellWidget(row, RELATION_COLUMN)
        return relation.currentData() if isinstance(relation, QComboBox) else None

    def _show_in_place_column(self) -> None:
        """The "In plaats van" column, only while a grandchild is listed."""
        grandchild = any(
            self._relation(row) == "grandchild" for row in range(self.table.rowCount())
        )
        self.table.setColumnHidden(IN_PLACE_COLUMN, not grandchild)

    def add_heir(self) -> None:
        """A new, empty row; typing starts in its first name."""
        row = self._add_row(Heir(), None)
        self.table.setCurrentCell(row, 0)
        self.table.edit(self.table.model().index(row, 0))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        first = self.table.item(row, 0)
        place = first.data(PlaceRole) if first is not None else None
        if place is not None and int(place) in self.holding:
            self._show_error(
                self.tr(
                    "{name} heeft een machtiging die nog loopt. Trek die machtiging eerst "
                    "in; daarna kunt u deze erfgenaam weghalen."
                ).format(name=self._heir(row).full_name or self.tr("Deze erfgenaam"))
            )
            return
        self.error.hide()
        self.table.removeRow(row)

    def _heir(self, row: int) -> Heir:
        texts = []
        for column in NAME_COLUMNS:
            item = self.table.item(row, column)
            texts.append(" ".join(item.text().split()) if item is not None else "")
        code = self._relation(row)
        share = self.table.item(row, SHARE_COLUMN)
        parent = self.table.item(row, IN_PLACE_COLUMN)
        return Heir(
            first_names=texts[0],
            surname_prefix=texts[1],
            surname=texts[2],
            relation=code,
            will_share=share.text().strip() if share is not None else "",
            in_place_of=" ".join(parent.text().split())
            if parent is not None and code == "grandchild"
            else "",
        )

    def heirs(self) -> list[tuple[int | None, Heir]]:
        """Per row: the heir's place before (None: new) and the heir as filled in (name,
        relation and the part the will gives; the store keeps an heir's other details
        as they were)."""
        result = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            place = first.data(PlaceRole) if first is not None else None
            result.append((None if place is None else int(place), self._heir(row)))
        return result

    def _show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()

    def _accept(self) -> None:
        for row in range(self.table.rowCount()):
            heir = self._heir(row)
            if not heir.first_names and not heir.surname:
                self._show_error(
                    self.tr(
                        "Rij {row}: vul de voornamen of de achternaam in, of haal de rij weg."
                    ).format(row=row + 1)
                )
                return
            if heir.relation == "grandchild" and not heir.in_place_of and not self.with_shares:
                self._show_error(
                    self.tr(
                        "Rij {row}: een kleinkind erft volgens de wet in de plaats van zijn "
                        "of haar ouder. Vul bij 'In plaats van' de naam van die ouder in: het "
                        "kind van de overledene dat eerder overleed of de erfenis verwierp."
                    ).format(row=row + 1)
                )
                return
            if heir.will_share:
                from nabestaanden.domain.estate_shares import parse_share

                try:
                    part = parse_share(heir.will_share)
                except ValueError as error:
                    self._show_error(
                        self.tr("Rij {row}, deel: {problem}").format(row=row + 1, problem=error)
                    )
                    return
                cell = self.table.item(row, SHARE_COLUMN)
                if cell is not None:  # written the one way ("2/4" is kept as "1/2")
                    cell.setText(f"{part.numerator}/{part.denominator}")
        self.accept()
