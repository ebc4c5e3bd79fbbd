"""A score table pasted one cell per line, as tables copied from a web portal or some PDFs
come out:

    CLUSTER/Test
    W
    SS (68% Band)
    PR
    Broad Reading
    468
    81 (77-85)
    10
    Basic Reading Skills
    ...

The header's cells come first, a line each, then each row's: its label, then a line per
column. Read number by number, each was a lone number with no area before it on its line:
every score was lost. The table is known by its shape: rows of a label and as many value
lines as the header has columns after its first, the header's lines right above the first
row's label, one of them a score's column.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lazy_re
from .score_rows import read_row
from .score_tables import SCORE_KINDS, Column, column_kind

if TYPE_CHECKING:
    from .score_finder import _Finder
    from .scores import Score

#: A cell's value on a line of its own: a number (with its band "81 (77-85)"), an age "7-10",
#: a ratio "52/90", an empty cell's dash.
_VALUE = lazy_re.compile(
    r"[<>]?\d{1,3}(?:\.\d{1,2})?(?:\s*[(\[]\d{1,3}\s*[-\u2013,]\s*\d{1,3}[)\]])?"
    r"|\d{1,2}[-:]\d{1,2}|\d{1,3}/\d{1,3}|[-\u2013\u2014]{1,2}|n/?a",
    re.IGNORECASE)
#: The longest line read as a cell, and as a label, in characters.
_CELL, _LABEL = 24, 60
#: How many lines up from a row its header may be (the rows above it read too).
_LINES_UP = 400


def cell_line_row(finder: _Finder, pos: int) -> tuple[list[Score], int] | None:
    """The scores of the row whose value line holds `pos` (a number that starts its line),
    and where the row's last line ends; None where the line is in no such table."""
    text = finder.text
    lines = _Lines(text, pos)
    if not lines.is_value(0):
        return None
    top = 0  # the row's label: the nearest line above that is no value
    while lines.is_value(top):
        top -= 1
        if top < -_LINES_UP // 10:
            return None
    if not lines.is_label(top):
        return None
    width = 0  # its values: the lines under its label that are values
    while lines.is_value(top + 1 + width):
        width += 1
    if width < 2:
        return None
    header = _header_above(lines, top, width, finder.cell_line_headers)
    if header is None:
        return None
    label_start, label = lines.line(top)
    found = [(0, label.strip())]
    for index in range(top + 1, top + 1 + width):
        start, cell = lines.line(index)
        found.append((start + len(cell) - len(cell.lstrip()) - label_start, cell.strip()))
    end_start, end_line = lines.line(top + width)
    return read_row(finder, label_start, label, header, found), end_start + len(end_line)


def _header_above(lines: _Lines, top: int, width: int,
                  known: dict[int, list[Column] | None]) -> list[Column] | None:
    """The columns of the header over the row whose label is line `top` (its rows each a
    label and `width` values), or None where no such header is above it. `known`: the
    header (or None) of each row read before, by its label's start (a row's walk up stops
    at the row above it)."""
    at, visited = top, []
    result: list[Column] | None = None
    while True:  # up, row by row
        label_start = lines.line(at)[0]
        if label_start in known:
            result = known[label_start]
            break
        visited.append(label_start)
        if all(lines.is_value(at - k) for k in range(1, width + 1)):
            at -= width + 1
            if at < -_LINES_UP or not lines.is_label(at):
                break
            continue
        result = _header(lines, at, width)
        break
    for label_start in visited:
        known[label_start] = result
    return result


def _header(lines: _Lines, at: int, width: int) -> list[Column] | None:
    """The columns of the header whose last `width + 1` lines are right above line `at` (the
    first row's label), or None where those lines are no such header."""
    names = [lines.line(at - k)[1].strip() for k in range(width + 1, 0, -1)]
    if any(len(name) > _CELL or not name or _VALUE.fullmatch(name) for name in names):
        return None
    columns = [Column(0, "label")] + [column_kind(name)._replace(start=k)
                                      for k, name in enumerate(names[1:], 1)]
    if not any(c.kind in SCORE_KINDS or c.kind == "percentile" for c in columns):
        return None
    return columns


class _Lines:
    """The lines around a place in a text, by their distance from its line (below it:
    positive), each found from its neighbour's start once; none longer than a label's."""

    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        low = max(0, pos - _LABEL - 1)
        start = text.rfind("\n", low, pos) + 1
        self._starts = {0: start if start or low == 0 else -1}
        self._low = self._high = 0  # the indexes whose starts are known

    def _start(self, index: int) -> int:
        """Where line `index` starts; -1 past the text's ends or a line longer than a label."""
        text, starts = self.text, self._starts
        while index > self._high and starts[self._high] >= 0:
            end = text.find("\n", starts[self._high], starts[self._high] + _LABEL + 1)
            self._high += 1
            starts[self._high] = end + 1 if end >= 0 else -1
        while index < self._low and starts[self._low] > 0:
            end = starts[self._low] - 1  # (the line above ends at this one's line break)
            low = max(0, end - _LABEL - 1)
            start = text.rfind("\n", low, end) + 1
            self._low -= 1
            starts[self._low] = start if start or low == 0 else -1
        if index > self._high or index < self._low:
            return -1
        return starts[index]

    def line(self, index: int) -> tuple[int, str]:
        """(start, text) of line `index`; (-1, "") where `_start` finds none."""
        start = self._start(index)
        if start < 0:
            return -1, ""
        end = self.text.find("\n", start, start + _LABEL + 1)
        if end < 0 and len(self.text) - start > _LABEL:
            return -1, ""
        return start, self.text[start:len(self.text) if end < 0 else end]

    def is_value(self, index: int) -> bool:
        start, line = self.line(index)
        return start >= 0 and len(line) <= _CELL and _VALUE.fullmatch(line.strip()) is not None

    def is_label(self, index: int) -> bool:
        start, line = self.line(index)
        stripped = line.strip()
        return start >= 0 and bool(stripped) and _VALUE.fullmatch(stripped) is None and any(
            c.isalpha() for c in stripped)
