"""A child's key dates: each event of core/events.py as a dated history.

A request sent twice is two entries, each starting its own clock. The same event on the same
day is one entry (recording it again changes nothing), and the date of birth has one entry
only. Consent to evaluate is recorded on the day it was signed, and called "received" only
once the parent confirms the school got it (`confirmed`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .dates import EXAMPLE, parse_date
from .events import EVENTS

MAX_ENTRIES = 2000
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
#: Events a child has once: a new date replaces the old one.
SINGLE_EVENTS = frozenset({"date-of-birth"})
#: Names the command line accepts besides the events: consent signed but not yet confirmed.
ALIASES = {"consent-signed": ("consent-received", False)}


class KeyDateError(ValueError):
    """A key date that cannot be recorded; the message is one plain sentence."""


@dataclass(frozen=True, order=True)
class KeyDate:
    day: dt.date
    event: str
    #: For consent-received: False while it is only the date the parent signed.
    confirmed: bool = True

    def label(self) -> str:
        if self.event == "consent-received" and not self.confirmed:
            return "consent to evaluate signed (not yet confirmed as received by the school)"
        return EVENTS[self.event]


@dataclass(frozen=True)
class KeyDates:
    entries: tuple[KeyDate, ...] = ()

    def of(self, *events: str) -> list[KeyDate]:
        """The entries of these events, oldest first."""
        return sorted(e for e in self.entries if e.event in events)

    @property
    def birth(self) -> dt.date | None:
        found = self.of("date-of-birth")
        return found[-1].day if found else None

    def with_date(self, entry: KeyDate) -> KeyDates:
        """The history with `entry` added (or updated: same event, same day)."""
        check(entry)
        kept = [e for e in self.entries if (e.event, e.day) != (entry.event, entry.day)
                and not (entry.event in SINGLE_EVENTS and e.event == entry.event)]
        if len(kept) >= MAX_ENTRIES:
            raise KeyDateError(f"a child has at most {MAX_ENTRIES} key dates; delete old ones "
                               f"first")
        return KeyDates(tuple(sorted([*kept, entry])))

    def without_date(self, event: str, day: dt.date) -> KeyDates:
        return KeyDates(tuple(e for e in self.entries if (e.event, e.day) != (event, day)))

    def to_record(self) -> list[dict[str, Any]]:
        return [{"event": e.event, "date": e.day.isoformat(), "confirmed": e.confirmed}
                for e in self.entries]

    @classmethod
    def from_record(cls, record: object) -> KeyDates:
        """Stored key dates, checked; KeyDateError for anything out of shape."""
        if not isinstance(record, list) or len(record) > MAX_ENTRIES:
            raise KeyDateError(f"the key dates are not a list of at most {MAX_ENTRIES}")
        dates = cls()
        for item in record:
            if not isinstance(item, dict) or not isinstance(item.get("date"), str):
                raise KeyDateError("a stored key date is not a table with a date")
            confirmed = item.get("confirmed", True)
            if not isinstance(confirmed, bool) or not isinstance(item.get("event"), str):
                raise KeyDateError("a stored key date has a bad event or confirmed flag")
            try:
                day = dt.date.fromisoformat(item["date"])
            except ValueError as exc:
                raise KeyDateError("a stored key date is not an ISO date") from exc
            dates = dates.with_date(KeyDate(day, item["event"], confirmed))
        return dates


def check(entry: KeyDate) -> None:
    if entry.event not in EVENTS:
        raise KeyDateError(f"{entry.event[:40]!r} is not a key date; use one of: "
                           f"{', '.join(EVENTS)}")
    if not EARLIEST <= entry.day <= LATEST:
        raise KeyDateError(f"{entry.day.isoformat()} is outside the years "
                           f"{EARLIEST.year}-{LATEST.year}")


def parse_set(text: str) -> KeyDate:
    """`EVENT=DATE` from `dates --set`: the event by its name, the date in any form people type.

    `consent-received=DATE` is a consent the school received; `consent-signed=DATE` records the
    signing, not yet confirmed as received.
    """
    name, sep, value = text.partition("=")
    name = name.strip().lower()
    if not sep or not name:
        raise KeyDateError(f"a key date is written EVENT=DATE, like "
                           f"consent-received=2026-09-03; {text[:40]!r} is not")
    event, confirmed = ALIASES.get(name, (name, True))
    if event not in EVENTS:
        raise KeyDateError(f"{name[:40]!r} is not a key date; use one of: {', '.join(EVENTS)}")
    day = parse_date(value)
    if day is None:
        raise KeyDateError(f"{value.strip()[:40]!r} is not a date; write it like {EXAMPLE}")
    entry = KeyDate(day, event, confirmed)
    check(entry)
    return entry


def apply_sets(dates: KeyDates, texts: list[str]) -> KeyDates:
    """`dates --set EVENT=DATE ...`, all or nothing: KeyDateError names the first bad one."""
    for text in texts:
        dates = dates.with_date(parse_set(text))
    return dates


def events_help() -> str:
    """The key-date names for `dates --help`, one per line with what each is."""
    names = [*EVENTS, *ALIASES]
    width = max(map(len, names))
    lines = [f"  {name:<{width}}  {label}" for name, label in EVENTS.items()]
    lines += [f"  {name:<{width}}  consent to evaluate signed (not yet confirmed as received)"
              for name in ALIASES]
    return "\n".join(lines)
