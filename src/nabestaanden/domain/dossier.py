"""The facts of one dossier, as plain data: the deceased, the situation, the people.

These classes mirror the exchange format (``docs/dossier-format.md``); the store
maps them to tables and the exchange module reads and writes them as JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Final, Literal

from nabestaanden.domain.estate import Estate
from nabestaanden.domain.mandate_warnings import Warning, warnings
from nabestaanden.domain.mandates import LIVE_STATUSES, Holder, Mandate, standing

if TYPE_CHECKING:
    from nabestaanden.domain.letters import RegisteredLetter

YesNoUnknown = Literal["yes", "no", "unknown"]

# A value of one form field: text, a date, a yes/no, or nothing yet.
FieldValue = str | date | bool | None

# The roles a person has in a dossier.
DECEASED: Final = "deceased"
CONTACT: Final = "contact"
HEIR: Final = "heir"

RELATIONSHIPS: Final = ("married", "registered", "cohabiting_contract", "cohabiting")
INCOME_SOURCES: Final = (
    "aow",
    "pension",
    "uwv_benefit",
    "anw",
    "salary",
    "business",
    "bijstand",
)
ALLOWANCES: Final = ("huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden_budget")
ALLOWANCE_HOLDERS: Final = ("deceased", "partner")
HOUSING: Final = ("rent", "own", "care_home", "other")
YES_NO_UNKNOWN: Final = ("yes", "no", "unknown")
# Questions the family may answer "weet ik niet" (``situation.unknown``). Until they
# know, the tasks that depend on the answer stay in the plan with the question.
UNKNOWABLE: Final = (
    "partner",
    "partner_relationship",
    "partner_incapacity",
    "children",
    "children_studying",
    "other_parent_deceased",
    "income",
    "pension_funds",
    "allowances",
    "toeslagen_herstel",
    "study_debt",
    "car",
)
DEATH_REPORTERS: Final = ("undertaker", "family", "unknown")
# A child's age on the date of death, in the bands the rules need: (from, below) years.
AGE_BANDS: Final[dict[str, tuple[int, int | None]]] = {
    "under_16": (0, 16),
    "16_17": (16, 18),
    "18_20": (18, 21),
    "21_plus": (21, None),
}
RELATIONS: Final = (
    "partner",
    "child",
    "grandchild",
    "other_relative",
    "executeur",
    "bewindvoerder",
    "notary",
    "other",
)
TASK_STATUSES: Final = ("todo", "in_progress", "waiting", "done", "not_applicable")
TASK_STATUS_LABELS: Final[dict[str, str]] = {
    "todo": "te doen",
    "in_progress": "bezig",
    "waiting": "wacht op antwoord",
    "done": "klaar",
    "not_applicable": "niet van toepassing",
}
# A task in one of these states no longer holds up the tasks that depend on it.
FINISHED_STATUSES: Final = ("done", "not_applicable")

RELATION_LABELS: Final[dict[str, str]] = {
    "partner": "Partner",
    "child": "Kind",
    "grandchild": "Kleinkind",
    "other_relative": "Ander familielid",
    "executeur": "Executeur",
    "bewindvoerder": "Bewindvoerder",
    "notary": "Notaris",
    "other": "Anders",
}


def full_name(first_names: str, surname_prefix: str, surname: str) -> str:
    """A person's name as written on an envelope: ``Johanna Maria van der Berg``."""
    return " ".join(part.strip() for part in (first_names, surname_prefix, surname) if part.strip())


@dataclass
class Address:
    street: str = ""
    number: str = ""
    addition: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"


@dataclass
class Deceased:
    first_names: str = ""
    surname_prefix: str = ""
    surname: str = ""
    bsn: str = ""
    date_of_birth: date | None = None
    date_of_death: date | None = None
    address: Address = field(default_factory=Address)
    lived_in_netherlands: bool = True

    @property
    def full_name(self) -> str:
        return full_name(self.first_names, self.surname_prefix, self.surname)


@dataclass
class Contact:
    """The person who uses the app for this dossier and signs the letters."""

    first_names: str = ""
    surname_prefix: str = ""
    surname: str = ""
    relation: str | None = None
    address: Address = field(default_factory=Address)
    phone: str = ""
    email: str = ""
    iban: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.first_names, self.surname_prefix, self.surname)


@dataclass
class Heir:
    first_names: str = ""
    surname_prefix: str = ""
    surname: str = ""
    relation: str | None = None
    address: Address | None = None
    # The heir's part as the will gives it ("1/2"; "" when there is no will, or not
    # entered): see ``estate_shares.parse_share``.
    will_share: str = ""
    # For a grandchild: the name of the deceased's child whose place it takes (that
    # child died before the deceased, or refused the inheritance); "" otherwise.
    in_place_of: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.first_names, self.surname_prefix, self.surname)


@dataclass
class Partner:
    relationship: str = "married"
    date_of_birth: date | None = None
    incapacity_45: bool = False
    # The partner's name (the partner is not always an heir, nor the contact person).
    first_names: str = ""
    surname_prefix: str = ""
    surname: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.first_names, self.surname_prefix, self.surname)


@dataclass
class Child:
    date_of_birth: date | None = None
    studying: bool = False
    # How old the child was on the date of death, when the birth date is not known
    # (one of AGE_BANDS; "" not given): enough for the age limits of 16, 18 and 21.
    age_band: str = ""


