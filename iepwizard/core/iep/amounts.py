"""How much of a service an IEP promises, from its frequency and duration as written.

"5 times per week" + "30 minutes per session" -> 150 minutes a week; "150 minutes per week";
"4x monthly" + "30 min/session" -> 120 minutes a month; "daily" + "10 minutes" -> 50 a week
(school days); "as needed" is not a frequency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .. import lazy_re
from .model import Amount, Per

AS_NEEDED = lazy_re.compile(
    r"\b(?:as needed|prn|as necessary|when needed|if needed|as requested|upon"
    r" request|on request|as appropriate|as determined|tbd|to be determined"
    r"|varies|when requested)\b", re.IGNORECASE)
_WORDS = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUM = r"(?:\d+(?:\.\d+)?|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT = lazy_re.compile(rf"\b(?P<n>{_NUM})\s*(?:x\b|×|times?\b|sessions?\b|visits?\b|periods?\b)"
                         r"|\b(?P<w>once|twice|thrice)\b", re.IGNORECASE)
_MINUTES = lazy_re.compile(r"(?P<m>\d+(?:\.\d+)?)\s*-?\s*(?P<u>minutes?|mins?\b|min\b|hours?|hrs?\b"
                           r"|hr\b)", re.IGNORECASE)
# A period word, with how many of the base unit it is (a quarter is a fourth of a year).
_PERIODS: tuple[tuple[str, Per, Fraction], ...] = (
    (r"bi-?weekly|every (?:other|two|2) weeks?", "week", Fraction(2)),
    (r"daily|a day|per day|/\s*day|each day|every day|/\s*d\b", "week", Fraction(1, 5)),
    (r"weekly|(?:a|per|each|every|/)\s*(?:week|wk)\b|\bweeks?\b|\bwk\b", "week", Fraction(1)),
    (r"monthly|(?:a|per|each|every|/)\s*(?:month|mo)\b|\bmonths?\b", "month", Fraction(1)),
    (r"quarterly|(?:a|per|each|every)\s*quarter|grading period", "year", Fraction(1, 4)),
    (r"(?:per|a|each)\s*semester", "year", Fraction(1, 2)),
    (r"(?:per|a|each)\s*trimester", "year", Fraction(1, 3)),
    (r"yearly|annually|(?:a|per|each|every|/)\s*(?:year|yr)\b|\byears?\b", "year", Fraction(1)),
)
_PERIOD_RES = tuple((lazy_re.compile(p, re.IGNORECASE), per, span) for p, per, span in _PERIODS)
_PER_SESSION = lazy_re.compile(r"per session|/\s*session|a session|each session|per visit|each\b",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Parsed:
    amount: Amount | None
    as_needed: bool
    has_period: bool
    has_minutes: bool


def _count(text: str) -> Fraction | None:
    found = _COUNT.search(text)
    if not found:
        return None
    token = (found.group("n") or found.group("w")).lower()
    return Fraction(_WORDS[token]) if token in _WORDS else Fraction(token)


def _period(text: str) -> tuple[Per, Fraction, int] | None:
    """(unit, span in units, where it was found) for the first period word."""
    best: tuple[Per, Fraction, int] | None = None
    for pattern, per, span in _PERIOD_RES:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[2]):
            best = (per, span, found.start())
    return best


def parse_amount(frequency: str, duration: str = "") -> Parsed:
    """The amount from a frequency and a duration (either may hold both, as in prose)."""
    text = f"{frequency} ; {duration}"
    as_needed = bool(AS_NEEDED.search(frequency))
    minutes_match = _MINUTES.search(text)
    minutes = None
    if minutes_match:
        minutes = Fraction(minutes_match.group("m"))
        if minutes_match.group("u").lower().startswith("h"):
            minutes *= 60
    # A period mentioned only after the minutes ("60 min/month") may be the total's period.
    period = None if as_needed else _period(text)
    count = _count(text)
    if period is None or minutes is None:
        return Parsed(None, as_needed, period is not None, minutes is not None)
    per, span, _ = period
    if count is None or (not _PER_SESSION.search(text) and _total_before(text, minutes_match)):
        count = Fraction(1)
    return Parsed(Amount(minutes * count / span, per), False, True, True)


def _total_before(text: str, minutes: re.Match[str] | None) -> bool:
    """True for "120 minutes per week (in 4 sessions)": the minutes are the period's total."""
    if minutes is None or _COUNT.search(text[:minutes.start()]):
        return False
    after = text[minutes.end():minutes.end() + 14]
    return bool(re.match(r"\s*(?:per|a|/|each|every)?\s*(?:week|wk|month|mo|year|day)\b",
                         after, re.IGNORECASE))
