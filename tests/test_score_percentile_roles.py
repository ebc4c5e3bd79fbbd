"""A percentile on a rating scale's problem or adaptive scale ("Hyperactivity fell at the 95th
percentile"): explained in the scale's words, never as a strength; drawn with the problem
scales, unshaded (the cut-offs are T-scores); kept so year to year."""

from __future__ import annotations

from pathlib import Path

from iepwizard.core.bellcurve import chart
from iepwizard.core.bellcurve_text import MARK
from iepwizard.core.escapes import blank
from iepwizard.core.history_chart import history_rows
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import evaluation, history

from .helpers import saved_and_exported
from .test_cli import run

PROSE = ("On the BASC-3 Parent Rating Scales, Hyperactivity fell at the 95th percentile and "
         "Attention Problems at the 98th percentile.")
TABLE = """BASC-3 Parent Rating Scales (PRS-C)

Scale                        Parent %ile   Teacher %ile
Hyperactivity                    95            92
Attention Problems               98            97
Adaptability                      7            12
"""
PROBLEM_TITLE = "Problem scales (higher = more concern):"
UNSHADED = "\u254c"  # a percentile's track: no band shading


def found(text: str, scales: Scales) -> list[tuple[str, str, str, str, float]]:
    return [(s.label, s.test, s.kind, s.role, s.value) for s in find_scores(blank(text), scales)]


def test_a_percentile_takes_its_scales_role(scales: Scales) -> None:
    """The role was set for T-scores only: a percentile on a problem scale had none."""
    assert found(PROSE, scales) == [
        ("Hyperactivity", "BASC-3", "percentile", "problem", 95),
        ("Attention Problems", "BASC-3", "percentile", "problem", 98)]
    assert found(TABLE, scales) == [  # (a table row of percentiles named no test either)
        ("Hyperactivity, parent rating", "BASC-3", "percentile", "problem", 95),
        ("Hyperactivity, teacher rating", "BASC-3", "percentile", "problem", 92),
        ("Attention Problems, parent rating", "BASC-3", "percentile", "problem", 98),
        ("Attention Problems, teacher rating", "BASC-3", "percentile", "problem", 97),
        ("Adaptability, parent rating", "BASC-3", "percentile", "adaptive", 7),
        ("Adaptability, teacher rating", "BASC-3", "percentile", "adaptive", 12)]


def test_explained_in_the_scales_words_with_no_band(scales: Scales) -> None:
    """Not "as well as or better than 95 of every 100 ...; usually described as high"; and no
    at-risk band either: the cut-offs are T-scores, and a rating scale's percentile does not
    tell which side of them a score is on (T 72 may be the 95th)."""
    hyper, _, attention, _, adaptability, _ = find_scores(blank(TABLE), scales)
    text = hyper.explain()
    assert text == (
        "Hyperactivity, parent rating (BASC-3), 95th percentile on a problem scale, where "
        "higher means more concern: rated as high as or higher than 95 of every 100 children "
        "of the same age (not 95% of the time). No band from a percentile: the cut-offs (60 "
        "and up at risk, 70 and up clinically significant) are T-scores, and a rating scale's "
        "percentile does not tell for sure which side of them it is on; its T-score or the "
        "evaluator says.")
    for said in (text, attention.explain(), adaptability.explain()):
        assert "better than" not in said and "described as" not in said
        assert "this one is" not in said and "No band from a percentile" in said
    assert adaptability.explain().startswith(
        "Adaptability, parent rating (BASC-3), 7th percentile on an adaptive scale, where lower "
        "means more concern: rated as high as or higher than 7 of every 100 children of the "
        "same age")
    assert "(31-40 at risk, 30 and below clinically significant)" in adaptability.explain()
    assert [s.words for s in (hyper, adaptability)] == ["no band from a percentile"] * 2


