"""What the app does with dossiers in the database, one short function per action.

Every change writes an audit entry (old and new value) in the same transaction.
The caller owns the session and commits.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nabestaanden.domain import dossier as domain
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.deadlines import DATE as DEADLINE_DATE
from nabestaanden.domain.dossier import CONTACT, DECEASED, HEIR, FieldValue
from nabestaanden.domain.letters import LetterContent, LetterRecord, answer_expected
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


class DossierNotFound(LookupError):
    """No dossier with that number or code; the message says so in Dutch."""


def _audit(
    dossier: models.Dossier,
    now: datetime,
    action: str,
    entity: str,
    entity_id: int | None = None,
    field: str = "",
    old: FieldValue = None,
    new: FieldValue = None,
) -> None:
    def text(value: FieldValue) -> str | None:
        if value is None:
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    dossier.audit.append(
        models.AuditEntry(
            at=now,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=text(old),
            new_value=text(new),
        )
    )


def _new_dossier(now: datetime, title: str = "") -> models.Dossier:
    dossier = models.Dossier(
        uuid=str(uuid.uuid4()), title=title, situation={}, created_at=now, updated_at=now
    )
    dossier.persons.append(models.Person(role=DECEASED, position=0))
    dossier.persons.append(models.Person(role=CONTACT, position=0))
    return dossier


def create_dossier(session: Session, now: datetime, title: str = "") -> models.Dossier:
    """A new, empty dossier with a deceased and a contact person to fill in."""
    dossier = _new_dossier(now, title)
    session.add(dossier)
    _audit(dossier, now, "create", "dossier")
    session.flush()
    return dossier


def get_dossier(session: Session, dossier_id: int) -> models.Dossier:
    dossier = session.get(
        models.Dossier, dossier_id, options=[selectinload(models.Dossier.persons)]
    )
    if dossier is None:
        raise DossierNotFound(f"Er is geen dossier met nummer {dossier_id}.")
    return dossier


def find_dossier(session: Session, reference: str) -> models.Dossier:
    """A dossier by its number (``nabestaanden list``) or by (the start of) its code.

    Raise:
        DossierNotFound: none, or more than one, matches.
    """
    reference = reference.strip()
    if reference.isdigit():
        by_number = session.get(models.Dossier, int(reference))
        if by_number is not None:
            return by_number
    if len(reference) >= 4:  # a code may start with digits only: try it as a code too
        matches = session.scalars(
            select(models.Dossier).where(
                models.Dossier.uuid.startswith(reference.lower(), autoescape=True)
            )
        ).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise DossierNotFound(
                f"Meer dan één dossier begint met '{reference}'. Geef het nummer uit "
                "'nabestaanden list'."
            )
    if reference.isdigit():
        raise DossierNotFound(f"Er is geen dossier met nummer {reference}.")
    raise DossierNotFound(
        f"Er is geen dossier '{reference}'. Kijk met 'nabestaanden list' welke nummers er zijn."
    )


def person(dossier: models.Dossier, role: str) -> models.Person:
    """The deceased or the contact person of a dossier (made if missing)."""
    for candidate in dossier.persons:
        if candidate.role == role:
            return candidate
    created = models.Person(role=role, position=0)
    dossier.persons.append(created)
    return created


def set_person_field(
    session: Session, dossier_id: int, role: str, field: str, value: FieldValue, now: datetime
) -> bool:
    """Change one field of the deceased or the contact person.

    Return:
        Whether anything changed (an unchanged value writes no audit entry).
    """
    if field not in PERSON_FIELDS:
        raise ValueError(f"unknown person field {field!r}")
    dossier = get_dossier(session, dossier_id)
    target = person(dossier, role)
    old = getattr(target, field)
    if old == value:
        return False
    setattr(target, field, value)
    dossier.updated_at = now
    session.flush()
    _audit(dossier, now, "update", role, target.id, field, old, value)
    return True


def set_task_progress(
    session: Session,
    dossier_id: int,
    task_id: str,
    now: datetime,
    status: str | None = None,
    note: str | None = None,
) -> bool:
    """Change the status or the note of one task; ``None`` leaves that part as it is.

    Progress is kept under the catalogue's stable task id, so a catalogue update keeps
    it. Marking a task done records today as ``done_on``; any other status clears it.

    Return:
        Whether anything changed (an unchanged value writes no audit entry).
    """
    if status is not None and status not in domain.TASK_STATUSES:
        raise ValueError(f"unknown task status {status!r}")
    dossier = get_dossier(session, dossier_id)
    row = next((item for item in dossier.tasks if item.task_id == task_id), None)
    if row is None:
        # No progress yet means "te doen"; a row is only stored when something changes.
        untouched = status in (None, "todo") and not (note or "").strip()
        if untouched:
            return False
        row = models.TaskProgress(task_id=task_id, status="todo", note="", updated_at=now)
        dossier.tasks.append(row)
        session.flush()
    changes: list[tuple[str, FieldValue, FieldValue]] = []
    if status is not None and status != row.status:
        changes.append(("status", row.status, status))
        done_on = now.date() if status == "done" else None
        if done_on != row.done_on:
            changes.append(("done_on", row.done_on, done_on))
            row.done_on = done_on
        row.status = status
    if note is not None and note.strip() != row.note:
        changes.append(("note", row.note, note.strip()))
        row.note = note.strip()
    for field, old, new in changes:
        _audit(dossier, now, "update", "task", row.id, field, old, new)
    if changes:
        row.updated_at = now
        dossier.updated_at = now
    return bool(changes)


def task_history(session: Session, dossier_id: int, task_id: str) -> list[models.AuditEntry]:
    """Every recorded change of one task, oldest first (kept when the task is retired)."""
    progress = select(models.TaskProgress.id).where(
        models.TaskProgress.dossier_id == dossier_id, models.TaskProgress.task_id == task_id
    )
    return list(
        session.scalars(
            select(models.AuditEntry)
            .where(
                models.AuditEntry.dossier_id == dossier_id,
                models.AuditEntry.entity == "task",
                models.AuditEntry.entity_id.in_(progress.scalar_subquery()),
            )
            .order_by(models.AuditEntry.at, models.AuditEntry.id)
        )
    )


def rename_dossier(session: Session, dossier_id: int, title: str, now: datetime) -> None:
    dossier = get_dossier(session, dossier_id)
    title = title.strip()
    if title == dossier.title:
        return
    _audit(dossier, now, "update", "dossier", dossier.id, "title", dossier.title, title)
    dossier.title = title
    dossier.updated_at = now


def set_archived(session: Session, dossier_id: int, archived: bool, now: datetime) -> None:
    dossier = get_dossier(session, dossier_id)
    if (dossier.archived_at is not None) == archived:
        return
    dossier.archived_at = now if archived else None
    dossier.updated_at = now
    _audit(dossier, now, "archive" if archived else "unarchive", "dossier", dossier.id)


def delete_dossier(session: Session, dossier_id: int) -> None:
    """Remove a dossier with everything in it, its audit trail included."""
    session.delete(get_dossier(session, dossier_id))


def set_situation(
    session: Session, dossier_id: int, situation: domain.Situation, now: datetime
) -> bool:
    """Replace the intake answers of a dossier.

    Return:
        Whether anything changed; each changed answer gets an audit entry.
    """
    dossier = get_dossier(session, dossier_id)
    old = dict(dossier.situation or {})
    new = _situation_to_json(situation)
    if _situation_to_json(_situation_from_json(old)) == new:
        return False
    for key in new:
        if old.get(key) != new[key]:
            _audit(
                dossier,
                now,
                "update",
                "situation",
                dossier.id,
                key,
                _json_text(old.get(key)),
                _json_text(new[key]),
            )
    dossier.situation = new
    dossier.updated_at = now
    return True


def _json_text(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def set_intake_step(session: Session, dossier_id: int, step: str, now: datetime) -> None:
    """Remember where the intake questions were left ("done" when finished)."""
    dossier = get_dossier(session, dossier_id)
    if dossier.intake_step != step:
        dossier.intake_step = step
        dossier.updated_at = now


def update_next_deadline(session: Session, dossier_id: int, catalogue: Catalogue) -> None:
    """Keep the dossier's earliest open deadline for the dossier list (sorting, overdue).

    Call after anything that changes the plan: the date of death, the intake answers,
    a task's progress, an import, a catalogue update.
    """
    from nabestaanden.domain.plan import build_plan

    dossier = get_dossier(session, dossier_id)
    data = to_domain(dossier)
    nearest: tuple[date, str] | None = None
    if data.deceased.date_of_death is not None:
        plan = build_plan(data, catalogue, data.deceased.date_of_death)
        for item in plan.items:
            day = item.deadline.day
            if item.finished or day is None or item.deadline.kind != DEADLINE_DATE:
                continue
            if nearest is None or day < nearest[0]:
                nearest = (day, item.id)
    dossier.next_deadline = nearest[0] if nearest else None
    dossier.next_deadline_task = nearest[1] if nearest else ""


# --- between the store and the domain ---------------------------------------------------


def _address_to_domain(row: models.AddressColumns) -> domain.Address:
    return domain.Address(
        street=row.street,
        number=row.house_number,
        addition=row.house_number_addition,
        postcode=row.postcode,
        city=row.city,
        country=row.country or "NL",
    )


def _address_from_domain(row: models.AddressColumns, address: domain.Address | None) -> None:
    address = address or domain.Address()
    row.street = address.street
    row.house_number = address.number
    row.house_number_addition = address.addition
    row.postcode = address.postcode
    row.city = address.city
    row.country = address.country


def _name_from_domain(
    row: models.Person, named: domain.Deceased | domain.Contact | domain.Heir
) -> None:
    row.first_names = named.first_names
    row.surname_prefix = named.surname_prefix
    row.surname = named.surname


def _situation_from_json(data: dict[str, object]) -> domain.Situation:
    from nabestaanden.domain.exchange import read_dossier

    if not data:
        return domain.Situation()
    document = {"format": "nabestaanden-dossier/1", "deceased": {}, "situation": data}
    return read_dossier(document, date.max).situation


def _situation_to_json(situation: domain.Situation) -> dict[str, object]:
    from nabestaanden.domain.exchange import write_dossier

    document = write_dossier(domain.Dossier(situation=situation))
    result: dict[str, object] = document["situation"]
    return result


def to_domain(dossier: models.Dossier) -> domain.Dossier:
    """The dossier as plain data, e.g. for export."""
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
            address=_address_to_domain(deceased),
            lived_in_netherlands=deceased.lived_in_netherlands,
        ),
        situation=_situation_from_json(dossier.situation),
        contact=domain.Contact(
            first_names=contact.first_names,
            surname_prefix=contact.surname_prefix,
            surname=contact.surname,
            relation=contact.relation,
            address=_address_to_domain(contact),
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
                address=_address_to_domain(row) if row.has_address else None,
            )
            for row in heirs
        ],
        tasks={
            row.task_id: domain.TaskProgress(status=row.status, note=row.note, done_on=row.done_on)
            for row in dossier.tasks
        },
        organisations=[_organisation_to_domain(row) for row in dossier.organisations],
        mandates=[_mandate_to_domain(row, contact, heirs) for row in dossier.mandates],
    )


def _organisation_to_domain(row: models.OrganisationDetails) -> domain.OrganisationDetails:
    return domain.OrganisationDetails(
        organisation=row.organisation,
        name=row.name,
        department=row.department,
        address=_address_to_domain(row) if row.has_address else None,
        reference=row.reference,
        phone=row.phone,
    )


def _organisation_from_domain(
    row: models.OrganisationDetails, details: domain.OrganisationDetails
) -> None:
    row.organisation = details.organisation
    row.name = details.name
    row.department = details.department
    row.has_address = details.address is not None
    _address_from_domain(row, details.address)
    row.reference = details.reference
    row.phone = details.phone


def import_dossier(session: Session, data: domain.Dossier, now: datetime) -> models.Dossier:
    """Store a dossier read from an exchange file as a new dossier."""
    dossier = _new_dossier(now)
    deceased = person(dossier, DECEASED)
    _name_from_domain(deceased, data.deceased)
    deceased.bsn = data.deceased.bsn
    deceased.date_of_birth = data.deceased.date_of_birth
    deceased.date_of_death = data.deceased.date_of_death
    deceased.lived_in_netherlands = data.deceased.lived_in_netherlands
    _address_from_domain(deceased, data.deceased.address)
    contact = person(dossier, CONTACT)
    _name_from_domain(contact, data.contact)
    contact.relation = data.contact.relation
    contact.phone = data.contact.phone
    contact.email = data.contact.email
    contact.iban = data.contact.iban
    _address_from_domain(contact, data.contact.address)
    for position, heir in enumerate(data.heirs):
        row = models.Person(
            role=HEIR,
            position=position,
            relation=heir.relation,
            has_address=heir.address is not None,
        )
        _name_from_domain(row, heir)
        _address_from_domain(row, heir.address)
        dossier.persons.append(row)
    dossier.situation = _situation_to_json(data.situation)
    # The file carries the answers (with its own "weet ik niet"): no intake to finish.
    dossier.intake_step = "done"
    for task_id, progress in data.tasks.items():
        dossier.tasks.append(
            models.TaskProgress(
                task_id=task_id,
                status=progress.status,
                note=progress.note,
                done_on=progress.done_on,
                updated_at=now,
            )
        )
    for position, details in enumerate(data.organisations):
        entry = models.OrganisationDetails(position=position)
        _organisation_from_domain(entry, details)
        dossier.organisations.append(entry)
    session.add(dossier)
    session.flush()  # the persons get their ids: mandates point at them
    heirs = sorted((row for row in dossier.persons if row.role == HEIR), key=lambda r: r.position)
    for mandate in data.mandates:
        dossier.mandates.append(_mandate_from_domain(mandate, contact, heirs, now))
    _audit(dossier, now, "import", "dossier")
    session.flush()
    return dossier


# --- heirs -----------------------------------------------------------------------------------


class HeirHoldsMandate(ValueError):
    """An heir who holds a mandate cannot be removed: the mandate would lose its holder."""


def set_heirs(
    session: Session,
    dossier_id: int,
    heirs: Sequence[tuple[int | None, domain.Heir]],
    now: datetime,
) -> None:
    """Set the dossier's heirs, in this order. Each entry is the heir's place before
    (None: a new heir) with its name and relation: an heir kept keeps their record, so
    their mandates stay theirs; an heir left out is removed, unless a mandate that is
    not over names them (then nothing is changed and :class:`HeirHoldsMandate` says
    who). Mandates that are over keep their name, "(geen erfgenaam meer)".
    """
    dossier = get_dossier(session, dossier_id)
    _contact, before = _persons(dossier)
    kept = {index for index, _heir in heirs if index is not None}
    removed = [(index, row) for index, row in enumerate(before) if index not in kept]
    live = domain.live_holders(to_domain(dossier), now.date()) if removed else set()
    for index, row in removed:
        if Holder(person=f"heir:{index}") in live:
            name = domain.full_name(row.first_names, row.surname_prefix, row.surname)
            raise HeirHoldsMandate(
                f"{name or 'Deze erfgenaam'} heeft een machtiging die nog loopt. Trek die "
                "machtiging eerst in; daarna kunt u de erfgenaam weghalen."
            )
    added: list[models.Person] = []
    for position, (place, heir) in enumerate(heirs):
        if place is not None and 0 <= place < len(before):
            row = before[place]
            old_name = domain.full_name(row.first_names, row.surname_prefix, row.surname)
            if old_name != heir.full_name:
                _audit(dossier, now, "update", HEIR, row.id, "name", old_name, heir.full_name)
            if row.relation != heir.relation:
                _audit(
                    dossier, now, "update", HEIR, row.id, "relation", row.relation, heir.relation
                )
        else:
            row = models.Person(role=HEIR, has_address=False)
            dossier.persons.append(row)
            added.append(row)
        row.position = position
        _name_from_domain(row, heir)
        row.relation = heir.relation
    for _index, row in removed:
        name = domain.full_name(row.first_names, row.surname_prefix, row.surname)
        # Mandates that are over keep naming them in their history.
        for mandate in dossier.mandates:
            if mandate.holder_person_id == row.id:
                mandate.holder_person_id = None
                mandate.holder_organisation = f"{name or 'erfgenaam'} (geen erfgenaam meer)"
        _audit(dossier, now, "delete", HEIR, row.id, "name", name, None)
        dossier.persons.remove(row)
        session.delete(row)
    session.flush()  # the new heirs get their ids
    for row in added:
        _audit(
            dossier,
            now,
            "create",
            HEIR,
            row.id,
            "name",
            None,
            domain.full_name(row.first_names, row.surname_prefix, row.surname),
        )
    dossier.updated_at = now


# --- mandates --------------------------------------------------------------------------------


def _holder_person(
    holder: Holder, contact: models.Person, heirs: list[models.Person]
) -> models.Person | None:
    if holder.person == CONTACT_HOLDER:
        return contact
    index = holder.heir_index
    return heirs[index] if index is not None and index < len(heirs) else None


def _history_json(history: tuple[StatusChange, ...]) -> list[dict[str, Any]]:
    return [
        {"status": change.status, "date": change.on.isoformat(), "note": change.note}
        for change in history
    ]


def _mandate_from_domain(
    mandate: Mandate, contact: models.Person, heirs: list[models.Person], now: datetime
) -> models.Mandate:
    person = _holder_person(mandate.holder, contact, heirs)
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
        history=_history_json(mandate.history),
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


def _mandate_to_domain(
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


def _persons(dossier: models.Dossier) -> tuple[models.Person, list[models.Person]]:
    contact = person(dossier, CONTACT)
    heirs = sorted((row for row in dossier.persons if row.role == HEIR), key=lambda r: r.position)
    return contact, heirs


def mandate_rows(dossier: models.Dossier) -> list[tuple[int, Mandate]]:
    """The dossier's mandates with their numbers, in the order they were added."""
    contact, heirs = _persons(dossier)
    return [(row.id, _mandate_to_domain(row, contact, heirs)) for row in dossier.mandates]


