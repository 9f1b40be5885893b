"""The deadlines as a calendar file, read back as a calendar app would read it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event

from nabestaanden.documents.calendar import deadlines_calendar, write_calendar
from nabestaanden.domain.deadlines import DATE, EXPECTED
from nabestaanden.domain.exchange import read_dossier
from nabestaanden.domain.plan import Plan, build_plan
from nabestaanden.resources import default_catalogue
from tests.support.examples import example_document

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
NAME = "Johanna van der Berg"
UUID = "6f1c2a9e-5b7d-4c1e-9a3f-2d8e4b6c0a11"


def plan_of(document: dict[str, Any], today: date = TODAY) -> Plan:
    return build_plan(read_dossier(document, today), default_catalogue(), today)


def events_of(data: bytes) -> list[Event]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def by_uid(events: list[Event]) -> dict[str, Event]:
    return {str(event["uid"]): event for event in events}


def uid(task_id: str) -> str:
    return f"{UUID}-{task_id}@nabestaanden"


def dated(plan: Plan) -> list[Any]:
    return [
        item
        for item in plan.items
        if item.deadline.kind in (DATE, EXPECTED) and item.deadline.day is not None
    ]


def test_every_open_task_with_a_date_is_an_all_day_event_on_that_date() -> None:
    plan = plan_of(example_document())
    events = by_uid(events_of(deadlines_calendar(plan, NAME, UUID, NOW)))
    wanted = [item for item in dated(plan) if not item.finished]
    assert wanted
    assert set(events) == {uid(item.id) for item in wanted}
    for item in wanted:
        event = events[uid(item.id)]
        start = event["dtstart"].dt
        assert type(start) is date  # all day, not a time
        assert start == item.deadline.day
        assert event["dtend"].dt == item.deadline.day + timedelta(days=1)
        assert item.task.title in str(event["summary"])
        assert f"({NAME})" in str(event["summary"])


def test_finished_tasks_are_left_out() -> None:
    document = example_document()
    plan = plan_of(document)
    first, second = dated(plan)[:2]
    document["tasks"] = {
        first.id: {"status": "done", "done_on": "2026-03-20"},
        second.id: {"status": "not_applicable"},
    }
    plan = plan_of(document)
    finished = [item.id for item in plan.items if item.finished]
    assert first.id in finished and second.id in finished  # still in the plan, with a date
    events = by_uid(events_of(deadlines_calendar(plan, NAME, UUID, NOW)))
    assert uid(first.id) not in events
    assert uid(second.id) not in events
    assert len(events) == len(dated(plan)) - 2


def test_expected_dates_say_ask_after_it_and_deadlines_say_at_the_latest() -> None:
    plan = plan_of(example_document())
    events = by_uid(events_of(deadlines_calendar(plan, NAME, UUID, NOW)))
    kinds = {item.deadline.kind for item in dated(plan)}
    assert kinds == {DATE, EXPECTED}  # the example has both, so both are checked
    for item in dated(plan):
        summary = str(events[uid(item.id)]["summary"])
        description = str(events[uid(item.id)]["description"])
        if item.deadline.kind == EXPECTED:
            assert summary.startswith("Navragen: ")
            assert "Uiterlijk" not in summary
            assert "Vraag er dan naar" in description
        else:
            assert summary.startswith("Uiterlijk: ")


def test_the_description_says_when_where_and_what_is_unsure() -> None:
    plan = plan_of(example_document())
    events = by_uid(events_of(deadlines_calendar(plan, NAME, UUID, NOW)))
    unsure = [item for item in dated(plan) if item.verification.to_verify]
    assert unsure
    for item in dated(plan):
        description = str(events[uid(item.id)]["description"])
        assert "[[" not in description and "]]" not in description
        for organisation in item.organisations:
            assert plan.catalogue.organisation_name(organisation) in description
        if item.verification.to_verify:
            assert "Te controleren: " in description
        else:
            assert "Te controleren" not in description
        day = item.deadline.day
        assert day is not None
        assert str(day.year) in description.splitlines()[0]


def test_each_event_reminds_a_week_and_a_day_before() -> None:
    plan = plan_of(example_document())
    events = events_of(deadlines_calendar(plan, NAME, UUID, NOW))
    assert events
    for event in events:
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 2
        assert sorted(alarm["trigger"].dt for alarm in alarms) == [
            timedelta(days=-7),
            timedelta(days=-1),
        ]
        for alarm in alarms:
            assert str(alarm["action"]) == "DISPLAY"
            assert str(alarm["description"]) == str(event["summary"])


def test_event_ids_are_unique_and_the_same_in_every_export() -> None:
    plan = plan_of(example_document())
    first = deadlines_calendar(plan, NAME, UUID, NOW)
    later = deadlines_calendar(plan, NAME, UUID, NOW + timedelta(days=3))
    uids = [str(event["uid"]) for event in events_of(first)]
    assert len(uids) == len(set(uids))
    assert uids == [str(event["uid"]) for event in events_of(later)]
    assert deadlines_calendar(plan, NAME, UUID, NOW) == first  # reproducible
    other = [str(event["uid"]) for event in events_of(deadlines_calendar(plan, NAME, "x", NOW))]
    assert not set(other) & set(uids)  # another dossier never overwrites these


def test_no_bsn_iban_or_address_in_the_file() -> None:
    document = example_document()
    data = deadlines_calendar(plan_of(document), NAME, UUID, NOW)
    # Unfolded, so a number split over two lines would still be found.
    text = data.decode("utf-8").replace("\r\n ", "")
    secrets = [
        document["deceased"]["bsn"],
        document["contact"]["iban"],
        document["deceased"]["address"]["street"],
        document["deceased"]["address"]["postcode"],
        document["contact"]["address"]["street"],
        document["contact"]["email"],
        document["contact"]["phone"],
    ]
    for secret in secrets:
        assert secret not in text


def test_the_file_is_a_valid_calendar_with_a_name() -> None:
    data = deadlines_calendar(plan_of(example_document()), NAME, UUID, NOW)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.rstrip().endswith(b"END:VCALENDAR")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = Calendar.from_ical(data)
    assert str(calendar["prodid"]) == "-//Nabestaanden//NL"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["x-wr-calname"]) == f"Termijnen {NAME}"
    for event in calendar.walk("VEVENT"):
        assert event["dtstamp"].dt == NOW


def test_without_a_date_of_death_the_calendar_is_empty() -> None:
    document = example_document()
    document["deceased"]["date_of_death"] = None
    data = deadlines_calendar(plan_of(document), NAME, UUID, NOW)
    calendar = Calendar.from_ical(data)
    assert list(calendar.walk("VEVENT")) == []
    assert str(calendar["x-wr-calname"]) == f"Termijnen {NAME}"


def test_write_calendar_leaves_the_whole_file_and_no_partial_one(tmp_path: Path) -> None:
    data = deadlines_calendar(plan_of(example_document()), NAME, UUID, NOW)
    path = tmp_path / "termijnen.ics"
    path.write_bytes(b"old")
    write_calendar(path, data)
    assert path.read_bytes() == data
    assert [file.name for file in tmp_path.iterdir()] == ["termijnen.ics"]
