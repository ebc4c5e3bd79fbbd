"""Scores year to year: each area's percentile across saved evaluations."""

from __future__ import annotations

import pytest

from iepwizard.core.score_history import AreaLink, Evaluation, SavedScore, evaluation, history
from iepwizard.core.scores import Score


def saved(label: str, test: str, value: float, kind: str = "standard",
          role: str = "") -> SavedScore:
    return SavedScore.of(Score(0, 1, kind, value, label, test, role))


EVALUATIONS = [
    Evaluation("Triennial", "2026-03-02", (saved("Reading", "WIAT-4", 80),
                                           saved("Hyperactivity", "BASC-3", 72, "t", "problem"),
                                           saved("Spelling", "WIAT-4", 2.4, "ge"))),
    Evaluation("Initial", "2024-02-10", (saved("Reading", "WIAT-4", 85),
                                         saved("reading ", "WIAT-4", 86),
                                         saved("Hyperactivity", "BASC-3", 62, "t", "problem"))),
    Evaluation("Outside evaluation", "2025-01-15", (saved("Broad Reading", "WJ IV", 78),
                                                    saved("Hyperactivity", "Conners 4", 70,
                                                          "t", "problem"))),
]


def test_areas_match_by_label_within_one_test() -> None:
    lines = [area.line() for area in history(EVALUATIONS)]
    assert lines == [
        "Reading: 16th (2024, WIAT-4) -> 18th (2024, WIAT-4) -> 9th (2026, WIAT-4)",
        "Hyperactivity (higher = more concern): 88th (2024, BASC-3) -> 99th (2026, BASC-3)",
        "Broad Reading: 7th (2025, WJ IV)",
        "Hyperactivity (higher = more concern): 98th (2025, Conners 4)"]


def test_links_join_areas_across_tests() -> None:
    links = [AreaLink("WIAT-4", "Reading", "WJ IV", "Broad Reading")]
    [reading, *_] = history(EVALUATIONS, links)
    assert reading.line() == ("Reading: 16th (2024, WIAT-4) -> 18th (2024, WIAT-4) -> 7th "
                              "(2025, WJ IV) -> 9th (2026, WIAT-4)")
    assert [p.evaluation for p in reading.points] == ["Initial", "Initial",
                                                      "Outside evaluation", "Triennial"]


def test_a_problem_scale_never_joins_an_ability_score() -> None:
    evaluations = [Evaluation("A", "2024-01-01", (saved("Attention", "X", 90),
                                                  saved("Attention", "X", 70, "t", "problem")))]
    assert len(history(evaluations)) == 2
    unknown = [Evaluation("B", "2024-01-01", (saved("Attention", "Y", 64, "t"),
                                              saved("Phonics", "", 74, "unknown")))]
    assert history(unknown) == []


def test_saving_checks_the_name_and_date() -> None:
    made = evaluation(" Triennial  2026 ", "3/2/2026", [Score(0, 1, "scaled", 6, "Digit Span",
                                                              "WISC-V")])
    assert (made.name, made.date, made.tests) == ("Triennial 2026", "2026-03-02", ("WISC-V",))
    assert made.scores[0].percentile == 9
    with pytest.raises(ValueError, match="is not a date"):
        evaluation("X", "someday", [])
    with pytest.raises(ValueError, match="Give the evaluation a name"):
        evaluation("  ", "2026-03-02", [])


def test_the_chart_puts_problem_scales_in_a_group_of_their_own() -> None:
    """Under the one "below average / average / above average" header, a problem scale's
    T 70 (98th percentile) was drawn under "above average"."""
    from iepwizard.core.history_chart import flat, history_rows
    from iepwizard.core.score_history import AreaHistory, Point

    problem = AreaHistory("Hyperactivity", (
        Point("Triennial", "2024-03-01", "BASC-3", "Hyperactivity", "t", 62, 88, "problem"),
        Point("Triennial", "2026-03-01", "BASC-3", "Hyperactivity", "t", 70, 98, "problem")))
    reading = AreaHistory("Reading", (
        Point("Triennial", "2024-03-01", "WIAT-4", "Reading", "standard", 85, 16),))
    histories = [problem, reading]  # a problem scale first, as the areas may come
    rows = history_rows(histories, 80)
    texts = [row.text for row in rows]
    ability_at = texts.index("Ability, achievement and adaptive scores:")
    problem_at = texts.index("Problem scales (higher = more concern):")
    bands_at = next(i for i, t in enumerate(texts) if "above average" in t)
    points = [(i, row.point) for i, row in enumerate(rows) if row.kind == "point"]
    assert ability_at < bands_at < problem_at
    assert [p for i, p in points if i > problem_at] == [0, 1]  # the problem scale's two
    assert [p for i, p in points if i < problem_at] == [2]  # reading, under its bands
    assert [point.value for _, point in flat(histories)] == [62, 70, 85]
    assert not any("above average" in t for t in texts[problem_at:])
