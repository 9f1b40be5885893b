"""The intake pages about money and home: income, toeslagen, housing, debts, and the
last page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from nabestaanden.domain.catalogue import PENSION_FUNDS, Catalogue
from nabestaanden.domain.dossier import (
    ALLOWANCES,
    INCOME_SOURCES,
)
from nabestaanden.ui.intake.answers import UNKNOWN
from nabestaanden.ui.intake.fields import ChoiceGroup, IntakePage


class IncomePage(IntakePage):
    """The income of the deceased and the pension funds."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__("inkomen")
        self.set_heading(
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
        self.add(
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
        # The named funds; not the catalogue's general "Pensioenfonds" entry (which
        # stands for any fund, and is no answer to "which fund?").
        named_funds = (
            item
            for item in catalogue.organisations.values()
            if item.pension_fund and item.id != PENSION_FUNDS
        )
        for organisation in sorted(named_funds, key=lambda item: item.name.casefold()):
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
        self.add(
            funds,
            self.tr(
                "Elk pensioenfonds krijgt een eigen brief. Kijk op het pensioenoverzicht "
                "(UPO) of de jaaropgaven van de overledene bij welke fondsen dat was. "
                "Log nooit in met de DigiD van de overledene."
            ),
        )


class AllowancesPage(IntakePage):
    """The toeslagen, in whose name, and the hersteloperatie."""

    def __init__(self) -> None:
        super().__init__("toeslagen")
        self.set_heading(self.tr("Toeslagen"), "")
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
            box.toggled.connect(self.update_holder)
        self.allowances_unknown = QCheckBox(self.tr("Weet ik niet (helemaal)"))
        self.allowances_unknown.setObjectName("intake_allowances_unknown")
        layout.addWidget(self.allowances_unknown)
        self.add(
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
        self.add(
            self.holder,
            self.tr(
                "Dat bepaalt wat er met de toeslagen gebeurt. Was de partner ook de "
                "toeslagpartner? Dan gaan de toeslagen meestal vanzelf over op de naam van "
                "de partner."
            ),
        )
        self.herstel = self.yes_no_unknown(
            self.tr("Was de overledene (mogelijk) gedupeerd door de toeslagenaffaire?"),
            "intake_herstel",
        )
        self.add(
            self.herstel,
            self.tr(
                "Voor nabestaanden van gedupeerden is er een eigen regeling van de "
                "hersteloperatie toeslagen. Dan kan er nog geld of hulp voor u zijn, ook als "
                "de overledene zich nooit had gemeld of de aanvraag nog liep."
            ),
        )

    def update_holder(self) -> None:
        self.holder.setEnabled(any(box.isChecked() for box in self.allowances.values()))


class HousingPage(IntakePage):
    """How the deceased lived: rent, own home, care home."""

    def __init__(self) -> None:
        super().__init__("wonen")
        self.set_heading(self.tr("Wonen"), "")
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
        self.add(
            self.housing,
            self.tr(
                "Bij een huurwoning moet u de verhuurder inlichten. Wie blijft er wonen? "
                "Daar hangen de termijnen van af."
            ),
        )


class MoneyPage(IntakePage):
    """Debts and the estate: study debt, a vehicle, erfbelasting."""

    def __init__(self) -> None:
        super().__init__("geld")
        self.set_heading(self.tr("Schulden en erfenis"), "")
        self.study_debt = self.yes_no_unknown(
            self.tr("Had de overledene een studieschuld bij DUO?"), "intake_study_debt"
        )
        self.add(
            self.study_debt,
            self.tr(
                "DUO hoort het overlijden vanzelf. Maar er kan nog iets te regelen zijn; "
                "de app zegt u wat."
            ),
        )
        self.car = self.yes_no_unknown(
            self.tr("Had de overledene een auto, motor of ander voertuig met een kenteken?"),
            "intake_car",
        )
        self.add(
            self.car,
            self.tr(
                "Een voertuig moet op naam van een erfgenaam komen, of worden verkocht of "
                "gesloopt. Tot dan lopen de verzekering en de wegenbelasting door."
            ),
        )
        self.estate = self.yes_no_unknown(
            self.tr("Moet er misschien erfbelasting betaald worden?"),
            "intake_estate",
        )
        self.add(
            self.estate,
            self.tr(
                "Elke erfgenaam heeft een bedrag waarover hij geen erfbelasting betaalt "
                "(de vrijstelling). Hoe hoog dat is, hangt af van de familieband. Krijgt "
                "iemand meer? Dan stuurt de Belastingdienst meestal een brief voor de "
                "aangifte. Weet u het niet? Kies dan ‘Weet ik niet’; een notaris kan "
                "helpen."
            ),
        )


class DonePage(IntakePage):
    """The last page: how many questions are still open."""

    def __init__(self) -> None:
        super().__init__("klaar")
        self.set_heading(
            self.tr("Klaar"),
            self.tr(
                "Dank u wel. De app maakt nu een lijst van wat u moet regelen, met de "
                "termijnen. U kunt de antwoorden altijd later aanpassen."
            ),
        )
        self.summary = QLabel()
        self.summary.setObjectName("intake_summary")
        self.summary.setWordWrap(True)
        self.add(self.summary)
