"""Calendar arithmetic for deadlines, and dates written the Dutch way.

Months are calendar months: "3 months after 31 May" is 31 August, and where the
day does not exist in the target month the deadline is that month's last day
("1 month after 31 January 2026" is 28 February 2026).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

from babel.dates import format_date
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta


def add_months(start: date, months: int) -> date:
    """``start`` plus whole calendar months, clamped to the target month's last day."""
    return start + relativedelta(months=months)


def add_years(start: date, years: int) -> date:
    """``start`` plus whole years; 29 February becomes 28 February in other years."""
    return start + relativedelta(years=years)


def end_of_month_after(start: date, months: int) -> date:
    """The last day of the ``months``-th month after the month of ``start``."""
    first_of_target = (start.replace(day=1)) + relativedelta(months=months)
    last_day = calendar.monthrange(first_of_target.year, first_of_target.month)[1]
    return first_of_target.replace(day=last_day)


@cache
def public_holidays(year: int) -> dict[date, str]:
    """The generally recognised holidays of the Algemene termijnenwet (art. 3).

    Cached per year: working-day counting asks for every day it steps over. Do not
    change the returned dict.
    """
    easter_sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it is celebrated the day before
        kings_day = date(year, 4, 26)
    return {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter_sunday + timedelta(days=1): "Tweede Paasdag",
        kings_day: "Koningsdag",
        date(year, 5, 5): "Bevrijdingsdag",
        easter_sunday + timedelta(days=39): "Hemelvaartsdag",
        easter_sunday + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: date, count: int) -> tuple[date, list[str]]:
    """The ``count``-th working day after ``start``, and the holidays it skipped.

    The day of ``start`` itself does not count. Saturdays, Sundays and the holidays
    of the Algemene termijnenwet are skipped.
    """
    day = start
    skipped: list[str] = []
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        holiday = public_holidays(day.year).get(day)
        if holiday is not None:
            skipped.append(f"{holiday} ({long_date(day)})")
            continue
        remaining -= 1
    return day, skipped


def long_date(day: date) -> str:
    """A date as written in a Dutch letter: ``1 mei 2027``."""
    return str(format_date(day, format="long", locale="nl_NL"))


def weekday_date(day: date) -> str:
    """``maandag 23 maart 2026``."""
    return str(format_date(day, format="EEEE d MMMM y", locale="nl_NL"))
