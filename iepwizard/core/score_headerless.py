"""A score table's row pasted without its header ("Working Memory (WMI)   82   12   76-91"):
which of its numbers is the score, and which cells after it are its percentile and interval.

No header names the columns, so the numbers are read against the score: a number after it is
its percentile only where the two agree (the score's own percentile, on the normal curve, is
within what `Score.disagrees` allows of it), and a range its confidence interval only where it
holds the score. A number that disagrees may be anything (a raw score, a sum of scaled scores,
another rater's score) and is never attached. Only standard and scaled scores are read so: a
T-score's tolerance (a whole standard deviation) would take another rater's T-score for its
percentile.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import lazy_re
from .scores import Score, plausible

#: What stands between a row's cells: a tab, two spaces, or a "|" ("| GAI | 59 | 99 | 47 |").
_SEP = r"(?:\t|  |[ \t]*\|)"
#: Two more number cells after a number in a row (a separator before each).
_NEXT_CELLS = lazy_re.compile(_SEP + r"[ \t]*(\d{1,3})" + _SEP + r"[ \t]*(\d{1,2}(?:\.\d)?)"
                              r"(?=\s|$|\|)")
#: One cell after a number in a row: a percentile, or an interval ("[77, 88]", "76-91",
#: "(76-91)"), the whole cell (a tab, two spaces or the line's end after it: in "82  12
#: students" the 12 is no cell).
_CELL = lazy_re.compile(_SEP + r"[ \t]*(?:(\d{1,2}(?:\.\d)?)|\[(\d{1,3}),\s*(\d{1,3})\]"
                        r"|[(\[]?(\d{1,3})\s*[-\u2013\u2014]\s*(\d{1,3})[)\]]?)"
                        r"(?=\t|  |[ \t]*(?:\n|$|\|))")


class After(NamedTuple):
    """What a row's cells after its score give it."""

    stated: float  # its percentile
    ci: tuple[float, float] | None
    end: int  # where the cells read end


def next_two_cells(text: str, end: int) -> tuple[float, float] | None:
    """The two number cells after a number ending at `end`, or None."""
    cells = _NEXT_CELLS.match(text, end)
    return (float(cells[1]), float(cells[2])) if cells is not None else None


def score_one_cell_on(text: str, end: int, kind: str,
                      value: float) -> tuple[int, int, float, After] | None:
    """In a row read without its header ("Full Scale IQ   52   82   12   [77, 88]"), the cell
    after the first number (ending at `end`) where that one is the score: where the first
    number's percentile disagrees with the second, and the second agrees with the third as
    its percentile (the first was a raw score or a sum of scaled scores): its span and value,
    with its percentile and the interval after it where one holds the score."""
    cells = _NEXT_CELLS.match(text, end)
    if cells is None:
        return None
    score, stated = float(cells[1]), float(cells[2])
    if not (plausible(kind, score) and 0 < stated < 100) or (
            0 < score < 100 and agrees(kind, value, score)) or not agrees(kind, score, stated):
        return None
    return cells.start(1), cells.end(1), score, After(stated, *_interval(text, cells.end(2),
                                                                         score))


def cells_after(text: str, end: int, kind: str, value: float) -> After | None:
    """The percentile, and the interval, in the cells right after a score ending at `end`
    ("82   12   76-91", "85   79-92   16"), where the percentile agrees with the score and the
    interval (if any) holds it; None where the next cells are no such percentile (nothing is
    then taken: an interval before a percentile that disagrees is not the score's either)."""
    first = _CELL.match(text, end)
    if first is None:
        return None
    if first[1] is None:  # an interval first: the percentile must come next
        ci = _holds(first, value)
        after = _CELL.match(text, first.end()) if ci else None
        if after is None or after[1] is None or not _percentile_of(kind, value, after[1]):
            return None
        return After(float(after[1]), ci, after.end())
    if not _percentile_of(kind, value, first[1]):
        return None
    return After(float(first[1]), *_interval(text, first.end(), value))


def agrees(kind: str, value: float, percentile: float) -> bool:
    """Whether a percentile agrees with a score as its own (see `Score.disagrees`)."""
    return not Score(0, 0, kind, value, stated=percentile).disagrees


def _percentile_of(kind: str, value: float, written: str) -> bool:
    stated = float(written)
    return 0 < stated < 100 and agrees(kind, value, stated)


def _interval(text: str, end: int, value: float) -> tuple[tuple[float, float] | None, int]:
    """The interval in the cell after `end` where it holds the score, and where what is taken
    ends (`end` where it is none)."""
    cell = _CELL.match(text, end)
    ci = _holds(cell, value) if cell is not None and cell[1] is None else None
    return (ci, cell.end()) if ci and cell else (None, end)


def _holds(cell: re.Match[str], value: float) -> tuple[float, float] | None:
    """An interval cell's ends, where it holds the score."""
    low, high = (float(cell[2]), float(cell[3])) if cell[2] else (float(cell[4]),
                                                                  float(cell[5]))
    return (low, high) if low <= value <= high and low < high else None
