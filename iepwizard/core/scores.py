"""Test scores in plain words: what a standard, scaled or T-score, a percentile, a confidence
interval or a grade equivalent means.

Computed from the normal distribution (mean and standard deviation of each scale). The usual
descriptive ranges differ a little between tests: the evaluator's own report has the last word.
Finding scores in a text is `score_finder.find_scores`.
"""

from __future__ import annotations

from math import isfinite
from typing import NamedTuple

from . import lazy_re, normal
from .percentile_words import (
    figure,
)

#: (mean, standard deviation, lowest and highest plausible score) of each scale.
SCALES = {
    "standard": (100.0, 15.0, 40, 160),
    "scaled": (10.0, 3.0, 1, 19),
    "v": (15.0, 3.0, 1, 24),  # the Vineland-3's subdomains ("v-scale")
    "scale15": (15.0, 5.0, 1, 35),  # the BOT-2's subtests ("scale scores")
    "t": (50.0, 10.0, 10, 120),
    "percentile": (0.0, 0.0, 0.1, 99.9),
    "ge": (0.0, 0.0, 0.0, 18.9),
    "unknown": (0.0, 0.0, 1, 200),
}
#: The kinds of score on a normal curve of their own (mean and standard deviation above).
NORMED = ("standard", "scaled", "v", "t", "scale15")
NAMES = {"standard": "standard score", "scaled": "scaled score", "v": "v-scale score",
         "scale15": "scale score",
         "t": "T-score", "percentile": "percentile rank", "ge": "grade equivalent",
         "unknown": "score"}
#: Descriptive ranges on the standard-score scale (a common Wechsler-style labelling).
RANGES = [(130, "very high"), (120, "high"), (110, "high average"), (90, "average"),
          (80, "low average"), (70, "low"), (0, "very low")]
#: The usual words for T-scores on problem scales (BASC-3 style) when a test gives none.
PROBLEM_BANDS = ((60, "at risk"), (70, "clinically significant"))
#: The usual words for T-scores on adaptive scales, where lower means more concern.
ADAPTIVE_CUTS = "31-40 at risk, 30 and below clinically significant"
#: The roles of rating scales' T-scores (an "ability" T-score, the DAS-II subtests', is
#: named and drawn as a standard score is: higher is stronger).
RATED = ("problem", "adaptive")
#: Why a percentile of a test the text does not name, or names but the decoder does not
#: know (a screener it does not list: "easyCBM ... 9th percentile"), is given no range or
#: direction.
UNNAMED_TEST = ("The decoder cannot tell its test here (the text names none near it, or one it "
                "does not know), so this does not say whether that is "
                "good or a concern: on most tests a higher percentile is stronger, but on some "
                "rating scales (of behaviour, for one) higher means more concern. The "
                "report's table or the evaluator says which.")
#: What a percentile on a problem or adaptive scale is called: its band is its T-score's.
NO_BAND = "no band from a percentile"
EVALUATOR_RULES = "The evaluator's own report and ranges have the last word."
#: What a percentile of a screener that fixes no names for its percentiles is called (the
#: scales file's `percentile_note` says why): never the common "average", which at the 25th
#: would contradict a report's "Some risk" or "Below Benchmark".
NO_FIXED_NAME = "see the report's own level for it"


def plausible(kind: str, value: float) -> bool:
    _, _, low, high = SCALES[kind]
    return low <= value <= high


#: No problem scale gives a T-score this low: a score of nothing at all (a raw score of 0) is
#: about T 35 to 50 on most of them (the BASC-3's, the Conners 4's, the SRS-2's), in the
#: 20s at the lowest (the CBCL's Total Problems).
PROBLEM_T_FLOOR = 20


def fits(kind: str, role: str, value: float) -> bool:
    """Whether `value`, with no cue saying it is a percentile or a grade equivalent, can be a
    score of this kind and role ("Social Communication 10", a GARS-3 scaled score, is no
    SRS-2 T-score). Never for an area reported only as percentile ranks (a screener's: "Overall
    Reading 489" is an i-Ready scale score, "RIT 198" no percentile): its number counts only
    with a percentile cue ("9th percentile", "PR 35")."""
    return kind != "percentile" and plausible(kind, value) and not (
        kind == "t" and role == "problem" and value < PROBLEM_T_FLOOR)


def percentile_of(kind: str, value: float) -> float:
    mean, sd, _, _ = SCALES[kind]
    return normal.cdf((value - mean) / sd) * 100


def _whole(percentile: float) -> int:
    return max(1, min(99, round(percentile)))


