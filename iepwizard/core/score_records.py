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
