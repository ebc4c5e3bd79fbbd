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
    assert lines == [  # the Initial evaluation's two Reading scores are no trend
        "Reading, 2 scores in one evaluation, Initial (2024, WIAT-4): 16th and 18th",
        "Reading: 9th (2026, WIAT-4)",
        "Hyperactivity (higher = more concern): 88th (2024, BASC-3) -> 99th (2026, BASC-3)",
        "Broad Reading: 7th (2025, WJ IV)",
        "Hyperactivity (higher = more concern): 98th (2025, Conners 4)"]


def test_links_join_areas_across_tests() -> None:
    links = [AreaLink("WIAT-4", "Reading", "WJ IV", "Broad Reading")]
    [both, reading, *_] = history(EVALUATIONS, links)
    assert both.together and both.line() == (
        "Reading, 2 scores in one evaluation, Initial (2024, WIAT-4): 16th and 18th")
    assert reading.line() == "Broad Reading: 7th (2025, WJ IV) -> 9th (2026, WIAT-4)"
    assert [p.evaluation for p in reading.points] == ["Outside evaluation", "Triennial"]


def test_a_problem_scale_never_joins_an_ability_score() -> None:
    evaluations = [Evaluation("A", "2024-01-01", (saved("Attention", "X", 90),
                                                  saved("Attention", "X", 70, "t", "problem")))]
    assert len(history(evaluations)) == 2
    unknown = [Evaluation("B", "2024-01-01", (saved("Phonics", "", 74, "unknown"),))]
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


def test_two_scores_of_one_area_in_one_evaluation_are_never_a_trend() -> None:
    """A parent's and a teacher's Conners 4 ratings saved without raters read '96th (2026,
    Conners 4) -> 86th (2026, Conners 4)', a change over time that never happened."""
    clinic = Evaluation("Clinic ADHD eval", "2026-02-03", (
        saved("Hyperactivity", "Conners 4", 75, "t", "problem"),
        saved("Hyperactivity", "Conners 4", 66, "t", "problem")))
    school = Evaluation("School eval", "2024-05-01", (
        saved("Hyperactivity", "Conners 4", 60, "t", "problem"),))
    lines = [area.line() for area in history([clinic, school])]
    assert lines == [
        "Hyperactivity (higher = more concern): 84th (2024, Conners 4)",
        "Hyperactivity (higher = more concern), 2 scores in one evaluation, Clinic ADHD eval "
        "(2026, Conners 4): 99th and 95th"]
    assert not any(" -> " in line for line in lines)
    # a link makes no trend of two scores of one evaluation either
    both = Evaluation("Triennial", "2026-01-01", (saved("Reading", "WIAT-4", 80),
                                                  saved("Broad Reading", "WJ IV", 82)))
    [linked] = history([both], [AreaLink("WIAT-4", "Reading", "WJ IV", "Broad Reading")])
    assert linked.together and " -> " not in linked.line()


def test_scores_with_no_area_name_are_never_joined() -> None:
    """Two scores with empty labels of two evaluations read ': 8th (2017) -> 27th (2024)'."""
    evaluations = [Evaluation("Old", "2017-01-05", (saved("", "WISC-V", 79),)),
                   Evaluation("New", "2024-01-05", (saved(" ", "WISC-V", 91),
                                                    saved("", "", 4, "scaled")))]
    links = [AreaLink("WISC-V", "", "", "")]
    lines = [area.line() for area in history(evaluations, links)]
    assert lines == ["Area not named: 8th (2017, WISC-V)",
                     "Area not named: 27th (2024, WISC-V)",
                     "Area not named: 2nd (2024)"]


