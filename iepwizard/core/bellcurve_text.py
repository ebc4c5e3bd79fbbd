"""The bell curve as text: glyphs, no colour, one row per score under one shared axis.

                          ▁▁▂▃▅▆████▆▅▃▂▁▁
                    ──────┼──────┼──────┼──────┼──────┼──────
    percentile           2nd   16th   50th   84th   98th

`chart_rows` gives each row with what it is (a widget styles them, and puts its cursor on the
rows of scores); `chart_lines` the plain text; `summary_lines` the same scores in words.
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple

from . import normal
from .bellcurve import (
    ABILITY_BANDS,
    ADAPTIVE_BANDS,
    ADAPTIVE_RANGE,
    AVERAGE_RANGE,
    KIND_WORDS,
    LABEL_WIDTH,
    MAX_ROWS,
    PROBLEM_BANDS,
    TICK_PLACES,
    TRACK,
    Z_RANGE,
    Chart,
    Point,
    legend,
    x_of,
)
from .dates import ordinal
from .percentile_words import phrase
from .scores import GROUP_SAID

BLOCKS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
MARK = "\u25cf"
BOUNDARY = "\u2502"
VALUE_WIDTH = 13
ABILITY_TITLE = "Ability, achievement and adaptive scores:"
PROBLEM_TITLE = "Problem scales (higher = more concern):"
PROBLEM_LEGEND = (f"{TRACK['usual range']} usual range  {TRACK['at risk']} at risk (T 60-69)  "
                  f"{TRACK['clinically significant']} clinically significant (T 70 and up)")
#: Said under it: the BRIEF-2, for one, names 60 "mildly elevated" and 65 "potentially
#: clinically elevated".
PROBLEM_NOTE = "These are the usual cut-offs; a test's own are named with each of its scores."
#: The track of a percentile on a problem scale: the shading would name a band it cannot.
UNSHADED = "\u254c"
UNSHADED_NOTE = (f"{UNSHADED} a percentile rank (PR): not shaded, as the cut-offs are "
                 f"T-scores, which a percentile does not tell for sure")
#: The track of a standard, scaled or v-scale score where higher means more concern (the
#: GARS-3's, the Vineland-3's maladaptive scales): the usual cut-offs are T-scores, not its own.
OWN_SCALE_NOTE = (f"{UNSHADED} a standard, scaled or v-scale score (SS, ScS, v): not shaded, "
                  f"as these cut-offs are T-scores; the test's own are named with each score")


def problem_legend(width: int, unshaded: bool = False, own: bool = False) -> list[str]:
    """The legend of the problem group (`unshaded`: with percentile rows, which it names;
    `own`: with standard or scaled scores, likewise)."""
    return textwrap.wrap(PROBLEM_LEGEND, width) + textwrap.wrap(PROBLEM_NOTE, width) + (
        textwrap.wrap(UNSHADED_NOTE, width) if unshaded else []) + (
        textwrap.wrap(OWN_SCALE_NOTE, width) if own else [])


class Row(NamedTuple):
    """One row of the chart: what it is (title, curve, axis, ticks, group, bands, test,
    point, more, legend, note), its text, and for a point its place in `Chart.points`."""

    kind: str
    text: str
    point: int = -1


def column(x: float, plot: int) -> int:
    return min(plot - 1, max(0, int(x * plot)))


def curve(plot: int) -> list[str]:
    heights = []
    for col in range(plot):
        z = -Z_RANGE + 2 * Z_RANGE * (col + 0.5) / plot
        heights.append(round(normal.pdf(z) / normal.pdf(0) * 16))
    top = "".join(BLOCKS[max(0, h - 8)] for h in heights)
    bottom = "".join(BLOCKS[min(8, h)] for h in heights)
    return [top, bottom]


def centred(plot: int, items: list[tuple[float, str]], gap: int = 1) -> str:
    """Words placed at their x on a line `plot` wide, never overlapping (at least `gap`
    spaces apart); a word with no room left is left out (see `centred_all`)."""
    return _centred(plot, items, gap)[0]


def centred_all(plot: int, items: list[tuple[float, str]], gap: int = 1) -> str | None:
    """`centred`, or None if a word had to be left out."""
    line, placed = _centred(plot, items, gap)
    return line if placed == len(items) else None


def _centred(plot: int, items: list[tuple[float, str]], gap: int) -> tuple[str, int]:
    line = [" "] * plot
    free = placed = 0
    for x, word in items:
        start = max(free, min(plot - len(word), column(x, plot) - len(word) // 2))
        if start + len(word) > plot:
            continue
        line[start:start + len(word)] = word
        free, placed = start + len(word) + gap, placed + 1
    return "".join(line), placed


def track(group: str, x: float, plot: int, shaded: bool = True,
          edges: tuple[float, ...] = (), marked: bool = True) -> str:
    """A score's row: its group's bands in glyphs (a problem row not `shaded`: none), and the
    mark at `x` (`edges`: where its test's own average range has its edges, on the axis)."""
    if group == "problem" and not shaded:
        cells = [UNSHADED] * plot
    elif group == "problem":
        cells = [TRACK[[n for floor, n in PROBLEM_BANDS
                        if -Z_RANGE + 2 * Z_RANGE * (c + 0.5) / plot >= floor][-1]]
                 for c in range(plot)]
    else:  # (an adaptive T-score's row: its own average range's edges)
        cells = [TRACK["usual range"]] * plot
        for edge in (edges or [x_of(floor) for floor, _ in (
                ADAPTIVE_BANDS if group == "adaptive" else ABILITY_BANDS)[1:]]) if marked else ():
            cells[column(edge, plot)] = BOUNDARY
    cells[column(x, plot)] = MARK
    return "".join(cells)


def fit(label: str, width: int = LABEL_WIDTH) -> str:
    """The label in `width` columns, cut with "…" where longer; whose rating or which year
    it is stays whole ("Inattention/Execut…, teacher", "Broad Reading (2023)")."""
    if len(label) <= width:
        return label
    own = GROUP_SAID.search(label)
    if own is None or width - len(own[1]) < 6:
        return label[:width - 1] + "\u2026"
    kept = own[1].removesuffix(" rating")
    base = label[:own.start()]
    if len(base) + len(kept) > width:
        base = base[:width - len(kept) - 1] + "\u2026"
    return base + kept



class Layout(NamedTuple):
    """How wide the labels and the plot are in `width` columns (at least 60): below 80
    columns the labels give up a little room, so the axis keeps every tick."""

    label: int
    plot: int

    @classmethod
    def of(cls, width: int) -> Layout:
        width = max(60, width)
        label = LABEL_WIDTH if width >= 80 else max(16, LABEL_WIDTH - (80 - width + 1) // 2)
        return cls(label, width - label - VALUE_WIDTH - 2)


def axis_rows(layout: Layout) -> list[Row]:
    """The curve, the axis and its percentile ticks, indented to stand over the tracks."""
    label, plot = layout
    pad = " " * (label + 1)
    axis = ["\u2500"] * plot
    for x, _ in TICK_PLACES:
        axis[column(x, plot)] = "\u253c"
    return [*(Row("curve", pad + row) for row in curve(plot)),
            Row("axis", pad + "".join(axis)),
            Row("ticks", f"{'percentile':<{label}} " + centred(plot, list(TICK_PLACES)))]


def point_row(label: str, point: Point, layout: Layout) -> str:
    """'Working Memory Index     ····●··│····│······ SS 82    12th'."""
    value = f"{point.value[:8]:<8}{point.said or ordinal(point.percentile):>5}"
    drawn = track(point.group, point.x, layout.plot, bool(point.band), point.edges,
                  not point.unbanded)
    return f"{fit(label, layout.label):<{layout.label}} {drawn} {value}"


def own_ranges(points: tuple[Point, ...] | list[Point], where: str = " on its rows") -> str:
    """"; the BOT-2's own on its rows, about the 18th to 82nd percentile": the average ranges
    of the tests drawn with their own edges (`Point.edges`), each once; and where a screener
    names none for its percentiles (`Point.unbanded`), that its rows have no marks."""
    said = dict.fromkeys(f"the {point.test}'s own{where}, {point.own_range}"
                         for point in points if point.edges)
    unbanded = dict.fromkeys(point.test for point in points if point.unbanded)
    if unbanded and where:
        said[f"none on {' and '.join(unbanded)} rows: a screener that names no ranges for its "
             f"percentiles"] = None
    return "".join(f"; {each}" for each in said)


def ability_bands(layout: Layout, width: int, adaptive: bool = False, own: str = ""
                  ) -> list[str]:
    """The names of the ability bands over the tracks; where they do not fit, in words
    (`adaptive`: the group has adaptive T-scores, whose average range is said too; `own`:
    the tests' own average ranges drawn on their rows, from `own_ranges`)."""
    items = [((x_of(a) + x_of(b)) / 2, name) for (a, name), b in
             zip(ABILITY_BANDS, [*(f for f, _ in ABILITY_BANDS[1:]), Z_RANGE], strict=True)]
    # Two spaces at least between the names ("below average average  above average" read
    # as one run of words at 80 columns); "average" is inside the others: not looked for.
    line = centred_all(layout.plot, items, gap=2)
    # The band's edges are not the axis's ticks (the 16th and 84th, one standard deviation):
    # what they are is always said.
    edges = f"{BOUNDARY} marks the average range ({AVERAGE_RANGE}" + (
        f"; {ADAPTIVE_RANGE}" if adaptive else "") + f"{own})"
    if line is not None:
        return [" " * (layout.label + 1) + line, *textwrap.wrap(edges, width)]
    return textwrap.wrap(f"{edges}: left of it below average, right of it above average",
                         width)


def _group(title: str, bands: list[str], points: tuple[Point, ...], first: int,
           layout: Layout) -> list[Row]:
    rows = [Row("blank", ""), Row("group", title), *(Row("bands", b) for b in bands)]
    test = None
    for number, point in enumerate(points[:MAX_ROWS]):
        if point.test != test:
            test = point.test
            rows.append(Row("test", f"{test or 'Test not named'}:"))
        rows.append(Row("point", point_row(point.label, point, layout), first + number))
    if len(points) > MAX_ROWS:
        rows.append(Row("more", f"... and {len(points) - MAX_ROWS} more (listed above, not "
                                f"drawn)"))
    return rows


def chart_rows(chart: Chart, width: int) -> list[Row]:
    width = max(60, width)
    layout = Layout.of(width)
    if not (chart.ability or chart.problem or chart.left_out):
        return []
    rows = [Row("title", line) for line in textwrap.wrap(
        "Where each score sits on the bell curve (one axis for all: the percentile; the "
        "middle is the 50th):", width)]
    rows += axis_rows(layout)
    if chart.ability:
        adaptive = any(point.group == "adaptive" for point in chart.ability[:MAX_ROWS])
        rows += _group(ABILITY_TITLE, ability_bands(
            layout, width, adaptive, own_ranges(chart.ability[:MAX_ROWS])), chart.ability, 0,
            layout)
    if chart.problem:
        shown = chart.problem[:MAX_ROWS]
        unshaded = any(not p.band and p.value.startswith("PR") for p in shown)
        own = any(not p.band and not p.value.startswith("PR") for p in shown)
        rows += _group(PROBLEM_TITLE, problem_legend(width, unshaded, own), chart.problem,
                       len(chart.ability), layout)
    rows += [Row("blank", ""), *(Row("legend", line) for line in textwrap.wrap(
        legend(chart.ability + chart.problem), width))]
    if chart.left_out:
        rows.append(Row("note", "Not drawn:"))
        for item in chart.left_out:
            rows += [Row("note", line) for line in textwrap.wrap(
                item, width, initial_indent="- ", subsequent_indent="  ")]
    return [row._replace(text=row.text.rstrip()) for row in rows]


def chart_lines(chart: Chart, width: int) -> list[str]:
    return [row.text for row in chart_rows(chart, width)]


def _wrap(text: str, width: int) -> list[str]:
    if width <= 0:
        return [text]
    return textwrap.wrap(text, width, subsequent_indent="  ", break_long_words=False,
                         break_on_hyphens=False)


def point_words(point: Point) -> str:
    """'Working Memory Index (WISC-V): standard score 82, the 12th percentile, low average'."""
    head = f"{point.label} ({point.test})" if point.test else point.label
    short, _, number = point.value.partition(" ")
    value = "" if short == "PR" else f"{KIND_WORDS.get(short, short)} {number}, "
    said = phrase(point.said or ordinal(point.percentile))
    return f"{head}: {value}{said}, {point.words or point.band}"


def summary_lines(chart: Chart, width: int = 80) -> list[str]:
    """The chart in words: each drawn score with its percentile and band, by group."""
    lines: list[str] = []
    adaptive = f"; {ADAPTIVE_RANGE}" if any(p.group == "adaptive" for p in chart.ability) else ""
    adaptive += own_ranges(chart.ability, "")
    for title, points in ((f"{ABILITY_TITLE[:-1]} (the average range is {AVERAGE_RANGE}"
                           f"{adaptive}):", chart.ability), (PROBLEM_TITLE, chart.problem)):
        if points:
            lines += [*([""] if lines else []), *_wrap(title, width)]
            lines += [line for p in points for line in _wrap(f"- {point_words(p)}", width)]
    if chart.left_out:
        lines += [*([""] if lines else []), "Not on the curve:"]
        lines += [line for item in chart.left_out for line in _wrap(f"- {item}", width)]
    return lines
