"""Where each score sits on the bell curve: one shared percentile axis, one row per score.

Plain Python: `chart(scores)` gives the data a widget draws (each point's place from 0 to 1 on
the axis, its group and band) and `Chart.lines(width)` a text version in glyphs, no colour,
readable at 80 columns. Ability, achievement and adaptive scores sit in the "below average /
average / above average" bands; T-scores on problem scales (BASC-3, BRIEF-2, Conners) have
their own group, "higher = more concern", shaded at risk and clinically significant; never
"above average". A percentile on a problem scale is drawn there too, unshaded: the cut-offs
are T-scores, which its percentile does not tell. Scores whose kind the text does not make
clear are listed, not drawn.
"""

from __future__ import annotations

from typing import NamedTuple

from . import normal
from .dates import ordinal
from .scores import NAMES, NO_FIXED_NAME, NORMED, SCALES, Score

Z_RANGE = 3.0  # the axis runs from 3 standard deviations below the mean to 3 above
TICKS = (2, 16, 50, 84, 98)
SHORT = {"standard": "SS", "scaled": "ScS", "v": "v", "t": "T", "scale15": "Sc",
         "percentile": "PR"}
#: "SS standard score, ScS scaled score, ...": each short name and what it stands for (a
#: BOT-2 subtest's scale score, "Sc", only in the legend of a chart that draws one: `legend`).
LEGEND = ", ".join(f"{short} {NAMES[kind]}" for kind, short in SHORT.items()
                   if kind != "scale15")
KIND_WORDS = {short: NAMES[kind] for kind, short in SHORT.items()}  # "SS": "standard score"
#: The average band's edges are where the ranges' whole standard scores turn (scores.RANGES
#: rounds): 89.5 and 109.5, so a score called "high average" is never drawn inside it.
ABILITY_BANDS = ((float("-inf"), "below average"), ((89.5 - 100) / 15, "average"),
                 ((109.5 - 100) / 15, "above average"))
PROBLEM_BANDS = ((float("-inf"), "usual range"), (1.0, "at risk"), (2.0, "clinically significant"))
#: On an adaptive scale (a T-score where lower means more concern), the average range is T 41
#: to 59 (31-40 at risk: `Score.adaptive_band`): a T of 41, at the 18th percentile, is no
#: "below average", as the standard scores' edges would draw it.
ADAPTIVE_BANDS = ((float("-inf"), "below average"), (-0.95, "average"), (0.95, "above average"))
#: The adaptive scales' average range, as the text says it.
ADAPTIVE_RANGE = "T-scores 41 to 59 on adaptive scales, about the 18th to 82nd percentile"
#: The ability band of each descriptive range (scores.RANGES): the average band is the
#: "average" range, standard scores 90 to 109.
RANGE_BANDS = {"very low": "below average", "low": "below average",
               "low average": "below average", "average": "average",
               "high average": "above average", "high": "above average",
               "very high": "above average"}
#: The average band, as the text says it.
AVERAGE_RANGE = "standard scores 90 to 109, about the 25th to 73rd percentile"
TRACK = {"usual range": "\u00b7", "at risk": "\u2591", "clinically significant": "\u2593"}
MAX_ROWS = 40  # per group; the rest are counted, not drawn
#: What a widget's legend says for each group's bands (never "above average" for problems).
MARK_NAMES = {"ability": tuple(name for _, name in ABILITY_BANDS),
              "problem": tuple(name for _, name in PROBLEM_BANDS)}
LABEL_WIDTH = 24


def x_of(z: float) -> float:
    """A place on the axis, 0 (left) to 1 (right)."""
    return (max(-Z_RANGE, min(Z_RANGE, z)) + Z_RANGE) / (2 * Z_RANGE)


def _z(score: Score) -> float:
    if score.kind in NORMED:
        mean, sd, _, _ = SCALES[score.kind]
        return (score.value - mean) / sd
    percentile = min(max(score.value, 0.1), 99.9)
    return normal.inv_cdf(percentile / 100)


#: Each tick's place on the axis and its label ("16th").
TICK_PLACES = tuple((x_of(normal.inv_cdf(p / 100)), ordinal(p)) for p in TICKS)


def _band(z: float, bands: tuple[tuple[float, str], ...]) -> str:
    return [name for floor, name in bands if z >= floor][-1]


class Point(NamedTuple):
    label: str
    test: str
    value: str  # "SS 82"
    percentile: int
    group: str  # ability | adaptive (T-scores, drawn with the ability scores) | problem
    band: str  # "" for a percentile on a problem scale: its band is its T-score's to tell
    x: float
    #: Where the score is in the list `chart` was given (-1: not from a list).
    source: int = -1
    #: What the score is called in words, as its explanation calls it: the test's own name
    #: for its range, or the one most reports use ("low average"); the band where the score
    #: has no range.
    words: str = ""
    #: The percentile as the explanation writes it ("12th", "0.1": `Score.said`).
    said: str = ""
    #: Where the score's test puts its own average range, where that is not the common one
    #: (the BOT-2's standard scores 41 to 59, the Vineland-3's "adequate" 86 to 114): the
    #: edges' places on the axis, drawn on its row; () for the group's own edges.
    edges: tuple[float, ...] = ()
    #: That range in percentiles, as the legend says it ("about the 18th to 82nd percentile").
    own_range: str = ""
    #: A screener's percentile whose test names no ranges for them (Star, i-Ready...): its row
    #: has no average marks, and it is in no band.
    unbanded: bool = False


