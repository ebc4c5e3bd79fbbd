"""The school-day calendar a parent keeps: school weekdays and the breaks they enter.

Nothing is guessed: a day is a school day when it falls on a school weekday (Monday to Friday
unless changed) and inside none of the breaks the parent entered (winter break, a teacher
workday, summer). Used to count school-day deadlines, sum removal days per school year, and
spread required service minutes over the school days (the services ledger).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .dates import parse_date

MAX_BREAKS = 200
MAX_BREAK_DAYS = 366
MAX_NAME = 80
#: How far a count of school days may look before giving up (a calendar with breaks end to end).
MAX_SEARCH_DAYS = 366 * 20
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class CalendarError(ValueError):
    """A calendar entry that cannot be used; the message is one plain sentence."""


@dataclass(frozen=True)
class Break:
    first: dt.date
    last: dt.date
    name: str = ""

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


@dataclass(frozen=True)
class SchoolCalendar:
    breaks: tuple[Break, ...] = ()
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0

    def is_school_day(self, day: dt.date) -> bool:
        return day.weekday() in self.weekdays and not any(day in b for b in self.breaks)

    def add_school_days(self, start: dt.date, count: int) -> dt.date:
        """The `count`th school day after `start` (`start` itself is not counted)."""
        day, found = start, 0
        for _ in range(MAX_SEARCH_DAYS):
            if found >= count:
                return day
            day += dt.timedelta(days=1)
            found += self.is_school_day(day)
        if found >= count:
            return day
        raise CalendarError(f"the school calendar has no {count} school days within 20 years "
                            f"of {start.isoformat()}; check its breaks and school weekdays")

    def school_days_between(self, first: dt.date, last: dt.date) -> int:
        """School days after `first` up to and including `last` (0 when last <= first)."""
        days = min((last - first).days, MAX_SEARCH_DAYS)
        return sum(self.is_school_day(first + dt.timedelta(days=n)) for n in range(1, days + 1))

    def school_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Every school day from `first` to `last`, both included (for spreading minutes)."""
        days = min((last - first).days, MAX_SEARCH_DAYS)
        return [d for n in range(days + 1)
                if self.is_school_day(d := first + dt.timedelta(days=n))]

    def with_break(self, first: dt.date, last: dt.date, name: str = "") -> SchoolCalendar:
        """The calendar with one more break (checked: order, length, count, name)."""
        if last < first:
            raise CalendarError("a break must end on or after the day it starts")
        if (last - first).days + 1 > MAX_BREAK_DAYS:
            raise CalendarError(f"a break may last at most {MAX_BREAK_DAYS} days; enter a "
                                f"longer one as several breaks")
        if len(self.breaks) >= MAX_BREAKS:
            raise CalendarError(f"a calendar holds at most {MAX_BREAKS} breaks")
        clean = " ".join(name.split())
        if len(clean) > MAX_NAME or any(ord(c) < 32 or ord(c) == 127 for c in clean):
            raise CalendarError(f"a break's name is one line of at most {MAX_NAME} characters")
        new = Break(first, last, clean)
        return SchoolCalendar(tuple(sorted({*self.breaks, new}, key=_break_key)), self.weekdays)

    def without_break(self, first: dt.date, last: dt.date) -> SchoolCalendar:
        kept = tuple(b for b in self.breaks if (b.first, b.last) != (first, last))
        return SchoolCalendar(kept, self.weekdays)

    def with_weekdays(self, weekdays: set[int]) -> SchoolCalendar:
        if not weekdays or not weekdays <= set(range(7)):
            raise CalendarError("school weekdays are numbers 0 (Monday) to 6 (Sunday), at "
                                "least one")
        return SchoolCalendar(self.breaks, frozenset(weekdays))

    def to_record(self) -> dict[str, Any]:
        return {"weekdays": sorted(self.weekdays),
                "breaks": [{"first": b.first.isoformat(), "last": b.last.isoformat(),
                            "name": b.name} for b in self.breaks]}

    @classmethod
    def from_record(cls, record: object) -> SchoolCalendar:
        """A stored calendar, checked; CalendarError for anything out of shape."""
        if not isinstance(record, dict):
            raise CalendarError("the school calendar is not a table")
        weekdays = record.get("weekdays", list(range(5)))
        if not isinstance(weekdays, list) or not all(type(d) is int for d in weekdays):
            raise CalendarError("the calendar's school weekdays are not a list of numbers")
        calendar = cls().with_weekdays(set(weekdays))
        breaks = record.get("breaks", [])
        if not isinstance(breaks, list) or len(breaks) > MAX_BREAKS:
            raise CalendarError(f"the calendar's breaks are not a list of at most {MAX_BREAKS}")
        for entry in breaks:
            if not isinstance(entry, dict):
                raise CalendarError("a break in the calendar is not a table")
            first, last = (_iso(entry.get(k)) for k in ("first", "last"))
            name = entry.get("name", "")
            if not isinstance(name, str):
                raise CalendarError("a break's name is not text")
            calendar = calendar.with_break(first, last, name)
        return calendar


def _break_key(b: Break) -> tuple[dt.date, dt.date, str]:
    return (b.first, b.last, b.name)


def _iso(value: object) -> dt.date:
    if not isinstance(value, str):
        raise CalendarError("a break's dates are not ISO dates")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CalendarError(f"a break's date {value[:20]!r} is not an ISO date") from exc


def parse_break(text: str) -> tuple[dt.date, dt.date, str]:
    """A break as typed: "2026-12-21..2027-01-01 Winter break" (one day: a single date)."""
    head, _, name = text.strip().partition(" ")
    first_text, sep, last_text = head.partition("..")
    first = parse_date(first_text)
    last = parse_date(last_text) if sep else first
    if first is None or last is None:
        raise CalendarError(f"a break is written FIRST..LAST NAME, like "
                            f"2026-12-21..2027-01-01 Winter break; {text[:60]!r} is not")
    return first, last, name.strip()


def school_year_of(day: dt.date, start: tuple[int, int] = (7, 1)) -> int:
    """The year a school year starts in: with a July 1 start, 2027-03-01 is in 2026."""
    return day.year if (day.month, day.day) >= start else day.year - 1


def school_year_label(first_year: int) -> str:
    return f"{first_year}-{(first_year + 1) % 100:02d}"
