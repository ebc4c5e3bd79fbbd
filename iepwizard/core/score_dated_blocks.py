"""Scores under a heading that dates them to an earlier testing: a re-evaluation's records
review copies the last evaluation's scores under "Previous evaluation, 10/2023:", then gives
the current ones under a heading of their own. Told without a year, the 2023 Full Scale IQ
stood beside this year's as a second one of now, and was drawn as today's.

A score is dated by the nearest heading above it (blank lines and the lines of its list or
table passed over): a short line with no figure but a date, not ending as a sentence does,
that speaks of an earlier testing and names one year, standing on its own (after a blank
line) or ending in a colon. The first heading that does not stops the look ("Current
evaluation (November 2026)"), as does a line of prose.
"""

from __future__ import annotations

import re

from . import lazy_re
from .scores import DATED_LABEL, Score, dated

#: Words of a heading over an earlier testing's scores.
_EARLIER = lazy_re.compile(r"\b(?:previous|prior|earlier|initial|past|former|last)\b",
                           re.IGNORECASE)
#: A date's figures in a heading: "10/2023", "10/12/2023", "2023", "2023-10-12"; a grade or
#: an age ("grade 5").
_DATE = lazy_re.compile(r"\b\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d\d\b|\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b"
                       r"|\b(?:grade|gr\.|age)\s*\d{1,2}\b", re.IGNORECASE)  # (and "grade 5")
_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
#: How many lines above a score are read for its heading, at most.
_LINES = 40
#: How far back a line's start is looked for, in characters.
_REACH = 400
#: A heading's most words.
_WORDS = 12


def dated_by_heading(text: str, scores: list[Score]) -> list[Score]:
    """The scores, each under an earlier testing's heading labelled with its year."""
    if not scores or "20" not in text and "19" not in text:
        return scores
    years: dict[int, str] = {}  # a line's start -> the year its heading gives ("" for none)
    result = []
    for score in scores:
        if score.label and not DATED_LABEL.search(score.label):
            line_start = text.rfind("\n", max(0, score.start - _REACH), score.start) + 1
            if line_start == 0 and score.start > _REACH:
                result.append(score)  # (a line too long to be a list's or a table's)
                continue
            if line_start not in years:
                _heading_year(text, line_start, years)
            if year := years[line_start]:
                score = score._replace(label=dated(score.label, year))
        result.append(score)
    return result


def _heading_year(text: str, line_start: int, years: dict[int, str]) -> None:
    """Puts in `years` the earlier year the nearest heading above the line starting at
    `line_start` gives, or "", for that line and for each row passed over on the way (each
    row of a list has its heading: it is looked for once)."""
    passed = [line_start]
    year = ""
    end = line_start - 1
    for _ in range(_LINES):
        if end <= 0:
            break
        start = text.rfind("\n", max(0, end - _REACH), end) + 1
        if start == 0 and end > _REACH:
            break  # (a line too long to be a heading)
        if start in years:
            year = years[start]
            break
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if any(c.isdigit() for c in _DATE.sub("", line)):
            passed.append(start)  # a row or a list's line: its heading is further up
            continue
        if line.endswith((".", "!", "?")) or ". " in line or len(line.split()) > _WORDS or \
                not (line.endswith(":") or _after_a_break(text, start)):
            break  # prose, or a line of a paragraph: no heading over the scores
        found = set(_YEAR.findall(line))
        if _EARLIER.search(line) and len(found) == 1:
            year = str(found.pop())
        break
    for start in passed:
        years[start] = year


def _after_a_break(text: str, start: int) -> bool:
    """Whether the line starting at `start` begins the text, or follows a blank line (or a
    line ending in a space) or a line ending in a colon."""
    return start < 2 or text[start - 2] == ":" or text[start - 2].isspace()
