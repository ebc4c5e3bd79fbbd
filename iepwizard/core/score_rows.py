"""One row of a score table: its area, its score, and the percentile, interval and grade
equivalent in the row's other columns."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .score_tables import Column, row_cells
from .scores import Score, plausible

if TYPE_CHECKING:
    from .score_finder import _Finder

_ABBR = re.compile(r"\s*\(([A-Z][A-Za-z]{1,5})\)\s*$")
_WORD = re.compile(r"[^\W_]+|&")
#: How far back a test named before a table without a known area may be, in characters.
TEST_REACH = 1200


def read_row(finder: _Finder, line_start: int, line: str, columns: list[Column]) -> list[Score]:
    label, _, cells = row_cells(line, columns,
                                finder.row[1] if finder.row[0] == line_start else None)
    label = label.strip(" :*\u2022-")
    main = next((c for c in cells if c.kind in ("standard", "scaled", "t", "score")
                 and c.value is not None), None)
    percentile = next((c for c in cells if c.kind == "percentile"), None)
    interval = next((c for c in cells if c.kind == "ci"), None)
    grade = next((c for c in cells if c.kind == "ge" and c.value is not None), None)
    abbr = _ABBR.search(label)
    plain = label[:abbr.start()] if abbr else label
    areas, words = finder.areas_named(["and" if w == "&" else w for w in _WORD.findall(plain)])
    if words and words < len(_WORD.findall(plain)):
        areas, words = (), 0  # the whole label must name the area
    if not areas and abbr:
        areas, words = finder.areas_named([abbr.group(1)])
        words = 2 if areas else 0
    scores: list[Score] = []
    if main is not None and main.value is not None:
        cue = main.kind if main.kind != "score" else None
        resolved = finder.resolve(areas, words, cue, line_start, main.value) if areas else None
        if resolved is not None:
            area, test = resolved
            kind, role, shown = area.kind, area.role, area.label
            info = finder.scales.tests.get(area.test) if test else None
        else:
            kind = cue or "unknown"
            info = finder.test_near(line_start, kind, TEST_REACH)
            role = (info.t_role if info else "") if kind == "t" else ""
            shown, test = plain.strip(), info.name if info else ""
        if plausible(kind, main.value):
            ci = ((main.low, main.high) if main.low is not None and main.high is not None else
                  (interval.low, interval.high) if interval and interval.low is not None
                  and interval.high is not None else None)
            level = main.level if main.low is not None else interval.level if interval else None
            start = line_start + main.offset
            scores.append(Score(start, start + main.length, kind, main.value, shown, test,
                                role, percentile.value if percentile else None, ci,
                                level if ci else None, (), info.bands if info else ()))
    elif percentile is not None and percentile.value is not None:
        start = line_start + percentile.offset
        if plausible("percentile", percentile.value):
            scores.append(Score(start, start + percentile.length, "percentile",
                                percentile.value, plain.strip()))
    if grade is not None and grade.value is not None and scores:
        start = line_start + grade.offset
        scores.append(Score(start, start + grade.length, "ge", grade.value, scores[0].label,
                            scores[0].test))
    return scores
