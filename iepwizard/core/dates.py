"""Dates as people type them, and as letters print them: the one date validator.

Stored dates are ISO (2026-09-03); every date field and command-line option reads what a
parent types (2026-09-03, 9/3/2026, 9-3-26, September 3 2026, Sept. 3, 2026, 3 September 2026)
through `parse_date`, and letters print `long_date` ("September 3, 2026").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from . import lazy_re

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
EXAMPLE = "2026-09-03, 9/3/2026 or September 3, 2026"

_ISO = lazy_re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_US = lazy_re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_MONTH_FIRST = lazy_re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = lazy_re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parts(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) as written, whether or not that day exists; None if the text is
    not written as one date (US order for 3/4/2026)."""
    text = " ".join(value.strip().lower().split())
    if not text or len(text) > 40:
        return None
    if found := _ISO.fullmatch(text):
        return int(found[1]), int(found[2]), int(found[3])
    if found := _US.fullmatch(text):
        year = int(found[3])
        if len(found[3]) == 2:
            year += 2000 if year < 70 else 1900
        return year, int(found[1]), int(found[2])
    if (found := _MONTH_FIRST.fullmatch(text)) and found[1] in MONTHS:
        return int(found[3]), MONTHS[found[1]], int(found[2])
    if (found := _DAY_FIRST.fullmatch(text)) and found[2] in MONTHS:
        return int(found[3]), MONTHS[found[2]], int(found[1])
    return None


def parse_date(value: str) -> dt.date | None:
    """The date a person meant, or None if the text is not one date (US order for 3/4/2026)."""
    parts = _parts(value)
    return _make(*parts) if parts else None


def date_problem(value: str) -> str:
    """What to tell a parent whose text is no date: the day that does not exist ("February
    2026 has 28 days."), else how to write a date."""
    parts = _parts(value)
    if parts is not None and 1 <= parts[1] <= 12 and 1 <= parts[0] <= 9998:
        year, month, _ = parts
        first = dt.date(year, month, 1)
        days = (dt.date(year + month // 12, month % 12 + 1, 1) - first).days
        return f"{first:%B} {year} has {days} days."
    return f"Write the date like {EXAMPLE}."


def iso_date(value: str) -> str | None:
    """The ISO form of a typed date, or None."""
    day = parse_date(value)
    return day.isoformat() if day else None


def long_date(day: dt.date) -> str:
    """The form letters print: "March 14, 2017"."""
    return f"{day:%B} {day.day}, {day.year}"


def too_late(day: dt.date, last: dt.date | None, why: str) -> str | None:
    """What to tell a parent whose date is after `last` ("March 11, 2026 has not come yet:"
    and `why`); None where it is not (or there is no `last`)."""
    return f"{long_date(day)} has not come yet: {why}" if last is not None and day > last \
        else None


def read_day(written: str, not_after: dt.date | None = None,
             why: str = "") -> tuple[dt.date | None, str | None]:
    """The date typed and what is wrong with it, in the parent's words (None: nothing; the
    date is None where something is): no date ("Write the date like ..."), or a day after
    `not_after` (`too_late`, for the reason `why`)."""
    day = parse_date(written)
    problem = date_problem(written) if day is None else too_late(day, not_after, why)
    return (None, problem) if problem is not None else (day, None)


def long_form(value: str) -> str:
    """A stored or typed date in the long form; text that is not a date stays as it is."""
    day = parse_date(value)
    return long_date(day) if day else value


def date_column(values: Sequence[str]) -> list[str]:
    """Stored dates in the long form, each as wide as the widest (a list's first column)."""
    days = [long_form(value) for value in values]
    width = max(map(len, days), default=0)
    return [f"{day:{width}}" for day in days]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_GRADE_WORDS = {"k": "kindergarten", "kg": "kindergarten", "kindergarten": "kindergarten",
                "pk": "pre-kindergarten", "pre-k": "pre-kindergarten", "prek": "pre-kindergarten",
                "tk": "transitional kindergarten", "preschool": "preschool"}


def grade_label(value: str) -> str:
    """How a letter names a grade: "2" -> "2nd grade", "K" -> "kindergarten"; other text as is."""
    text = value.strip()
    word = _GRADE_WORDS.get(text.lower().rstrip("."))
    if word:
        return word
    found = re.fullmatch(r"(?:grade\s*)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*grade)?", text.lower())
    if found and 1 <= int(found[1]) <= 12:
        return f"{ordinal(int(found[1]))} grade"
    return text
