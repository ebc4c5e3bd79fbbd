"""Scores year to year: saved evaluations, and each area's percentile across them.

"Reading: 16th (2024, WIAT-4) -> 9th (2026, WJ IV)": a drop over the years is what gets a child
help. Areas match by label within one test (spaces and capitals aside); across tests only
where the parent links them once (WIAT-4 "Reading" and WJ IV "Broad Reading"), and each point
names its test. Plain data in, plain data out: the store keeps `Evaluation` and `AreaLink`
records; nothing here reads or writes a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .dates import iso_date, ordinal
from .scores import Score

#: Kinds of score that have a place on the percentile scale (a grade equivalent, or a number
#: whose kind the report did not give, has none and is kept but not charted).
CHARTED = ("standard", "scaled", "v", "t", "percentile")


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


@dataclass(frozen=True)
class AreaHistory:
    """One area's points, oldest first; `area` is the label it had first."""

    area: str
    points: tuple[Point, ...]

    @property
    def higher_is_concern(self) -> bool:
        return any(p.role == "problem" for p in self.points)

    def line(self) -> str:
        """'Reading: 16th (2024, WIAT-4) -> 9th (2026, WJ IV)'."""
        steps = " -> ".join(
            f"{restore(p).said or ordinal(p.percentile)} "
            f"({p.date[:4]}{', ' + p.test if p.test else ''})" for p in self.points)
        note = " (higher = more concern)" if self.higher_is_concern else ""
        return f"{self.area}{note}: {steps}"


def restore(saved: SavedScore | Point) -> Score:
    """A saved score as the decoder's `Score`, its percentile the report's. A percentile that
    is the score's own, rounded (a saved one is whole), is left to the score to say: a scaled
    score of 1 is the 0.1 percentile, which was saved as the 1st."""
    own = Score(0, 0, saved.kind, saved.value).percentile
    stated = float(saved.percentile) if saved.percentile and saved.percentile != own else None
    return Score(0, 0, saved.kind, saved.value, saved.label, saved.test, saved.role,
                 stated=stated)


def _key(test: str, label: str) -> tuple[str, str]:
    return (" ".join(test.split()).casefold(), " ".join(label.split()).casefold())


def history(evaluations: Iterable[Evaluation],
            links: Iterable[AreaLink] = ()) -> list[AreaHistory]:
    """Each area's percentile across the evaluations, areas in the order first seen (oldest
    evaluation first). A problem scale and an ability scale are never joined."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(key: tuple[str, str]) -> tuple[str, str]:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for link in links:
        a, b = root(_key(link.test, link.label)), root(_key(link.other_test, link.other_label))
        if a != b:
            parent[b] = a
    groups: dict[tuple[tuple[str, str], bool], list[Point]] = {}
    for saved in sorted(evaluations, key=lambda e: (e.date, e.name)):
        for score in saved.scores:
            if score.kind not in CHARTED or score.percentile is None or (
                    score.kind == "t" and not score.role):
                continue
            key = (root(_key(score.test, score.label)), score.role == "problem")
            groups.setdefault(key, []).append(Point(
                saved.name, saved.date, score.test, score.label, score.kind, score.value,
                score.percentile, score.role))
    return [AreaHistory(points[0].label, tuple(points)) for points in groups.values()]
