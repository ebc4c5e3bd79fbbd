"""Scores year to year: saved evaluations, and each area's percentile across them.

"Reading: 16th (2024, WIAT-4) -> 9th (2026, WJ IV)": a drop over the years is what gets a child
help. Areas match by label within one test (spaces and capitals aside); across tests only
where the parent links them once (WIAT-4 "Reading" and WJ IV "Broad Reading"), and each point
names its test. Plain data in, plain data out: the store keeps `Evaluation` and `AreaLink`
records; nothing here reads or writes a file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import iso_date, ordinal, too_late
from .scores import Score

if TYPE_CHECKING:
    from .scales import Scales

#: Kinds of score that have a place on the percentile scale (a grade equivalent, or a number
#: whose kind the report did not give, has none and is kept but not charted).
CHARTED = ("standard", "scaled", "v", "t", "scale15", "percentile")
#: What a score with no area's name is called (it is never joined to another score).
NOT_NAMED = "Area not named"
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")


@dataclass(frozen=True)
class SavedScore:
    label: str
    test: str
    kind: str  # standard | scaled | t | percentile | ge | unknown
    value: float
    percentile: int | None
    role: str = ""  # T-scores: problem (higher = more concern) | adaptive | ""

    @classmethod
    def of(cls, score: Score) -> SavedScore:
        return cls(score.label, score.test, score.kind, score.value, score.percentile,
                   score.role)


@dataclass(frozen=True)
class Evaluation:
    """One evaluation's scores, as the parent saved them (the date is ISO)."""

    name: str
    date: str
    scores: tuple[SavedScore, ...]

    @property
    def tests(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.test for s in self.scores if s.test))


def evaluation(name: str, date: str, scores: Iterable[Score]) -> Evaluation:
    """An evaluation to save from decoded scores; ValueError (one sentence) if the name is
    empty or the date is not one (dates as people type them: 2026-03-14, 3/14/2026...)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("Give the evaluation a name, such as \"Triennial 2026\".")
    day = iso_date(date)
    if day is None:
        raise ValueError(f"{date!r} is not a date; write it like 2026-03-14 or 3/14/2026.")
    return Evaluation(name, day, tuple(SavedScore.of(s) for s in scores))


#: Why an evaluation's date after today is refused (after "<the date> has not come yet: ").
FUTURE_DATE = ("write the date on the report (an evaluation's date cannot be in the "
               "future).")


def not_yet(day: dt.date, today: dt.date) -> str | None:
    """What is wrong with an evaluation's date after `today` (None if it is not)."""
    return too_late(day, today, FUTURE_DATE)


@dataclass(frozen=True)
class AreaLink:
    """The parent says these two areas of two tests are the same area."""

    test: str
    label: str
    other_test: str
    other_label: str


@dataclass(frozen=True)
class Point:
    evaluation: str
    date: str
    test: str
    label: str
    kind: str
    value: float
    percentile: int
    role: str = ""
    #: When, as shown: "2024", or "Oct 2024" where another evaluation falls in that year.
    when: str = ""
    #: Which way is better is not known (`Score.unsure`: a scale of concerns' area, its
    #: test not named), where `history` was given the scales file.
    unsure: bool = False

    @property
    def said(self) -> str:
        return restore(self).said or ordinal(self.percentile)

    @property
    def where(self) -> str:
        """'2024, WIAT-4'."""
        return f"{self.when or self.date[:4]}{', ' + self.test if self.test else ''}"


@dataclass(frozen=True)
class AreaHistory:
    """One area's points, oldest first, each of another evaluation; `area` is the label it
    had first. `together`: the points are several scores of the area in one evaluation (a
    parent's and a teacher's ratings), never a change over time."""

    area: str
    points: tuple[Point, ...]
    together: bool = False

    @property
    def higher_is_concern(self) -> bool:
        return any(p.role == "problem" and not p.unsure for p in self.points)

    @property
    def direction_unknown(self) -> bool:
        """T-scores the report did not say the direction of (a problem or a skill)."""
        return any(p.kind == "t" and not p.role for p in self.points)

    @property
    def note(self) -> str:
        if any(p.unsure for p in self.points):
            return direction_note("", "", unsure=True)
        if self.higher_is_concern:
            return direction_note("t", "problem")
        return direction_note("t", "") if self.direction_unknown else ""

    @property
    def heading(self) -> str:
        """'Hyperactivity (higher = more concern)', or with `together`
        'Hyperactivity (higher = more concern), 2 scores in one evaluation'."""
        several = f", {len(self.points)} scores in one evaluation" if self.together else ""
        return f"{self.area.strip() or NOT_NAMED}{self.note}{several}"

    def line(self) -> str:
        """'Reading: 16th (2024, WIAT-4) -> 9th (2026, WJ IV)'; with `together`
        'Hyperactivity, 2 scores in one evaluation, Clinic (2026, Conners 4): 96th and 86th'."""
        if self.together:
            first = self.points[0]
            if len({(p.test, " ".join(p.label.split()).casefold()) for p in self.points}) > 1:
                # (linked areas of two tests, one evaluation: each says whose it is)
                said = [f"{p.said} ({p.test or 'test not named'} {p.label})".replace(" )", ")")
                        for p in self.points]
                return (f"{self.heading}, {first.evaluation} "
                        f"({first.when or first.date[:4]}): {', '.join(said[:-1])} and "
                        f"{said[-1]}")
            said = [p.said for p in self.points]
            return (f"{self.heading}, {first.evaluation} ({first.where}): "
                    f"{', '.join(said[:-1])} and {said[-1]}")
        steps = " -> ".join(f"{p.said} ({p.where})" for p in self.points)
        return f"{self.heading}: {steps}"


