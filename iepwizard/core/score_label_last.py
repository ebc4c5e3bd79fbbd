"""Score tables whose rows give the area's name last: "84   14   81-87   2.9   Reading" under
"SS   PR   68% Band   GE   Cluster/Test" (how some scoring programs print, and how a PDF's
columns may paste when its names are set right of the numbers).

Read as they were, each row's numbers were the area's above them, the previous row's name being
the nearest words before them: every score told one row off. Their cells are read with the
name's cell put first, at its own place in the line, so the table reader reads them as any
other table; a row of this shape under no such header is told nothing.
"""

from __future__ import annotations

from . import lazy_re
from .score_tables import _NUMBER, _PLACEHOLDERS, _RANGE, SCORE_KINDS, column_kind

#: Words that head the column of the rows' names.
_LABEL_HEADS = frozenset({
    "test", "tests", "subtest", "subtests", "cluster", "clusters", "area", "areas", "scale",
    "scales", "domain", "domains", "index", "indexes", "indices", "composite", "composites",
    "measure", "measures", "name", "skill", "skills", "and"})
_SPLIT = lazy_re.compile(r"[\s/&,]+")
#: A grade or an age equivalent's cell other than a plain number: "K.5", "<K.0", ">12.9", "7-4".
_EQUIVALENT = lazy_re.compile(
    r"[<>]?(?:K|\d{1,2})\.\d{1,2}|[<>]\d{1,3}(?:\.\d{1,2})?|\d{1,2}-\d{1,2}")


def label_last(found: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A line's cells with the last put first where the line is a row or the header of such a
    table (see the module doc), or None: a row is numbers (and empty cells) then one cell of
    words; a header is a type of score first and the name's heading last ("Cluster/Test")."""
    if len(found) < 3:
        return None
    first, last = found[0][1], found[-1][1]
    if _NUMBER.match(last) or not any(c.isalpha() for c in last):
        return None
    if _NUMBER.match(first):
        if all(_NUMBER.match(text) or _RANGE.match(text) or text in _PLACEHOLDERS
               or _EQUIVALENT.fullmatch(text) for _, text in found[1:-1]):
            return [found[-1], *found[:-1]]
        return None
    if set(_SPLIT.split(last.casefold().strip())) <= _LABEL_HEADS and \
            column_kind(first).kind in (*SCORE_KINDS, "percentile"):
        return [found[-1], *found[:-1]]
    return None


def is_label_last_row(found: list[tuple[int, str]]) -> bool:
    """Whether a line's cells are a row of such a table (numbers first, the name last)."""
    return bool(found) and _NUMBER.match(found[0][1]) is not None and \
        label_last(found) is not None
