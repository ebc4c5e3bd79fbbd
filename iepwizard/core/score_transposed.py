"""Score tables set the other way round: the areas across the top, one row per kind of score
or per rater.

                      VCI     VSI     FRI     WMI     PSI     FSIQ
    Index Score       104     96      91      82      79      90
    Percentile Rank   61      39      27      12      8       25

                  BRI     ERI     CRI     GEC
    Parent T      58      69      72      70

Read as rows of areas, each row's first number took the words above it for its area: the
VCI's 104 was told as the Full Scale IQ (the header line's last name), the BRI's 58 as an
area "ERI CRI GEC Parent". Here each number is its column's area's, of the kind (and the
rater) its row's first cell names; a percentile row's numbers join the scores above them as
any percentile said later of its area does (score_repeats).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .score_rows import read_row
from .score_tables import (
    _NUMBER,
    _RANGE,
    MAX_LINE,
    SCORE_KINDS,
    Column,
    cells,
    column_kind,
    is_rule,
)
from .score_tables import _group_of as group_of
from .score_wrapped import names_area
from .scores import Score

if TYPE_CHECKING:
    from .score_finder import _Finder

#: A row's first word where its figures are no scores: sums, raw scores.
_NO_SCORES = frozenset({"sum", "raw", "total", "w", "age"})
#: A row's first word where its cells are words: the ranges' names.
_WORD_ROWS = frozenset({"classification", "descriptor", "descriptive", "category", "range",
                        "qualitative", "interpretation", "level"})
#: Rows are looked for this many lines under their header at most.
_ROWS = 12
_KINDS = (*SCORE_KINDS, "percentile", "ge")


def _joined(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row's cells with a rater's cell and a kind's cell before the numbers read as one
    ("Parent    T    62": "Parent T")."""
    if len(found) > 3 and not _NUMBER.match(found[1][1]) and group_of(found[0][1]):
        return [(found[0][0], f"{found[0][1]} {found[1][1]}"), *found[2:]]
    return found


def _row_kind(found: list[tuple[int, str]]) -> Column | None:
    """The kind (and rater) a row's first cell names, where the rest are numbers (or ranges,
    under an interval's label); else None. A row of figures that are no scores ("Sum of
    Scaled Scores", "Raw Score") is of the kind "ignore"; an interval's row, "ci"."""
    if len(found) < 3:
        return None
    label = found[0][1]
    if any(c.isdigit() for c in label) and "%" not in label:
        return None  # (a row's label holds no figure but an interval's level: "95% CI")
    column = column_kind(label)
    if column.kind == "ci":
        return column if all(_RANGE.match(text) for _, text in found[1:]) else None
    if not all(_NUMBER.match(text) for _, text in found[1:]):
        return None
    if column.kind in _KINDS:
        return column
    rater = group_of(label)
    if rater and not rater.isdigit():
        return Column(0, "score", group=rater)
    return Column(0, "ignore") if label.split(" ", 1)[0].casefold() in _NO_SCORES else None


def _passed(found: list[tuple[int, str]]) -> bool:
    """Whether a line between a row and its header is one of the table's rows of words
    ("Classification   Average   Low Average ..."): a label of such a row, then words."""
    return len(found) >= 3 and found[0][1].split(" ", 1)[0].casefold() in _WORD_ROWS and \
        not any(_NUMBER.match(text) for _, text in found[1:])


def _areas(finder: _Finder, found: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A header's cells that name areas (two or more; every cell but a first one that heads
    the rows' kinds), or None."""
    if len(found) < 2 or any(_NUMBER.match(text) for _, text in found):
        return None
    named = [(offset, text) for offset, text in found
             if names_area(finder, text.split(" (")[0].strip())]
    if len(named) < 2 or len(named) < len(found) - 1 or (
            len(named) == len(found) - 1 and named[0] == found[0]):
        return None
    return named


def transposed_row(finder: _Finder, line_start: int, line: str
                   ) -> tuple[list[Score], str] | None:
    """The scores of a row of such a table (see the module doc) and whose rating the row is
    ("" where it names no rater), or None where the line is none."""
    found = _joined(cells(line))
    if (kind := _row_kind(found)) is None:
        return None
    text, end, seen = finder.text, line_start - 1, 0
    areas = None
    indented = found[0][0] > 0  # ("          %ile   88": the rater's of the row above)
    while end > 0 and seen < _ROWS:
        start = text.rfind("\n", max(0, end - MAX_LINE), end) + 1
        if start == 0 and end > MAX_LINE:
            return None  # (a line too long to be a table's)
        above = text[start:end]
        end, seen = start - 1, seen + 1
        if not above.strip() or is_rule(above):
            continue
        cells_above = _joined(cells(above))
        if _passed(cells_above):
            continue
        if (kind_above := _row_kind(cells_above)) is not None:
            if indented and not kind.group and cells_above[0][0] < found[0][0]:
                kind, indented = kind._replace(group=kind_above.group), False
            continue
        areas = _areas(finder, cells_above)
        break
    if areas is None:
        return None
    if kind.kind in ("ignore", "ci"):
        return [], ""  # (a sum's row, an interval's: nothing to tell of its own)
    values = found[1:]
    scores: list[Score] = []
    for n, (offset, value) in enumerate(values):
        if len(values) == len(areas):
            area = areas[n]
        else:  # under the area whose cell's middle is nearest the number's
            middle = offset + len(value) / 2
            area = min(areas, key=lambda a: abs(a[0] + len(a[1]) / 2 - middle))
        columns = [Column(0, "label"), kind._replace(start=offset)]
        scores += read_row(finder, line_start, line, columns, [area, (offset, value)])
    return scores, kind.group
