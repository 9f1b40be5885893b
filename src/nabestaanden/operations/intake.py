"""The answers to the intake questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from nabestaanden.domain import intake_steps
from nabestaanden.domain.dossier import CONTACT, DECEASED, FieldValue, Situation
from nabestaanden.operations.work import DOSSIER, PERSONS, PLAN, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.store.base import Store


def save_intake(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    deceased: Mapping[str, FieldValue],
    situation: Situation,
    step: str,
    contact: Mapping[str, FieldValue] | None = None,
) -> Changed[None]:
    """Save the answers: the deceased's and the contact person's fields given (only
    those changed in the questions, so nothing typed elsewhere is undone), the
    situation, and where the questions were left. A finished intake stays finished
    when it is reopened and left halfway."""
    from nabestaanden.store import dossiers, persons

    with changing(store, catalogue) as work:
        for name, value in deceased.items():
            persons.set_person_field(work.session, dossier_id, DECEASED, name, value, work.now)
        for name, value in (contact or {}).items():
            persons.set_person_field(work.session, dossier_id, CONTACT, name, value, work.now)
        dossiers.set_situation(work.session, dossier_id, situation, work.now)
        current = dossiers.get_dossier(work.session, dossier_id).intake_step
        if current != intake_steps.DONE or step == intake_steps.DONE:
            dossiers.set_intake_step(work.session, dossier_id, step, work.now)
        work.touch(dossier_id)
    return Changed(None, dossier_id, frozenset({DOSSIER, PERSONS, PLAN}))
