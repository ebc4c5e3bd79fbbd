"""Ability T-scores (the DAS-II's subtests: mean 50, SD 10, higher is stronger): read with
their test, explained and drawn as a standard score is, saved and read back. They were
T-scores of no test, "the text does not say which kind of scale this is: on a problem scale
higher means more concern...", and left off the bell curve."""

from __future__ import annotations

from iepwizard.core.bellcurve import Point, place
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import SavedScore, history
from iepwizard.core.store import Store

TEXT = ("Differential Ability Scales, Second Edition (DAS-II)\n"
        "Subtest                          T     %ile\n"
        "Word Definitions                 47     38\n"
        "Matrices                         41     18\n"
        "Recall of Digits Backward        33      4\n\n"
        "Her Pattern Construction T-score was 62, and Rapid Naming was at the 21st "
        "percentile.\n")


def test_read_with_their_test_and_direction(scales: Scales) -> None:
    found = find_scores(blank(TEXT), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Word Definitions", "DAS-II", "t-ability", 47, 38),
        ("Matrices", "DAS-II", "t-ability", 41, 18),
        ("Recall of Digits Backward", "DAS-II", "t-ability", 33, 4),
        ("Pattern Construction", "DAS-II", "t-ability", 62, None),
        ("Rapid Naming", "DAS-II", "percentile", 21, None)]


def test_explained_and_drawn_as_ability_scores(scales: Scales) -> None:
    found = find_scores(blank(TEXT), scales)
    explained = [s.explain() for s in found]
    assert explained[1].startswith(
        "Matrices (DAS-II), T-score 41: about the 18th percentile (as well as or better "
        "than about 18 of every 100 children of the same age); the DAS-II calls this range "
        "below average.")
    assert explained[3].endswith("the DAS-II calls this range above average.")
    assert not any("concern" in text for text in explained), explained
    points = [place(s) for s in found]
    assert all(isinstance(p, Point) and p.group == "ability" for p in points), points
    assert [p.words for p in points if isinstance(p, Point)][:3] == [
        "average", "below average", "low"]


def test_saved_and_read_back(store: Store, scales: Scales) -> None:
    child = store.add_child("Ana")
    found = find_scores(blank(TEXT), scales)
    evaluation = store.save_evaluation(child.id, "Triennial", "2026-10-01",
                                       [SavedScore.of(s) for s in found])
    rows = store.saved_scores(child.id, evaluation.id)
    assert [(r.label, r.kind, r.role, r.value) for r in rows][:2] == [
        ("Word Definitions", "t", "ability", 47), ("Matrices", "t", "ability", 41)]
    lines = [area.line() for area in history(*store.score_history(child.id))]
    assert "Matrices: 18th (2026, DAS-II)" in lines, lines