def _mandate_row(session: Session, dossier_id: int, mandate_id: int) -> models.Mandate:
    row = session.get(models.Mandate, mandate_id)
    if row is None or row.dossier_id != dossier_id:
        raise LookupError(f"Machtiging {mandate_id} staat niet in dit dossier.")
    return row


def save_mandate(
    session: Session,
    dossier_id: int,
    mandate: Mandate,
    now: datetime,
    mandate_id: int | None = None,
) -> int:
    """Add a mandate, or replace what ``mandate_id`` says (its history included, as the
    caller passes it on); return its number. Each change leaves an audit entry."""
    dossier = get_dossier(session, dossier_id)
    contact, heirs = _persons(dossier)
    session.flush()
    fresh = _mandate_from_domain(mandate, contact, heirs, now)
    if mandate_id is None:
        dossier.mandates.append(fresh)
        session.flush()
        _audit(dossier, now, "create", "mandate", fresh.id, "legal_basis", None, fresh.legal_basis)
        dossier.updated_at = now
        return fresh.id
    row = _mandate_row(session, dossier_id, mandate_id)
    old = _json_text(_mandate_json_of(row, contact, heirs))
    for column in (
        "holder_person_id",
        "holder_organisation",
        "legal_basis",
        "evidence_document",
        "evidence_date",
        "evidence_reference",
        "duration",
        "task_id",
        "valid_from",
        "valid_until",
        "status",
        "status_since",
        "history",
        "note",
    ):
        setattr(row, column, getattr(fresh, column))
    row.services.clear()
    for service in list(fresh.services):
        fresh.services.remove(service)
        row.services.append(service)
    row.updated_at = now
    dossier.updated_at = now
    session.flush()
    new = _json_text(_mandate_json_of(row, contact, heirs))
    if old != new:
        _audit(dossier, now, "update", "mandate", row.id, "mandate", old, new)
    return row.id


