"""Calendar arithmetic behind the deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from nabestaanden.domain.dates import (
    add_months,
    add_working_days,
    end_of_month_after,
    long_date,
    public_holidays,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 15), 8, date(2026, 11, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2026, 8, 31), 2, date(2026, 10, 31)),
        (date(2026, 5, 31), 1, date(2026, 6, 30)),
        (date(2025, 12, 31), 8, date(2026, 8, 31)),
        (date(2026, 1, 1), 20, date(2027, 9, 1)),
    ],
)
def test_months_land_on_the_same_day_or_the_last_day_of_a_shorter_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


def test_end_of_the_second_month_after_the_month_of_death() -> None:
    assert end_of_month_after(date(2026, 3, 15), 2) == date(2026, 5, 31)
    assert end_of_month_after(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert end_of_month_after(date(2027, 12, 1), 2) == date(2028, 2, 29)


def test_working_days_skip_weekends_and_the_holidays_of_the_termijnenwet() -> None:
    # From Friday 24 April 2026: Monday 27 April is Koningsdag, then Tue 28, Wed 29,
    # Thu 30, Fri 1 May, Mon 4 May; Tuesday 5 May is Bevrijdingsdag; Wed 6 May is the 6th.
    day, skipped = add_working_days(date(2026, 4, 24), 6)
    assert day == date(2026, 5, 6)
    assert skipped == ["Koningsdag (27 april 2026)", "Bevrijdingsdag (5 mei 2026)"]
    day, skipped = add_working_days(date(2026, 4, 30), 3)
    assert day == date(2026, 5, 6)
    assert skipped == ["Bevrijdingsdag (5 mei 2026)"]


def test_the_day_of_death_itself_does_not_count() -> None:
    assert add_working_days(date(2026, 3, 16), 1)[0] == date(2026, 3, 17)  # Monday → Tuesday
    assert add_working_days(date(2026, 3, 13), 1)[0] == date(2026, 3, 16)  # Friday → Monday


def test_holidays_follow_easter_and_kings_day_moves_off_a_sunday() -> None:
    holidays = public_holidays(2027)
    assert holidays[date(2027, 3, 29)] == "Tweede Paasdag"  # Easter Sunday 28 March 2027
    assert holidays[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert holidays[date(2027, 5, 17)] == "Tweede Pinksterdag"
    # 27 April 2025 was a Sunday: Koningsdag was on Saturday the 26th.
    assert date(2025, 4, 26) in public_holidays(2025)
    assert date(2025, 4, 27) not in public_holidays(2025)


def test_dates_are_written_in_dutch() -> None:
    assert long_date(date(2027, 5, 1)) == "1 mei 2027"
    assert long_date(date(2026, 11, 29)) == "29 november 2026"
