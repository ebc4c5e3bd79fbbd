"""Accommodations (a list or a table) and placement (the share of the day with children
without disabilities)."""

from __future__ import annotations

import re

from .. import lazy_re
from .grid import Grid
from .model import MAX_FIELD, MAX_ITEMS, Accommodation, Placement

_BULLET = lazy_re.compile(r"^\s*(?:[-•*·o▪■□☐✓]|\d{1,2}[.)]|[a-z][.)])\s+")
_PERCENT = lazy_re.compile(r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)
_OUTSIDE = lazy_re.compile(
    r"\b(?:outside|removed|removal|not participate|separate|pull[- ]?out|"
    r"special education (?:setting|classroom|class)|resource room|apart from)\b",
    re.IGNORECASE)
_INSIDE = lazy_re.compile(r"\b(?:general education|regular (?:education|class)|non-?disabled|"
                          r"nondisabled|with (?:typical |typically developing )?peers|inside)\b",
                          re.IGNORECASE)
_MINUTES_OF = lazy_re.compile(r"(?P<a>[\d,]+)\s+(?:of|out of)\s+(?P<b>[\d,]+)\s+minutes",
                              re.IGNORECASE)


def parse_accommodations(lines: list[str], first_line: int) -> tuple[Accommodation, ...]:
    found: list[Accommodation] = []
    grid: Grid | None = None
    for offset, raw in enumerate(lines):
        if len(found) > MAX_ITEMS:
            break  # the finder keeps MAX_ITEMS; one more says there were more
        line = raw.strip()
        if not line:
            continue
        if grid is None and (grid := Grid.detect(line)) is not None:
            continue
        if grid is not None:
            line = grid.row(raw).get("name", "")
        elif "|" in line:
            line = line.split("|", 1)[0].strip()
        if not line or (line.endswith(":") and len(line.split()) <= 8):
            continue  # a sub-heading such as "Classroom:"
        if _BULLET.match(raw) or not found or not raw[:1].isspace() and line[:1].isupper():
            found.append(Accommodation(_BULLET.sub("", line).strip()[:MAX_FIELD],
                                       first_line + offset))
        else:
            last = found[-1]
            if len(last.text) < MAX_FIELD:
                found[-1] = Accommodation(f"{last.text} {line}"[:MAX_FIELD], last.line)
    return tuple(a for a in found if a.text)


def placement_percent(text: str) -> int | None:
    """Percent of the day with children without disabilities, or None if no figure is given."""
    for sentence in re.split(r"(?<=[.;])\s+|\n(?=\S)", text):
        found = _PERCENT.search(sentence)
        share = float(found["p"]) if found else None
        if share is None and (ratio := _MINUTES_OF.search(sentence)):
            whole = float(ratio["b"].replace(",", "")) or 1.0
            share = 100 * float(ratio["a"].replace(",", "")) / whole
        if share is None or share > 100:
            continue
        before = sentence[:found.start()] if found else sentence
        if _OUTSIDE.search(before) or (not _INSIDE.search(before) and _OUTSIDE.search(sentence)):
            return round(100 - share)
        if _INSIDE.search(sentence):
            return round(share)
    return None


def parse_placement(text: str) -> Placement | None:
    body = " ".join(text.split())
    if not body:
        return None
    return Placement(body, placement_percent(text))
