"""The services ledger: what the IEP requires, spread over school days, against the sessions
delivered or missed. Pure functions over plain data; the store keeps the sessions.

Required minutes (federal IDEA has no formula for this; these are the ledger's rules, shown to
the parent): a weekly amount is owed at a fifth of the week on each school day (so a short week
owes less), a monthly amount is spread over that month's school days, a yearly amount over the
school days of the IEP's year. A service changed mid-year is two periods, one per IEP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from .calendar import SchoolCalendar, Weekdays, a_year_on, month_bounds, school_days
from .matching import name_key, name_similarity
from .model import Amount

Status = Literal["delivered", "not-provided", "child-absent"]
STATUSES: tuple[Status, ...] = ("delivered", "not-provided", "child-absent")
SCHOOL_DAYS_PER_WEEK = 5


@dataclass(frozen=True)
class ServicePeriod:
    """One service as one IEP states it, for the dates that IEP is in force (end included)."""

    service: str
    amount: Amount
    start: dt.date
    end: dt.date
    iep: str = ""  # which IEP, as the letter names it ("the IEP dated September 14, 2026")


@dataclass(frozen=True)
class Session:
    """A session delivered, or one missed (with its scheduled minutes) and why."""

    day: dt.date
    service: str
    minutes: int
    status: Status = "delivered"
    note: str = ""


class Ledger:
    """Required minutes per school day for each service, over a calendar."""

    def __init__(self, periods: Sequence[ServicePeriod],
                 calendar: SchoolCalendar | None = None) -> None:
        self.periods = tuple(periods)
        self.calendar: SchoolCalendar = calendar or Weekdays()
        self._month_days: dict[dt.date, int] = {}
        self._year_days: dict[dt.date, int] = {}

    @property
    def services(self) -> list[str]:
        return list(dict.fromkeys(p.service for p in self.periods))

    def service_of(self, name: str) -> str | None:
        """The ledger's name for a session's service (the same or a close name), or None."""
        names = self.services
        for known in names:
            if name_key(known) == name_key(name):
                return known
        best = max(names, key=lambda known: name_similarity(known, name), default=None)
        return best if best and name_similarity(best, name) >= 0.5 else None

    def _per_day(self, period: ServicePeriod, day: dt.date) -> Fraction:
        amount = period.amount
        if amount.per == "week":
            return amount.minutes / SCHOOL_DAYS_PER_WEEK
        if amount.per == "month":
            first = month_bounds(day)[0]
            if first not in self._month_days:
                self._month_days[first] = len(school_days(self.calendar, *month_bounds(day)))
            return amount.minutes / max(1, self._month_days[first])
        if period.start not in self._year_days:
            self._year_days[period.start] = len(school_days(
                self.calendar, period.start, a_year_on(period.start)))
        return amount.minutes / max(1, self._year_days[period.start])

    def required(self, service: str, start: dt.date, end: dt.date) -> Fraction:
        """Minutes of `service` required from start to end (both included)."""
        total = Fraction(0)
        for period in self.periods:
            if period.service != service:
                continue
            first, last = max(start, period.start), min(end, period.end)
            for day in school_days(self.calendar, first, last) if first <= last else ():
                total += self._per_day(period, day)
        return total

    def required_by_day(self, service: str, start: dt.date, end: dt.date
                        ) -> dict[dt.date, Fraction]:
        owed: dict[dt.date, Fraction] = {}
        for period in self.periods:
            if period.service != service:
                continue
            first, last = max(start, period.start), min(end, period.end)
            for day in school_days(self.calendar, first, last) if first <= last else ():
                owed[day] = owed.get(day, Fraction(0)) + self._per_day(period, day)
        return owed


def by_status(sessions: Iterable[Session]) -> dict[Status, int]:
    totals: dict[Status, int] = dict.fromkeys(STATUSES, 0)
    for session in sessions:
        totals[session.status] += session.minutes
    return totals
