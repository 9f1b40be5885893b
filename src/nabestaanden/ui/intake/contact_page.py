"""The intake page about the user: the contact person who signs the letters. Without
it the first letters carry dotted lines where the sender belongs."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from nabestaanden.domain import validation
from nabestaanden.domain.dossier import RELATION_LABELS, RELATIONS, FieldValue
from nabestaanden.ui.intake.fields import IntakePage
from nabestaanden.ui.widgets import error_label

# The contact person's fields this page asks (the store's names for them).
TEXT_FIELDS = (
    "first_names",
    "surname_prefix",
    "surname",
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "phone",
)


class ContactPage(IntakePage):
    """Who the user is: name, relation to the deceased, address and phone."""

    def __init__(self) -> None:
        super().__init__("uzelf")
        self.set_heading(
            self.tr("Over uzelf"),
            self.tr(
                "U bent de contactpersoon: uw naam en adres komen als afzender in de "
                "brieven, en organisaties sturen hun antwoord naar u. Vul in wat u weet."
            ),
        )
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {
            "first_names": self.tr("Uw voor&namen:"),
            "surname_prefix": self.tr("&Tussenvoegsel:"),
            "surname": self.tr("Uw &achternaam:"),
            "street": self.tr("&Straat:"),
            "house_number": self.tr("&Huisnummer:"),
            "house_number_addition": self.tr("Toevoe&ging:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("&Woonplaats:"),
            "phone": self.tr("T&elefoon:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        # The country of the address (set in the Gegevens tab): a postcode is checked
        # as a Dutch one only for an address in the Netherlands.
        self.country = "NL"
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"intake_contact_{name}")
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            self.edits[name] = edit
            if name == "surname":  # the relation follows the name
                self._add_row(form, labels[name], edit)
                self.relation = QComboBox()
                self.relation.setObjectName("intake_contact_relation")
                self.relation.setAccessibleName(self.tr("Wat bent u van de overledene?"))
                self.relation.addItem(self.tr("(kies)"), None)
                for code in RELATIONS:
                    self.relation.addItem(RELATION_LABELS[code], code)
                self._add_row(form, self.tr("&Relatie tot de overledene:"), self.relation)
                continue
            self._add_row(form, labels[name], edit)
        self.edits["surname_prefix"].setPlaceholderText(self.tr("bijvoorbeeld van der"))
        self.edits["postcode"].setPlaceholderText("1234 AB")
        self.postcode_problem = error_label("intake_contact_postcode_problem")
        form.addRow("", self.postcode_problem)
        self.add(
            form_box,
            self.tr(
                "Met uw naam en adres maakt de app brieven die klaar zijn om te versturen. "
                "Bent u niet degene die de brieven ondertekent? Vul dan die persoon in."
            ),
        )

    @staticmethod
    def _add_row(form: QFormLayout, label: str, widget: QWidget) -> None:
        text = QLabel(label)
        text.setBuddy(widget)
        form.addRow(text, widget)

    def set_values(self, values: dict[str, FieldValue]) -> None:
        self.country = str(values.get("country") or "NL")
        for name, edit in self.edits.items():
            value = values.get(name)
            edit.setText("" if value is None else str(value))
        self.relation.setCurrentIndex(max(0, self.relation.findData(values.get("relation"))))

    def values(self) -> dict[str, FieldValue]:
        """The fields as filled in (the postcode written 1234 AB when it is one)."""
        found: dict[str, FieldValue] = {
            name: " ".join(edit.text().split()) for name, edit in self.edits.items()
        }
        postcode = str(found["postcode"])
        if postcode:
            with contextlib.suppress(validation.InvalidValue):  # kept as typed: see check()
                found["postcode"] = validation.normalize_postcode(postcode, self.country)
        found["relation"] = self.relation.currentData()
        return found

    def check(self) -> bool:
        """Whether the page can be left: a postcode, when filled in, is a Dutch one
        (for an address in the Netherlands)."""
        postcode = self.edits["postcode"].text().strip()
        try:
            if postcode:
                validation.normalize_postcode(postcode, self.country)
        except validation.InvalidValue as problem:
            self.postcode_problem.setText(self.tr("⚠ Postcode: {problem}").format(problem=problem))
            self.postcode_problem.show()
            self.edits["postcode"].setFocus()
            return False
        self.postcode_problem.hide()
        return True
