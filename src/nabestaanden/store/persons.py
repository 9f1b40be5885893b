"""The people of a dossier: the deceased's and the contact person's fields, and
the heirs (kept by record, so their mandates stay theirs).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from nabestaanden.domain import dossier as domain
from nabestaanden.domain.dossier import HEIR, FieldValue
from nabestaanden.domain.mandates import Holder
from nabestaanden.store import audit, dossiers, mapping, models
from nabestaanden.store.mapping import PERSON_FIELDS


def set_person_field(
    session: Session, dossier_id: int, role: str, field: str, value: FieldValue, now: datetime
) -> bool:
    """Change one field of the deceased or the contact person.

    Return:
        Whether anything changed (an unchanged value writes no audit entry).
    """
    if field not in PERSON_FIELDS:
        raise ValueError(f"unknown person field {field!r}")
    dossier = dossiers.get_dossier(session, dossier_id)
    target = mapping.person(dossier, role)
    old = getattr(target, field)
    if old == value:
        return False
    setattr(target, field, value)
    dossier.updated_at = now
    session.flush()
    audit.record(dossier, now, "update", role, target.id, field, old, value)
    return True


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
    dossier = dossiers.get_dossier(session, dossier_id)
    _contact, before = mapping.persons_of(dossier)
    kept = {index for index, _heir in heirs if index is not None}
    removed = [(index, row) for index, row in enumerate(before) if index not in kept]
    live = domain.live_holders(mapping.to_domain(dossier), now.date()) if removed else set()
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
                audit.record(dossier, now, "update", HEIR, row.id, "name", old_name, heir.full_name)
            if row.relation != heir.relation:
                audit.record(
                    dossier, now, "update", HEIR, row.id, "relation", row.relation, heir.relation
                )
        else:
            row = models.Person(role=HEIR, has_address=False)
            dossier.persons.append(row)
            added.append(row)
        row.position = position
        mapping.name_from_domain(row, heir)
        row.relation = heir.relation
        known = place is not None and 0 <= place < len(before)
        for name in ("will_share", "in_place_of"):
            old, new = getattr(row, name), getattr(heir, name)
            if known and old != new:
                audit.record(dossier, now, "update", HEIR, row.id, name, old, new)
            setattr(row, name, new)
    for _index, row in removed:
        name = domain.full_name(row.first_names, row.surname_prefix, row.surname)
        # Mandates that are over keep naming them in their history.
        for mandate in dossier.mandates:
            if mandate.holder_person_id == row.id:
                mandate.holder_person_id = None
                mandate.holder_organisation = f"{name or 'erfgenaam'} (geen erfgenaam meer)"
        audit.record(dossier, now, "delete", HEIR, row.id, "name", name, None)
        dossier.persons.remove(row)
        session.delete(row)
    session.flush()  # the new heirs get their ids
    for row in added:
        audit.record(
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
