"""Adding or changing one item of the boedel: what it is, its value on the date of
death and how that is known, and whose it was."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.estate import (
    ASSET_KINDS,
    DEBT_KINDS,
    OWNERSHIPS,
    VALUE_BASES,
    EstateItem,
    item_problems,
)
from nabestaanden.domain.letters import LetterRecord
from nabestaanden.ui.estate.labels import basis_labels, kind_labels, owned_labels, parse_amount
from nabestaanden.ui.widgets import choice_combo, error_label, fit_dialog


class ItemDialog(QDialog):
    """Checks the item before it closes; the problems stay on screen until put right."""

    def __init__(
        self,
        item: EstateItem | None,
        parent: QWidget | None = None,
        letters: Sequence[LetterRecord] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("estate_item_dialog")
        self.setWindowTitle(self.tr("Post wijzigen") if item else self.tr("Post toevoegen"))
        self._item: EstateItem | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wat de overledene bezat of schuldig was op de dag van overlijden. Weet u "
                "de waarde nog niet, laat het bedrag dan leeg: u vult het later in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = choice_combo("estate_kind", kind_labels(), (*ASSET_KINDS, *DEBT_KINDS))
        form.addRow(self.tr("&Soort:"), self.kind)
        self.description = QLineEdit()
        self.description.setObjectName("estate_description")
        self.description.setMaxLength(300)
        form.addRow(self.tr("&Omschrijving:"), self.description)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("estate_organisation")
        self.organisation.setMaxLength(200)
        self.organisation.setPlaceholderText(self.tr("bijvoorbeeld ING of de notaris"))
        form.addRow(self.tr("&Bij (organisatie):"), self.organisation)
        self.reference = QLineEdit()
        self.reference.setObjectName("estate_reference")
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("rekening-, polis- of dossiernummer"))
        form.addRow(self.tr("&Kenmerk:"), self.reference)
        self.value = QLineEdit()
        self.value.setObjectName("estate_value")
        self.value.setPlaceholderText(self.tr("bijvoorbeeld 1.234,56 (leeg: nog onbekend)"))
        form.addRow(self.tr("&Waarde in euro:"), self.value)
        self.basis = choice_combo("estate_basis", basis_labels(), VALUE_BASES)
        form.addRow(self.tr("&Hoe bekend:"), self.basis)
        self.owned = choice_combo("estate_owned", owned_labels(), OWNERSHIPS)
        form.addRow(self.tr("&Van wie:"), self.owned)
        # The letter that asks for this value (a bank's saldo-opgave): when its answer
        # is in, the tab says the value can be filled in.
        self.letter = QComboBox()
        self.letter.setObjectName("estate_letter")
        self.letter.addItem(self.tr("(geen)"), 0)
        for record in letters:
            self.letter.addItem(f"{record.title} — {record.recipient}", record.letter_id)
        form.addRow(self.tr("Gevr&aagd met brief:"), self.letter)
        layout.addLayout(form)
        self.problems = error_label("estate_problems")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("estate_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if item is not None:
            self._show(item)
        else:
            self.basis.setCurrentIndex(VALUE_BASES.index("unknown"))
        self.value.textEdited.connect(self._follow_value)
        fit_dialog(self)

    def _show(self, item: EstateItem) -> None:
        from nabestaanden.domain.money import euros

        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.description.setText(item.description)
        self.organisation.setText(item.organisation)
        self.reference.setText(item.reference)
        if item.value is not None:
            self.value.setText(euros(item.value).replace("€", "").strip())
        self.basis.setCurrentIndex(max(self.basis.findData(item.value_basis), 0))
        self.owned.setCurrentIndex(max(self.owned.findData(item.owned), 0))
        self.letter.setCurrentIndex(max(self.letter.findData(item.letter_id or 0), 0))

    def _follow_value(self, text: str) -> None:
        """A value typed in while 'onbekend' is chosen: it is at least a statement."""
        if text.strip() and self.basis.currentData() == "unknown":
            self.basis.setCurrentIndex(VALUE_BASES.index("statement"))
        elif not text.strip():
            self.basis.setCurrentIndex(VALUE_BASES.index("unknown"))

    def item(self) -> EstateItem:
        """The item as accepted (call after ``accepted``)."""
        if self._item is None:
            raise RuntimeError("the dialog was not accepted")
        return self._item

    def accept(self) -> None:
        try:
            value = parse_amount(self.value.text())
        except ValueError:
            self._say([self.tr("Waarde: schrijf een bedrag, bijvoorbeeld 1.234,56.")])
            self.value.setFocus()
            return
        item = EstateItem(
            kind=str(self.kind.currentData()),
            description=self.description.text().strip(),
            organisation=self.organisation.text().strip(),
            reference=self.reference.text().strip(),
            value=value,
            value_basis=str(self.basis.currentData()),
            owned=str(self.owned.currentData()),
            letter_id=int(self.letter.currentData()) or None,
        )
        problems = item_problems(item)
        if problems:
            self._say(problems)
            return
        self._item = item
        super().accept()

    def _say(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"⚠ {problem}" for problem in problems))
        self.problems.show()
        fit_dialog(self)