class Chart(NamedTuple):
    ability: tuple[Point, ...]
    problem: tuple[Point, ...]
    left_out: tuple[str, ...]  # scores listed but not drawn, each with why

    @property
    def ticks(self) -> tuple[tuple[float, str], ...]:
        return TICK_PLACES

    @property
    def points(self) -> tuple[Point, ...]:
        """Every drawn point, in the order of the rows (ability first, then problem)."""
        return self.ability + self.problem

    def lines(self, width: int = 80) -> list[str]:
        """The chart as text rows no wider than `width` (at least 60)."""
        from .bellcurve_text import chart_lines

        return chart_lines(self, max(60, width))

    def summary(self, width: int = 80) -> list[str]:
        """The chart in words, one line per score (the text beside the drawing, and the
        export's); lines wrap at `width` (0: no wrapping), continuation lines indented."""
        from .bellcurve_text import summary_lines

        return summary_lines(self, width)


#: Why a score is listed but not drawn, by kind.
WHY_NOT_DRAWN = {"ge": "a grade equivalent is not on this curve",
                 "unknown": "the text does not say what kind of score it is",
                 "t": "the text does not say whether higher means more or less concern"}


def place(score: Score, source: int = -1) -> Point | str:
    """The score's point on the axis, or why it has none."""
    percentile = score.percentile
    if score.kind in ("ge", "unknown") or (score.kind == "t" and not score.role) or (
            percentile is None):
        return WHY_NOT_DRAWN.get(score.kind, "it is not a number on this scale")
    if score.unsure or (score.kind == "percentile" and not score.test and not score.role):
        return "the decoder cannot tell its test, so which way is better is not known"
    if score.disagrees:
        return "the report's percentile and the score disagree"
    z = _z(score)  # placed by its value, so its band matches its test's cut-offs
    short = SHORT["standard"] if score.called and score.kind in NORMED else SHORT[score.kind]
    value = f"{short} {score.value:.3g}"  # (the BOT-2's "standard score": SS, as it says)
    label = score.label or "Area not named"
    # Named as its explanation names it (`Score.words`): its range, the test's own name
    # first ("very low" on the WISC-V), or on a problem or adaptive scale its band.
    words = score.words
    if score.role == "problem":
        band = _band(z, PROBLEM_BANDS) if score.kind == "t" else ""
        return Point(label, score.test, value, percentile or 50, "problem", band, x_of(z),
                     source, words or band, score.said)
    # The band from the range's name where it has one, so the two never disagree.
    if score.role == "adaptive" and score.kind in ("t", "percentile"):
        band = _band(z, ADAPTIVE_BANDS)
        return Point(label, score.test, value, percentile or 50, "adaptive", band, x_of(z),
                     source, words or band, score.said)
    if score.words == NO_FIXED_NAME:  # (a screener's percentile, no names for its ranges)
        return Point(label, score.test, value, percentile or 50, "ability", "", x_of(z),
                     source, words, score.said, unbanded=True)
    own = own_average(score)
    if own is not None:  # its test's own average range: its band, and its row's edges
        low, high, said = own
        band = _band(z, ((float("-inf"), "below average"), (low, "average"),
                         (high, "above average")))
        return Point(label, score.test, value, percentile or 50, "ability", band, x_of(z),
                     source, words or band, score.said, (x_of(low), x_of(high)), said)
    band = RANGE_BANDS.get(score.range_name) or _band(z, ABILITY_BANDS)
    return Point(label, score.test, value, percentile or 50, "ability", band, x_of(z), source,
                 words or band, score.said)


def own_average(score: Score) -> tuple[float, float, str] | None:
    """The edges (in standard deviations) of the range the score's test names around its mean
    (its average range), where they are not the common range's (`ABILITY_BANDS`), and that
    range in percentiles ("about the 18th to 82nd percentile": its first and last whole
    scores'); None where the test names no ranges, or its average range is the common one."""
    if not (score.ranges and score.test):
        return None
    # (a test that calls its mean-50 scores standard scores, the BOT-2, writes its ranges in
    # them, for its scale scores too: see `Score.own_range`)
    mean, sd = (50, 10) if score.kind == "scale15" or (score.called and score.kind in NORMED) \
        else (100, 15)
    floors = [floor for floor, _ in score.ranges]
    middle = max((number for number, floor in enumerate(floors) if floor <= mean), default=-1)
    if middle < 0 or middle + 1 >= len(floors):
        return None
    low, high = ((floors[middle] - 0.5 - mean) / sd, (floors[middle + 1] - 0.5 - mean) / sd)
    common = (ABILITY_BANDS[1][0], ABILITY_BANDS[2][0])
    if abs(low - common[0]) * sd < 1.01 and abs(high - common[1]) * sd < 1.01:
        return None  # (within a point of the common one at each edge, the WJ IV's 90-110:
        # drawn in the same column, and said once less under a chart short of rows)
    first, last = (round(100 * normal.cdf((number - mean) / sd))
                   for number in (floors[middle], floors[middle + 1] - 1))
    return low, high, f"about the {ordinal(first)} to {ordinal(last)} percentile"


def legend(points: tuple[Point, ...]) -> str:
    """The chart's legend: `LEGEND`, and the rarer kinds it draws."""
    rare = SHORT["scale15"]
    if any(point.value.startswith(f"{rare} ") for point in points):
        return f"{LEGEND}, {rare} {NAMES['scale15']}"
    return LEGEND


def chart(scores: list[Score] | tuple[Score, ...]) -> Chart:
    ability: list[Point] = []
    problem: list[Point] = []
    left_out: list[str] = []
    for index, score in enumerate(scores):
        point = place(score, index)
        if isinstance(point, str):
            value = f"{score.value:.1f}" if score.kind == "ge" else f"{score.value:g}"
            left_out.append(f"{score.head}, {value}: not drawn ({point})")  # (GE 2.0: tenths)
        else:
            (problem if point.group == "problem" else ability).append(point)
    return Chart(tuple(ability), tuple(problem), tuple(left_out))