#: Whose rating or which year a score's label ends with (`said_by`): ", parent rating",
#: " (2023)".
GROUP_SAID = lazy_re.compile(r"(, [\w-]+ rating| \(\d{4}\))$")
#: Of those, a rater's (group 1: the rater): ", parent rating".
RATER_SAID = lazy_re.compile(r", ([\w-]+) rating$")
#: The year a label was dated with: "Full Scale IQ (2023)" (`dated`).
DATED_LABEL = lazy_re.compile(r" \((?:19|20)\d\d\)$")


def dated(label: str, year: str) -> str:
    """An earlier testing's label: "Full Scale IQ (2023)" (`DATED_LABEL` finds the year)."""
    return f"{label} ({year})"


def said_by(group: str) -> str:
    """What a score's label ends with for a rater ("parent": ", parent rating") or a year
    ("2023": " (2023)") its column or paragraph gives; "" for none."""
    if not group:
        return ""
    return f" ({group})" if group.isdigit() else f", {group} rating"


def disagree(kind: str, value: float, stated: float) -> bool:
    """Whether a score of `kind` and `value` and the percentile given with it differ by more
    than a third of a standard deviation (a whole one for a T-score); see `Score.disagrees`.
    Never for a kind off the normal curve."""
    if not isfinite(stated) or not isfinite(value) or kind not in NORMED:
        return False
    mean, sd, _, _ = SCALES[kind]
    given = normal.inv_cdf(min(max(stated, 0.1), 99.9) / 100)
    gap = given - (value - mean) / sd  # > 0: the score is below its percentile's
    if (stated <= 1 and gap > 0) or (stated >= 99 and gap < 0):
        return False
    # Many T-scales (BASC-3, Conners) are linear T-scores of skewed ratings, whose
    # percentiles stray far from the normal curve's (T 72 at the 95th, not the 98th):
    # for them only a whole standard deviation counts.
    return abs(gap) > (1 if kind == "t" else 1 / 3)


