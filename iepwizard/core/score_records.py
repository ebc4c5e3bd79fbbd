"""A score export's records: the area alone on a line, its measures on the line(s) under it.

    WORD READING
    Raw: 41 | SS: 79 | PR: 8 | CI(95%): 74-84 | GE: 2.2 | AE: 7:6

Read backwards from a number, such a line names no area (the words before "SS:" are "Raw: 41
|"), so without this the score was "Area not named". The line is a record when it is all
"short name: value" cells, split by "|" or ";", one of them at least a score's type; its area
is its first cell, when that is a name ("Word Reading | Raw: 41 | SS: 79"), or else the line
above it that is a heading (a name, no colon, no sentence), passing over more
record lines and one blank line (not a blank line, then another record: that one's heading is
another area's).
"""

from __future__ import annotations

import re

from . import lazy_re
from .score_tables import is_page_line

#: One cell of a record: a short name, a colon, a short value ("CI(95%): 74-84", "SS: 79").
_CELL = lazy_re.compile(r"\s*(?:%|[^\W\d_])[\w%().\s/-]{0,24}:\s*[^\s|;:][^|;]{0,24}", re.ASCII)
#: A cell whose name is a normed score's type: a record must have one.
_TYPED = lazy_re.compile(r"\s*(?:SS|ScS|PR|T|GE|%ile|standard\s+score|scaled\s+score|percentile"
                         r"(?:\s+rank)?|t-?score|grade\s+eq\w*\.?)\s*:", re.IGNORECASE)
_SPLIT = lazy_re.compile(r"[|;]")
#: A heading: a name of letters (and "&", "-", "/", "'", brackets, digits inside a test's name),
#: with no colon nor bar, not ending a sentence.
_HEADING = lazy_re.compile(r"[^\W\d_][^:|;.!?]{1,60}", re.ASCII)
#: The longest record line read, in characters.
_LONGEST = 300
#: How many lines up the heading may be (records and one blank line between).
_LINES_UP = 4


def is_record(line: str) -> bool:
    """Whether a line is a record: two or more "name: value" cells split by "|" or ";", all of
    them so, one at least a score's type."""
    cells = _SPLIT.split(line.strip().strip("|"))
    return len(cells) > 1 and all(_CELL.fullmatch(cell.rstrip()) for cell in cells) and any(
        _TYPED.match(cell) for cell in cells)


def record_heading(text: str, pos: int) -> int | None:
    """Where the heading of the record holding `pos` ends (a position `Before` reads back
    from), or None when the line of `pos` is no record or has no heading above it."""
    start = text.rfind("\n", max(0, pos - _LONGEST), pos) + 1
    end = text.find("\n", pos, pos + _LONGEST)
    if end < 0 <= len(text) - pos - _LONGEST or (start == 0 and pos > _LONGEST):
        return None  # (a line this long is no record: not read further, which on a long
        # text of one line, read for every number, would take time growing as its square)
    line = text[start:len(text) if end < 0 else end]
    if _CELL.fullmatch(line.rstrip()) and (_TYPED.match(line) or _SCORE_FIELD.match(line)):
        return _field_heading(text, start)  # "Standard Score: 89", a field of its own
    if not is_record(line):
        first = _SPLIT.search(line)  # "Word Reading | Raw: 41 | SS: 79": the area first
        if first is None or first.start() >= pos - start or not is_record(
                line[first.end():]) or not _HEADING.fullmatch(line[:first.start()].strip()):
            return None
        return start + first.start()
    blank = False
    for _ in range(_LINES_UP):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", max(0, end - _LONGEST), end) + 1
        if start == 0 and end > _LONGEST:
            return None
        line = text[start:end].strip()
        if not line:
            if blank:
                return None
            blank = True
            continue
        if is_record(line):
            if blank:
                return None  # (another record's, above a blank line)
            continue
        return end if _HEADING.fullmatch(line) else None
    return None


#: A field that gives a score whose type another field says ("Score: 6", then "Score Type:
#: Scaled Score"): the area's name is the record's, as for a typed field.
_SCORE_FIELD = lazy_re.compile(r"\s*Score\s*:", re.IGNORECASE)
#: A record's heading in an export that prints one field per line: "Subtest: Matrices",
#: "Composite: General Conceptual Ability (GCA)" (group "name": the area's name).
_KIND_HEADING = lazy_re.compile(
    r"[ \t]*(?:Subtest|Composite|Index|Cluster|Scale|Domain|Area|Measure)[ \t]*:[ \t]*"
    r"(?P<name>[^\W\d_][^:|;.!?\n]{1,60}?)[ \t]*", re.IGNORECASE)
#: How many field lines may stand between a field's score and its record's heading.
_FIELDS_UP = 8


def _field_heading(text: str, start: int) -> int | None:
    """Where the name of the record heading a field line ends ("Subtest: Matrices" over
    "Ability Score: 104" and "T-Score: 42"): reading up from the line starting at `start`,
    past other fields ("name: value" lines) and a page's running footer; None where a blank
    line or any other line comes first (a record's fields stand together under it)."""
    for _ in range(_FIELDS_UP):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", max(0, end - _LONGEST), end) + 1
        line = text[start:end].rstrip()
        if (heading := _KIND_HEADING.fullmatch(line)) is not None:
            return start + heading.end("name")
        if not (_CELL.fullmatch(line) or is_page_line(line)):
            return None
    return None


#: A field of a test's own item-response scale, not a normed score: the DAS-II's "Ability
#: Score", the WJ IV's "W Score" (centred on the average child's, not on 100).
_OWN_SCALE_FIELD = lazy_re.compile(r"[ \t]*(?:Ability|W)[ \t]+Scores?[ \t]*:", re.IGNORECASE)


#: The word before "Score" in such a field (a look before the pattern's).
_OWN_SCALE_WORDS = frozenset({"ability", "w"})


def own_scale_field(text: str, pos: int, word: str) -> bool:
    """Whether the number at `pos`, the last word read before it `word`, is the value of an
    "Ability Score:" or "W Score:" field on a line of its own (see `_OWN_SCALE_FIELD`)."""
    if word.casefold() not in _OWN_SCALE_WORDS:
        return False
    start = text.rfind("\n", max(0, pos - _LONGEST), pos) + 1
    field = _OWN_SCALE_FIELD.match(text, start, pos)
    return field is not None and not text[field.end():pos].strip()
