"""Dossiers as a whole: open one, make, rename, archive, delete, change a field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from nabestaanden.domain.dossier import CONTACT, DECEASED, Dossier, FieldValue
from nabestaanden.operations.work import DOSSIER, PERSONS, PLAN, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.domain.document_needs import SentCopy, ToSend
    from nabestaanden.domain.letter_offers import LetterOffer
    from nabestaanden.domain.letter_texts import LetterDefinition
    from nabestaanden.domain.letters import LetterRecord
    from nabestaanden.domain.mandates import Mandate
    from nabestaanden.domain.plan import Plan
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen

# The form's values: (role, field) -> value, for the deceased and the contact person.
DossierValues = dict[tuple[str, str], FieldValue]


@dataclass
class DossierState:
    """Everything the window shows of one dossier, read in one go."""

    dossier_id: int
    uuid: str
    name: str
    data: Dossier
    values: DossierValues
    plan: Plan
    offers: list[LetterOffer]
    records: list[LetterRecord]
    intake_step: str
    today: date = field(default_factory=date.today)
    title: str = ""  # the name the user gave the dossier ("" if none)
    mandates: list[tuple[int, Mandate]] = field(default_factory=list)  # with their numbers
    # The version of each edited row as read ("task:ID", "mandate:N", "letter:N"),
    # handed back with a save so a change by somebody else in between shows.
    versions: dict[str, int] = field(default_factory=dict)
    # The estate's rows with their numbers, in the order of data.estate.
    estate_numbers: tuple[int, ...] = ()
    document_numbers: tuple[int, ...] = ()
    # The documents that went out: the documents log and the sent letters' enclosures.
    copies: tuple[SentCopy, ...] = ()
    # What the open tasks still need sent (by the plan and the copies above).
    to_send: tuple[ToSend, ...] = ()

    def seen_row(self, key: str) -> Seen:
        """A row saved as a whole ("estate_item:N", "document_sent:N"), as read."""
        from nabestaanden.store.conflicts import Seen

        return Seen(self.versions.get(key, 0), ())

    def seen_task(self, task_id: str) -> Seen:
        """What the window shows of a task: its version, status and note."""
        from nabestaanden.domain.dossier import TaskProgress
        from nabestaanden.store.conflicts import Seen

        shown = self.data.tasks.get(task_id, TaskProgress())
        values = (("status", shown.status), ("note", shown.note))
        return Seen(self.versions.get(f"task:{task_id}", 0), values)

    def seen_mandate(self, number: int, status: str | None = None) -> Seen:
        """A mandate as shown: saved as a whole, or (``status``) only its status."""
        from nabestaanden.store.conflicts import Seen

        values = () if status is None else (("status", status),)
        return Seen(self.versions.get(f"mandate:{number}", 0), values)

    def seen_letter(self, letter_id: int, part: str, value: object) -> Seen:
        """A letter as shown: the version and the one part being changed."""
        from nabestaanden.store.conflicts import Seen

        return Seen(self.versions.get(f"letter:{letter_id}", 0), ((part, value),))

    @property
    def calendar_label(self) -> str:
        """How the dossier is named in a calendar file, which may end up in a cloud
        calendar: the dossier's own name if the user gave one, else nothing (a number
        such as "(dossier 1)" tells a family nothing), never the deceased's name."""
        return self.title


