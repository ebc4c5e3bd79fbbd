"""Shorthand that is no word: class ratios ("12:1:1", "15:1") and service frequencies
("2x/week", "1x30", "30 min 2x/week", "60 minutes per week").

The matcher's one pass over the words already stops at every number and at words like "2x" or
"1x30" (see `KEYS`); only there is `pattern()` tried, so no extra pass over the text is made
(and it is compiled only when a text has such a word).

What is left out, on purpose:
- times and dates ("2:30", "3:45", "10/3"): a ratio's parts after the first are single digits,
  where a time's minutes have two;
- "1:1" (a one-to-one aide, not a class), and a two-part ratio ("15:1") with no word of a class
  near it ("ratios such as 3:1" in a math unit); a three-part one ("12:1:1") is always a ratio;
- sizes ("3x5 index cards", "8.5x11 paper"): "NxM" counts only where M is a usual session
  length in minutes (15, 20, 30, 45, 60...) and no digit or point comes before it.
"""

from __future__ import annotations

import functools
import re

from .context import near_words

CLASS_RATIO, SERVICE_MINUTES = "class-ratio", "service-minutes"
#: Session lengths in minutes that "NxM" may end with.
SESSION_MINUTES = ("10", "15", "20", "25", "30", "40", "45", "50", "60", "75", "90", "120")
#: Words of the matcher's scan (lower case) where a frequency may start.
KEYS = frozenset([f"{n}x" for n in range(1, 21)]
                 + [f"{n}x{m}" for n in range(1, 21) for m in SESSION_MINUTES])
#: Near a two-part ratio ("15:1"), one of these makes it a class.
CLASS_WORDS = frozenset({"class", "classes", "classroom", "special", "placement", "staffing",
                         "program", "setting", "students", "aide", "teacher"})

_PERIOD = r"(?:week|wk|month|mo|day|session|cycle)s?"
_EVERY = rf"(?:\s?/\s?|\s+(?:per|a|an|each|every)\s+){_PERIOD}|\s+(?:weekly|monthly|daily)"
_MINUTES = r"min(?:ute)?s?\.?"
_SESSION = "|".join(SESSION_MINUTES)
#: "1x30", "2x30/week", "1 x 30 minutes weekly"; "2x/week", "2x per week"; "3x weekly".
_TIMES = (rf"\d{{1,2}}\s?x\s?(?:(?:{_SESSION})(?:\s?{_MINUTES})?(?:{_EVERY})?"
          rf"|(?:/\s?|(?:per|a|an|each|every)\s+){_PERIOD}|(?:weekly|monthly|daily))")


@functools.cache
def pattern() -> re.Pattern[str]:
    """A class ratio or a service frequency, at a number."""
    return re.compile(
        r"(?P<ratio>(?:[2-9]|[1-3]\d|40):[1-6](?P<third>[:+][1-6])?)(?![\w:/]|\.\d)"
        rf"|(?P<freq>(?:\d{{1,3}}\s?{_MINUTES}\s+)?{_TIMES}|\d{{1,3}}\s?{_MINUTES}(?:{_EVERY}))"
        r"(?![\w/])",
        re.IGNORECASE)


def find(text: str, starts: list[int], wanted: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, term id) of the shorthand beginning at `starts` (positions of numbers and
    "2x"-like words, in order), for the term ids in `wanted`; none overlap."""
    found: list[tuple[int, int, str]] = []
    free = 0
    match = pattern().match
    for start in starts:
        if start < free or (start and (text[start - 1].isalnum() or text[start - 1] in ".:/")):
            continue
        hit = match(text, start)
        if hit is None:
            continue
        if hit["ratio"]:
            term = CLASS_RATIO
            if not hit["third"] and not CLASS_WORDS.intersection(
                    near_words(text, start, hit.end())):
                continue
        else:
            term = SERVICE_MINUTES
        if term in wanted:
            found.append((start, hit.end(), term))
            free = hit.end()
    return found
