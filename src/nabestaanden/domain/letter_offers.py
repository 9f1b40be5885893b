"""Which letters the plan offers, and to whom: the recipients and their addresses."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from babel import Locale

from nabestaanden.domain.catalogue import PENSION_FUNDS, Catalogue
from nabestaanden.domain.conditions import (
    Outcome,
)
from nabestaanden.domain.dates import add_months, long_date
from nabestaanden.domain.dossier import Address, Dossier, OrganisationDetails
from nabestaanden.domain.letter_texts import ANY_ORGANISATION, LETTER_FACTS, LetterDefinition
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.rules import SituationFacts

if TYPE_CHECKING:
    from nabestaanden.domain.letters import LetterContent

# --- which letters a plan calls for -------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Who a letter goes to, with the address as it goes in the envelope window."""

    organisation_id: str
    name: str
    department: str = ""
    lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    reference: str = ""
    phone: str = ""
    address_to_verify: str = ""  # what is unsure about a catalogue address, if anything

    @property
    def has_address(self) -> bool:
        return bool(self.lines and self.city)

    def address_lines(self) -> list[str]:
        """The address block the PostNL way: name, department, street or Postbus, postcode
        and city (``1234 AB  PLAATS``), and the country for an address abroad."""
        # A catalogue address may start with the name itself ("ABP Pensioenen").
        starts_with_name = bool(self.lines) and self.lines[0].casefold().startswith(
            self.name.casefold()
        )
        block = [] if starts_with_name else [self.name]
        if self.department:
            block.append(self.department)
        block.extend(self.lines)
        if self.postcode or self.city:
            block.append(postal_line(self.postcode, self.city, self.country))
        if self.country and self.country != "NL":
            block.append(country_name(self.country).upper())
        return [line for line in block if line]


def postal_line(postcode: str, city: str, country: str = "NL") -> str:
    """``1234 AB  UTRECHT``: postcode with one space, two spaces, the city in capitals."""
    postcode = " ".join(postcode.split())
    if country == "NL" and re.fullmatch(r"\d{4} ?[A-Za-z]{2}", postcode):
        postcode = f"{postcode[:4]} {postcode[-2:].upper()}"
    city = " ".join(city.split()).upper()
    return f"{postcode}  {city}" if postcode else city


def country_name(code: str) -> str:
    """The Dutch name of a country: ``BE`` → ``België``."""
    territories: Mapping[str, str] = Locale.parse("nl_NL").territories
    return territories.get(code.upper(), code.upper())


def address_street_line(address: Address) -> str:
    number = " ".join(part for part in (address.number, address.addition) if part)
    return " ".join(part for part in (address.street, number) if part)


def recipient_for(
    organisation_id: str, catalogue: Catalogue, details: OrganisationDetails | None
) -> Recipient:
    """The recipient from the family's details, falling back on the catalogue's address."""
    known_org = catalogue.organisations.get(organisation_id)
    name = (details.name if details else "") or catalogue.organisation_name(organisation_id)
    if details is not None and details.address is not None:
        address = details.address
        street = address_street_line(address)
        return Recipient(
            organisation_id=organisation_id,
            name=name,
            department=details.department,
            lines=(street,) if street else (),
            postcode=address.postcode,
            city=address.city,
            country=address.country or "NL",
            reference=details.reference,
            phone=details.phone,
        )
    postal = known_org.address if known_org else None
    lines: tuple[str, ...] = ()
    if postal is not None:
        # The catalogue's first line may repeat the name ("ABP Pensioenen"): keep it.
        lines = postal.lines
    return Recipient(
        organisation_id=organisation_id,
        name=name,
        department=details.department if details else "",
        lines=lines,
        postcode=postal.postcode if postal else "",
        city=postal.city if postal else "",
        reference=details.reference if details else "",
        phone=details.phone if details else "",
        address_to_verify=(
            postal.verification.note if postal and postal.verification.to_verify else ""
        ),
    )


