"""The register of letters in the exchange format (version 2): each letter as printed,
with its file name, its dates and its status.

The letter's text is kept exactly as printed (no spaces trimmed), so a reprint after
an import is the same letter; ``status`` is written for a reader of the file and
checked against the dates when read.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from nabestaanden.domain.exchange_base import ISO_DATE, ReaderBase, join
from nabestaanden.domain.letters import (
    ANSWERED,
    DRAFTED,
    LINE_FIELDS,
    SENT,
    LetterContent,
    RegisteredLetter,
    register_status,
)

LETTER_KEYS: Final = (
    "status",
    "created_at",
    "sent_on",
    "answer_expected_by",
    "answer_received_on",
    "file_name",
    "content",
)
STATUSES: Final = (DRAFTED, SENT, ANSWERED)
# The letter as printed (LetterContent), field by field: its kind of value.
_TEXTS: Final = (
    "letter_id",
    "title",
    "organisation_id",
    "sender_name",
    "their_reference",
    "our_reference",
    "subject",
    "salutation",
    "closing",
    "signer_name",
    "signer_capacity",
    "to_verify",
)
_LINES: Final = LINE_FIELDS
CONTENT_KEYS: Final = (
    *_TEXTS,
    *_LINES,
    "task_id",
    "letter_date",
    "details",
    "answer_weeks",
    "has_bsn",
)


class LetterReading(ReaderBase):
    """Reads ``letters``: a list of the register's letters, oldest first."""

    def letters(self, obj: Mapping[str, Any]) -> list[RegisteredLetter]:
        result = []
        for index, item in enumerate(self.items(obj, "letters", "")):
            letter = self.letter(item, join("letters", index))
            if letter is not None:
                result.append(letter)
        return result

    def letter(self, value: object, path: str) -> RegisteredLetter | None:
        obj = self.mapping(value, path, LETTER_KEYS)
        if obj is None:
            return None
        created = self.moment(obj, "created_at", path)
        if "content" not in obj:
            self.problem(join(path, "content"), "ontbreekt; de brief zoals hij is afgedrukt")
        content = self.letter_content(obj.get("content"), join(path, "content"))
        file_name = self.exact(obj, "file_name", path)
        sent_on = self.day(obj, "sent_on", path)
        expected_by = self.day(obj, "answer_expected_by", path)
        received_on = self.day(obj, "answer_received_on", path)
        from_dates = register_status(sent_on, received_on)
        status = self.choice(obj, "status", path, STATUSES, None)
        if status is not None and status != from_dates:
            self.problem(
                join(path, "status"),
                f"'{status}' past niet bij de datums (die zeggen '{from_dates}'): "
                "verzonden is sent_on, beantwoord is answer_received_on",
            )
        if received_on is not None and sent_on is None:
            self.problem(
                join(path, "sent_on"), "ontbreekt; een antwoord komt op een verzonden brief"
            )
        if content is None or created is None:
            return None
        return RegisteredLetter(content, created, file_name, sent_on, expected_by, received_on)

    def moment(self, obj: Mapping[str, Any], key: str, path: str) -> datetime | None:
        value = obj.get(key)
        if isinstance(value, str) and ISO_DATE.match(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            join(path, key),
            "ontbreekt of is geen tijdstip (schrijf JJJJ-MM-DDTUU:MM:SS, bijvoorbeeld "
            "2026-03-20T14:05:00)",
        )
        return None

    def lines(self, obj: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        result = []
        for index, item in enumerate(self.items(obj, key, path)):
            if isinstance(item, str):
                result.append(item)
            else:
                self.problem(join(join(path, key), index), "moet tekst zijn")
        return tuple(result)

    def letter_content(self, value: object, path: str) -> LetterContent | None:
        if value is None:
            return None
        obj = self.mapping(value, path, CONTENT_KEYS)
        if obj is None:
            return None
        before = len(self.problems)
        texts = {key: self.exact(obj, key, path) for key in _TEXTS}
        if not texts["letter_id"]:
            self.problem(join(path, "letter_id"), "ontbreekt; welke brief is het?")
        lines = {key: self.lines(obj, key, path) for key in _LINES}
        letter_date = self.day(obj, "letter_date", path)
        if letter_date is None and "letter_date" not in obj:
            self.problem(join(path, "letter_date"), "ontbreekt; de datum in de brief")
        details = []
        for index, item in enumerate(self.items(obj, "details", path)):
            if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
                details.append((item[0], item[1]))
            else:
                self.problem(
                    join(join(path, "details"), index),
                    'moet een paar zijn: ["omschrijving", "waarde"]',
                )
        weeks = obj.get("answer_weeks")
        if weeks is not None and (
            not isinstance(weeks, int) or isinstance(weeks, bool) or not 0 < weeks <= 104
        ):
            self.problem(
                join(path, "answer_weeks"), "moet een aantal weken zijn (1 tot 104) of null"
            )
            weeks = None
        task = obj.get("task_id")
        if task is not None and not isinstance(task, str):
            self.problem(join(path, "task_id"), "moet tekst of null zijn")
            task = None
        if len(self.problems) > before or letter_date is None:
            return None
        return LetterContent(
            letter_id=texts["letter_id"],
            title=texts["title"],
            task_id=task,
            organisation_id=texts["organisation_id"],
            sender_name=texts["sender_name"],
            sender_address=lines["sender_address"],
            sender_contact=lines["sender_contact"],
            recipient_lines=lines["recipient_lines"],
            their_reference=texts["their_reference"],
            our_reference=texts["our_reference"],
            letter_date=letter_date,
            subject=texts["subject"],
            details=tuple(details),
            salutation=texts["salutation"],
            paragraphs=lines["paragraphs"],
            closing=texts["closing"],
            signer_name=texts["signer_name"],
            signer_capacity=texts["signer_capacity"],
            enclosures=lines["enclosures"],
            answer_weeks=weeks,
            missing=lines["missing"],
            to_verify=texts["to_verify"],
            has_bsn=self.boolean(obj, "has_bsn", path, False),
        )


def letter_json(letter: RegisteredLetter) -> dict[str, Any]:
    """One letter of the register as written in the file."""
    return {
        "status": letter.status,
        "created_at": letter.created_at.isoformat(),
        "sent_on": letter.sent_on.isoformat() if letter.sent_on else None,
        "answer_expected_by": (
            letter.answer_expected_by.isoformat() if letter.answer_expected_by else None
        ),
        "answer_received_on": (
            letter.answer_received_on.isoformat() if letter.answer_received_on else None
        ),
        "file_name": letter.file_name,
        # as JSON has it (lists, not tuples), so the document reads back as written
        "content": json.loads(json.dumps(letter.content.to_json(), ensure_ascii=False)),
    }
