"""Where the family could go wrong with mandates: each warning with its sources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from nabestaanden.domain.dates import long_date
from nabestaanden.domain.mandates import (
    ENDED_STATUSES,
    LIVE_STATUSES,
    Holder,
    Mandate,
    organisation_key,
    standing,
    status_on,
)

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