def _mandate_json_of(
    row: models.Mandate, contact: models.Person, heirs: list[models.Person]
) -> dict[str, object]:
    from nabestaanden.domain.exchange import write_dossier

    document = write_dossier(domain.Dossier(mandates=[_mandate_to_domain(row, contact, heirs)]))
    mandates: list[dict[str, object]] = document["mandates"]
    return mandates[0]


def set_mandate_status(
    session: Session,
    dossier_id: int,
    mandate_id: int,
    status: str,
    on: date,
    now: datetime,
    note: str = "",
) -> Mandate:
    """Record a new status (aangevraagd, actief, ingetrokken...): added to the history,
    so revoking keeps what came before."""
    dossier = get_dossier(session, dossier_id)
    contact, heirs = _persons(dossier)
    row = _mandate_row(session, dossier_id, mandate_id)
    mandate = _mandate_to_domain(row, contact, heirs).with_status(status, on, note)
    _audit(dossier, now, "update", "mandate", row.id, "status", row.status, status)
    row.status = status
    row.status_since = on
    row.history = _history_json(mandate.history)
    row.updated_at = now
    dossier.updated_at = now
    return mandate


# --- the family's details per organisation --------------------------------------------------


def set_organisation_details(
    session: Session,
    dossier_id: int,
    details: domain.OrganisationDetails,
    now: datetime,
    position: int | None = None,
) -> int:
    """Keep the family's details at one organisation (its address, their reference).

    ``position`` replaces that entry; ``None`` adds a new one. Returns the entry's
    position, which stays stable while entries are only added or changed.
    """
    dossier = get_dossier(session, dossier_id)
    if position is None:
        position = max((row.position for row in dossier.organisations), default=-1) + 1
        row = models.OrganisationDetails(position=position)
        dossier.organisations.append(row)
        action = "create"
    else:
        found = next((row for row in dossier.organisations if row.position == position), None)
        if found is None:
            raise LookupError(f"Geen organisatie op plaats {position} in dit dossier.")
        row = found
        action = "update"
    old = _organisation_to_domain(row) if action == "update" else None
    _organisation_from_domain(row, details)
    session.flush()
    dossier.updated_at = now
    name = details.name or details.organisation
    _audit(
        dossier,
        now,
        action,
        "organisation",
        row.id,
        "details",
        None if old is None else (old.name or old.organisation),
        name,
    )
    return position


