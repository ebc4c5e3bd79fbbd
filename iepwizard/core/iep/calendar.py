"""The school days a ledger spreads required minutes over.

Any object with `is_school_day(date) -> bool` will do (the key-dates feature keeps the parent's
own calendar, with breaks); until one is given, every weekday counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Protocol

ONE_DAY = dt.timedelta(days=1)


class SchoolCalendar(Protocol):
    def is_school_day(self, day: dt.date) -> bool: ...


class Weekdays:
    """Monday to Friday, with no breaks: the default until the parent enters their calendar."""

    def is_school_day(self, day: dt.date) -> bool:
        return day.weekday() < 5


class WithBreaks:
    """Weekdays except the listed days off (a test helper, and a stand-in for a real one)."""

    def __init__(self, days_off: set[dt.date]) -> None:
        self.days_off = frozenset(days_off)

    def is_school_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.days_off


def days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Every date from start to end, both included."""
    day = start
    while day <= end:
        yield day
        day += ONE_DAY


def school_days(calendar: SchoolCalendar, start: dt.date, end: dt.date) -> list[dt.date]:
    return [day for day in days(start, end) if calendar.is_school_day(day)]


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - ONE_DAY


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def a_year_on(day: dt.date) -> dt.date:
    """The last day of the year that starts on `day` (an IEP's year)."""
    try:
        return day.replace(year=day.year + 1) - ONE_DAY
    except ValueError:  # February 29
        return dt.date(day.year + 1, 2, 28)
