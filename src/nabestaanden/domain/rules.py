"""The facts about a situation that catalogue conditions are written in.

Each fact reads the answers of the exchange format (``situation``, the deceased's
dates and whether they lived in the Netherlands) and says yes, no or unknown. An
unknown fact names the question that would settle it, in plain Dutch.

Longer than 400 lines: the facts are one table (``_FACT_LIST``) with the questions and
helpers they share; split up, a reader of a catalogue formula would look in several
files for what its names mean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final

from nabestaanden.domain.conditions import NO, YES, Outcome, known, unknown
from nabestaanden.domain.dates import add_months, add_years
from nabestaanden.domain.dossier import AGE_BANDS, Child, Dossier


@dataclass(frozen=True)
class AowAge:
    """The AOW age for everyone who reaches it in ``year``."""

    year: int
    years: int
    months: int
    source: str
    peildatum: date
    to_verify: bool = False

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    def label(self) -> str:
        if self.months:
            return f"{self.years} jaar en {self.months} maanden"
        return f"{self.years} jaar"


# How far an AOW age that is not confirmed, or an age from the table's first year
# (earlier years may have had a lower age), can be off: decisions closer than this to
# the boundary are left to the family ("weet ik niet" with a question).
UNCERTAIN_MONTHS: Final = 12


@dataclass(frozen=True)
class AowDate:
    """When someone reaches the AOW age: ``day`` by the table, and how sure that is.

    The true date lies between ``earliest`` and ``latest`` (``latest`` None: no upper
    bound). For a confirmed row all three are the same day.
    """

    day: date
    age: AowAge
    earliest: date
    latest: date | None


def aow_date(born: date, table: tuple[AowAge, ...]) -> AowDate | None:
    """The day someone born on ``born`` reaches the AOW age.

    The AOW age is fixed per calendar year: the first row whose year is the year in
    which ``born`` plus that row's age falls. Past the table's last year the last age
    is only a lower bound (the AOW age does not go down). A row marked to verify, or
    a match in the table's first year, leaves room on either side. Before the table's
    first year the result is None.
    """
    for index, row in enumerate(table):
        reached = add_months(born, row.total_months)
        if reached.year == row.year:
            earliest = latest = reached
            if row.to_verify or index == 0:
                earliest = add_months(reached, -UNCERTAIN_MONTHS)
            if row.to_verify:
                latest = add_months(reached, UNCERTAIN_MONTHS)
            return AowDate(reached, row, earliest, latest)
    last = table[-1]
    reached = add_months(born, last.total_months)
    if reached.year > last.year:
        return AowDate(reached, last, reached, None)
    return None


@dataclass(frozen=True)
class Fact:
    name: str
    description: str
    compute: Callable[[SituationFacts], Outcome]


ASK_DATE_OF_DEATH: Final = "Wat is de datum van overlijden?"
ASK_PARTNER_BORN: Final = "Wat is de geboortedatum van de partner?"
ASK_CHILDREN_BORN: Final = "Hoe oud waren de kinderen? (Vul de geboortedatum of de leeftijd in.)"
ASK_PARTNER_AOW: Final = (
    "Had de partner op de datum van overlijden de AOW-leeftijd al bereikt? "
    "(De app weet de AOW-leeftijd voor die tijd niet zeker.)"
)
ASK_ALLOWANCE_HOLDER: Final = "Op wiens naam stonden de toeslagen: van de overledene of de partner?"
ASK_HOUSING: Final = "Huurde de overledene de woning, of was het een koopwoning?"
ASK_WILL: Final = "Is er een testament? (De notaris kan dat opzoeken.)"
ASK_ESTATE: Final = "Is de erfenis groter dan de vrijstelling van de erfbelasting?"
ASK_DEATH_REPORTED: Final = (
    "Heeft de uitvaartondernemer het overlijden al aangegeven bij de gemeente?"
)
ASK_PARTNER: Final = "Had de overledene een partner (getrouwd, geregistreerd of samenwonend)?"
ASK_RELATIONSHIP: Final = (
    "Waren de overledene en de partner getrouwd, geregistreerd partners, of woonden ze "
    "samen (met of zonder samenlevingscontract bij de notaris)?"
)
ASK_INCAPACITY: Final = "Is de partner voor minstens 45% arbeidsongeschikt?"
ASK_CHILDREN: Final = "Had de overledene kinderen?"
ASK_STUDYING: Final = "Gaat een kind naar school of studeert het?"
ASK_OTHER_PARENT: Final = "Is de andere ouder van de kinderen ook overleden?"
ASK_INCOME: Final = "Welke inkomsten had de overledene (AOW, pensioen, uitkering, loon, bedrijf)?"
ASK_PENSION_FUNDS: Final = "Bij welke pensioenfondsen had de overledene pensioen?"
ASK_ALLOWANCES: Final = "Kreeg het huishouden toeslagen (huurtoeslag, zorgtoeslag, …)?"
ASK_STUDY_DEBT: Final = "Had de overledene een studieschuld bij DUO?"
ASK_CAR: Final = "Had de overledene een auto, motor of ander voertuig met een kenteken?"
ASK_HERSTEL: Final = (
    "Was de overledene (mogelijk) gedupeerd door de toeslagenaffaire? Ook als die zich nooit "
    "had gemeld, of de aanvraag nog liep?"
)


class SituationFacts:
    """The facts of one dossier, computed on demand and remembered."""

    def __init__(self, dossier: Dossier, aow_table: tuple[AowAge, ...]) -> None:
        self.dossier = dossier
        self.situation = dossier.situation
        self.died = dossier.deceased.date_of_death
        self.aow_table = aow_table
        self._cache: dict[str, Outcome] = {}

    def __call__(self, name: str) -> Outcome:
        if name not in self._cache:
            self._cache[name] = FACTS[name].compute(self)
        return self._cache[name]

    # --- helpers ----------------------------------------------------------------------

    def partner_aow_date(self) -> AowDate | None:
        partner = self.situation.partner
        if partner is None or partner.date_of_birth is None:
            return None
        return aow_date(partner.date_of_birth, self.aow_table)

    def answer(self, value: bool, key: str) -> Outcome:
        """Yes when ``value``; otherwise unknown if the family said "weet ik niet" to
        the question ``key`` (one of UNKNOWABLE), else no."""
        if value:
            return YES
        if key in self.situation.unknown:
            return unknown(_QUESTIONS[key])
        return NO

    def any_child_under(self, years: int) -> Outcome:
        children: list[Child] = self.situation.children
        if not children:
            return self.answer(False, "children")
        if self.died is None:
            return unknown(ASK_DATE_OF_DEATH)
        missing = False
        for child in children:
            younger = self._younger_than(child, years, self.died)
            if younger is None:
                missing = True
            elif younger:
                return YES
        return unknown(ASK_CHILDREN_BORN) if missing else NO

    @staticmethod
    def _younger_than(child: Child, years: int, died: date) -> bool | None:
        """Whether the child was younger than ``years`` on ``died``, by its birth date
        or else its age band; None when neither tells."""
        if child.date_of_birth is not None:
            return died < add_years(child.date_of_birth, years)
        band = AGE_BANDS.get(child.age_band)
        if band is None:
            return None
        low, below = band
        if below is not None and below <= years:
            return True
        if low >= years:
            return False
        return None

    def any_child_studying_aged(self, low: int, high: int) -> Outcome:
        """Whether a child was at least ``low`` and younger than ``high`` on the date of
        death and goes to school or studies."""
        children: list[Child] = self.situation.children
        if not children:
            return self.answer(False, "children")
        if self.died is None:
            return unknown(ASK_DATE_OF_DEATH)
        questions: list[str] = []
        for child in children:
            at_least_low = self._younger_than(child, low, self.died)
            below_high = self._younger_than(child, high, self.died)
            if at_least_low is None or below_high is None:
                questions.append(ASK_CHILDREN_BORN)
                continue
            if at_least_low or not below_high:  # younger than low, or high or older
                continue
            studying = self.answer(child.studying, "children_studying")
            if studying.value is True:
                return YES
            questions.extend(studying.questions)
        return unknown(*dict.fromkeys(questions)) if questions else NO


def _no_parent_left(facts: SituationFacts) -> Outcome:
    situation = facts.situation
    if not situation.children:
        return facts.answer(False, "children")
    return facts.answer(
        situation.other_parent_deceased or situation.no_other_legal_parent,
        "other_parent_deceased",
    )


def _partner_below_aow_age(facts: SituationFacts) -> Outcome:
    partner = facts.situation.partner
    if partner is None:
        return facts.answer(False, "partner")
    questions = []
    if partner.date_of_birth is None:
        questions.append(ASK_PARTNER_BORN)
    if facts.died is None:
        questions.append(ASK_DATE_OF_DEATH)
    if questions:
        return unknown(*questions)
    assert facts.died is not None  # noqa: S101  (narrowed above, for the type checker)
    reached = facts.partner_aow_date()
    if reached is None:
        # The partner reached the AOW age before the table's first year.
        if facts.died.year >= facts.aow_table[0].year:
            return NO
        return unknown(ASK_PARTNER_AOW)
    if facts.died < reached.earliest:
        return YES
    if reached.latest is not None and facts.died >= reached.latest:
        return NO
    return unknown(ASK_PARTNER_AOW)


def _income(source: str) -> Callable[[SituationFacts], Outcome]:
    return lambda facts: facts.answer(source in facts.situation.income, "income")


def _allowance_holder(holder: str) -> Callable[[SituationFacts], Outcome]:
    def compute(facts: SituationFacts) -> Outcome:
        if not facts.situation.allowances:
            return facts.answer(False, "allowances")
        if facts.situation.allowance_holder is None:
            return unknown(ASK_ALLOWANCE_HOLDER)
        return known(facts.situation.allowance_holder == holder)

    return compute


def _yes_no_unknown(value: str, question: str) -> Outcome:
    if value == "unknown":
        return unknown(question)
    return known(value == "yes")


def _death_reported(reported_by: str) -> Outcome:
    if reported_by == "unknown":
        return unknown(ASK_DEATH_REPORTED)
    return known(reported_by == "undertaker")


def _rented(facts: SituationFacts) -> Outcome:
    if facts.situation.housing is None:
        return unknown(ASK_HOUSING)
    return known(facts.situation.housing == "rent")


def _relationship(*kinds: str) -> Callable[[SituationFacts], Outcome]:
    def compute(facts: SituationFacts) -> Outcome:
        partner = facts.situation.partner
        if partner is None:
            return facts.answer(False, "partner")
        return facts.answer(partner.relationship in kinds, "partner_relationship")

    return compute


def _incapacity(facts: SituationFacts) -> Outcome:
    partner = facts.situation.partner
    if partner is None:
        return facts.answer(False, "partner")
    return facts.answer(partner.incapacity_45, "partner_incapacity")


def _studying(facts: SituationFacts) -> Outcome:
    studying = any(child.studying for child in facts.situation.children)
    if not facts.situation.children:
        return facts.answer(False, "children")
    return facts.answer(studying, "children_studying")


_QUESTIONS: Final[dict[str, str]] = {
    "partner": ASK_PARTNER,
    "partner_relationship": ASK_RELATIONSHIP,
    "partner_incapacity": ASK_INCAPACITY,
    "children": ASK_CHILDREN,
    "children_studying": ASK_STUDYING,
    "other_parent_deceased": ASK_OTHER_PARENT,
    "income": ASK_INCOME,
    "pension_funds": ASK_PENSION_FUNDS,
    "allowances": ASK_ALLOWANCES,
    "toeslagen_herstel": ASK_HERSTEL,
    "study_debt": ASK_STUDY_DEBT,
    "car": ASK_CAR,
}


_FACT_LIST: Final = (
    Fact("always", "altijd", lambda facts: YES),
    Fact(
        "lived_abroad",
        "de overledene woonde niet in Nederland",
        lambda facts: known(not facts.dossier.deceased.lived_in_netherlands),
    ),
    Fact(
        "has_partner",
        "er is een partner",
        lambda facts: facts.answer(facts.situation.partner is not None, "partner"),
    ),
    Fact(
        "partner_married",
        "de partner was getrouwd of geregistreerd partner",
        _relationship("married", "registered"),
    ),
    Fact(
        "partner_cohabiting",
        "de partner woonde samen zonder huwelijk of geregistreerd partnerschap",
        _relationship("cohabiting", "cohabiting_contract"),
    ),
    Fact(
        "partner_cohabiting_contract",
        "de partner woonde samen met een notarieel samenlevingscontract",
        _relationship("cohabiting_contract"),
    ),
    Fact(
        "partner_below_aow_age",
        "de partner was op de datum van overlijden jonger dan de AOW-leeftijd",
        _partner_below_aow_age,
    ),
    Fact(
        "partner_incapacity_45",
        "de partner is voor minstens 45% arbeidsongeschikt",
        _incapacity,
    ),
    Fact(
        "has_children",
        "de overledene had kinderen",
        lambda facts: facts.answer(bool(facts.situation.children), "children"),
    ),
    Fact(
        "child_under_16",
        "een kind was op de datum van overlijden jonger dan 16",
        lambda facts: facts.any_child_under(16),
    ),
    Fact(
        "child_under_18",
        "een kind was op de datum van overlijden jonger dan 18",
        lambda facts: facts.any_child_under(18),
    ),
    Fact(
        "child_under_21",
        "een kind was op de datum van overlijden jonger dan 21",
        lambda facts: facts.any_child_under(21),
    ),
    Fact(
        "child_studying",
        "een kind studeert of gaat naar school",
        _studying,
    ),
    Fact(
        "child_16_to_21_studying",
        "een kind van 16 tot 21 jaar (op de datum van overlijden) gaat naar school of studeert",
        lambda facts: facts.any_child_studying_aged(16, 21),
    ),
    Fact(
        "no_parent_left",
        "de kinderen hebben geen ouder meer: de andere ouder is ook overleden, of er is "
        "geen andere wettelijke ouder",
        _no_parent_left,
    ),
    Fact(
        "other_parent_deceased",
        "de andere ouder van de kinderen is ook overleden",
        lambda facts: facts.answer(facts.situation.other_parent_deceased, "other_parent_deceased"),
    ),
    Fact("income_aow", "de overledene had AOW", _income("aow")),
    Fact("income_pension", "de overledene had pensioen", _income("pension")),
    Fact(
        "income_uwv_benefit",
        "de overledene had een uitkering van UWV (WW, ZW, WIA, WAO, WAZ of Wajong)",
        _income("uwv_benefit"),
    ),
    Fact("income_anw", "de overledene had een Anw-uitkering", _income("anw")),
    Fact("income_salary", "de overledene had loon uit een baan", _income("salary")),
    Fact("income_business", "de overledene had een eigen bedrijf", _income("business")),
    Fact("income_bijstand", "de overledene had bijstand", _income("bijstand")),
    Fact(
        "has_pension_fund",
        "er is een pensioenfonds bekend",
        lambda facts: facts.answer(bool(facts.situation.pension_funds), "pension_funds"),
    ),
    Fact(
        "has_allowances",
        "het huishouden kreeg toeslagen",
        lambda facts: facts.answer(bool(facts.situation.allowances), "allowances"),
    ),
    Fact(
        "allowance_kinderopvangtoeslag",
        "het huishouden kreeg kinderopvangtoeslag",
        lambda facts: facts.answer(
            "kinderopvangtoeslag" in facts.situation.allowances, "allowances"
        ),
    ),
    Fact(
        "allowance_holder_deceased",
        "de toeslagen stonden op naam van de overledene",
        _allowance_holder("deceased"),
    ),
    Fact(
        "allowance_holder_partner",
        "de toeslagen stonden op naam van de partner",
        _allowance_holder("partner"),
    ),
    Fact(
        "toeslagen_herstel",
        "de overledene was (mogelijk) gedupeerd door de toeslagenaffaire",
        lambda facts: facts.answer(facts.situation.toeslagen_herstel, "toeslagen_herstel"),
    ),
    Fact("rented", "de overledene huurde de woning", _rented),
    Fact(
        "study_debt",
        "de overledene had een studieschuld",
        lambda facts: facts.answer(facts.situation.study_debt, "study_debt"),
    ),
    Fact(
        "has_car",
        "de overledene had een auto of ander voertuig met een kenteken",
        lambda facts: facts.answer(facts.situation.car, "car"),
    ),
    Fact(
        "has_will",
        "er is een testament",
        lambda facts: _yes_no_unknown(facts.situation.will, ASK_WILL),
    ),
    Fact(
        "death_reported_by_undertaker",
        "de uitvaartondernemer doet de aangifte van het overlijden",
        lambda facts: _death_reported(facts.situation.death_reported_by),
    ),
    Fact(
        "estate_above_exemption",
        "de erfenis is groter dan de vrijstelling van de erfbelasting",
        lambda facts: _yes_no_unknown(facts.situation.estate_above_exemption, ASK_ESTATE),
    ),
)

FACTS: Final[dict[str, Fact]] = {fact.name: fact for fact in _FACT_LIST}
