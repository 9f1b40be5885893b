"""Between the tables and the domain: ORM rows to plain data and back.

One place for the conversion, so the exchange file, the plan and the letters all
read a dossier the same way.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from nabestaanden.domain import dossier as domain
from nabestaanden.domain import estate as estate_domain
from nabestaanden.domain.dossier import CONTACT, DECEASED, HEIR
from nabestaanden.domain.letters import LetterContent, RegisteredLetter
from nabestaanden.domain.mandates import (
    CONTACT_HOLDER,
    Evidence,
    Holder,
    Mandate,
    Service,
    StatusChange,
)
from nabestaanden.store import models

TEXT_FIELDS: Final = (
    "first_names",
    "surname_prefix",
    "surname",
    "bsn",
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "iban",
)
DATE_FIELDS: Final = ("date_of_birth", "date_of_death")
PERSON_FIELDS: Final = (*TEXT_FIELDS, *DATE_FIELDS, "relation", "lived_in_netherlands")


def person(dossier: models.Dossier, role: str) -> models.Person:
    """The deceased or the contact person of a dossier (made if missing)."""
    for candidate in dossier.persons:
        if candidate.role == role:
            return candidate
    created = models.Person(role=role, position=0)
    dossier.persons.append(created)
    return created


def address_to_domain(row: models.AddressColumns) -> domain.Address:
    return domain.Address(
        street=row.street,
        number=row.house_number,
        addition=row.house_number_addition,
        postcode=row.postcode,
        city=row.city,
        country=row.country or "NL",
    )


def address_from_domain(row: models.AddressColumns, address: domain.Address | None) -> None:
    address = address or domain.Address()
    row.street = address.street
    row.house_number = address.number
    row.house_number_addition = address.addition
    row.postcode = address.postcode
    row.city = address.city
    row.country = address.country


def name_from_domain(
    row: models.Person, named: domain.Deceased | domain.Contact | domain.Heir
) -> None:
    row.first_names = named.first_names
    row.surname_prefix = named.surname_prefix
    row.surname = named.surname


def situation_from_json(data: dict[str, object]) -> domain.Situation:
    from nabestaanden.domain.exchange import read_dossier

    if not data:
        return domain.Situation()
    from nabestaanden.domain.exchange import FORMAT_ID

    document = {"format": FORMAT_ID, "deceased": {}, "situation": data}
    return read_dossier(document, date.max).situation


def situation_to_json(situation: domain.Situation) -> dict[str, object]:
    from nabestaanden.domain.exchange import write_dossier

    document = write_dossier(domain.Dossier(situation=situation))
    result: dict[str, object] = document["situation"]
    return result


def to_domain(dossier: models.Dossier) -> domain.Dossier:
    """The dossier as plain data, e.g. for export."""
    return _dossier(dossier, whole=True)


def _dossier(dossier: models.Dossier, whole: bool) -> domain.Dossier:
    deceased = person(dossier, DECEASED)
    contact = person(dossier, CONTACT)
    heirs = sorted((row for row in dossier.persons if row.role == HEIR), key=lambda r: r.position)
    return domain.Dossier(
        deceased=domain.Deceased(
            first_names=deceased.first_names,
            surname_prefix=deceased.surname_prefix,
            surname=deceased.surname,
            bsn=deceased.bsn,
            date_of_birth=deceased.date_of_birth,
            date_of_death=deceased.date_of_death,
            address=address_to_domain(deceased),
            lived_in_netherlands=deceased.lived_in_netherlands,
        ),
        situation=situation_from_json(dossier.situation),
        contact=domain.Contact(
            first_names=contact.first_names,
            surname_prefix=contact.surname_prefix,
            surname=contact.surname,
            relation=contact.relation,
            address=address_to_domain(contact),
            phone=contact.phone,
            email=contact.email,
            iban=contact.iban,
        ),
        heirs=[
            domain.Heir(
                first_names=row.first_names,
                surname_prefix=row.surname_prefix,
                surname=row.surname,
                relation=row.relation,
                address=address_to_domain(row) if row.has_address else None,
                will_share=row.will_share,
                in_place_of=row.in_place_of,
            )
            for row in heirs
        ],
        tasks={
            row.task_id: domain.TaskProgress(
                status=row.status, note=row.note, done_on=row.done_on, started_on=row.started_on
            )
            for row in dossier.tasks
        },
        organisations=[organisation_to_domain(row) for row in dossier.organisations]
        if whole
        else [],
        mandates=[mandate_to_domain(row, contact, heirs) for row in dossier.mandates]
        if whole
        else [],
        title=dossier.title,
        intake_step=dossier.intake_step,
        archived=dossier.archived_at is not None,
        letters=[
            letter_to_domain(row)
            for row in sorted(dossier.letters, key=lambda r: r.id)
            if row.content is not None
        ]
        if whole
        else [],
        estate=estate_to_domain(dossier) if whole else estate_domain.Estate(),
    )


def for_deadlines(dossier: models.Dossier) -> domain.Dossier:
    """The dossier as far as its deadlines go: the people, the situation and the
    tasks' progress, without the mandates, organisations and letters (not read, so a
    task's save needs no statement for them). The plan's deadlines are the same as
    from :func:`to_domain` (tested on every worked scenario)."""
    return _dossier(dossier, whole=False)


def letter_to_domain(row: models.Letter) -> RegisteredLetter:
    return RegisteredLetter(
        content=LetterContent.from_json(row.content or {}),
        created_at=row.created_at,
        file_name=row.file_name,
        sent_on=row.sent_on,
        answer_expected_by=row.answer_expected_by,
        answer_received_on=row.answer_received_on,
    )


def letter_from_domain(letter: RegisteredLetter) -> models.Letter:
    content = letter.content
    return models.Letter(
        letter_type=content.letter_id,
        task_id=content.task_id,
        organisation_id=content.organisation_id,
        recipient_name=content.recipient_lines[0] if content.recipient_lines else "",
        their_reference=content.their_reference,
        our_reference=content.our_reference,
        subject=content.subject,
        file_name=letter.file_name,
        created_at=letter.created_at,
        sent_on=letter.sent_on,
        answer_expected_by=letter.answer_expected_by,
        answer_received_on=letter.answer_received_on,
        content=content.to_json(),
    )


def organisation_to_domain(row: models.OrganisationDetails) -> domain.OrganisationDetails:
    return domain.OrganisationDetails(
        organisation=row.organisation,
        name=row.name,
        department=row.department,
        address=address_to_domain(row) if row.has_address else None,
        reference=row.reference,
        phone=row.phone,
    )


def organisation_from_domain(
    row: models.OrganisationDetails, details: domain.OrganisationDetails
) -> None:
    row.organisation = details.organisation
    row.name = details.name
    row.department = details.department
    row.has_address = details.address is not None
    address_from_domain(row, details.address)
    row.reference = details.reference
    row.phone = details.phone


def estate_to_domain(dossier: models.Dossier) -> estate_domain.Estate:
    return estate_domain.Estate(
        items=tuple(estate_to_domain_item(row) for row in dossier.estate_items),
        documents_sent=tuple(document_to_domain(row) for row in dossier.documents_sent),
    )


def estate_to_domain_item(row: models.EstateItem) -> estate_domain.EstateItem:
    return estate_domain.EstateItem(
        kind=row.kind,
        description=row.description,
        organisation=row.organisation,
        reference=row.reference,
        value=None if row.value_cents is None else Decimal(row.value_cents) / 100,
        value_basis=row.value_basis,
        owned=row.owned,
        letter_id=row.letter_id,
    )


def document_to_domain(row: models.DocumentSent) -> estate_domain.DocumentSent:
    return estate_domain.DocumentSent(
        document=row.document,
        organisation=row.organisation,
        copy_kind=row.copy_kind,
        sent_on=row.sent_on,
        returned_on=row.returned_on,
        description=row.description,
    )


def cents(value: Decimal | None) -> int | None:
    """Euros as whole cents (the domain allows at most two decimals)."""
    return None if value is None else int((value * 100).to_integral_value())


def estate_item_from_domain(
    row: models.EstateItem, item: estate_domain.EstateItem, position: int
) -> None:
    row.position = position
    row.kind = item.kind
    row.description = item.description
    row.organisation = item.organisation
    row.reference = item.reference
    row.value_cents = cents(item.value)
    row.value_basis = item.value_basis
    row.owned = item.owned
    row.letter_id = item.letter_id


def document_sent_from_domain(
    row: models.DocumentSent, document: estate_domain.DocumentSent, position: int
) -> None:
    row.position = position
    row.document = document.document
    row.copy_kind = document.copy_kind
    row.organisation = document.organisation
    row.sent_on = document.sent_on
    row.returned_on = document.returned_on
    row.description = document.description


def holder_person(
    holder: Holder, contact: models.Person, heirs: list[models.Person]
) -> models.Person | None:
    if holder.person == CONTACT_HOLDER:
        return contact
    index = holder.heir_index
    return heirs[index] if index is not None and index < len(heirs) else None


def history_json(history: tuple[StatusChange, ...]) -> list[dict[str, Any]]:
    return [
        {"status": change.status, "date": change.on.isoformat(), "note": change.note}
        for change in history
    ]


def mandate_from_domain(
    mandate: Mandate, contact: models.Person, heirs: list[models.Person], now: datetime
) -> models.Mandate:
    person = holder_person(mandate.holder, contact, heirs)
    last = mandate.history[-1] if mandate.history else None
    row = models.Mandate(
        holder_person_id=person.id if person is not None else None,
        holder_organisation=mandate.holder.organisation,
        legal_basis=mandate.legal_basis,
        evidence_document=mandate.evidence.document,
        evidence_date=mandate.evidence.issued_on,
        evidence_reference=mandate.evidence.reference,
        duration=mandate.duration,
        task_id=mandate.task,
        valid_from=mandate.valid_from,
        valid_until=mandate.valid_until,
        status=mandate.status,
        status_since=last.on if last else None,
        history=history_json(mandate.history),
        note=mandate.note,
        created_at=now,
        updated_at=now,
    )
    for service in mandate.services:
        row.services.append(
            models.MandateService(
                organisation_id=service.organisation,
                organisation_name=service.name,
                service_type=service.service_type,
                rights=list(service.rights),
            )
        )
    return row


def mandate_to_domain(
    row: models.Mandate, contact: models.Person, heirs: list[models.Person]
) -> Mandate:
    if row.holder_person_id is not None and row.holder_person_id == contact.id:
        holder = Holder(person=CONTACT_HOLDER)
    elif row.holder_person_id is not None:
        index = next((i for i, heir in enumerate(heirs) if heir.id == row.holder_person_id), -1)
        # Never hand a mandate to someone else: a holder no longer found is named as such.
        holder = (
            Holder(person=f"heir:{index}")
            if index >= 0
            else Holder(organisation=row.holder_organisation or "onbekende houder")
        )
    else:
        holder = Holder(organisation=row.holder_organisation or "onbekende houder")
    history = tuple(
        StatusChange(str(item["status"]), date.fromisoformat(str(item["date"])), str(item["note"]))
        for item in (row.history or [])
    )
    if not history and row.status_since is not None:  # stored before the history existed
        history = (StatusChange(row.status, row.status_since),)
    return Mandate(
        holder=holder,
        legal_basis=row.legal_basis,
        services=tuple(
            Service(
                service.organisation_id or service.organisation_name,
                service.service_type,
                tuple(service.rights),
                service.organisation_name,
            )
            for service in row.services
        ),
        duration=row.duration,
        evidence=Evidence(row.evidence_document, row.evidence_date, row.evidence_reference),
        task=row.task_id,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        history=history,
        note=row.note,
    )


def persons_of(dossier: models.Dossier) -> tuple[models.Person, list[models.Person]]:
    contact = person(dossier, CONTACT)
    heirs = sorted((row for row in dossier.persons if row.role == HEIR), key=lambda r: r.position)
    return contact, heirs


def mandate_json_of(
    row: models.Mandate, contact: models.Person, heirs: list[models.Person]
) -> dict[str, object]:
    from nabestaanden.domain.exchange import write_dossier

    document = write_dossier(domain.Dossier(mandates=[mandate_to_domain(row, contact, heirs)]))
    mandates: list[dict[str, object]] = document["mandates"]
    return mandates[0]
