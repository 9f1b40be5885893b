"""The intake pages about the people: the deceased, the partner, the children, the will."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain.dossier import AGE_BANDS
from nabestaanden.ui.intake.answers import MAX_CHILDREN, UNKNOWN
from nabestaanden.ui.intake.fields import ChoiceGroup, DateField, IntakePage, why_label
from nabestaanden.ui.widgets import choice_combo


class DeceasedPage(IntakePage):
    """Who died: the name, the dates, where they lived."""

    def __init__(self) -> None:
        super().__init__("overledene")
        self.set_heading(
            self.tr("Over degene die is overleden"),
            self.tr(
                "Vul in wat u weet. Weet u iets niet? Laat het dan leeg. U kunt het later "
                "aanvullen."
            ),
        )
        names = QWidget()
        form = QFormLayout(names)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first_names = QLineEdit()
        self.first_names.setObjectName("intake_first_names")
        self.first_names.setAccessibleName(self.tr("Voornamen van de overledene"))
        self.surname_prefix = QLineEdit()
        self.surname_prefix.setObjectName("intake_surname_prefix")
        self.surname_prefix.setAccessibleName(self.tr("Tussenvoegsel van de overledene"))
        self.surname_prefix.setPlaceholderText(self.tr("bijvoorbeeld van der"))
        self.surname = QLineEdit()
        self.surname.setObjectName("intake_surname")
        self.surname.setAccessibleName(self.tr("Achternaam van de overledene"))
        self.born = DateField(self.tr("Geboortedatum"), "intake_date_of_birth")
        self.died = DateField(self.tr("Datum van overlijden"), "intake_date_of_death")
        for label, widget in (
            (self.tr("Voor&namen:"), self.first_names),
            (self.tr("&Tussenvoegsel:"), self.surname_prefix),
            (self.tr("&Achternaam:"), self.surname),
            (self.tr("&Geboortedatum:"), self.born),
            (self.tr("&Datum van overlijden:"), self.died),
        ):
            text = QLabel(label)
            text.setBuddy(widget.focusProxy() or widget)
            form.addRow(text, widget)
        self.add(
            names,
            self.tr(
                "Met de datum van overlijden rekent de app uit wanneer u iets moet regelen. "
                "De naam komt in de brieven."
            ),
        )
        self.lived_here = ChoiceGroup(
            self.tr("Woonde de overledene in Nederland?"),
            [("yes", self.tr("Ja")), ("no", self.tr("Nee, in het buitenland"))],
            "intake_lived_in_netherlands",
        )
        self.add(
            self.lived_here,
            self.tr(
                "Woonde de overledene in Nederland? Dan geeft de gemeente het overlijden "
                "door aan veel organisaties. Woonde de overledene in het buitenland, dan "
                "gebeurt dat niet en moet u meer zelf melden."
            ),
        )
        self.reported_by = ChoiceGroup(
            self.tr("Wie geeft het overlijden aan bij de gemeente?"),
            [
                ("undertaker", self.tr("De uitvaartondernemer (zo gaat het bijna altijd)")),
                ("family", self.tr("Wij doen het zelf")),
                (UNKNOWN, self.tr("Weet ik niet")),
            ],
            "intake_death_reported_by",
        )
        self.add(
            self.reported_by,
            self.tr(
                "Meestal doet de uitvaartondernemer de aangifte van het overlijden. Dan "
                "hoeft u dat niet zelf te doen, en staat het niet in uw lijst."
            ),
        )


class PartnerPage(IntakePage):
    """The partner: the relationship, the birth date, incapacity."""

    def __init__(self) -> None:
        super().__init__("partner")
        self.set_heading(self.tr("De partner"), "")
        self.partner = ChoiceGroup(
            self.tr("Had de overledene een partner?"),
            [
                ("married", self.tr("Ja, getrouwd")),
                ("registered", self.tr("Ja, geregistreerd partner")),
                (
                    "cohabiting_contract",
                    self.tr("Ja, samenwonend met een samenlevingscontract bij de notaris"),
                ),
                ("cohabiting", self.tr("Ja, samenwonend zonder samenlevingscontract")),
                (
                    "cohabiting_unsure",
                    self.tr("Ja, samenwonend, maar ik weet niet of er een contract is"),
                ),
                ("none", self.tr("Nee")),
                (UNKNOWN, self.tr("Weet ik niet")),
            ],
            "intake_partner",
        )
        self.add(
            self.partner,
            self.tr(
                "Een partner kan recht hebben op een uitkering of een pensioen. Ook de "
                "huur en de toeslagen hangen hiervan af."
            ),
        )
        self.partner_details = QWidget()
        details = QVBoxLayout(self.partner_details)
        details.setContentsMargins(0, 0, 0, 0)
        # The partner's name: the partner is not always an heir or the contact person.
        names = QFormLayout()
        names.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.partner_first_names = QLineEdit()
        self.partner_first_names.setObjectName("intake_partner_first_names")
        self.partner_first_names.setAccessibleName(self.tr("Voornamen van de partner"))
        self.partner_surname_prefix = QLineEdit()
        self.partner_surname_prefix.setObjectName("intake_partner_surname_prefix")
        self.partner_surname_prefix.setAccessibleName(self.tr("Tussenvoegsel van de partner"))
        self.partner_surname = QLineEdit()
        self.partner_surname.setObjectName("intake_partner_surname")
        self.partner_surname.setAccessibleName(self.tr("Achternaam van de partner"))
        for label, widget in (
            (self.tr("Voor&namen van de partner:"), self.partner_first_names),
            (self.tr("T&ussenvoegsel:"), self.partner_surname_prefix),
            (self.tr("&Achternaam:"), self.partner_surname),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            names.addRow(text, widget)
        details.addLayout(names)
        self.partner_born = DateField(
            self.tr("Geboortedatum van de partner"), "intake_partner_born"
        )
        born_label = QLabel(self.tr("Geboortedatum van de &partner:"))
        born_label.setBuddy(self.partner_born.edit)
        details.addWidget(born_label)
        details.addWidget(self.partner_born)
        details.addWidget(
            why_label(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Is de partner jonger dan de AOW-leeftijd? "
                    "Dan kan de partner misschien een Anw-uitkering krijgen."
                )
            )
        )
        self.incapacity = self.yes_no_unknown(
            self.tr("Is de partner voor minstens 45% arbeidsongeschikt?"), "intake_incapacity"
        )
        details.addWidget(self.incapacity)
        details.addWidget(
            why_label(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Ook dan kan de partner recht hebben op "
                    "een Anw-uitkering."
                )
            )
        )
        self.add(self.partner_details)
        self.partner.changed.connect(self.update_details)

    def update_details(self) -> None:
        value = self.partner.value()
        self.partner_details.setVisible(value not in (None, "none", UNKNOWN))


class ChildrenPage(IntakePage):
    """The children: how many, their birth dates, study finance, the other parent."""

    def __init__(self) -> None:
        super().__init__("kinderen")
        self.set_heading(self.tr("Kinderen"), "")
        self.has_children = self.yes_no_unknown(
            self.tr("Had de overledene kinderen?"), "intake_children"
        )
        self.add(
            self.has_children,
            self.tr(
                "Kinderen zijn vaak erfgenaam. Jonge kinderen kunnen recht hebben op een "
                "uitkering, en voor een kind jonger dan 18 gelden andere regels bij de "
                "erfenis."
            ),
        )
        self.children_box = QWidget()
        box = QVBoxLayout(self.children_box)
        box.setContentsMargins(0, 0, 0, 0)
        count_row = QHBoxLayout()
        count_label = QLabel(self.tr("&Hoeveel kinderen?"))
        self.child_count = QSpinBox()
        self.child_count.setObjectName("intake_child_count")
        self.child_count.setAccessibleName(self.tr("Aantal kinderen"))
        self.child_count.setRange(1, MAX_CHILDREN)
        count_label.setBuddy(self.child_count)
        count_row.addWidget(count_label)
        count_row.addWidget(self.child_count)
        count_row.addStretch(1)
        box.addLayout(count_row)
        self.child_rows: list[tuple[DateField, QCheckBox, QWidget]] = []
        # Per child, its age when the birth date is not known (AGE_BANDS; "" not given).
        self.child_ages: list[QComboBox] = []
        ages = {
            "": self.tr("(kies als u de datum niet weet)"),
            "under_16": self.tr("jonger dan 16"),
            "16_17": self.tr("16 of 17 jaar"),
            "18_20": self.tr("18, 19 of 20 jaar"),
            "21_plus": self.tr("21 jaar of ouder"),
        }
        for number in range(1, MAX_CHILDREN + 1):
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 4)
            label = QLabel(self.tr("Kind {number}: geboortedatum").format(number=number))
            born = DateField(
                self.tr("Geboortedatum van kind {number}").format(number=number),
                f"intake_child_{number}_born",
            )
            label.setBuddy(born.edit)
            age = choice_combo(f"intake_child_{number}_age", ages, ("", *AGE_BANDS))
            age.setAccessibleName(
                self.tr("Leeftijd van kind {number} op de dag van overlijden").format(number=number)
            )
            age_label = QLabel(self.tr("Of de leeftijd op de dag van overlijden:"))
            age_label.setBuddy(age)
            self.child_ages.append(age)
            studying = QCheckBox(self.tr("Studeert met studiefinanciering van DUO"))
            studying.setObjectName(f"intake_child_{number}_studying")
            studying.setAccessibleName(
                self.tr("Kind {number} studeert met studiefinanciering").format(number=number)
            )
            row_layout.addWidget(label)
            row_layout.addWidget(born)
            age_row = QHBoxLayout()
            age_row.addWidget(age_label)
            age_row.addWidget(age)
            age_row.addStretch(1)
            row_layout.addLayout(age_row)
            row_layout.addWidget(studying)
            box.addWidget(row)
            self.child_rows.append((born, studying, row))
        self.studying_unknown = QCheckBox(
            self.tr("Ik weet niet of een kind studiefinanciering krijgt")
        )
        self.studying_unknown.setObjectName("intake_studying_unknown")
        box.addWidget(self.studying_unknown)
        box.addWidget(
            why_label(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Met de geboortedatum rekent de app uit "
                    "of een kind jonger was dan 18 of 21. Weet u de datum niet? Kies dan "
                    "de leeftijd. Bij studiefinanciering moet u misschien iets regelen met "
                    "DUO."
                )
            )
        )
        self.other_parent = ChoiceGroup(
            self.tr("Is de andere ouder van de kinderen ook overleden?"),
            [
                ("yes", self.tr("Ja")),
                ("no", self.tr("Nee")),
                ("none", self.tr("Er is geen andere wettelijke ouder")),
                (UNKNOWN, self.tr("Weet ik niet")),
            ],
            "intake_other_parent",
        )
        box.addWidget(self.other_parent)
        box.addWidget(
            why_label(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Heeft een kind nu geen ouder meer? Dan "
                    "kan het recht hebben op een wezenuitkering. Dat geldt ook als de "
                    "overledene de enige wettelijke ouder was."
                )
            )
        )
        self.add(self.children_box)
        self.has_children.changed.connect(self.update_rows)
        self.child_count.valueChanged.connect(self.update_rows)

    def update_rows(self) -> None:
        show = self.has_children.value() == "yes"
        self.children_box.setVisible(show)
        for number, (_born, _studying, row) in enumerate(self.child_rows, start=1):
            row.setVisible(show and number <= self.child_count.value())


class WillPage(IntakePage):
    """Whether there is a will."""

    def __init__(self) -> None:
        super().__init__("testament")
        self.set_heading(self.tr("Testament"), "")
        self.will = self.yes_no_unknown(self.tr("Had de overledene een testament?"), "intake_will")
        self.add(
            self.will,
            self.tr(
                "Met een testament is vaak een notaris nodig voor een verklaring van "
                "erfrecht. Weet u het niet? Een notaris kan het voor u opzoeken in het "
                "Centraal Testamentenregister."
            ),
        )
