"""The parts of an IEP or 504 plan as plain, frozen data: what the finder returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

Track = Literal["iep", "504", "unknown"]
Per = Literal["week", "month", "year"]
#: The parts the finder looks for, in the order a review shows them.
PARTS = ("present-levels", "goals", "services", "accommodations", "placement",
         "progress-reporting")
PART_NAMES = {"present-levels": "present levels", "goals": "annual goals",
              "services": "services", "accommodations": "accommodations and modifications",
              "placement": "placement (time with children without disabilities)",
              "progress-reporting": "when progress is reported"}
#: Goals, services or accommodations kept from one IEP (real ones have a few dozen at most).
MAX_ITEMS = 100
#: Characters kept of one field of a goal or service (a real goal is a few hundred).
MAX_FIELD = 3000
#: Weeks in a month and in a year, to set a monthly or yearly amount beside a weekly one.
WEEKS_PER = {"week": Fraction(1), "month": Fraction(52, 12), "year": Fraction(52)}


def number(value: Fraction | float | int) -> str:
    """A figure as people write it: 150, 6.9."""
    value = Fraction(value).limit_denominator(1000)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Amount:
    """How much of a service: `minutes` every `per` (a day's service is counted as 5 a week)."""

    minutes: Fraction
    per: Per

    def weekly(self) -> Fraction:
        return self.minutes / WEEKS_PER[self.per]

    def in_unit(self, per: Per) -> Fraction:
        return self.weekly() * WEEKS_PER[per]

    def __str__(self) -> str:
        return f"{number(self.minutes)} minutes a {self.per}"


@dataclass(frozen=True)
class Goal:
    number: int
    area: str
    statement: str
    baseline: str = ""
    criterion: str = ""
    method: str = ""
    schedule: str = ""
    target: str = ""
    person: str = ""
    objectives: tuple[str, ...] = ()
    line: int = 0

    @property
    def name(self) -> str:
        return f"Goal {self.number} ({self.area})" if self.area else f"Goal {self.number}"


@dataclass(frozen=True)
class Service:
    name: str
    provider: str = ""
    location: str = ""
    frequency: str = ""
    duration: str = ""
    start: str = ""
    end: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    amount: Amount | None = None
    as_needed: bool = False
    has_period: bool = False
    has_minutes: bool = False
    line: int = 0

    @property
    def label(self) -> str:
        return f"Service: {self.name}"


@dataclass(frozen=True)
class Accommodation:
    text: str
    line: int = 0


@dataclass(frozen=True)
class Placement:
    text: str
    percent_with_peers: int | None = None


@dataclass(frozen=True)
class IepDoc:
    """Everything the finder could tell from one IEP's text; empty where it found nothing."""

    text: str
    track: Track = "unknown"
    title: str = ""
    draft: bool = False
    meeting_date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    present_levels: str = ""
    goals: tuple[Goal, ...] = ()
    services: tuple[Service, ...] = ()
    accommodations: tuple[Accommodation, ...] = ()
    placement: Placement | None = None
    progress_reporting: str = ""
    #: True when the services name their own start dates (a column, a field or a phrase):
    #: then a blank one is missing, even if the IEP has a start date of its own.
    services_have_starts: bool = False
    sections: tuple[str, ...] = field(default=())
    #: Parts with more items than the finder keeps (MAX_ITEMS): only the first were read.
    truncated: tuple[str, ...] = ()

    def found(self, part: str) -> bool:
        return bool({"present-levels": self.present_levels, "goals": self.goals,
                     "services": self.services, "accommodations": self.accommodations,
                     "placement": self.placement,
                     "progress-reporting": self.progress_reporting}[part])

    @property
    def not_found(self) -> tuple[str, ...]:
        return tuple(part for part in PARTS if not self.found(part))