@dataclass
class Situation:
    """The answers that decide which tasks apply (see the checklist engine)."""

    will: str = "unknown"
    partner: Partner | None = None
    children: list[Child] = field(default_factory=list)
    other_parent_deceased: bool = False
    # The children have only one legal parent (the deceased): they are orphans now.
    no_other_legal_parent: bool = False
    income: list[str] = field(default_factory=list)
    pension_funds: list[str] = field(default_factory=list)
    allowances: list[str] = field(default_factory=list)
    allowance_holder: str | None = None
    housing: str | None = None
    # The household was recognised as gedupeerde of the toeslagen affair (herstel).
    toeslagen_herstel: bool = False
    study_debt: bool = False
    # The deceased had a car or another vehicle with a kenteken.
    car: bool = False
    estate_above_exemption: str = "unknown"
    # Who reports the death to the gemeente (aangifte): almost always the undertaker,
    # so that is the default; "family" or "unknown" put the task in the plan.
    death_reported_by: str = "undertaker"
    # The questions answered "weet ik niet" (see UNKNOWABLE). A value that says yes
    # (a partner, a child, an income listed) counts; "unknown" only stands for what
    # may be missing: no partner, no more children, no other income.
    unknown: list[str] = field(default_factory=list)


@dataclass
class TaskProgress:
    status: str = "todo"
    note: str = ""
    done_on: date | None = None
    started_on: date | None = None


@dataclass
class OrganisationDetails:
    """The family's own details at one organisation: its name, address and their reference.

    ``organisation`` is a catalogue id (``bank``, ``abp``), a pension fund's free name as
    in ``situation.pension_funds``, or empty for an organisation the catalogue does not
    know. ``name`` is the organisation's own name where the catalogue's is general
    ("ING Bank" for ``bank``). A missing address means: use the catalogue's, if any.
    """

    organisation: str = ""
    name: str = ""
    department: str = ""
    address: Address | None = None
    reference: str = ""
    phone: str = ""


@dataclass
class Dossier:
    """Everything the exchange format carries about one dossier."""

    deceased: Deceased = field(default_factory=Deceased)
    situation: Situation = field(default_factory=Situation)
    contact: Contact = field(default_factory=Contact)
    heirs: list[Heir] = field(default_factory=list)
    tasks: dict[str, TaskProgress] = field(default_factory=dict)
    organisations: list[OrganisationDetails] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    # Format version 2: the dossier's own name, where the questions were left, whether
    # it is archived, and the register of letters (oldest first).
    title: str = ""
    intake_step: str = "done"
    archived: bool = False
    letters: list[RegisteredLetter] = field(default_factory=list)
    # What the estate holds and owes, and the documents sent out (optional in the file).
    estate: Estate = field(default_factory=Estate)

    def finished_tasks(self) -> list[str]:
        """The tasks marked done or not applicable, whether or not the plan lists them
        (an "eenmalig" mandate ends with its task, wherever that task is)."""
        return [
            task_id
            for task_id, progress in self.tasks.items()
            if progress.status in FINISHED_STATUSES
        ]


def holder_name(holder: Holder, dossier: Dossier) -> str:
    """Who a mandate's holder is, by name: the contact person, an heir, an organisation."""
    if holder.organisation:
        return holder.organisation
    if holder.person == "contact":
        return dossier.contact.full_name or "De contactpersoon (naam nog niet ingevuld)"
    heir = heir_of(holder, dossier)
    if heir is not None:
        return heir.full_name or "een erfgenaam"
    return "onbekend"


def heir_of(holder: Holder, dossier: Dossier) -> Heir | None:
    """The heir a holder ``heir:N`` is, if the dossier has that heir."""
    index = holder.heir_index
    return dossier.heirs[index] if index is not None and index < len(dossier.heirs) else None


def holder_relation(holder: Holder, dossier: Dossier) -> str | None:
    """A person holder's relation to the deceased (partner, child...), None if not known."""
    if holder.person == "contact":
        return dossier.contact.relation
    heir = heir_of(holder, dossier)
    return heir.relation if heir is not None else None


def mandate_warnings(
    dossier: Dossier,
    on: date,
    finished_tasks: Iterable[str],
    mandates: list[Mandate] | None = None,
) -> list[Warning]:
    """The register's warnings for this dossier (see ``mandates.warnings``); a warning's
    ``mandate`` indexes ``mandates`` (default: the dossier's own list)."""
    partner = dossier.situation.partner
    listed = dossier.mandates if mandates is None else mandates
    return warnings(
        listed,
        dossier.deceased.date_of_death,
        dossier.situation.will,
        on,
        finished_tasks,
        {mandate.holder: holder_relation(mandate.holder, dossier) for mandate in listed},
        partner.relationship if partner is not None else None,
    )


def live_holders(dossier: Dossier, on: date) -> set[Holder]:
    """Who holds a mandate that is not over on ``on`` (concept, aangevraagd, actief):
    such a person cannot be taken off the list of heirs."""
    finished = dossier.finished_tasks()
    return {
        mandate.holder
        for mandate in dossier.mandates
        if standing(mandate, on, finished).status in LIVE_STATUSES
    }