def open_dossier(
    store: Store,
    dossier_id: int,
    catalogue: Catalogue,
    letters: Mapping[str, LetterDefinition],
    today: date,
) -> DossierState:
    """Read a dossier and build its plan and letter offers.

    A catalogue update may have moved the dossier's deadlines: the list's next
    deadline is brought up to date (the only write, and only when it moved).
    """
    from nabestaanden.domain.document_needs import sent_copies, still_to_send
    from nabestaanden.domain.letter_offers import letters_for_plan, out_of_date_letters
    from nabestaanden.domain.plan import build_plan
    from nabestaanden.store import dossiers, mandates, mapping
    from nabestaanden.store import letters as letter_store

    with changing(store, catalogue) as work:
        row = dossiers.get_dossier(work.session, dossier_id)
        data = mapping.to_domain(row)
        values: DossierValues = {}
        for role in (DECEASED, CONTACT):
            person = mapping.person(row, role)
            for name in mapping.PERSON_FIELDS:
                values[(role, name)] = getattr(person, name)
        records = letter_store.letter_records(row)
        drafts = [  # the unsent letters, to see whether the data changed since
            (letter.id, letter_store.letter_content(letter))
            for letter in row.letters
            if letter.sent_on is None and letter.content is not None
        ]
        numbered = mandates.mandate_rows(row)
        step, uuid, title = row.intake_step, row.uuid, row.title
        versions = {f"task:{task.task_id}": task.version for task in row.tasks}
        versions |= {f"mandate:{mandate.id}": mandate.version for mandate in row.mandates}
        versions |= {f"letter:{letter.id}": letter.version for letter in row.letters}
        versions |= {f"estate_item:{item.id}": item.version for item in row.estate_items}
        versions |= {f"document_sent:{sent.id}": sent.version for sent in row.documents_sent}
        estate_numbers = tuple(item.id for item in row.estate_items)
        document_numbers = tuple(sent.id for sent in row.documents_sent)
        work.touch(dossier_id)
    plan = build_plan(data, catalogue, today)
    offers = letters_for_plan(plan, letters)
    stale = out_of_date_letters(plan, offers, drafts)
    records = [replace(record, out_of_date=record.letter_id in stale) for record in records]
    copies = tuple(sent_copies(data, letters))
    name = title or data.deceased.full_name or "Nieuw dossier"
    return DossierState(
        dossier_id,
        uuid,
        name,
        data,
        values,
        plan,
        offers,
        records,
        step,
        today,
        title,
        numbered,
        versions,
        estate_numbers,
        document_numbers,
        copies,
        tuple(still_to_send(plan, copies)),
    )


def create_dossier(store: Store, now: datetime | None = None) -> Changed[int]:
    """A new, empty dossier; its number is the value."""
    from nabestaanden.store import dossiers

    with changing(store, None, now) as work:
        dossier_id = dossiers.create_dossier(work.session, work.now).id
    return Changed(dossier_id, dossier_id, frozenset({DOSSIER}))


def rename_dossier(store: Store, dossier_id: int, title: str) -> Changed[None]:
    """Give the dossier its own name ("" for the deceased's name)."""
    from nabestaanden.store import dossiers

    with changing(store, None) as work:
        dossiers.rename_dossier(work.session, dossier_id, title, work.now)
    return Changed(None, dossier_id, frozenset({DOSSIER}))


def set_archived(store: Store, dossier_id: int, archived: bool) -> Changed[None]:
    """Archive a dossier (out of the list) or put it back."""
    from nabestaanden.store import dossiers

    with changing(store, None) as work:
        dossiers.set_archived(work.session, dossier_id, archived, work.now)
    return Changed(None, dossier_id, frozenset({DOSSIER}))


def delete_dossier(store: Store, dossier_id: int) -> Changed[None]:
    """Remove a dossier with everything in it."""
    from nabestaanden.store import dossiers

    with changing(store, None) as work:
        dossiers.delete_dossier(work.session, dossier_id)
    return Changed(None, dossier_id, frozenset({DOSSIER}))


def set_person_field(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    role: str,
    name: str,
    value: FieldValue,
) -> Changed[bool]:
    """Change one field of the deceased or the contact person; the value says whether
    anything changed. The date of death moves the plan."""
    from nabestaanden.store import persons

    with changing(store, catalogue) as work:
        changed = persons.set_person_field(work.session, dossier_id, role, name, value, work.now)
        work.touch(dossier_id)
    return Changed(changed, dossier_id, frozenset({DOSSIER, PERSONS, PLAN}))


def find_dossier(store: Store, reference: str) -> int:
    """The number of the dossier a user named by number or (the start of) its code.

    Raise:
        DossierNotFound: none, or more than one, matches.
    """
    from nabestaanden.store import dossiers

    with store.session() as session:
        return dossiers.find_dossier(session, reference).id
