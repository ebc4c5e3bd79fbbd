"""The bell curve: one shared percentile axis, one row per score, glyphs not colour."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core.bellcurve import ABILITY_BANDS, LABEL_WIDTH, MARK_NAMES, chart, x_of
from iepwizard.core.bellcurve_text import BOUNDARY, MARK, fit
from iepwizard.core.scores import Score

SCORES = [Score(0, 1, "standard", 100, "Full Scale IQ", "WISC-V"),
          Score(0, 1, "standard", 70, "Processing Speed Index", "WISC-V"),
          Score(0, 1, "scaled", 13, "Block Design", "WISC-V"),
          Score(0, 1, "t", 38, "Adaptability", "BASC-3", "adaptive"),
          Score(0, 1, "t", 75, "Hyperactivity", "BASC-3", "problem"),
          Score(0, 1, "t", 55, "Aggression", "BASC-3", "problem"),
          Score(0, 1, "percentile", 9, "Spelling", "WIAT-4"),
          Score(0, 1, "ge", 2.4, "Spelling", "WIAT-4"),
          Score(0, 1, "unknown", 72, "reading"),
          Score(0, 1, "t", 64)]


def column(line: str) -> int:
    return line.index(MARK) - LABEL_WIDTH - 1


def test_groups_bands_and_the_left_out() -> None:
    drawn = chart(SCORES)
    assert [p.label for p in drawn.ability] == ["Full Scale IQ", "Processing Speed Index",
                                                "Block Design", "Adaptability", "Spelling"]
    assert [(p.label, p.band) for p in drawn.problem] == [
        ("Hyperactivity", "clinically significant"), ("Aggression", "usual range")]
    assert [p.band for p in drawn.ability] == ["average", "below average", "above average",
                                               "below average", "below average"]
    assert len(drawn.left_out) == 3
    assert "grade equivalent is not on this curve" in drawn.left_out[0]
    assert "does not say what kind of score" in drawn.left_out[1]
    assert "whether higher means more or less concern" in drawn.left_out[2]
    assert all(0 <= p.x <= 1 for p in (*drawn.ability, *drawn.problem))
    assert MARK_NAMES  # the widget's legend words


def test_text_at_80_columns_no_colour() -> None:
    lines = chart(SCORES).lines(80)
    assert max(len(line) for line in lines) <= 80
    assert not any("\x1b" in line for line in lines)
    text = "\n".join(lines)
    problem_at = text.index("Problem scales (higher = more concern):")
    assert "above average" not in text[problem_at:]
    assert "below average" in text[:problem_at] and "above average" in text[:problem_at]
    rows = {line.split("  ")[0].strip(): line for line in lines if MARK in line}
    assert column(rows["Processing Speed Index"]) < column(rows["Full Scale IQ"]) < column(
        rows["Block Design"])
    middle = (80 - LABEL_WIDTH - 14) // 2
    assert abs(column(rows["Full Scale IQ"]) - middle) <= 1
    hyper = rows["Hyperactivity"]
    assert hyper[hyper.index(MARK) - 1] == "\u2593"  # in the clinically significant shading
    assert BOUNDARY in rows["Full Scale IQ"]
    assert rows["Spelling"].rstrip().endswith("9th")


def test_narrow_and_empty() -> None:
    assert max(len(line) for line in chart(SCORES).lines(60)) <= 60
    assert max(len(line) for line in chart(SCORES).lines(20)) <= 60  # 60 at the least
    assert chart([]).lines() == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(
    Score, st.just(0), st.just(1),
    st.sampled_from(["standard", "scaled", "t", "percentile", "ge", "unknown"]),
    st.floats(min_value=0.1, max_value=160), st.text(max_size=40), st.text(max_size=10),
    st.sampled_from(["", "problem", "adaptive"])), max_size=60))
def test_any_scores_fit(scores: list[Score]) -> None:
    lines = chart(scores).lines(80)
    assert all(len(line) <= 80 for line in lines)


def test_one_label_per_score_and_the_average_range_said() -> None:
    """A score is called by the range most reports use ("low average"), the same words as its
    explanation, and its band on the curve follows that range; the text says what the average
    band's edges are (they are not the axis's 16th and 84th ticks)."""
    scores = [Score(0, 1, "standard", 82, "Working Memory Index", "WISC-V"),
              Score(0, 1, "standard", 88, "Processing Speed Index", "WISC-V"),
              Score(0, 1, "percentile", 25, "Reading", "WIAT-4")]
    drawn = chart(scores)
    assert [p.words for p in drawn.ability] == ["low average", "low average", "average"]
    assert [p.band for p in drawn.ability] == ["below average", "below average", "average"]
    assert all(p.words in s.explain() for p, s in zip(drawn.ability, scores, strict=True))
    summary = "\n".join(drawn.summary(0))
    assert "standard score 88, the 21st percentile, low average" in summary
    assert "90 to 109, about the 25th to 73rd percentile" in summary
    assert "below average" not in summary.split("\n", 1)[1]
    text = "\n".join(chart(scores).lines(120))
    assert "marks the average range (standard scores 90 to 109" in text


def test_words_match_the_explanation_at_the_edges_and_on_t_scales() -> None:
    """At the average range's edges (89.5, 109.5, the 25th and 74th percentiles, scaled 8)
    and on adaptive and problem scales, a score's words are those of its explanation and its
    dot is drawn in the band its words belong to."""
    scores = [Score(0, 1, "standard", 89.5, "A"), Score(0, 1, "standard", 109.5, "B"),
              Score(0, 1, "percentile", 25, "C", "X"), Score(0, 1, "percentile", 74, "D", "X"),
              Score(0, 1, "scaled", 8, "E"), Score(0, 1, "t", 35, "F", role="adaptive"),
              Score(0, 1, "t", 30, "G", role="adaptive"), Score(0, 1, "t", 45, "H",
                                                              role="adaptive"),
              Score(0, 1, "t", 66, "I", role="problem",
                    bands=((60, "potentially clinically elevated"),
                           (65, "clinically elevated")))]
    drawn = chart(scores)
    words = {p.label: p.words for p in drawn.points}
    assert words == {"A": "average", "B": "high average", "C": "average",
                     "D": "high average", "E": "average", "F": "at risk",
                     "G": "clinically significant", "H": "in the usual range",
                     "I": "clinically elevated"}
    for point, score in zip(drawn.points, scores, strict=True):
        assert point.words in score.explain(), (point.words, score.explain())
    edges = [floor for floor, _ in ABILITY_BANDS[1:]]
    for point in drawn.ability:
        if point.label in "ABCDE":
            inside = x_of(edges[0]) <= point.x < x_of(edges[1])
            assert inside == (point.band == "average"), point


def test_the_band_names_are_apart_or_said_in_words() -> None:
    """At 80 columns the names read "below average average  above average", one run of
    words; a name with no room was not missed either ("average" is inside the others)."""
    from iepwizard.core.bellcurve_text import Layout, ability_bands, centred_all

    for width in range(60, 161):
        first = ability_bands(Layout.of(width), width)[0]
        if "below average" in first:
            assert "below average  " in first and "  above average" in first, width
            assert first.split() == ["below", "average", "average", "above", "average"]
        else:
            assert first.startswith("│ marks the average range"), width
    assert centred_all(10, [(0.0, "abcdef"), (0.1, "ghijkl")]) is None


def test_a_cut_label_keeps_whose_rating_or_which_year_it_is() -> None:
    # "Hyperactivity, parent …" and "Hyperactivity, teacher…": the two rows read alike
    assert fit("Hyperactivity, parent rating") == "Hyperactivity, parent"
    assert fit("Inattention/Executive Dysfunction, teacher rating") == \
        "Inattention/Ex\u2026, teacher"
    assert fit("Verbal Comprehension Index (2023)") == "Verbal Comprehen\u2026 (2023)"
    assert fit("Behavioral Symptoms Index") == "Behavioral Symptoms Ind\u2026"
    assert all(len(fit(label)) <= 24 for label in (
        "Inattention/Executive Dysfunction, teacher rating", "A (2023)", "x" * 40))


def test_an_adaptive_t_score_is_drawn_by_its_own_average_range() -> None:
    # A BASC-3 adaptive T of 41 (the 18th percentile) is "in the usual range" (41-59): it was
    # drawn left of the standard scores' edge (the 25th), under "below average" (a new-user
    # walk); a standard score at the same percentile is still below that edge.
    scores = [Score(0, 1, "t", 41, "Social Skills", "BASC-3", "adaptive"),
              Score(0, 1, "t", 38, "Adaptability", "BASC-3", "adaptive"),
              Score(0, 1, "standard", 86, "Processing Speed Index", "WISC-V")]
    drawn = chart(scores)
    assert [p.band for p in drawn.ability] == ["average", "below average", "below average"]
    lines = drawn.lines(80)
    social, adapt, psi = (next(line for line in lines if line.startswith(label))
                          for label in ("Social Skills", "Adaptability", "Processing Speed"))
    adaptive_edge, standard_edge = adapt.index(BOUNDARY), psi.index(BOUNDARY)
    assert adaptive_edge < standard_edge
    assert social.index(MARK) >= adaptive_edge > adapt.index(MARK)  # inside, and below
    assert psi.index(MARK) < standard_edge  # (the 86 at the same percentile: below average)
    assert any("T-scores 41 to 59 on adaptive scales" in line for line in lines), lines
    assert "T-scores 41 to 59" not in "\n".join(chart(scores[2:]).lines(80))


def test_a_grade_equivalent_left_out_keeps_its_tenths() -> None:
    # a walk found a grade equivalent of 2.0 left off the curve as "2"
    drawn = chart([Score(0, 1, "ge", 2.0, "Spelling", "WIAT-4")])
    lines = drawn.lines(80)
    assert "- Spelling (WIAT-4), 2.0: not drawn (a grade equivalent is not on this curve)" in (
        lines)


def test_an_adaptive_percentile_is_banded_as_its_t_score() -> None:
    # the 18th percentile on an adaptive scale is T 41, average; it was "below average"
    (point,) = chart([Score(0, 1, "percentile", 18, "Social Skills", "BASC-3",
                            "adaptive")]).points
    assert point.band == "average", point
