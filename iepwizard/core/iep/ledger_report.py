"""Required against delivered, by week or by month, with the running shortfall.

"Not provided" minutes are the school's to make up; "child absent" minutes are shown and, by
default, excused (taken off what was required); minutes neither delivered nor logged as missed
are shown as "not logged".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from .calendar import month_bounds, week_bounds
from .ledger import Ledger, Session, by_status
from .model import number

Span = Literal["week", "month"]


@dataclass(frozen=True)
class Row:
    start: dt.date
    end: dt.date
    service: str
    required: Fraction
    delivered: int
    not_provided: int
    absent: int
    shortfall: Fraction  # required, less excused absences, less delivered (negative: ahead)
    running: Fraction  # the shortfall from the first row through this one

    @property
    def not_logged(self) -> Fraction:
        return max(Fraction(0), self.shortfall - self.not_provided)

    def line(self) -> str:
        return (f"{self.start.isoformat()}\t{self.service}\trequired {number(self.required)}"
                f"\tdelivered {self.delivered}\tnot provided {self.not_provided}"
                f"\tchild absent {self.absent}\tshort {number(self.shortfall)}"
                f"\trunning {number(self.running)}")


@dataclass(frozen=True)
class Summary:
    service: str
    start: dt.date
    end: dt.date
    required: Fraction
    delivered: int
    not_provided: int
    absent: int
    shortfall: Fraction
    missed_dates: tuple[dt.date, ...]  # the "not provided" sessions' dates

    @property
    def not_logged(self) -> Fraction:
        return max(Fraction(0), self.shortfall - self.not_provided)


def _bounds(span: Span) -> Callable[[dt.date], tuple[dt.date, dt.date]]:
    return week_bounds if span == "week" else month_bounds


def assign(ledger: Ledger, sessions: Sequence[Session]) -> tuple[dict[str, list[Session]],
                                                                 list[Session]]:
    """Sessions by the ledger's service name, and those whose service is not in the IEP."""
    known: dict[str, list[Session]] = {name: [] for name in ledger.services}
    unknown: list[Session] = []
    for session in sessions:
        name = ledger.service_of(session.service)
        if name is None:
            unknown.append(session)
        else:
            known[name].append(session)
    return known, unknown


def rows(ledger: Ledger, sessions: Sequence[Session], start: dt.date, end: dt.date,
         span: Span = "week", count_absences: bool = False) -> list[Row]:
    """One row per service per week (Monday to Sunday) or month, from start to end."""
    bounds = _bounds(span)
    found, _ = assign(ledger, sessions)
    table: list[Row] = []
    for service in ledger.services:
        running = Fraction(0)
        first = bounds(start)[0]
        while first <= end:
            last = bounds(first)[1]
            lo, hi = max(first, start), min(last, end)
            required = ledger.required(service, lo, hi)
            inside = [s for s in found[service] if lo <= s.day <= hi]
            totals = by_status(inside)
            excused = 0 if count_absences else totals["child-absent"]
            if required or inside:
                short = required - excused - totals["delivered"]
                running += short
                table.append(Row(lo, hi, service, required, totals["delivered"],
                                 totals["not-provided"], totals["child-absent"], short, running))
            first = last + dt.timedelta(days=1)
    return table


def summary(ledger: Ledger, sessions: Sequence[Session], start: dt.date, as_of: dt.date,
            count_absences: bool = False) -> list[Summary]:
    """Per service, from start through `as_of`: required, delivered, missed, the shortfall."""
    found, _ = assign(ledger, sessions)
    result = []
    for service in ledger.services:
        inside = [s for s in found[service] if start <= s.day <= as_of]
        totals = by_status(inside)
        required = ledger.required(service, start, as_of)
        excused = 0 if count_absences else totals["child-absent"]
        result.append(Summary(
            service, start, as_of, required, totals["delivered"], totals["not-provided"],
            totals["child-absent"], required - excused - totals["delivered"],
            tuple(sorted(s.day for s in inside if s.status == "not-provided"))))
    return result