class Score(NamedTuple):
    """A score found in a text: where its number is, what it is, and what the text adds
    (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    kind: str  # standard | scaled | v | t | scale15 | percentile | ge | unknown
    value: float
    label: str = ""  # the area, index, subtest or scale it belongs to
    test: str = ""  # the test's name, "" when the text does not make it clear
    role: str = ""  # T-scores: problem | adaptive | "" when the text does not say
    stated: float | None = None  # the percentile the report gives with it
    ci: tuple[float, float] | None = None
    ci_level: int | None = None
    #: Where the text names its type or adds to it (SS, T, PR, CI, GE), for the glossary.
    cues: tuple[tuple[int, int], ...] = ()
    bands: tuple[tuple[int, str], ...] = ()  # the test's own words for problem T-scores
    ranges: tuple[tuple[int, str], ...] = ()  # the test's own names for its score ranges
    #: Whether its percentile compares with children in the same grade, not of the same age
    #: (a screener's national percentile: the scales file's `percentile` lists).
    by_grade: bool = False
    #: A screener's own names for ranges of its percentiles, and what a parent should know
    #: of its words where it fixes none (the scales file's `percentile_bands` and
    #: `percentile_note`): its report's words are set beside the decoder's.
    percentile_bands: tuple[tuple[int, str], ...] = ()
    percentile_note: str = ""
    #: The test's own name for the score's kind where the decoder's would mislead: the
    #: BOT-2's "standard score" (an ability T-score: mean 50, SD 10); for a percentile on a
    #: scale where higher means more concern, its area's kind where that is no T-score (the
    #: GARS-3's "scaled score"). "" for most.
    called: str = ""
    #: Whether which way is better is not known, though the kind of score is: an area that
    #: only a scale of concerns lists, under a name that could be another test's skill (the
    #: GARS-3's "Social Interaction", not its "Autism Index": the scales file's
    #: `concern_by_name`), of a test the text does not name.
    unsure: bool = False

    @property
    def type_name(self) -> str:
        if self.kind == "t":
            return f"t-{self.role}" if self.role else "t"
        return {"ge": "grade-equivalent", "v": "v-scale"}.get(self.kind, self.kind)

    @property
    def percentile(self) -> int | None:
        """The percentile (1 to 99) the score stands for; the report's own where it gives one."""
        if self.stated is not None and isfinite(self.stated):
            return _whole(self.stated)
        if not isfinite(self.value):
            return None
        if self.kind == "percentile":
            return _whole(self.value)
        if self.kind in NORMED:
            return _whole(percentile_of(self.kind, self.value))
        return None

    @property
    def said(self) -> str:
        """The percentile as the explanation writes it (`percentile_words.figure`): the
        report's own where it gives one ("0.1" stays 0.1); to a tenth beyond the 1st and
        99th for a standard or scaled score; "" where the score has none."""
        if self.stated is not None and isfinite(self.stated):
            return figure(self.stated)
        if not isfinite(self.value) or self.kind not in (*NORMED, "percentile"):
            return ""
        if self.kind == "percentile":
            return figure(self.value)
        return figure(percentile_of(self.kind, self.value), tenths=self.kind != "t")

    @property
    def disagrees(self) -> bool:
        """Whether the percentile the report gives with the score and the score's own differ by
        more than a third of a standard deviation (5 standard-score points; a whole one for a
        T-score): a typo, or a number from another column. Neither is then explained as the
        child's standing. A stated 1st or below, or 99th or above, is met by any score
        beyond it: reports round there ("scaled score 1, 1st percentile"), and a saved score
        keeps its percentile whole (a scaled score of 1 comes back as the 1st)."""
        return self.stated is not None and disagree(self.kind, self.value, self.stated)

    def on_scale(self, kind: str) -> float:
        """The same standing on another normed kind's scale (a normed score's own)."""
        mean, sd, _, _ = SCALES[self.kind]
        to_mean, to_sd, _, _ = SCALES[kind]
        return to_mean + to_sd * (self.value - mean) / sd

    @property
    def standard_equivalent(self) -> float | None:
        """The same standing on the standard-score scale (mean 100, SD 15)."""
        if self.kind in NORMED:
            return self.on_scale("standard")
        percentile = self.percentile
        if percentile is None:
            return None
        return 100 + 15 * normal.inv_cdf(percentile / 100)

    @property
    def range_name(self) -> str:
        equivalent = self.standard_equivalent
        if equivalent is None:
            return ""
        return next(name for floor, name in RANGES if round(equivalent) >= floor)

    @property
    def own_range(self) -> str:
        """The test's own name for the score's range ("very low" for a WISC-V 76), "" where
        the scales file gives none. A test that calls another kind its standard score (the
        BOT-2) writes its ranges in those scores: its 41 is 41."""
        equivalent = self.value if self.called and self.kind in NORMED else \
            self.on_scale("t") if self.kind == "scale15" else self.standard_equivalent
        # (a scale score's test writes its ranges in its mean-50 "standard scores", the
        # ability T-scores' scale: the BOT-2's 5 and below is as far below its mean as a 30;
        # see scales_file's check)
        if not (self.ranges and self.test) or equivalent is None:
            return ""
        return next((name for floor, name in reversed(self.ranges)
                     if round(equivalent) >= floor), "")

    @property
    def described(self) -> str:
        """How the range is named: by the test's own words where the scales file has them
        ("the WISC-V calls this range very low"), else by the common ones ("usually described as
        low")."""
        own = self.own_range
        return (f"the {self.test} calls this range {own}" if own else
                f"usually described as {self.range_name}")

    @property
    def head(self) -> str:
        """'Working Memory Index (WISC-V)': the area and the test, as far as the text says."""
        name = self.label or "Area not named"
        return f"{name} ({self.test})" if self.test else name

    def problem_band(self) -> str:
        bands = self.bands or PROBLEM_BANDS
        reached = [words for floor, words in bands if self.value >= floor]
        return reached[-1] if reached else ""

    def adaptive_band(self) -> str:
        """The usual words for a T-score on an adaptive scale, where lower means more concern."""
        return ("clinically significant" if self.value <= 30 else
                "at risk" if self.value <= 40 else "in the usual range")

    @property
    def words(self) -> str:
        """What the score is called, in the words its explanation uses: its range (the test's
        own name where known, else the common one: "low average"); on a problem or adaptive
        scale, its band ("at risk", or the test's own words); "" where it names none."""
        if self.disagrees:
            return "its numbers disagree"
        if self.unsure:
            return ""
        if self.kind == "percentile" and self.percentile_note and not self.percentile_bands:
            return NO_FIXED_NAME
        if self.role == "problem" and self.kind in ("standard", "scaled", "v"):
            return self.problem_band() if self.bands else ""  # (never "high average")
        if self.kind == "percentile" and (self.role in RATED or not self.test):
            return NO_BAND if self.role in RATED else ""
        if self.kind == "t" and self.role != "ability":
            if self.role == "problem":
                return self.problem_band() or "in the usual range"
            return self.adaptive_band() if self.role == "adaptive" else ""
        return self.own_range or self.range_name

    def explain(self) -> str:
        """One paragraph of plain sentences; the head and the score first (score_explain)."""
        from .score_explain import explain

        return explain(self)
