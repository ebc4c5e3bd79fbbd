"""Percentiles beyond the 1st and the 99th ("Coding scaled score of 1 (0.1 percentile)"): the
report's figure is kept and said, never "about the 1st percentile, as well as or better than
about 1 of every 100 children" (ten times as common); a score's own is said to a tenth there,
as the publishers' tables give it; a saved one comes back agreeing with its score."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepwizard.core.bellcurve import chart
from iepwizard.core.bellcurve_text import MARK
from iepwizard.core.escapes import blank
from iepwizard.core.history_chart import history_rows
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import evaluation, history
from iepwizard.core.scores import Score

from .helpers import decoded, saved_and_exported

REPORT = """WISC-V
Vocabulary: 8 (scaled); Coding scaled score of 1 (0.1 percentile)
Block Design scaled score 19 (99.9th percentile)

WIAT-4
Oral Reading Fluency 61 (0.5 percentile)
"""
LOW = "fewer than 1 of every 100 children of the same age score this low or lower"
HIGH = "as well as or better than more than 99 of every 100 children of the same age"


def test_the_reports_own_figure_is_said(scales: Scales) -> None:
    vocabulary, coding, block, fluency = find_scores(blank(REPORT), scales)
    assert [s.stated for s in (coding, block, fluency)] == [0.1, 99.9, 0.5]
    assert not any(s.disagrees for s in (coding, block, fluency))
    assert coding.explain() == (f"Coding (WISC-V), scaled score 1: the 0.1 percentile ({LOW}); "
                                f"usually described as very low.")
    assert block.explain().startswith(f"Block Design (WISC-V), scaled score 19: the 99.9 "
                                      f"percentile ({HIGH});")
    assert fluency.explain().startswith(f"Oral Reading Fluency (WIAT-4), standard score 61: the "
                                        f"0.5 percentile ({LOW});")
    assert "about the 25th percentile (as well as or better than about 25" in \
        vocabulary.explain()  # between the 1st and the 99th: as before
    rank = Score(0, 1, "percentile", 0.5, "Word Reading", "WIAT-4")
    assert rank.explain() == (f"Word Reading (WIAT-4), 0.5 percentile: {LOW} (not 0.5% "
                              f"correct); usually described as very low.")
    top = Score(0, 1, "percentile", 99.9, "Word Reading", "WIAT-4")
    assert top.explain().startswith(f"Word Reading (WIAT-4), 99.9 percentile: {HIGH} (not "
                                    f"99.9% correct)")


@pytest.mark.parametrize(("kind", "value", "said"), [
    ("scaled", 1, "about the 0.1 percentile"), ("scaled", 2, "about the 0.4 percentile"),
    ("scaled", 3, "about the 1st percentile"), ("scaled", 18, "about the 99.6 percentile"),
    ("standard", 55, "about the 0.1 percentile"), ("standard", 40, "below the 0.1 percentile"),
    ("standard", 139, "about the 99.5 percentile"),
    ("standard", 160, "above the 99.9 percentile")])
def test_a_scores_own_percentile_to_a_tenth_at_the_ends(kind: str, value: float,
                                                        said: str) -> None:
    text = Score(0, 1, kind, value, "Coding").explain()
    assert f": {said} (" in text, text
    assert ("about 1 of every 100" in text) == (value == 3)


def test_t_scores_stay_whole() -> None:
    """A rating scale's T-score is a linear one of skewed ratings: its percentile from the
    normal curve is rough, and no tenth is claimed for it."""
    text = Score(0, 1, "t", 80, "Hyperactivity", "BASC-3", "problem").explain()
    assert "rated higher than about 99 of every 100" in text


def test_a_stated_first_or_ninety_ninth_agrees_with_any_score_beyond() -> None:
    """Reports round at the ends, and a saved score keeps a whole percentile: a scaled score
    of 1 saved as the 1st came back as "its numbers disagree", not drawn."""
    assert not Score(0, 1, "scaled", 1, stated=1).disagrees
    assert not Score(0, 1, "scaled", 19, stated=99).disagrees
    assert not Score(0, 1, "standard", 40, stated=0.1).disagrees
    assert Score(0, 1, "standard", 100, stated=1).disagrees
    assert Score(0, 1, "standard", 100, stated=99).disagrees
    odd = Score(0, 1, "scaled", 1, "Coding", stated=50)
    assert odd.disagrees and "(a scaled score of 1 is usually about the 0.1 percentile)" in \
        odd.explain()


def test_the_chart_shows_and_places_the_figure(scales: Scales) -> None:
    drawn = chart(find_scores(blank(REPORT), scales))
    rows = {line.split("  ")[0]: line for line in drawn.lines(80) if MARK in line}
    assert rows["Coding"].endswith("ScS 1     0.1")
    assert rows["Block Design"].endswith("ScS 19   99.9")
    assert rows["Coding"].index(MARK) < rows["Oral Reading Fluency"].index(MARK) < \
        rows["Vocabulary"].index(MARK) < rows["Block Design"].index(MARK)
    summary = drawn.summary(0)
    assert "- Coding (WISC-V): scaled score 1, the 0.1 percentile, very low" in summary


def test_the_decode_command_says_the_figure(tmp_path: Path) -> None:
    printed = decoded(tmp_path, REPORT)
    flat = " ".join(printed.split())
    assert f"- Coding (WISC-V), scaled score 1: the 0.1 percentile ({LOW})" in flat
    assert f"- Oral Reading Fluency (WIAT-4), standard score 61: the 0.5 percentile ({LOW})" \
        in flat
    assert "about 1 of every 100" not in flat and "about the 1st" not in flat
    assert any(line.endswith("ScS 1     0.1") for line in printed.splitlines())


def test_saved_they_come_back_agreeing(scales: Scales, data_dir: Path,
                                       tmp_path: Path) -> None:
    """A saved scaled score of 1 (kept as the 1st percentile) was "not drawn (the report's
    percentile and the score disagree)" in the export and left off the year-to-year chart."""
    later = "WISC-V Coding scaled score 4."
    evaluations = [evaluation("Initial", "2024-02-10", find_scores(blank(REPORT), scales)),
                   evaluation("Triennial", "2026-03-02", find_scores(blank(later), scales))]
    coding = next(h for h in history(evaluations) if h.area == "Coding")
    assert coding.line() == "Coding: 0.1 (2024, WISC-V) -> 2nd (2026, WISC-V)"
    points = [r.text for r in history_rows([coding], 80) if r.kind == "point"]
    assert len(points) == 2 and points[0].endswith("ScS 1     0.1")
    export = saved_and_exported(data_dir, tmp_path, REPORT, later)
    assert "disagree" not in export and "Not on the curve" not in export
    assert "- Coding (WISC-V): scaled score 1, the 0.1 percentile, very low" in export
    assert "- Block Design (WISC-V): scaled score 19, the 99.9 percentile, very high" in export
    assert "- Coding: 0.1 (2024, WISC-V) -\\> 2nd (2026, WISC-V)" in export
