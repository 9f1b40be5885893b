"""The mandate register: who may act for the estate, where, how far and how long.

After a death every machtiging and volmacht the deceased gave has lapsed. What takes
their place is recorded here: the authorised party, the legal basis with its
evidence, the services (organisation, type, rights), the duration and the status
with its history. The functions below say when a mandate has ended and who may act
for a task; ``mandate_warnings`` warns where the family could go wrong, and
``mandate_rules`` says what may be entered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from nabestaanden.domain.dates import long_date

# The kinds of standing someone has to act for the estate.
LEGAL_BASES: Final = (
    "erfgenaam_wet",
    "erfgenaam_testament",
    "executeur",
    "verklaring_van_erfrecht",
    "boedelvolmacht",
    "nabestaandenmachtiging",
    "rechter",
    "anders",
)


LEGAL_BASIS_LABELS: Final[dict[str, str]] = {
    "erfgenaam_wet": "erfgenaam volgens de wet",
    "erfgenaam_testament": "erfgenaam volgens het testament",
    "executeur": "executeur (met verklaring van executele)",
    "verklaring_van_erfrecht": "verklaring van erfrecht",
    "boedelvolmacht": "boedelvolmacht, getekend door de mede-erfgenamen",
    "nabestaandenmachtiging": "nabestaandenmachtiging van de Belastingdienst",
    "rechter": "benoemd door de rechter",
    "anders": "anders",
}


SERVICE_TYPES: Final = (
    "financien",
    "belastingen",
    "toeslagen",
    "pensioen",
    "zorg",
    "wonen",
    "overig",
)


SERVICE_TYPE_LABELS: Final[dict[str, str]] = {
    "financien": "financiën",
    "belastingen": "belastingen",
    "toeslagen": "toeslagen",
    "pensioen": "pensioen",
    "zorg": "zorg",
    "wonen": "wonen",
    "overig": "overig",
}


RIGHTS: Final = ("inzien", "wijzigen", "aanvragen")


RIGHT_LABELS: Final[dict[str, str]] = {
    "inzien": "inzien",
    "wijzigen": "wijzigen",
    "aanvragen": "aanvragen of indienen",
}


DURATIONS: Final = ("eenmalig", "tot_datum", "geen_einddatum")


DURATION_LABELS: Final[dict[str, str]] = {
    "eenmalig": "eenmalig, voor één taak",
    "tot_datum": "tot een datum",
    "geen_einddatum": "geen einddatum",
}


STATUSES: Final = ("concept", "aangevraagd", "actief", "ingetrokken", "verlopen")


STATUS_LABELS: Final[dict[str, str]] = {
    "concept": "concept",
    "aangevraagd": "aangevraagd",
    "actief": "actief",
    "ingetrokken": "ingetrokken",
    "verlopen": "verlopen",
}


# Statuses in which a mandate can still be (or become) used, and those that end it.
LIVE_STATUSES: Final = ("concept", "aangevraagd", "actief")


ENDED_STATUSES: Final = ("ingetrokken", "verlopen")


CONTACT_HOLDER: Final = "contact"  # the dossier's contact person as the holder


@dataclass(frozen=True)
class Holder:
    """Who is authorised: a person of the dossier (``contact`` or ``heir:N``, the Nth
    heir counting from 0) or an organisation by name (a notary's office, a firm)."""

    person: str = ""
    organisation: str = ""

    @property
    def is_person(self) -> bool:
        return bool(self.person)

    @property
    def heir_index(self) -> int | None:
        """The place of the heir in the dossier's list (``heir:N``), or None."""
        number = self.person.removeprefix("heir:")
        return int(number) if self.person.startswith("heir:") and number.isdigit() else None


def organisation_key(name: str) -> str:
    """An organisation's name for comparing: spaces tidied, capitals ignored. The same
    office typed twice ("Notaris  X", "notaris x") is one organisation."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Evidence:
    """The document that gives the holder the standing: its name, date and reference."""

    document: str = ""
    issued_on: date | None = None
    reference: str = ""


@dataclass(frozen=True)
class Service:
    """One service a mandate covers: an organisation, the kind of service, the rights.

    ``organisation`` is a catalogue id or a name typed in (then ``name`` repeats it).
    """

    organisation: str
    service_type: str
    rights: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class StatusChange:
    status: str
    on: date
    note: str = ""


@dataclass(frozen=True)
class Mandate:
    """One mandate: who, on what basis, which services, how long, and its status."""

    holder: Holder
    legal_basis: str
    services: tuple[Service, ...]
    duration: str
    evidence: Evidence = field(default_factory=Evidence)
    task: str | None = None  # for "eenmalig": the task it is for
    valid_from: date | None = None
    valid_until: date | None = None  # for "tot_datum"
    history: tuple[StatusChange, ...] = ()
    note: str = ""

    @property
    def status(self) -> str:
        """The status last recorded ("concept" when none is)."""
        return self.history[-1].status if self.history else "concept"

    def with_status(self, status: str, on: date, note: str = "") -> Mandate:
        """The mandate with a new status added to its history (the old ones stay).

        Only the order of the history is checked here (not the dates against today
        or the death: see :func:`mandate_rules.check_status_change`).

        Raise:
            ValueError: an unknown status, a status after an ended one, or a date
                before the previous status.
        """
        from nabestaanden.domain.mandate_rules import status_problems

        problems = status_problems(self.history, status, on, date.max, None)
        if problems:
            raise ValueError(problems[0].message[:1].upper() + problems[0].message[1:])
        return replace(self, history=(*self.history, StatusChange(status, on, note)))


def grant(
    holder: Holder,
    legal_basis: str,
    organisations: Iterable[tuple[str, str, str]],
    rights: Iterable[str],
    duration: str,
    on: date,
    **details: object,
) -> Mandate:
    """Several services in one go: the same rights and duration for each organisation.

    ``organisations`` gives (organisation id or name, service type, name) per service.
    """
    chosen = tuple(right for right in RIGHTS if right in set(rights))
    services = tuple(
        Service(organisation, service_type, chosen, name)
        for organisation, service_type, name in organisations
    )
    mandate = Mandate(holder, legal_basis, services, duration, **details)  # type: ignore[arg-type]
    return mandate.with_status("concept", on)


# The kind of service each catalogue organisation is about (a suggestion; the family
# may choose another). Pension funds the catalogue marks as such are "pensioen".
_SERVICE_TYPE_OF: Final[dict[str, str]] = {
    "belastingdienst": "belastingen",
    "toeslagen": "toeslagen",
    "svb": "pensioen",
    "uwv": "pensioen",
    "pensioenfonds": "pensioen",
    "bank": "financien",
    "duo": "financien",
    "kvk": "financien",
    "zorgverzekeraar": "zorg",
    "cak": "zorg",
    "verhuurder": "wonen",
    "waterschap": "wonen",
}


def default_service_type(organisation: str, pension_fund: bool = False) -> str:
    """The kind of service an organisation is about, as a first choice in the editor."""
    if pension_fund:
        return "pensioen"
    return _SERVICE_TYPE_OF.get(organisation, "overig")


# --- when a mandate has ended ------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """A mandate's status on a given day, with the reason in Dutch where it is not
    simply the status recorded; ``usable``: it may be used that day."""

    status: str
    reason: str = ""
    usable: bool = False


def status_on(mandate: Mandate, on: date) -> str | None:
    """The status recorded on or before ``on`` (None: the mandate was not there yet)."""
    recorded = [change for change in mandate.history if change.on <= on]
    if recorded:
        return recorded[-1].status
    return None if mandate.history else "concept"


def standing(mandate: Mandate, on: date, finished_tasks: Iterable[str] = ()) -> Standing:
    """The status on ``on``, from the history up to that day: a revoked one stays
    revoked; one past its end date, or an "eenmalig" one whose task is done, has
    expired (verlopen); an active one whose start date is still to come is not usable
    yet."""
    status = status_on(mandate, on)
    if status is None:
        first = mandate.history[0].on
        return Standing("concept", f"Bestond nog niet: vastgelegd op {long_date(first)}.")
    if status in ENDED_STATUSES:
        return Standing(status)
    if mandate.valid_until is not None and on > mandate.valid_until:
        return Standing("verlopen", f"Verlopen op {long_date(mandate.valid_until)}.")
    if mandate.duration == "eenmalig" and mandate.task and mandate.task in set(finished_tasks):
        return Standing("verlopen", "Eenmalig: de taak waarvoor deze machtiging was, is klaar.")
    if mandate.valid_from is not None and on < mandate.valid_from:
        return Standing(status, f"Geldt vanaf {long_date(mandate.valid_from)}.")
    return Standing(status, usable=status == "actief")


def for_task(
    mandates: Iterable[Mandate],
    task_id: str,
    organisations: Iterable[str],
    on: date,
    finished_tasks: Iterable[str] = (),
) -> list[tuple[Mandate, Service]]:
    """Who may act for one task today: each usable mandate with its service at one of
    the task's organisations. An "eenmalig" mandate counts only for its own task."""
    done = tuple(finished_tasks)
    usable = [
        mandate
        for mandate in mandates
        if (mandate.duration != "eenmalig" or mandate.task == task_id)
        and standing(mandate, on, done).usable
    ]
    return [
        (mandate, service)
        for organisation in organisations
        for mandate in usable
        for service in mandate.services
        if service.organisation == organisation
    ]


def who_may(
    mandates: Iterable[Mandate],
    organisation: str,
    right: str,
    on: date,
    finished_tasks: Iterable[str] = (),
    service_type: str | None = None,
) -> list[Mandate]:
    """Who may do ``right`` at ``organisation`` on ``on``: the active mandates with a
    service there that has that right (and that type, if given)."""
    done = tuple(finished_tasks)
    return [
        mandate
        for mandate in mandates
        if standing(mandate, on, done).usable
        and any(
            service.organisation == organisation
            and right in service.rights
            and (service_type is None or service.service_type == service_type)
            for service in mandate.services
        )
    ]


def by_organisation(
    mandates: Iterable[Mandate],
) -> Mapping[tuple[str, str], list[tuple[int, Service]]]:
    """The register per organisation, in the order they first appear: for each
    (organisation, its own name; both in lower case, spaces tidied) the mandates there
    (by their place in ``mandates``) with their service. Two banks with their own
    names are two groups; one office typed twice in other capitals is one."""
    result: dict[tuple[str, str], list[tuple[int, Service]]] = {}
    for index, mandate in enumerate(mandates):
        for service in mandate.services:
            key = (organisation_key(service.organisation), organisation_key(service.name))
            result.setdefault(key, []).append((index, service))
    return result