def test_drawn_with_the_problem_scales_unshaded(scales: Scales) -> None:
    """It was drawn under "above average" on the ability chart."""
    scores = find_scores(blank(TABLE), scales)
    drawn = chart(scores)
    assert [(p.label, p.group, p.band) for p in drawn.problem] == [
        (f"{area}, {rater} rating", "problem", "") for area in ("Hyperactivity",
                                                                "Attention Problems")
        for rater in ("parent", "teacher")]
    assert [p.label for p in drawn.ability] == ["Adaptability, parent rating",
                                                "Adaptability, teacher rating"]
    lines = drawn.lines(80)
    problem_at = lines.index(PROBLEM_TITLE)
    rows = [(n, line) for n, line in enumerate(lines) if MARK in line]
    assert [n > problem_at for n, _ in rows] == [False] * 2 + [True] * 4
    assert not any("above average" in line for line in lines[problem_at:])
    for _, line in rows[2:]:  # no at-risk or clinically significant shading
        assert set(line[25:-14]) == {UNSHADED, MARK}, line
    legend = " ".join(" ".join(lines[problem_at:]).split())
    assert legend.count(f"{UNSHADED} a percentile rank (PR): not shaded, as the cut-offs are "
                        f"T-scores") == 1
    summary = drawn.summary(0)
    assert summary[summary.index(PROBLEM_TITLE) + 1] == (
        "- Hyperactivity, parent rating (BASC-3): the 95th percentile, no band from a "
        "percentile")


def test_the_decode_command_says_so(tmp_path: Path) -> None:
    report = tmp_path / "basc.txt"
    report.write_text(PROSE + "\n", encoding="utf-8")
    result = run("decode", str(report))
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert ("- Hyperactivity (BASC-3), 95th percentile on a problem scale, where higher means "
            "more concern: rated as high as or higher than 95 of every 100 children of the "
            "same age (not 95% of the time).") in flat
    assert "as well as or better than 95" not in flat and "described as high" not in flat
    lines = result.stdout.splitlines()
    assert "Ability, achievement and adaptive scores:" not in lines
    problem_at = lines.index(PROBLEM_TITLE)
    assert [n > problem_at for n, line in enumerate(lines) if MARK in line] == [True, True]


def test_where_the_role_is_not_known_the_words_stay(scales: Scales) -> None:
    """A percentile on an ability test is explained as before; one whose area and test the
    text does not name, near a rating scale, says where the child stands and not which way is
    better (it was "as well as or better than 95 of every 100 ... high": on the BASC-3 that
    may be a concern)."""
    text = ("On the BASC-3, Eli scored at the 95th percentile. On the WIAT-4, Word Reading "
            "PR 40.")
    eli, reading = find_scores(blank(text), scales)
    assert (eli.role, reading.role) == ("", "")
    assert eli.explain().startswith("Area not named, 95th percentile: higher than about 95 of "
                                    "every 100 in the group the test compares with")
    assert "does not say whether that is good or a concern" in eli.explain()
    assert "as well as or better" not in eli.explain() and "high" not in eli.words
    assert "as well as or better than 40 of every 100" in reading.explain()


def test_year_to_year_with_its_t_score(scales: Scales, data_dir: Path,
                                       tmp_path: Path) -> None:
    """Saved, the percentile joins the same scale's T-score of another year, in the problem
    group (it had no role: an area of its own, drawn under the ability bands)."""
    later = "BASC-3 Parent Rating Scales: Hyperactivity T = 72."
    evaluations = [evaluation("Initial", "2024-02-10", find_scores(blank(PROSE), scales)),
                   evaluation("Triennial", "2026-03-02", find_scores(blank(later), scales))]
    [hyper, attention] = history(evaluations)
    assert hyper.line() == ("Hyperactivity (higher = more concern): 95th (2024, BASC-3) -> "
                            "99th (2026, BASC-3)")
    assert attention.higher_is_concern
    texts = [row.text for row in history_rows([hyper, attention], 80)]
    assert "Ability, achievement and adaptive scores:" not in texts
    problem_at = texts.index(PROBLEM_TITLE)
    first, second = [t for t in texts[problem_at:] if t.startswith(("2024", "2026"))][:2]
    assert UNSHADED in first and "PR 95" in first  # the percentile: unshaded
    assert UNSHADED not in second and "T 72" in second  # the T-score: shaded
    # The same through the store and the export.
    export = saved_and_exported(data_dir, tmp_path, PROSE, later)
    assert ("- Hyperactivity (higher = more concern): 95th (2024, BASC-3) -\\> 99th (2026, "
            "BASC-3)") in export  # (Markdown: "-\\>")
    assert "- Hyperactivity (BASC-3): the 95th percentile, no band from a percentile" in \
        export
