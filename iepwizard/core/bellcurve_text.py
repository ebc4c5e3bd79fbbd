"""The bell curve as text: glyphs, no colour, one row per score under one shared axis.

                          ▁▁▂▃▅▆████▆▅▃▂▁▁
                    ──────┼──────┼──────┼──────┼──────┼──────
    percentile           2nd   16th   50th   84th   98th
"""

from __future__ import annotations

import textwrap

from . import normal
from .bellcurve import (
    ABILITY_BANDS,
    LABEL_WIDTH,
    LEGEND,
    MAX_ROWS,
    PROBLEM_BANDS,
    TRACK,
    Z_RANGE,
    Chart,
    Point,
    x_of,
)

BLOCKS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
MARK = "\u25cf"
BOUNDARY = "\u2502"
VALUE_WIDTH = 13


def _column(x: float, plot: int) -> int:
    return min(plot - 1, max(0, int(x * plot)))


def _curve(plot: int) -> list[str]:
    heights = []
    for column in range(plot):
        z = -Z_RANGE + 2 * Z_RANGE * (column + 0.5) / plot
        heights.append(round(normal.pdf(z) / normal.pdf(0) * 16))
    top = "".join(BLOCKS[max(0, h - 8)] for h in heights)
    bottom = "".join(BLOCKS[min(8, h)] for h in heights)
    return [top, bottom]


def _centred(plot: int, items: list[tuple[float, str]]) -> str:
    """Words placed at their x on a line `plot` wide, never overlapping."""
    line = [" "] * plot
    free = 0
    for x, word in items:
        start = max(free, min(plot - len(word), _column(x, plot) - len(word) // 2))
        if start + len(word) > plot:
            continue
        line[start:start + len(word)] = word
        free = start + len(word) + 1
    return "".join(line)


def _track(point: Point, plot: int) -> str:
    if point.group == "problem":
        track = [TRACK[name] for name in (
            [n for floor, n in PROBLEM_BANDS
             if -Z_RANGE + 2 * Z_RANGE * (c + 0.5) / plot >= floor][-1] for c in range(plot))]
    else:
        track = [TRACK["usual range"]] * plot
        for floor, _ in ABILITY_BANDS[1:]:
            track[_column(x_of(floor), plot)] = BOUNDARY
    track[_column(point.x, plot)] = MARK
    return "".join(track)


def _row(point: Point, plot: int) -> str:
    label = point.label if len(point.label) <= LABEL_WIDTH else point.label[:LABEL_WIDTH - 1] \
        + "\u2026"
    ordinal_text = _ordinal(point.percentile)
    value = f"{point.value[:8]:<8}{ordinal_text:>5}"
    return f"{label:<{LABEL_WIDTH}} {_track(point, plot)} {value}".rstrip()


def _ordinal(n: int) -> str:
    from .dates import ordinal

    return ordinal(n)


def _group(title: str, bands: str, points: tuple[Point, ...], plot: int,
           width: int) -> list[str]:
    lines = ["", title, *(textwrap.wrap(bands, width) if bands.strip() == bands else [bands])]
    test = None
    for point in points[:MAX_ROWS]:
        if point.test != test:
            test = point.test
            lines.append(f"{test or 'Test not named'}:")
        lines.append(_row(point, plot))
    if len(points) > MAX_ROWS:
        lines.append(f"... and {len(points) - MAX_ROWS} more (listed above, not drawn)")
    return lines


def chart_lines(chart: Chart, width: int) -> list[str]:
    plot = width - LABEL_WIDTH - VALUE_WIDTH - 2
    pad = " " * (LABEL_WIDTH + 1)
    if not (chart.ability or chart.problem or chart.left_out):
        return []
    lines = textwrap.wrap("Where each score sits on the bell curve (one axis for all: the "
                          "percentile; the middle is the 50th):", width)
    axis = ["\u2500"] * plot
    for x, _ in chart.ticks:
        axis[_column(x, plot)] = "\u253c"
    lines += [pad + row for row in _curve(plot)]
    lines.append(pad + "".join(axis))
    lines.append(f"{'percentile':<{LABEL_WIDTH}} " + _centred(plot, list(chart.ticks)))
    if chart.ability:
        bands = _centred(plot, [((x_of(a) + x_of(b)) / 2, name) for (a, name), b in
                                zip(ABILITY_BANDS, [*(f for f, _ in ABILITY_BANDS[1:]),
                                                    Z_RANGE], strict=True)])
        lines += _group("Ability, achievement and adaptive scores:", pad + bands,
                        chart.ability, plot, width)
    if chart.problem:
        legend = (f"{TRACK['usual range']} usual range  {TRACK['at risk']} at risk (T 60-69)  "
                  f"{TRACK['clinically significant']} clinically significant (T 70 and up)")
        lines += _group("Problem scales (higher = more concern):", legend, chart.problem, plot,
                        width)
    lines += ["", *textwrap.wrap(LEGEND, width)]
    if chart.left_out:
        lines.append("Not drawn:")
        for item in chart.left_out:
            lines += textwrap.wrap(item, width, initial_indent="- ", subsequent_indent="  ")
    return [line.rstrip() for line in lines]
