"""A dossier's deadlines as a calendar file (.ics, RFC 5545) for Outlook, Google or Apple.

One all-day event per unfinished task with a date, each with two reminders (a week
and a day before). A real deadline reads "Uiterlijk: …"; a date by which a letter or
payment should have come reads "Navragen: …" (ask after it if nothing came). Event
ids are stable per dossier and task, so importing the file again updates the events
instead of adding them twice.

The file holds no BSN, IBAN or address: only task titles, catalogue texts,
organisation names and the dossier's display name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO, Final

from icalendar import Alarm, Calendar, Event

from nabestaanden.documents.batch import write_atomically
from nabestaanden.domain.catalogue import plain_text
from nabestaanden.domain.deadlines import DATE, EXPECTED
from nabestaanden.domain.plan import Plan, PlanItem
from nabestaanden.domain.plan_output import deadline_phrase

PRODID: Final = "-//Nabestaanden//NL"
UID_DOMAIN: Final = "nabestaanden"
# Days before the event when a reminder goes off.
REMINDER_DAYS: Final = (7, 1)

DEADLINE_PREFIX: Final = "Uiterlijk"
ASK_AFTER_PREFIX: Final = "Navragen"


def event_uid(dossier_uuid: str, task_id: str) -> str:
    """``<dossier uuid>-<task id>@nabestaanden``: the same for every export of a dossier."""
    return f"{dossier_uuid}-{task_id}@{UID_DOMAIN}"


def calendar_items(plan: Plan) -> list[tuple[PlanItem, date]]:
    """The plan items that become events, with their date.

    Unfinished tasks with a deadline or an expected date, in the plan's order.
    """
    return [
        (item, item.deadline.day)
        for item in plan.items
        if not item.finished
        and item.deadline.kind in (DATE, EXPECTED)
        and item.deadline.day is not None
    ]


def _with_name(text: str, dossier_name: str) -> str:
    name = dossier_name.strip()
    return f"{text} ({name})" if name else text


def event_summary(item: PlanItem, dossier_name: str) -> str:
    """``Uiterlijk: <task> (<dossier>)`` or, for an expected date, ``Navragen: …``."""
    prefix = ASK_AFTER_PREFIX if item.deadline.kind == EXPECTED else DEADLINE_PREFIX
    return _with_name(f"{prefix}: {plain_text(item.task.title)}", dossier_name)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def event_description(item: PlanItem, plan: Plan) -> str:
    """What the event says: when, where, what to do and what is still unsure."""
    organisations = ", ".join(
        plan.catalogue.organisation_name(organisation) for organisation in item.organisations
    )
    lines = [_sentence(deadline_phrase(item))]
    if item.deadline.kind == EXPECTED:
        lines.append(
            "Rond deze dag krijgt u post of geld. Kwam er niets? "
            "Vraag er dan naar bij de organisatie."
        )
    if organisations:
        lines.append(f"Organisatie: {plain_text(organisations)}.")
    what_to_do = plain_text(item.task.what_to_do).strip()
    if what_to_do:
        lines.append(f"Wat te doen: {what_to_do}")
    if item.open_questions:
        lines.append(
            "Geldt misschien. Dat hangt af van: "
            + " ".join(plain_text(question) for question in item.open_questions)
        )
    if item.verification.to_verify:
        note = plain_text(item.verification.note).strip()
        lines.append(f"Te controleren: {note}" if note else "Te controleren.")
    return "\n".join(line for line in lines if line)


def _alarm(days_before: int, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(days=-days_before))
    return alarm


def _event(
    item: PlanItem, day: date, plan: Plan, dossier_name: str, dossier_uuid: str, stamp: datetime
) -> Event:
    summary = event_summary(item, dossier_name)
    event = Event()
    event.add("uid", event_uid(dossier_uuid, item.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", event_description(item, plan))
    # An all-day reminder does not make the family look busy.
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Nabestaanden"])
    for days_before in REMINDER_DAYS:
        event.add_component(_alarm(days_before, summary))
    return event


def deadlines_calendar(plan: Plan, dossier_name: str, dossier_uuid: str, now: datetime) -> bytes:
    """The plan's open deadlines and expected dates as an iCalendar file.

    Args:
        plan: the dossier's plan; finished tasks and tasks without a date are left out.
        dossier_name: the name the family knows the dossier by (in titles and the
            calendar name).
        dossier_uuid: the dossier's stable id; makes the event ids stable.
        now: the moment of export (DTSTAMP); a naive time counts as local time.

    Return:
        The file's bytes (UTF-8, CRLF line endings, long lines folded). Without a date
        of death there are no dates, and the calendar holds no events.
    """
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Termijnen {dossier_name.strip()}".strip())
    for item, day in calendar_items(plan):
        calendar.add_component(_event(item, day, plan, dossier_name, dossier_uuid, stamp))
    data: bytes = calendar.to_ical()
    return data


def write_calendar(path: Path, data: bytes) -> None:
    """Write the calendar file under a temporary name; rename it only when complete."""

    def build(handle: BinaryIO) -> None:
        handle.write(data)

    write_atomically(path, build)
