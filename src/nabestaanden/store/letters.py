"""The register of letters: each letter as printed, its dates and its answer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from nabestaanden.domain.letters import (
    LetterContent,
    LetterRecord,
    RegisteredLetter,
    answer_expected,
)
from nabestaanden.store import audit, conflicts, dossiers, mapping, models
from nabestaanden.store.conflicts import Seen


def record_letter(
    session: Session, dossier_id: int, content: LetterContent, now: datetime, file_name: str = ""
) -> models.Letter:
    """Add a produced letter to the register, as a draft, with everything that was printed.

    The letter gets "ons kenmerk" ``<dossier>-<letter>`` if it has none yet.
    """
    dossier = dossiers.get_dossier(session, dossier_id)
    row = mapping.letter_from_domain(RegisteredLetter(content, now, file_name))
    dossier.letters.append(row)
    session.flush()
    if not content.our_reference:
        content = replace(content, our_reference=f"{dossier.id}-{row.id}")
    row.our_reference = content.our_reference
    row.content = content.to_json()
    dossier.updated_at = now
    audit.record(dossier, now, "create", "letter", row.id, "title", None, content.title)
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
    dossier = dossiers.get_dossier(session, dossier_id)
    if audit.lock(dossier):  # somebody else may just have made the same draft
        session.expire(dossier, ["letters"])
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
        audit.record(draft.dossier, now, "update", "letter", draft.id, "content", before, after)
    return draft


def unsent_draft(session: Session, dossier_id: int, content: LetterContent) -> models.Letter | None:
    """A letter of the same kind to the same recipient that is still a draft, if any.

    The same recipient: the organisation, the name on the envelope and the family's
    reference there (two accounts at one bank are two letters); not the address, so a
    corrected address updates the draft instead of adding one.
    """
    name = content.recipient_lines[0] if content.recipient_lines else ""
    for row in dossiers.get_dossier(session, dossier_id).letters:
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
    session: Session,
    dossier_id: int,
    letter_id: int,
    body: str,
    now: datetime,
    seen: Seen | None = None,
) -> LetterContent:
    """Replace the body of a letter in the register (before it is printed and sent).

    Raise:
        EditConflict: somebody else changed the text since ``seen``.
    """
    row = get_letter(session, dossier_id, letter_id)
    old = letter_content(row)
    new = old.with_body(body)
    conflicts.check_row(session, "letter", row, seen, [("body", old.body_text, new.body_text)])
    if new.paragraphs != old.paragraphs:
        row.content = new.to_json()
        row.body = new.body_text
        row.dossier.updated_at = now
        audit.record(
            row.dossier, now, "update", "letter", row.id, "body", old.body_text, new.body_text
        )
    return new


def mark_letter_sent(
    session: Session,
    dossier_id: int,
    letter_id: int,
    sent_on: date,
    now: datetime,
    seen: Seen | None = None,
) -> None:
    """Record the date of sending; the answer is then expected after the letter's weeks.

    Raise:
        EditConflict: somebody else recorded another date since ``seen``.
    """
    row = get_letter(session, dossier_id, letter_id)
    conflicts.check_row(session, "letter", row, seen, [("sent_on", row.sent_on, sent_on)])
    weeks = letter_content(row).answer_weeks if row.content else None
    audit.record(row.dossier, now, "update", "letter", row.id, "sent_on", row.sent_on, sent_on)
    row.sent_on = sent_on
    row.answer_expected_by = answer_expected(sent_on, weeks)
    row.dossier.updated_at = now


def mark_answer_received(
    session: Session,
    dossier_id: int,
    letter_id: int,
    received_on: date | None,
    now: datetime,
    seen: Seen | None = None,
) -> None:
    """Record (or, with ``None``, undo) that the answer to a letter came in.

    Raise:
        EditConflict: somebody else recorded another date since ``seen``.
    """
    row = get_letter(session, dossier_id, letter_id)
    conflicts.check_row(
        session, "letter", row, seen, [("answer_received_on", row.answer_received_on, received_on)]
    )
    audit.record(
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