# --- the register of letters ------------------------------------------------------------------


def record_letter(
    session: Session, dossier_id: int, content: LetterContent, now: datetime, file_name: str = ""
) -> models.Letter:
    """Add a produced letter to the register, as a draft, with everything that was printed.

    The letter gets "ons kenmerk" ``<dossier>-<letter>`` if it has none yet.
    """
    dossier = get_dossier(session, dossier_id)
    row = models.Letter(
        letter_type=content.letter_id,
        task_id=content.task_id,
        organisation_id=content.organisation_id,
        recipient_name=content.recipient_lines[0] if content.recipient_lines else "",
        their_reference=content.their_reference,
        subject=content.subject,
        file_name=file_name,
        created_at=now,
    )
    dossier.letters.append(row)
    session.flush()
    if not content.our_reference:
        content = replace(content, our_reference=f"{dossier.id}-{row.id}")
    row.our_reference = content.our_reference
    row.content = content.to_json()
    dossier.updated_at = now
    _audit(dossier, now, "create", "letter", row.id, "title", None, content.title)
    return row


def draft_or_record(
    session: Session, dossier_id: int, content: LetterContent, now: datetime, file_name: str = ""
) -> models.Letter:
    """The unsent draft of this letter to this recipient, brought up to date, else a
    new register entry.

    So making a letter again does not add it to the register a second time, and it
    shows what the dossier holds now (a corrected name, address or date). The draft
    keeps its number and "ons kenmerk", and a body the user edited.
    """
    draft = unsent_draft(session, dossier_id, content)
    if draft is None:
        return record_letter(session, dossier_id, content, now, file_name)
    if file_name:
        draft.file_name = file_name
    old = letter_content(draft) if draft.content is not None else None
    fresh = replace(content, our_reference=old.our_reference if old else content.our_reference)
    if draft.body is not None:
        fresh = fresh.with_body(draft.body)
    if old is None or fresh != old:
        # The text as it was stays in the audit trail, should that version have been posted.
        before = json.dumps(draft.content, ensure_ascii=False) if draft.content else None
        draft.recipient_name = fresh.recipient_lines[0] if fresh.recipient_lines else ""
        draft.their_reference = fresh.their_reference
        draft.subject = fresh.subject
        draft.content = fresh.to_json()
        after = json.dumps(draft.content, ensure_ascii=False)
        _audit(draft.dossier, now, "update", "letter", draft.id, "content", before, after)
    return draft