def test_two_areas_of_one_test_are_never_linked() -> None:
    """A link of the WISC-V's Verbal Comprehension to its Visual Spatial index made one trend
    of them, and Visual Spatial disappeared."""
    from iepwizard.core.score_history import link_refusal

    verbal, spatial = ("WISC-V", "Verbal Comprehension Index"), ("WISC-V",
                                                                  "Visual Spatial Index")
    assert "two areas of one test" in (link_refusal(verbal, (" wisc-v", "Visual Spatial "
                                                              "Index")) or "")
    assert link_refusal(verbal, verbal) == "Choose two different areas."
    assert "without a name" in (link_refusal(verbal, ("WJ IV", "")) or "")
    assert link_refusal(("WIAT-4", "Reading"), ("WJ IV", "Broad Reading")) is None
    saved_before = [AreaLink(*verbal, *spatial)]  # saved before the dialog refused it
    evaluations = [Evaluation("Eval", "2024-01-05", (saved(verbal[1], "WISC-V", 103),
                                                     saved(spatial[1], "WISC-V", 95)))]
    assert [a.area for a in history(evaluations, saved_before)] == [verbal[1], spatial[1]]


def test_a_t_score_of_unknown_direction_is_shown_and_says_so() -> None:
    """A T-score the parent named after saving (no role) was left out of the years."""
    from iepwizard.core.history_chart import history_rows

    evaluations = [Evaluation("A", "2024-01-01", (saved("Hyperactivity", "BASC-3", 67, "t"),
                                                  saved("Hyperactivity", "BASC-3", 70, "t",
                                                        "problem")))]
    lines = [area.line() for area in history(evaluations)]
    assert lines == ["Hyperactivity (T-score: whether higher is better is not known): "
                     "96th (2024, BASC-3)",
                     "Hyperactivity (higher = more concern): 98th (2024, BASC-3)"]
    texts = [row.text for row in history_rows(history(evaluations), 80)]
    assert any("2024 BASC-3: not drawn" in text for text in texts)


def test_two_evaluations_in_one_year_show_their_months() -> None:
    """'Working Memory Index: 16th (2024, WISC-V) -> 12th (2024, WISC-V)'."""
    from iepwizard.core.history_chart import history_rows

    evaluations = [Evaluation("School", "2024-10-03", (saved("Working Memory Index",
                                                             "WISC-V", 85),)),
                   Evaluation("Clinic", "2024-12-09", (saved("Working Memory Index",
                                                             "WISC-V", 82),)),
                   Evaluation("Triennial", "2026-02-01", (saved("Working Memory Index",
                                                                "WISC-V", 80),))]
    [memory] = history(evaluations)
    assert memory.line() == ("Working Memory Index: 16th (Oct 2024, WISC-V) -> 12th (Dec 2024, "
                             "WISC-V) -> 9th (2026, WISC-V)")
    texts = [row.text for row in history_rows([memory], 80) if row.kind == "point"]
    assert [text.split("  ")[0].strip() for text in texts] == [
        "Oct 2024 WISC-V", "Dec 2024 WISC-V", "2026 WISC-V"]
    same_month = [Evaluation("A", "2024-10-03", ()), Evaluation("B", "2024-10-20", ()),
                  Evaluation("C", "2025-01-01", ())]
    from iepwizard.core.score_history import _whens
    assert _whens(same_month) == ["Oct 3, 2024", "Oct 20, 2024", "2025"]


def test_linked_areas_of_two_tests_in_one_evaluation_each_say_their_test() -> None:
    # "Reading, 2 scores in one evaluation, Clinic (2026, WIAT-4): 16th and 9th" put the WJ
    # IV's 9th on the WIAT-4 (the review)
    clinic = Evaluation("Clinic", "2026-02-03", (saved("Reading", "WIAT-4", 85),
                                                 saved("Basic Reading", "WJ IV", 80)))
    [linked] = history([clinic], [AreaLink("WIAT-4", "Reading", "WJ IV", "Basic Reading")])
    assert linked.line() == ("Reading, 2 scores in one evaluation, Clinic (2026): 16th "
                             "(WIAT-4 Reading) and 9th (WJ IV Basic Reading)")
