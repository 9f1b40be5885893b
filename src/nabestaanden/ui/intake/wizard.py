"""The intake questions, page by page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from nabestaanden.domain import intake_steps, validation
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dossier import (
    ALLOWANCES,
    INCOME_SOURCES,
    Child,
    Partner,
    Situation,
)
from nabestaanden.ui.intake.answers import MAX_CHILDREN, UNKNOWN, IntakeAnswers
from nabestaanden.ui.intake.fields import ChoiceGroup, DateField, _Page, _why


class IntakeWizard(QWizard):
    """The intake questions for one dossier.

    Signals:
        save_requested(IntakeAnswers, str): save these answers and the step the
            family is on (one of intake_steps.STEPS, or intake_steps.DONE).
    """

    save_requested = Signal(object, str)

    def __init__(
        self,
        catalogue: Catalogue,
        answers: IntakeAnswers,
        start_step: str = "",
        parent: QWidget | None = None,
        fresh: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("intake_wizard")
        self.setWindowTitle(self.tr("Vragen over de situatie"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Klaar: toon mijn lijst"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Later verder"))
        self._finished_saved = False
        self._fresh = False
        self._visited: set[str] = {intake_steps.STEPS[0]}
        self._build_pages()
        self.load(answers, fresh)
        self.currentIdChanged.connect(self._on_page_changed)
        self._fit_to_text()
        self._start_step = start_step if start_step in intake_steps.STEPS else ""

    def _fit_to_text(self) -> None:
        """Room for the widest page (the longest answers) at any text size, within the
        screen: at twice the text size the window grows instead of cutting text off."""
        metrics = self.fontMetrics()
        widest = max(page.content.minimumSizeHint().width() for page in self.pages.values())
        width = max(widest + 8 * metrics.averageCharWidth(), 90 * metrics.averageCharWidth())
        height = 42 * metrics.lineSpacing()
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))

    # --- pages --------------------------------------------------------------------------

    def _yes_no_unknown(self, question: str, name: str) -> ChoiceGroup:
        return ChoiceGroup(
            question,
            [("yes", self.tr("Ja")), ("no", self.tr("Nee")), (UNKNOWN, self.tr("Weet ik niet"))],
            name,
        )

    def _build_pages(self) -> None:
        self.pages: dict[str, _Page] = {}
        for builder in (
            self._page_deceased,
            self._page_partner,
            self._page_children,
            self._page_will,
            self._page_income,
            self._page_allowances,
            self._page_housing,
            self._page_money,
            self._page_done,
        ):
            page = builder()
            page.finish()
            self.pages[page.key] = page
            self.addPage(page)

    def _page_deceased(self) -> _Page:
        page = _Page(
            "overledene",
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
        page.add(
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
        page.add(
            self.lived_here,
            self.tr(
                "Woonde de overledene in Nederland? Dan geeft de gemeente het overlijden "
                "door aan veel organisaties. Woonde de overledene in het buitenland, dan "
                "gebeurt dat niet en moet u meer zelf melden."
            ),
        )
        return page

    def _page_partner(self) -> _Page:
        page = _Page("partner", self.tr("De partner"), "")
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
        page.add(
            self.partner,
            self.tr(
                "Een partner kan recht hebben op een uitkering of een pensioen. Ook de "
                "huur en de toeslagen hangen hiervan af."
            ),
        )
        self.partner_details = QWidget()
        details = QVBoxLayout(self.partner_details)
        details.setContentsMargins(0, 0, 0, 0)
        self.partner_born = DateField(
            self.tr("Geboortedatum van de partner"), "intake_partner_born"
        )
        born_label = QLabel(self.tr("Geboortedatum van de &partner:"))
        born_label.setBuddy(self.partner_born.edit)
        details.addWidget(born_label)
        details.addWidget(self.partner_born)
        details.addWidget(
            _why(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Is de partner jonger dan de AOW-leeftijd? "
                    "Dan kan de partner misschien een Anw-uitkering krijgen."
                )
            )
        )
        self.incapacity = self._yes_no_unknown(
            self.tr("Is de partner voor minstens 45% arbeidsongeschikt?"), "intake_incapacity"
        )
        details.addWidget(self.incapacity)
        details.addWidget(
            _why(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Ook dan kan de partner recht hebben op "
                    "een Anw-uitkering."
                )
            )
        )
        page.add(self.partner_details)
        self.partner.changed.connect(self._update_partner)
        return page

    def _page_children(self) -> _Page:
        page = _Page("kinderen", self.tr("Kinderen"), "")
        self.has_children = self._yes_no_unknown(
            self.tr("Had de overledene kinderen?"), "intake_children"
        )
        page.add(
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
            studying = QCheckBox(self.tr("Studeert met studiefinanciering van DUO"))
            studying.setObjectName(f"intake_child_{number}_studying")
            studying.setAccessibleName(
                self.tr("Kind {number} studeert met studiefinanciering").format(number=number)
            )
            row_layout.addWidget(label)
            row_layout.addWidget(born)
            row_layout.addWidget(studying)
            box.addWidget(row)
            self.child_rows.append((born, studying, row))
        self.studying_unknown = QCheckBox(
            self.tr("Ik weet niet of een kind studiefinanciering krijgt")
        )
        self.studying_unknown.setObjectName("intake_studying_unknown")
        box.addWidget(self.studying_unknown)
        box.addWidget(
            _why(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Met de geboortedatum rekent de app uit "
                    "of een kind jonger was dan 18 of 21. Bij studiefinanciering moet u "
                    "misschien iets regelen met DUO."
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
            _why(
                self.tr(
                    "<b>Waarom vragen we dit?</b> Heeft een kind nu geen ouder meer? Dan "
                    "kan het recht hebben op een wezenuitkering. Dat geldt ook als de "
                    "overledene de enige wettelijke ouder was."
                )
            )
        )
        page.add(self.children_box)
        self.has_children.changed.connect(self._update_children)
        self.child_count.valueChanged.connect(self._update_children)
        return page

    def _page_will(self) -> _Page:
        page = _Page("testament", self.tr("Testament"), "")
        self.will = self._yes_no_unknown(self.tr("Had de overledene een testament?"), "intake_will")
        page.add(
            self.will,
            self.tr(
                "Met een testament is vaak een notaris nodig voor een verklaring van "
                "erfrecht. Weet u het niet? Een notaris kan het voor u opzoeken in het "
                "Centraal Testamentenregister."
            ),
        )
        return page

    def _page_income(self) -> _Page:
        page = _Page(
            "inkomen",
            self.tr("Inkomen"),
            self.tr("Kruis alles aan wat de overledene kreeg. U mag meer dan één kiezen."),
        )
        labels = {
            "aow": self.tr("AOW"),
            "pension": self.tr("Pensioen"),
            "uwv_benefit": self.tr("Een uitkering van UWV (zoals WW, ZW, WIA, WAO of Wajong)"),
            "anw": self.tr("Een Anw-uitkering (nabestaandenuitkering van de SVB)"),
            "salary": self.tr("Loon uit een baan"),
            "business": self.tr("Inkomen uit een eigen bedrijf"),
            "bijstand": self.tr("Bijstand"),
        }
        group = QGroupBox(self.tr("Welke inkomsten had de overledene?"))
        group.setObjectName("intake_income")
        layout = QVBoxLayout(group)
        self.income: dict[str, QCheckBox] = {}
        for source in INCOME_SOURCES:
            box = QCheckBox(labels[source])
            box.setObjectName(f"intake_income_{source}")
            layout.addWidget(box)
            self.income[source] = box
        self.income_unknown = QCheckBox(self.tr("Weet ik niet (helemaal)"))
        self.income_unknown.setObjectName("intake_income_unknown")
        layout.addWidget(self.income_unknown)
        page.add(
            group,
            self.tr(
                "Elke organisatie die geld betaalde, moet het overlijden weten. Soms is er "
                "nog een uitkering voor de nabestaanden."
            ),
        )
        funds = QGroupBox(self.tr("Bij welke pensioenfondsen had de overledene pensioen?"))
        funds.setObjectName("intake_funds")
        funds_layout = QVBoxLayout(funds)
        self.funds: dict[str, QCheckBox] = {}
        for organisation in sorted(
            (item for item in self.catalogue.organisations.values() if item.pension_fund),
            key=lambda item: item.name.casefold(),
        ):
            box = QCheckBox(organisation.name)
            box.setObjectName(f"intake_fund_{organisation.id}")
            funds_layout.addWidget(box)
            self.funds[organisation.id] = box
        other_label = QLabel(self.tr("&Andere fondsen (namen, gescheiden door komma's):"))
        other_label.setWordWrap(True)
        self.other_funds = QLineEdit()
        self.other_funds.setObjectName("intake_other_funds")
        self.other_funds.setAccessibleName(self.tr("Andere pensioenfondsen"))
        other_label.setBuddy(self.other_funds)
        funds_layout.addWidget(other_label)
        funds_layout.addWidget(self.other_funds)
        self.funds_unknown = QCheckBox(self.tr("Weet ik niet (helemaal)"))
        self.funds_unknown.setObjectName("intake_funds_unknown")
        funds_layout.addWidget(self.funds_unknown)
        page.add(
            funds,
            self.tr(
                "Elk pensioenfonds krijgt een eigen brief. Kijk op het pensioenoverzicht "
                "(UPO) of de jaaropgaven van de overledene bij welke fondsen dat was. "
                "Log nooit in met de DigiD van de overledene."
            ),
        )
        return page

    def _page_allowances(self) -> _Page:
        page = _Page("toeslagen", self.tr("Toeslagen"), "")
        labels = {
            "huurtoeslag": self.tr("Huurtoeslag"),
            "zorgtoeslag": self.tr("Zorgtoeslag"),
            "kinderopvangtoeslag": self.tr("Kinderopvangtoeslag"),
            "kindgebonden_budget": self.tr("Kindgebonden budget"),
        }
        group = QGroupBox(self.tr("Welke toeslagen kreeg het huishouden?"))
        group.setObjectName("intake_allowances")
        layout = QVBoxLayout(group)
        self.allowances: dict[str, QCheckBox] = {}
        for allowance in ALLOWANCES:
            box = QCheckBox(labels[allowance])
            box.setObjectName(f"intake_allowance_{allowance}")
            layout.addWidget(box)
            self.allowances[allowance] = box
            box.toggled.connect(self._update_allowances)
        self.allowances_unknown = QCheckBox(self.tr("Weet ik niet (helemaal)"))
        self.allowances_unknown.setObjectName("intake_allowances_unknown")
        layout.addWidget(self.allowances_unknown)
        page.add(
            group,
            self.tr(
                "Toeslagen stoppen of veranderen na een overlijden. Soms moet u geld "
                "terugbetalen, soms krijgt u nog iets."
            ),
        )
        self.holder = ChoiceGroup(
            self.tr("Op wiens naam stonden de toeslagen?"),
            [
                ("deceased", self.tr("Op naam van de overledene")),
                ("partner", self.tr("Op naam van de partner")),
                (UNKNOWN, self.tr("Weet ik niet")),
            ],
            "intake_allowance_holder",
        )
        page.add(
            self.holder,
            self.tr(
                "Dat bepaalt wat er met de toeslagen gebeurt. Was de partner ook de "
                "toeslagpartner? Dan gaan de toeslagen meestal vanzelf over op de naam van "
                "de partner."
            ),
        )
        self.herstel = self._yes_no_unknown(
            self.tr("Was de overledene (mogelijk) gedupeerd door de toeslagenaffaire?"),
            "intake_herstel",
        )
        page.add(
            self.herstel,
            self.tr(
                "Voor nabestaanden van gedupeerden is er een eigen regeling van de "
                "hersteloperatie toeslagen. Dan kan er nog geld of hulp voor u zijn, ook als "
                "de overledene zich nooit had gemeld of de aanvraag nog liep."
            ),
        )
        return page

    def _page_housing(self) -> _Page:
        page = _Page("wonen", self.tr("Wonen"), "")
        self.housing = ChoiceGroup(
            self.tr("Hoe woonde de overledene?"),
            [
                ("rent", self.tr("In een huurwoning")),
                ("own", self.tr("In een koopwoning")),
                ("care_home", self.tr("In een verpleeghuis of verzorgingshuis")),
                ("other", self.tr("Anders")),
                (UNKNOWN, self.tr("Weet ik niet")),
            ],
            "intake_housing",
        )
        page.add(
            self.housing,
            self.tr(
                "Bij een huurwoning moet u de verhuurder inlichten. Wie blijft er wonen? "
                "Daar hangen de termijnen van af."
            ),
        )
        return page

    def _page_money(self) -> _Page:
        page = _Page("geld", self.tr("Schulden en erfenis"), "")
        self.study_debt = self._yes_no_unknown(
            self.tr("Had de overledene een studieschuld bij DUO?"), "intake_study_debt"
        )
        page.add(
            self.study_debt,
            self.tr(
                "DUO hoort het overlijden vanzelf. Maar er kan nog iets te regelen zijn; "
                "de app zegt u wat."
            ),
        )
        self.car = self._yes_no_unknown(
            self.tr("Had de overledene een auto, motor of ander voertuig met een kenteken?"),
            "intake_car",
        )
        page.add(
            self.car,
            self.tr(
                "Een voertuig moet op naam van een erfgenaam komen, of worden verkocht of "
                "gesloopt. Tot dan lopen de verzekering en de wegenbelasting door."
            ),
        )
        self.estate = self._yes_no_unknown(
            self.tr("Moet er misschien erfbelasting betaald worden?"),
            "intake_estate",
        )
        page.add(
            self.estate,
            self.tr(
                "Elke erfgenaam heeft een bedrag waarover hij geen erfbelasting betaalt "
                "(de vrijstelling). Hoe hoog dat is, hangt af van de familieband. Krijgt "
                "iemand meer? Dan stuurt de Belastingdienst meestal een brief voor de "
                "aangifte. Weet u het niet? Kies dan ‘Weet ik niet’; een notaris kan "
                "helpen."
            ),
        )
        return page

    def _page_done(self) -> _Page:
        page = _Page(
            "klaar",
            self.tr("Klaar"),
            self.tr(
                "Dank u wel. De app maakt nu een lijst van wat u moet regelen, met de "
                "termijnen. U kunt de antwoorden altijd later aanpassen."
            ),
        )
        self.summary = QLabel()
        self.summary.setObjectName("intake_summary")
        self.summary.setWordWrap(True)
        page.add(self.summary)
        return page

    # --- dependent parts ----------------------------------------------------------------

    def _update_partner(self) -> None:
        value = self.partner.value()
        self.partner_details.setVisible(value not in (None, "none", UNKNOWN))

    def _update_children(self) -> None:
        show = self.has_children.value() == "yes"
        self.children_box.setVisible(show)
        for number, (_born, _studying, row) in enumerate(self.child_rows, start=1):
            row.setVisible(show and number <= self.child_count.value())

    def _update_allowances(self) -> None:
        self.holder.setEnabled(any(box.isChecked() for box in self.allowances.values()))

    # --- answers in and out -------------------------------------------------------------

    def load(self, answers: IntakeAnswers, fresh: bool = False) -> None:
        """Show these answers. ``fresh``: the questions were never opened for this
        dossier, so no choice is made for the family (no answer counts as "weet ik
        niet"), rather than reading "no partner" into an empty dossier."""
        situation = answers.situation
        unknown = set(situation.unknown)
        self.first_names.setText(answers.first_names)
        self.surname_prefix.setText(answers.surname_prefix)
        self.surname.setText(answers.surname)
        self.born.set_value(answers.date_of_birth)
        self.died.set_value(answers.date_of_death)
        self.lived_here.set_value("yes" if answers.lived_in_netherlands else "no")

        partner = situation.partner
        if partner is None:
            self.partner.set_value(UNKNOWN if "partner" in unknown else "none")
        elif partner.relationship == "cohabiting" and "partner_relationship" in unknown:
            self.partner.set_value("cohabiting_unsure")
        else:
            self.partner.set_value(partner.relationship)
        self.partner_born.set_value(partner.date_of_birth if partner else None)
        if partner is not None and partner.incapacity_45:
            self.incapacity.set_value("yes")
        elif "partner_incapacity" in unknown:
            self.incapacity.set_value(UNKNOWN)
        elif partner is not None:
            self.incapacity.set_value("no")
        else:
            self.incapacity.set_value(None)

        if situation.children:
            self.has_children.set_value("yes")
        else:
            self.has_children.set_value(UNKNOWN if "children" in unknown else None)
        self.child_count.setValue(max(1, len(situation.children)))
        for index, (born, studying, _row) in enumerate(self.child_rows):
            child = situation.children[index] if index < len(situation.children) else Child()
            born.set_value(child.date_of_birth)
            studying.setChecked(child.studying)
        self.studying_unknown.setChecked("children_studying" in unknown)
        if situation.other_parent_deceased:
            self.other_parent.set_value("yes")
        elif situation.no_other_legal_parent:
            self.other_parent.set_value("none")
        else:
            self.other_parent.set_value(
                UNKNOWN
                if "other_parent_deceased" in unknown
                else "no"
                if situation.children
                else None
            )

        self.will.set_value(situation.will)
        for source, box in self.income.items():
            box.setChecked(source in situation.income)
        self.income_unknown.setChecked("income" in unknown)
        free_funds = []
        for fund in situation.pension_funds:
            if fund in self.funds:
                self.funds[fund].setChecked(True)
            else:
                free_funds.append(fund)
        self.other_funds.setText(", ".join(free_funds))
        self.funds_unknown.setChecked("pension_funds" in unknown)
        for allowance, box in self.allowances.items():
            box.setChecked(allowance in situation.allowances)
        self.allowances_unknown.setChecked("allowances" in unknown)
        if situation.allowance_holder is not None:
            self.holder.set_value(situation.allowance_holder)
        else:
            self.holder.set_value(UNKNOWN if situation.allowances else None)
        self.housing.set_value(
            situation.housing or (UNKNOWN if situation.housing is None else None)
        )
        self.study_debt.set_value(
            "yes" if situation.study_debt else UNKNOWN if "study_debt" in unknown else "no"
        )
        self.car.set_value("yes" if situation.car else UNKNOWN if "car" in unknown else "no")
        self.herstel.set_value(
            "yes"
            if situation.toeslagen_herstel
            else UNKNOWN
            if "toeslagen_herstel" in unknown
            else "no"
        )
        self.estate.set_value(situation.estate_above_exemption)
        self._fresh = fresh
        if fresh:
            for group in (
                self.partner,
                self.incapacity,
                self.has_children,
                self.other_parent,
                self.will,
                self.holder,
                self.housing,
                self.study_debt,
                self.car,
                self.herstel,
                self.estate,
            ):
                group.set_value(None)
        self._update_partner()
        self._update_children()
        self._update_allowances()

    def answers(self) -> IntakeAnswers:
        """The answers as they are now on all pages."""
        unknown: list[str] = []
        relationship = self.partner.value()
        partner: Partner | None = None
        if relationship in (UNKNOWN, None):  # not answered counts as "weet ik niet"
            unknown.append("partner")
        elif relationship == "cohabiting_unsure":
            partner = Partner("cohabiting")
            unknown.append("partner_relationship")
        elif relationship not in (None, "none"):
            partner = Partner(relationship)
        if partner is not None:
            partner.date_of_birth = self.partner_born.value()
            partner.incapacity_45 = self.incapacity.value() == "yes"
            if self.incapacity.value() in (None, UNKNOWN):
                unknown.append("partner_incapacity")

        children: list[Child] = []
        has_children = self.has_children.value()
        if has_children == "yes":
            for born, studying, _row in self.child_rows[: self.child_count.value()]:
                children.append(Child(born.value(), studying.isChecked()))
            if self.studying_unknown.isChecked():
                unknown.append("children_studying")
        elif has_children in (UNKNOWN, None):
            unknown.append("children")
        other_parent = self.other_parent.value()
        if has_children != "no" and other_parent in (UNKNOWN, None):
            unknown.append("other_parent_deceased")

        income = [source for source, box in self.income.items() if box.isChecked()]
        if self.income_unknown.isChecked() or self._unseen("inkomen", income):
            unknown.append("income")
        funds = [fund for fund, box in self.funds.items() if box.isChecked()]
        for name in self.other_funds.text().split(","):
            if name.strip() and name.strip() not in funds:
                funds.append(name.strip())
        if self.funds_unknown.isChecked() or self._unseen("inkomen", funds):
            unknown.append("pension_funds")
        allowances = [name for name, box in self.allowances.items() if box.isChecked()]
        if self.allowances_unknown.isChecked() or self._unseen("toeslagen", allowances):
            unknown.append("allowances")
        holder = self.holder.value() if allowances else None
        herstel = self.herstel.value()
        if herstel in (UNKNOWN, None):
            unknown.append("toeslagen_herstel")
        study_debt = self.study_debt.value()
        if study_debt in (UNKNOWN, None):
            unknown.append("study_debt")
        car = self.car.value()
        if car in (UNKNOWN, None):
            unknown.append("car")
        housing = self.housing.value()
        situation = Situation(
            will=self.will.value() or UNKNOWN,
            partner=partner,
            children=children,
            other_parent_deceased=other_parent == "yes" and has_children != "no",
            no_other_legal_parent=other_parent == "none" and has_children != "no",
            income=income,
            pension_funds=funds,
            allowances=allowances,
            allowance_holder=None if holder in (None, UNKNOWN) else holder,
            housing=None if housing in (None, UNKNOWN) else housing,
            toeslagen_herstel=herstel == "yes",
            study_debt=study_debt == "yes",
            car=car == "yes",
            estate_above_exemption=self.estate.value() or UNKNOWN,
            unknown=unknown,
        )
        return IntakeAnswers(
            first_names=self.first_names.text().strip(),
            surname_prefix=self.surname_prefix.text().strip(),
            surname=self.surname.text().strip(),
            date_of_birth=self.born.value(),
            date_of_death=self.died.value(),
            lived_in_netherlands=self.lived_here.value() != "no",
            situation=situation,
        )

    def _unseen(self, step: str, ticked: list[str]) -> bool:
        """A list of boxes the family has not seen yet (new questions, page not yet
        shown, nothing ticked): that is "weet ik niet", not "none of these"."""
        return self._fresh and step not in self._visited and not ticked

    # --- moving through the pages ---------------------------------------------------------

    def current_step(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, _Page) else intake_steps.STEPS[0]

    def go_to_step(self, step: str) -> None:
        """Open the wizard at ``step`` with the pages before it in its history (so Back works)."""
        self.restart()
        while self.current_step() != step and self.currentId() != self.pageIds()[-1]:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # a page with an answer to fix first (a wrong date): stay there

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._start_step:
            step, self._start_step = self._start_step, ""
            self.go_to_step(step)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if isinstance(page, _Page) and page.key == "overledene":
            return self._check_dates()
        if isinstance(page, _Page) and page.key == "partner":
            return self.partner_born.check() or not self.partner_details.isVisible()
        if isinstance(page, _Page) and page.key == "kinderen" and self.children_box.isVisible():
            ok = True
            for born, _studying, row in self.child_rows:
                if row.isVisible() and not born.check():
                    ok = False
            return ok
        return True

    def _check_dates(self) -> bool:
        if not (self.born.check() and self.died.check()):
            return False
        problems = validation.check_life_dates(self.born.value(), self.died.value(), date.today())
        self.born.show_problem(problems.get("date_of_birth", ""))
        self.died.show_problem(problems.get("date_of_death", ""))
        return not problems

    def _on_page_changed(self, page_id: int) -> None:
        if page_id == -1 or self._finished_saved:
            return  # QWizard resets itself when it is closed: nothing to save then
        step = self.current_step()
        self._visited.add(step)
        if step == "klaar":
            self.summary.setText(self._summary_text())
        self.save_requested.emit(self.answers(), step)
        for date_field in self.findChildren(DateField):
            date_field.loaded = date_field.value()  # a wrong text now keeps what is saved

    def _summary_text(self) -> str:
        answers = self.answers()
        open_questions = len(answers.situation.unknown)
        if answers.date_of_death is None:
            open_questions += 1
        if open_questions == 0:
            return self.tr("U hebt alle vragen beantwoord.")
        if open_questions == 1:
            return self.tr(
                "Op 1 vraag weet u het antwoord nog niet. Dat is niet erg. In de lijst staat "
                "bij de taken die ervan afhangen welke vraag nog open is."
            )
        return self.tr(
            "Op {count} vragen weet u het antwoord nog niet. Dat is niet erg. In de lijst "
            "staat bij de taken die ervan afhangen welke vraag nog open is."
        ).format(count=open_questions)

    def accept(self) -> None:
        self._finished_saved = True
        self.save_requested.emit(self.answers(), intake_steps.DONE)
        super().accept()

    def reject(self) -> None:
        """ "Later verder": keep what was answered and where the family was."""
        if not self._finished_saved:
            self._finished_saved = True
            self.save_requested.emit(self.answers(), self.current_step())
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()