def unsent_draft(session: Session, dossier_id: int, content: LetterContent) -> models.Letter | None:
    """A letter of the same kind to the same recipient that is still a draft, if any.

    The same recipient: the organisation, the name on the envelope and the family's
    reference there (two accounts at one bank are two letters); not the address, so a
    corrected address updates the draft instead of adding one.
    """
    name = content.recipient_lines[0] if content.recipient_lines else ""
    for row in get_dossier(session, dossier_id).letters:
        if (
            row.sent_on is None
            and row.letter_type == content.letter_id
            and row.organisation_id == content.organisation_id
            and row.recipient_name == name
            and row.their_reference == content.their_reference
        ):
            return row
    return None


def get_letter(session: Session, dossier_id: int, letter_id: int) -> models.Letter:
    """One letter of the register of a dossier."""
    row = session.get(models.Letter, letter_id)
    if row is None or row.dossier_id != dossier_id:
        raise LookupError(f"Brief {letter_id} staat niet in dit dossier.")
    return row


def letter_content(row: models.Letter) -> LetterContent:
    """The letter as it was printed, to print it again exactly the same."""
    if row.content is None:
        raise ValueError(f"Van brief {row.id} is de inhoud niet bewaard.")
    return LetterContent.from_json(row.content)


def set_letter_body(
    session: Session, dossier_id: int, letter_id: int, body: str, now: datetime
) -> LetterContent:
    """Replace the body of a letter in the register (before it is printed and sent)."""
    row = get_letter(session, dossier_id, letter_id)
    old = letter_content(row)
    new = old.with_body(body)
    if new.paragraphs != old.paragraphs:
        row.content = new.to_json()
        row.body = new.body_text
        row.dossier.updated_at = now
        _audit(row.dossier, now, "update", "letter", row.id, "body", old.body_text, new.body_text)
    return new


