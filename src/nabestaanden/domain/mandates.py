"""The mandate register: who may act for the estate, where, how far and how long.

After a death every machtiging and volmacht the deceased gave has lapsed. What takes
their place is recorded here: the authorised party, the legal basis with its
evidence, the services (organisation, type, rights), the duration and the status
with its history. The rules below say when a mandate has ended and warn where the
family could go wrong; each warning carries its sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
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


# --- warnings ------------------------------------------------------------------------------

SOURCE_VOLMACHT: Final = "https://www.ntrs.nl/2023/07/15/levenstestament-na-de-dood"
SOURCE_BANK: Final = "https://www.ikwoonleefzorg.nl/financien/bankzaken-regelen-na-een-overlijden"
SOURCE_BEWIND: Final = "https://axilon.nl/?page_id=36"
SOURCE_DIGID: Final = (
    "https://nhnieuws.nl/nieuws/n135286/ombudsman-machtiging-digid-namens-kwetsbare-burgers-"
    "niet-goed-geregeld"
)
SOURCE_NBM_WHO: Final = (
    "https://www.belastingdienst.nl/wps/wcm/connect/nl/na-een-overlijden/content/"
    "nabestaandenmachtiging-belastingdienst-voor-wie"
)
SOURCE_NBM_ONE: Final = (
    "https://www.accountancyvanmorgen.nl/2025/05/19/fiscus-geeft-ook-organisaties-"
    "nabestaandenmachtiging/"
)
SOURCE_NBM_MARCH: Final = (
    "https://www.uitvaart.nl/nabestaandenmachtiging-belastingzaken-van-een-overledene-online-"
    "regelen/71210"
)


@dataclass(frozen=True)
class Warning:
    """Something the family should know, where it matters; ``mandate`` is the index of
    the mandate it is about (None: the register as a whole)."""

    code: str
    text: str
    sources: tuple[str, ...]
    mandate: int | None = None
    to_verify: bool = False


GENERAL_WARNINGS: Final = (
    Warning(
        "volmacht_vervallen",
        "Een volmacht of levenstestament van de overledene is meestal gestopt bij het "
        "overlijden, tenzij erin staat dat hij daarna doorloopt; de erfgenamen kunnen "
        "hem dan intrekken. Overheidsorganisaties accepteren zo'n volmacht vaak niet als "
        "machtiging. Wie nu iets mag regelen, staat in het overzicht van machtigingen.",
        (SOURCE_VOLMACHT, SOURCE_BANK),
        to_verify=True,  # that government bodies refuse one: no official statement found
    ),
    Warning(
        "digid_overledene",
        "Gebruik nooit de DigiD van de overledene. Dat mag niet, ook niet na het "
        "overlijden. U regelt zaken met uw eigen DigiD en een machtiging.",
        (SOURCE_DIGID,),
    ),
    Warning(
        "bewind_eindigt",
        "Had de overledene een bewindvoerder? Dan is dat bewind gestopt bij het overlijden.",
        (SOURCE_BEWIND,),
    ),
)


def _is_verklaring(document: str) -> bool:
    """Whether the evidence is a verklaring van erfrecht or van executele."""
    text = document.casefold()
    return "erfrecht" in text or "executele" in text


# Who may apply without a will: the married or registered partner and/or the children
# come first (see the warning "nbm_volgorde"); the partner's relationship counts.
_FIRST_IN_LINE: Final = ("partner", "child")
_PARTNER_IN_LINE: Final = ("married", "registered")


def _same_holder(one: Holder, other: Holder) -> bool:
    """The same person, or the same organisation whatever its capitals and spaces."""
    if one.is_person or other.is_person:
        return one.person == other.person
    return organisation_key(one.organisation) == organisation_key(other.organisation)


def _period(mandate: Mandate) -> tuple[date, date]:
    """The days a mandate is meant to hold: from ``valid_from`` (or always) until its
    end date, or the day before it was revoked (or for good)."""
    start = mandate.valid_from or date.min
    end = mandate.valid_until or date.max
    revoked = next((c.on for c in mandate.history if c.status in ENDED_STATUSES), None)
    if revoked is not None:
        end = min(end, revoked - timedelta(days=1))
    return start, end


def _overlap(one: Mandate, other: Mandate) -> bool:
    start, end = _period(one)
    other_start, other_end = _period(other)
    return start <= other_end and other_start <= end


def online_return_from(died: date) -> date:
    """The first day the last income-tax return can be filed online with the
    nabestaandenmachtiging: 1 March of the year after the death. (The machtiging
    itself can be requested at once; no source limits the request to 1 March.)"""
    return date(died.year + 1, 3, 1)


def warnings(
    mandates: list[Mandate],
    died: date | None,
    has_will: str,
    on: date,
    finished_tasks: Iterable[str] = (),
    relation_of: Mapping[Holder, str | None] | None = None,
    partner_relationship: str | None = None,
) -> list[Warning]:
    """The general warnings, then those about particular mandates.

    ``has_will`` is the situation's answer (yes, no, unknown). ``relation_of`` gives a
    person holder's relation to the deceased (partner, child, ...; None: not known),
    ``partner_relationship`` the partner's (married, registered, cohabiting...).
    """
    relations = relation_of or {}
    done = tuple(finished_tasks)
    found = list(GENERAL_WARNINGS)
    holders: list[tuple[int, Holder]] = []
    for index, mandate in enumerate(mandates):
        if status_on(mandate, on) is None:
            continue  # not recorded yet on that day
        state = standing(mandate, on, done)
        if state.status == "verlopen" and mandate.status != "verlopen":
            found.append(Warning("verlopen", state.reason, (), index))
        if mandate.legal_basis != "nabestaandenmachtiging":
            continue
        if state.status in LIVE_STATUSES:
            holders.append((index, mandate.holder))
        if (
            has_will != "no"
            and state.status in LIVE_STATUSES
            and not _is_verklaring(mandate.evidence.document)
        ):
            found.append(
                Warning(
                    "nbm_verklaring",
                    "Is er een testament? Dan hebt u voor de nabestaandenmachtiging een "
                    "verklaring van erfrecht of een verklaring van executele nodig.",
                    (SOURCE_NBM_WHO,),
                    index,
                )
            )
        if has_will == "no" and state.status in LIVE_STATUSES:
            relation = relations.get(mandate.holder) if mandate.holder.is_person else None
            in_line = relation in _FIRST_IN_LINE and (
                relation != "partner" or partner_relationship in _PARTNER_IN_LINE
            )
            if not in_line:
                if not mandate.holder.is_person:
                    why = (
                        "Een organisatie staat niet in die volgorde; of zij de machtiging "
                        "zonder testament kan krijgen, weten we niet zeker."
                    )
                elif relation is None:
                    why = "In het dossier staat niet of deze persoon de partner of een kind is."
                else:
                    why = (
                        "Volgens het dossier is deze persoon geen echtgenoot, geregistreerd "
                        "partner of kind."
                    )
                found.append(
                    Warning(
                        "nbm_volgorde",
                        "Zonder testament mag niet iedereen de nabestaandenmachtiging "
                        "aanvragen. Er is een vaste volgorde: eerst de echtgenoot of "
                        "geregistreerd partner en de kinderen (geen stiefkinderen), daarna "
                        f"bijvoorbeeld de kleinkinderen. {why} Controleer of de machtiging "
                        "zo kan worden aangevraagd.",
                        (SOURCE_NBM_WHO, SOURCE_NBM_ONE),
                        index,
                        # facts.md names no rule for an organisation without a will
                        to_verify=not mandate.holder.is_person,
                    )
                )
        if mandate.duration == "geen_einddatum" and state.status in LIVE_STATUSES:
            found.append(
                Warning(
                    "nbm_geldigheid",
                    "Hoe lang de nabestaandenmachtiging geldt, weten we niet zeker. Kijk "
                    "in de brief van de Belastingdienst en vul de einddatum in als die "
                    "erin staat.",
                    (SOURCE_NBM_ONE,),
                    index,
                    to_verify=True,  # facts.md: validity period not confirmed
                )
            )
        if not mandate.holder.is_person and state.status in LIVE_STATUSES:
            found.append(
                Warning(
                    "nbm_organisatie",
                    "Een organisatie, zoals een notariskantoor, kan de "
                    "nabestaandenmachtiging alleen krijgen als zij de executeur is. Zij "
                    "logt dan in met eHerkenning.",
                    (SOURCE_NBM_ONE,),
                    index,
                )
            )
        if died is not None and state.status in LIVE_STATUSES:
            start = online_return_from(died)
            if on < start:
                found.append(
                    Warning(
                        "nbm_maart",
                        "De laatste aangifte inkomstenbelasting van de overledene kunt u "
                        f"online doen vanaf {long_date(start)} (1 maart van het jaar na "
                        "het overlijden). De machtiging zelf kunt u nu al aanvragen en "
                        "gebruiken, bijvoorbeeld om Mijn toeslagen van de overledene te "
                        "bekijken. Tussen 1 maart en 1 mei kan het tot 15 werkdagen duren "
                        "voor een aanvraag is verwerkt.",
                        (SOURCE_NBM_WHO, SOURCE_NBM_MARCH, SOURCE_NBM_ONE),
                        index,
                    )
                )
    for position, (index, holder) in enumerate(holders):
        earlier = holders[:position]
        if any(
            _same_holder(holder, other) is False
            and _overlap(mandates[index], mandates[other_index])
            for other_index, other in earlier
        ):
            found.append(
                Warning(
                    "nbm_een_houder",
                    "Maar één persoon of organisatie tegelijk kan de nabestaandenmachtiging "
                    "hebben. Er staat al een andere in het overzicht.",
                    (SOURCE_NBM_ONE,),
                    index,
                )
            )
    return found


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
