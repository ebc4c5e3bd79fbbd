"""Each area's percentile across evaluations, drawn on the decoder's percentile axis.

One group per area, one row per evaluation ("2024 WIAT-4", "2026 WJ IV"), so a drop shows
as the mark moving left; each row names its year and its test. The rows are
`bellcurve_text.Row`s: the same widget family draws both charts.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .bellcurve import place
from .bellcurve_text import (
    ABILITY_TITLE,
    PROBLEM_TITLE,
    Layout,
    Row,
    ability_bands,
    axis_rows,
    fit,
    own_ranges,
    point_row,
    problem_legend,
)
from .score_history import AreaHistory, Point, restored

if TYPE_CHECKING:
    from .scales import Scales

TITLE = ("Each area's percentile at each evaluation (one axis for all; the middle is the "
         "50th):")


def point_label(point: Point) -> str:
    """'2024 WIAT-4' (or 'Oct 2024 WIAT-4' where two evaluations are of 2024): when and on
    which test."""
    return f"{point.when or point.date[:4]} {point.test or 'test not named'}"


def history_rows(histories: list[AreaHistory], width: int,
                 scales: Scales | None = None) -> list[Row]:
    """Rows for `histories` no wider than `width` (at least 60); a point row's `point` is its
    place in `flat(histories)`. Ability, achievement and adaptive areas come first, under
    their bands; problem scales after them, in a group of their own with their own legend
    (under the ability bands, a T-score of 70 read as "above average")."""
    width = max(60, width)
    layout = Layout.of(width)
    if not histories:
        return []
    firsts, number = [], 0  # where each area's points start in `flat(histories)`
    for history in histories:
        firsts.append(number)
        number += len(history.points)
    rows = [Row("title", line) for line in textwrap.wrap(TITLE, width)]
    rows += axis_rows(layout)
    for concern, title in ((False, ABILITY_TITLE), (True, PROBLEM_TITLE)):
        group = [(h, first) for h, first in zip(histories, firsts, strict=True)
                 if h.higher_is_concern == concern]
        if not group:
            continue
        placings = [[place(score) for score in restored(history.points, scales)]
                    for history, _ in group]
        own = own_ranges([p for each in placings for p in each if not isinstance(p, str)])
        bands = problem_legend(width, any(p.kind != "t" for h, _ in group for p in h.points)
                               ) if concern else ability_bands(layout, width, own=own)
        rows += [Row("blank", ""), Row("group", fit(title, width)),
                 *(Row("bands", line) for line in bands)]
        for (history, first), placed_all in zip(group, placings, strict=True):
            rows += [Row("blank", ""), Row("group", fit(f"{history.heading}:", width))]
            for offset, (point, placed) in enumerate(zip(history.points, placed_all,
                                                         strict=True)):
                if isinstance(placed, str):  # a T-score whose direction is not known
                    rows.append(Row("note", fit(f"  {point_label(point)}: not drawn, as "
                                                f"{placed}", width)))
                    continue
                label = point_label(point)  # (one evaluation's several: "(2) 2026 ...")
                label = f"({offset + 1}) {label}" if history.together else label
                rows.append(Row("point", point_row(label, placed, layout).rstrip(),
                                first + offset))
    return rows


def flat(histories: list[AreaHistory]) -> list[tuple[AreaHistory, Point]]:
    """Every point with its area, in the order of the rows."""
    return [(history, point) for history in histories for point in history.points]


def history_table(histories: list[AreaHistory], width: int = 0) -> list[str]:
    """'Reading: 16th (2024, WIAT-4) -> 9th (2026, WJ IV)', one line per area (wrapped at
    `width` with continuation lines indented; 0: no wrapping)."""
    lines: list[str] = []
    for history in histories:
        line = history.line()
        lines += [line] if width <= 0 else textwrap.wrap(
            line, width, subsequent_indent="  ", break_long_words=False,
            break_on_hyphens=False)
    return lines
