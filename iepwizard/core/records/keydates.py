"""What a family keeps about the clocks: each key date, the child's date settings (track and
the numbers a state may change), and the school calendar (school weekdays and breaks).

One document per key date and per break, so adding one is one logged change; the settings
and the school weekdays are one document per child.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..events import EVENTS
from . import base as f
from .base import Record

EVENT_NAMES = tuple(EVENTS)
#: School weekdays as stored: the digits of the days, Monday = 0 ("01234": Monday to Friday).
WEEKDAY_DIGITS = "0123456"


@dataclass(frozen=True, repr=False, eq=False)
class KeyDateEntry(Record):
    """One dated event of the child's path (a request sent, a meeting held, a day removed)."""

    TABLE = "key_dates"
    event: str = f.choice(EVENT_NAMES, label="What happened")
    date: str = f.date("Date")
    #: For consent: False while it is only the date the parent signed.
    confirmed: bool = f.flag(True)
    created: str = f.stamp()
    doc_id: int = 0


@dataclass(frozen=True, repr=False, eq=False)
class DateSettings(Record):
    """The child's track and every clock number that differs from the federal default
    (as `core.date_settings.Settings.to_record` writes them), and the school weekdays."""

    TABLE = "date_settings"
    values: dict[str, str] = f.text_map()
    weekdays: str = f.text(default="01234")


@dataclass(frozen=True, repr=False, eq=False)
class SchoolBreak(Record):
    """Days the school is closed (winter break, a teacher workday), entered by the parent."""

    TABLE = "school_breaks"
    first: str = f.date("First day")
    last: str = f.date("Last day")
    name: str = f.text("Name")
    doc_id: int = 0