def mark_letter_sent(
    session: Session, dossier_id: int, letter_id: int, sent_on: date, now: datetime
) -> None:
    """Record the date of sending; the answer is then expected after the letter's weeks."""
    row = get_letter(session, dossier_id, letter_id)
    weeks = letter_content(row).answer_weeks if row.content else None
    _audit(row.dossier, now, "update", "letter", row.id, "sent_on", row.sent_on, sent_on)
    row.sent_on = sent_on
    row.answer_expected_by = answer_expected(sent_on, weeks)
    row.dossier.updated_at = now


def mark_answer_received(
    session: Session, dossier_id: int, letter_id: int, received_on: date | None, now: datetime
) -> None:
    """Record (or, with ``None``, undo) that the answer to a letter came in."""
    row = get_letter(session, dossier_id, letter_id)
    _audit(
        row.dossier,
        now,
        "update",
        "letter",
        row.id,
        "answer_received_on",
        row.answer_received_on,
        received_on,
    )
    row.answer_received_on = received_on
    row.dossier.updated_at = now


def letter_records(dossier: models.Dossier) -> list[LetterRecord]:
    """The register of letters of a dossier, oldest first, as plain data."""
    records = []
    for row in dossier.letters:
        title = row.content.get("title", row.letter_type) if row.content else row.letter_type
        records.append(
            LetterRecord(
                title=str(title),
                recipient=row.recipient_name,
                task_id=row.task_id,
                created_on=row.created_at.date(),
                sent_on=row.sent_on,
                answer_expected_by=row.answer_expected_by,
                answer_received_on=row.answer_received_on,
                letter_id=row.id,
            )
        )
    return records
