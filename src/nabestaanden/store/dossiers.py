"""Dossiers as a whole: make, find, rename, archive, delete, import; the intake
answers and the derived next deadline.

Every change writes an audit entry in the same transaction. The caller owns the
session; the operations layer (``nabestaanden.operations``) commits.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nabestaanden.domain import dossier as domain
from nabestaanden.domain import intake_steps
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.deadlines import DATE as DEADLINE_DATE
from nabestaanden.domain.dossier import (
    CONTACT,
    DECEASED,
    HEIR,
)
from nabestaanden.store import audit, mapping, models


class DossierNotFound(LookupError):
    """No dossier with that number or code; the message says so in Dutch."""


def new_dossier_row(session: Session, now: datetime, title: str = "") -> models.Dossier:
    """A new dossier, made by the one the session acts for (``audit.ACTOR``)."""
    dossier = models.Dossier(
        uuid=str(uuid.uuid4()),
        title=title,
        situation={},
        created_at=now,
        updated_at=now,
        created_by=str(session.info.get(audit.ACTOR, "")),
    )
    dossier.persons.append(models.Person(role=DECEASED, position=0))
    dossier.persons.append(models.Person(role=CONTACT, position=0))
    return dossier


def create_dossier(session: Session, now: datetime, title: str = "") -> models.Dossier:
    """A new, empty dossier with a deceased and a contact person to fill in."""
    dossier = new_dossier_row(session, now, title)
    session.add(dossier)
    audit.record(dossier, now, "create", "dossier")
    session.flush()
    return dossier


# Everything a dossier's plan is built from, read in one statement per table (not one
# per mandate: at the office each statement is a trip to the server). The audit trail
# is read only where it is asked for.
_WHOLE = (
    selectinload(models.Dossier.persons),
    selectinload(models.Dossier.tasks),
    selectinload(models.Dossier.letters),
    selectinload(models.Dossier.organisations),
    selectinload(models.Dossier.mandates).selectinload(models.Mandate.services),
    selectinload(models.Dossier.estate_items),
    selectinload(models.Dossier.documents_sent),
)


# What a task's save and the next deadline need (see mapping.for_deadlines).
_FOR_DEADLINES = (selectinload(models.Dossier.persons), selectinload(models.Dossier.tasks))
_TASKS_ONLY = (selectinload(models.Dossier.tasks),)


def get_dossier(session: Session, dossier_id: int) -> models.Dossier:
    """A dossier with everything its plan is built from."""
    dossier = session.get(models.Dossier, dossier_id, options=_WHOLE)
    if dossier is None:
        raise DossierNotFound(f"Er is geen dossier met nummer {dossier_id}.")
    return dossier


def get_dossier_to_change(
    session: Session, dossier_id: int, *, people: bool = True
) -> models.Dossier:
    """The dossier with its row locked first (see ``audit.lock``), then its people and
    tasks, as the last one to change them left them: what a task's save and the next
    deadline need (other rows are read when asked for). A save that cannot move the
    next deadline (a note) leaves the people out (``people=False``): one statement less.

    The people and tasks are read by statements of their own, after the lock: one
    statement joining them to the locked row would, having waited for the lock, still
    show them as they were when it started (PostgreSQL's READ COMMITTED), and miss the
    task a colleague added meanwhile (tested).
    """
    dossier = session.get(
        models.Dossier,
        dossier_id,
        options=_FOR_DEADLINES if people else _TASKS_ONLY,
        with_for_update=True,
        populate_existing=True,
    )
    if dossier is None:
        raise DossierNotFound(f"Er is geen dossier met nummer {dossier_id}.")
    audit.locked_already(dossier)
    return dossier


def exists(session: Session, dossier_id: int) -> bool:
    """Whether the dossier is (still) there, e.g. after a delete in the same work."""
    return session.get(models.Dossier, dossier_id) is not None


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


def rename_dossier(session: Session, dossier_id: int, title: str, now: datetime) -> None:
    dossier = get_dossier(session, dossier_id)
    title = title.strip()
    if title == dossier.title:
        return
    audit.record(dossier, now, "update", "dossier", dossier.id, "title", dossier.title, title)
    dossier.title = title
    dossier.updated_at = now


def set_archived(session: Session, dossier_id: int, archived: bool, now: datetime) -> None:
    dossier = get_dossier(session, dossier_id)
    if (dossier.archived_at is not None) == archived:
        return
    dossier.archived_at = now if archived else None
    dossier.updated_at = now
    audit.record(dossier, now, "archive" if archived else "unarchive", "dossier", dossier.id)


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
    new = mapping.situation_to_json(situation)
    if mapping.situation_to_json(mapping.situation_from_json(old)) == new:
        return False
    for key in new:
        if old.get(key) != new[key]:
            audit.record(
                dossier,
                now,
                "update",
                "situation",
                dossier.id,
                key,
                audit.json_text(old.get(key)),
                audit.json_text(new[key]),
            )
    dossier.situation = new
    dossier.updated_at = now
    return True


def set_intake_step(session: Session, dossier_id: int, step: str, now: datetime) -> None:
    """Remember where the intake questions were left (``intake_steps.DONE`` when finished)."""
    if step not in intake_steps.KNOWN:
        raise ValueError(f"unknown intake step {step!r}")
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
    data = mapping.for_deadlines(dossier)
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


def import_dossier(session: Session, data: domain.Dossier, now: datetime) -> models.Dossier:
    """Store a dossier read from an exchange file as a new dossier."""
    dossier = new_dossier_row(session, now)
    deceased = mapping.person(dossier, DECEASED)
    mapping.name_from_domain(deceased, data.deceased)
    deceased.bsn = data.deceased.bsn
    deceased.date_of_birth = data.deceased.date_of_birth
    deceased.date_of_death = data.deceased.date_of_death
    deceased.lived_in_netherlands = data.deceased.lived_in_netherlands
    mapping.address_from_domain(deceased, data.deceased.address)
    contact = mapping.person(dossier, CONTACT)
    mapping.name_from_domain(contact, data.contact)
    contact.relation = data.contact.relation
    contact.phone = data.contact.phone
    contact.email = data.contact.email
    contact.iban = data.contact.iban
    mapping.address_from_domain(contact, data.contact.address)
    for position, heir in enumerate(data.heirs):
        row = models.Person(
            role=HEIR,
            position=position,
            relation=heir.relation,
            has_address=heir.address is not None,
            will_share=heir.will_share,
            in_place_of=heir.in_place_of,
        )
        mapping.name_from_domain(row, heir)
        mapping.address_from_domain(row, heir.address)
        dossier.persons.append(row)
    dossier.situation = mapping.situation_to_json(data.situation)
    # The file carries the answers (with its own "weet ik niet"); a version 1 file has
    # no intake step: the questions count as answered.
    dossier.intake_step = data.intake_step if data.intake_step in intake_steps.KNOWN else "done"
    dossier.title = data.title
    dossier.archived_at = now if data.archived else None
    for task_id, progress in data.tasks.items():
        dossier.tasks.append(
            models.TaskProgress(
                task_id=task_id,
                status=progress.status,
                note=progress.note,
                done_on=progress.done_on,
                started_on=progress.started_on,
                updated_at=now,
            )
        )
    for letter in data.letters:
        dossier.letters.append(mapping.letter_from_domain(letter))
    for position, details in enumerate(data.organisations):
        entry = models.OrganisationDetails(position=position)
        mapping.organisation_from_domain(entry, details)
        dossier.organisations.append(entry)
    for position, item in enumerate(data.estate.items):
        # A letter named by its number in another store is not this store's letter.
        item_row = models.EstateItem()
        mapping.estate_item_from_domain(item_row, replace(item, letter_id=None), position)
        dossier.estate_items.append(item_row)
    for position, document in enumerate(data.estate.documents_sent):
        sent_row = models.DocumentSent()
        mapping.document_sent_from_domain(sent_row, document, position)
        dossier.documents_sent.append(sent_row)
    session.add(dossier)
    session.flush()  # the persons get their ids: mandates point at them
    heirs = sorted((row for row in dossier.persons if row.role == HEIR), key=lambda r: r.position)
    for mandate in data.mandates:
        dossier.mandates.append(mapping.mandate_from_domain(mandate, contact, heirs, now))
    audit.record(dossier, now, "import", "dossier")
    session.flush()
    return dossier