#: What a score's role says after it ("" for an ability or adaptive score).
_DIRECTION = {"problem": " (higher = more concern)",
              "": " (T-score: whether higher is better is not known)"}


def direction_note(kind: str, role: str, unsure: bool = False) -> str:
    """What is said after a score's area about which way is better: a problem scale's
    "higher = more concern", a T-score's unknown direction, an `unsure` score's (`Score.unsure`:
    an area of a scale of concerns, its test not named); "" otherwise."""
    if unsure:
        return " (which way is better is not known: its test is not named)"
    return _DIRECTION.get(role, "") if kind == "t" or role == "problem" else ""


def restore(saved: SavedScore | Point) -> Score:
    """A saved score as the decoder's `Score`, its percentile the report's. A percentile that
    is the score's own, rounded (a saved one is whole), is left to the score to say: a scaled
    score of 1 is the 0.1 percentile, which was saved as the 1st."""
    own = Score(0, 0, saved.kind, saved.value).percentile
    stated = float(saved.percentile) if saved.percentile and saved.percentile != own else None
    return Score(0, 0, saved.kind, saved.value, saved.label, saved.test, saved.role,
                 stated=stated)


def restored(saved: Iterable[SavedScore | Point], scales: Scales | None) -> list[Score]:
    """Saved scores as the decoder's, each with what its test adds to its words where the
    scales file knows the test by its saved name (the BOT-2's "standard score 38 ... below
    average", not "T-score 38 ... low average"; a screener's "in the same grade")."""
    scores = [restore(score) for score in saved]
    if scales is None:
        return scores
    from .score_test_words import with_test_words

    return with_test_words(scores, scales)


def _key(test: str, label: str) -> tuple[str, str]:
    return (" ".join(test.split()).casefold(), " ".join(label.split()).casefold())


Area = tuple[str, str]  # (test, label)


def link_refusal(first: Area, second: Area) -> str | None:
    """Why two areas (test, label) cannot be linked as one area, or None."""
    if _key(*first) == _key(*second):
        return "Choose two different areas."
    if not first[1].strip() or not second[1].strip():
        return ("An area without a name cannot be linked: name it first (under Saved "
                "evaluations, F2 on the score).")
    if first[0].strip() and _key(first[0], "") == _key(second[0], ""):
        return (f"Both are areas of the {' '.join(first[0].split())}, and two areas of one "
                f"test are never the same area: link an area of one test to the same area "
                f"of another test.")
    return None


def _whens(evaluations: list[Evaluation]) -> list[str]:
    """Each evaluation's year, with its month where another evaluation is of the same year
    (and its day where another is of the same month)."""
    years = Counter(e.date[:4] for e in evaluations)
    months = Counter(e.date[:7] for e in evaluations)
    whens = []
    for e in evaluations:
        year, month, day = e.date[:4], int(e.date[5:7] or 0), e.date[8:10].lstrip("0")
        name = MONTH_NAMES[month - 1] if 1 <= month <= 12 else ""
        if years[year] < 2 or not name:
            whens.append(year)
        else:
            whens.append(f"{name} {day}, {year}" if months[e.date[:7]] > 1 and day
                         else f"{name} {year}")
    return whens


def _direction(score: SavedScore) -> str:
    if score.role == "problem":
        return "problem"
    return "unknown" if score.kind == "t" and not score.role else "ability"


def history(evaluations: Iterable[Evaluation], links: Iterable[AreaLink] = (),
            scales: Scales | None = None) -> list[AreaHistory]:
    """Each area's percentile across the evaluations, areas in the order first seen (oldest
    evaluation first). A problem scale and an ability scale are never joined, nor a T-score
    whose direction is not known; a score with no area's name is never joined at all. A
    trend joins only different evaluations: an area's several scores in one evaluation are
    an `AreaHistory` of their own (`together`). `scales`: the scales file's, to tell which
    points are `unsure`."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(key: tuple[str, str]) -> tuple[str, str]:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for link in links:
        if link_refusal((link.test, link.label), (link.other_test, link.other_label)):
            continue  # (one saved before the link dialog refused it)
        a, b = root(_key(link.test, link.label)), root(_key(link.other_test, link.other_label))
        if a != b:
            parent[b] = a
    ordered = sorted(evaluations, key=lambda e: (e.date, e.name))
    groups: dict[object, list[tuple[int, Point]]] = {}
    for number, (saved, when) in enumerate(zip(ordered, _whens(ordered), strict=True)):
        told = restored(saved.scores, scales) if scales is not None else None
        for index, score in enumerate(saved.scores):
            if score.kind not in CHARTED or score.percentile is None:
                continue
            key = (root(_key(score.test, score.label)), _direction(score)) \
                if score.label.strip() else (number, index)
            groups.setdefault(key, []).append((number, Point(
                saved.name, saved.date, score.test, score.label, score.kind, score.value,
                score.percentile, score.role, when, told is not None and told[index].unsure)))
    found: list[AreaHistory] = []
    for members in groups.values():
        counts = Counter(number for number, _ in members)
        trend = [(number, point) for number, point in members if counts[number] == 1]
        parts = [(trend[0][0], AreaHistory(trend[0][1].label, tuple(p for _, p in trend)))
                 ] if trend else []
        for several in dict.fromkeys(number for number, _ in members if counts[number] > 1):
            points = tuple(point for number, point in members if number == several)
            parts.append((several, AreaHistory(points[0].label, points, together=True)))
        found += [part for _, part in sorted(parts, key=lambda part: part[0])]
    return found