@dataclass(frozen=True)
class LetterOffer:
    """A letter the plan offers: one definition, addressed to one organisation."""

    definition: LetterDefinition
    recipient: Recipient
    item: PlanItem | None
    called_for: bool
    reason: str
    number: int = 1  # the 2nd, 3rd... letter of this kind to a recipient of the same name

    @property
    def key(self) -> str:
        """Stable and readable: the letter id and the recipient, as a file name stem
        (``-2`` and so on for a second entry with the same name, such as two accounts)."""
        base = f"{self.definition.id}-{slug(self.recipient.name)}"
        return base if self.number == 1 else f"{base}-{self.number}"


def slug(text: str) -> str:
    """``Pensioenfonds Zorg & Welzijn`` → ``pensioenfonds-zorg-welzijn`` (for file names)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "organisatie"


class LetterFacts:
    """The situation facts plus the letter facts, for paragraph and letter conditions."""

    def __init__(self, dossier: Dossier, catalogue: Catalogue) -> None:
        self.dossier = dossier
        self.situation = SituationFacts(dossier, catalogue.aow_table)

    def __call__(self, name: str) -> Outcome:
        if name in LETTER_FACTS:
            return LETTER_FACTS[name](self.dossier)
        return self.situation(name)


def _recipients(
    definition: LetterDefinition, dossier: Dossier, catalogue: Catalogue
) -> list[Recipient]:
    entries = dossier.organisations
    if definition.organisation == ANY_ORGANISATION:
        known_ids = set(catalogue.organisations) | set(dossier.situation.pension_funds)
        return [
            recipient_for(entry.organisation, catalogue, entry)
            for entry in entries
            if entry.organisation not in known_ids
        ]
    if definition.organisation == PENSION_FUNDS and dossier.situation.pension_funds:
        wanted = list(dossier.situation.pension_funds)
    else:
        wanted = [definition.organisation]
    result: list[Recipient] = []
    for organisation_id in wanted:
        matching = [entry for entry in entries if entry.organisation == organisation_id]
        if matching:
            result.extend(recipient_for(organisation_id, catalogue, entry) for entry in matching)
        else:
            result.append(recipient_for(organisation_id, catalogue, None))
    return result


def letters_for_plan(plan: Plan, letters: Mapping[str, LetterDefinition]) -> list[LetterOffer]:
    """Every letter the plan offers, in the plan's order; ``called_for`` marks the ones to send.

    A letter is offered when its task is in the plan and its ``offered_when`` (by
    default its ``when``) is not false. It is called for when, besides, its task
    applies for sure and is not finished, the task's prerequisites are finished (or
    its deadline is near or past), its ``when`` holds (or the task's expected date has
    passed, where the letter says so), it is not a letter made only on request, and
    ``send_after_months`` have gone by.
    """
    facts = LetterFacts(plan.dossier, plan.catalogue)
    died = plan.dossier.deceased.date_of_death
    order = {item.id: index for index, item in enumerate(plan.items)}
    finished = {item.id for item in plan.items if item.finished}
    urgent = {item.id for item in (*plan.overdue(), *plan.due_soon())}
    offers: list[LetterOffer] = []
    for definition in letters.values():
        item = plan.item(definition.task) if definition.task else None
        if definition.task is not None and item is None:
            continue
        condition = definition.when.evaluate(facts).value
        offered = (
            condition
            if definition.offered_when is None
            else definition.offered_when.evaluate(facts).value
        )
        late = item is not None and item.follow_up and definition.also_when_expected_passed
        if offered is False and not late:
            continue
        waiting = bool(
            definition.send_after_months
            and died is not None
            and plan.today < add_months(died, definition.send_after_months)
        )
        first = (
            []
            if item is None or item.id in urgent or definition.before_prerequisites
            else [task for task in item.depends_on if task not in finished]
        )
        open_task = item is None or (not item.finished and item.applies.value is True)
        called_for = (
            open_task
            and not first
            and not definition.on_request
            and not waiting
            and (condition is True or late)
        )
        if called_for and late and condition is not True:
            reason = "Wat u verwachtte, is nog niet gekomen."
        elif called_for:
            reason = "Past bij uw situatie."
        elif item is not None and item.finished:
            reason = "De taak is al klaar."
        elif item is not None and item.applies.is_unknown:
            reason = "Misschien nodig: " + " ".join(item.open_questions)
        elif first and open_task and (condition is True or late) and not definition.on_request:
            titles = "; ".join(plan.catalogue.tasks[task].title for task in first)
            reason = f"Eerst: {titles}."
        elif waiting and died is not None:
            when = long_date(add_months(died, definition.send_after_months))
            reason = f"Pas nodig als het er op {when} nog niet is."
        else:
            reason = "Maak deze brief alleen als u hem nodig hebt."
        seen: dict[str, int] = {}
        for recipient in _recipients(definition, plan.dossier, plan.catalogue):
            number = seen[recipient.name] = seen.get(recipient.name, 0) + 1
            offers.append(LetterOffer(definition, recipient, item, called_for, reason, number))
    offers.sort(key=lambda offer: order.get(offer.definition.task or "", len(order)))
    return offers


def catalogue_problems(
    dossier: Dossier, catalogue: Catalogue, mandate_tasks: bool = True
) -> list[str]:
    """Ids in a dossier that the catalogue (and the situation) do not know: organisations
    in the family's details, and the task of an "eenmalig" mandate.

    Each as ``organisations[N].organisation: ...`` or ``mandates[N].task: ...`` (the
    exchange format's paths). ``mandate_tasks=False`` leaves the mandates' tasks out: a
    stored mandate may keep a task the catalogue has since retired, and letters do not
    depend on it.
    """
    known = set(catalogue.organisations) | set(dossier.situation.pension_funds) | {""}
    problems = []
    for index, entry in enumerate(dossier.organisations):
        if entry.organisation not in known:
            problems.append(
                f"organisations[{index}].organisation: onbekende organisatie "
                f"'{entry.organisation}'. Kies een id uit de catalogus (bijvoorbeeld bank, svb, "
                "abp), een fonds uit situation.pension_funds, of laat het leeg en vul 'name' in."
            )
    for index, mandate in enumerate(dossier.mandates if mandate_tasks else ()):
        if mandate.task is not None and mandate.task not in catalogue.tasks:
            problems.append(
                f"mandates[{index}].task: onbekende taak '{mandate.task}'. Kies een taak-id "
                "uit de catalogus (bijvoorbeeld ib_aangifte_f of banken_melden)."
            )
    return problems


def out_of_date_letters(
    plan: Plan, offers: Sequence[LetterOffer], drafts: Sequence[tuple[int, LetterContent]]
) -> set[int]:
    """The register numbers of unsent letters (``drafts``: number and content) whose
    data is older than the dossier's now: the sender, the recipient, the subject...
    Each is matched to its offer as making it again would (the same kind,
    organisation, name on the envelope and reference: ``store.letters.unsent_draft``)."""
    from nabestaanden.domain.letters import behind, compose_letter

    stale: set[int] = set()
    for offer in offers:
        candidates = [
            (number, content)
            for number, content in drafts
            if content.letter_id == offer.definition.id
            and content.organisation_id == offer.recipient.organisation_id
            and content.recipient_lines[:1] == (offer.recipient.name,)
            and content.their_reference == offer.recipient.reference
        ]
        if len(candidates) != 1:
            continue
        number, stored = candidates[0]
        fresh = compose_letter(
            offer.definition, offer.recipient, plan.dossier, plan.catalogue, stored.letter_date
        )
        if behind(stored, fresh):
            stale.add(number)
    return stale
