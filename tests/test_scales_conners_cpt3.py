"""The Conners CPT 3, a computer test of attention whose every score is a T-score where higher
means more difficulty. Before it was in the scales file, its scores were told as T-scores of
no test and no direction, or only as percentiles ("the 98th percentile": a parent reads that
as a strength), and its "Omissions" could not be told from the TOVA's (standard scores, where
higher is better)."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales

from .score_reading import read

TABLE = """Conners CPT 3 (Conners Continuous Performance Test, Third Edition)
Measure                      T-score   %ile   Guideline
Detectability                   67       96    Elevated
Omissions                       71       98    Very Elevated
Commissions                     52       58    Average
Hit Reaction Time               45       31    Average
HRT SD                          63       90    Elevated
"""


def test_its_t_scores_are_on_problem_scales(scales: Scales) -> None:
    assert read(TABLE, scales) == [
        ("Detectability", "Conners CPT 3", "t-problem", 67),
        ("Omissions", "Conners CPT 3", "t-problem", 71),
        ("Commissions", "Conners CPT 3", "t-problem", 52),
        ("Hit Reaction Time", "Conners CPT 3", "t-problem", 45),
        ("HRT Standard Deviation", "Conners CPT 3", "t-problem", 63)]


def test_in_prose_and_beside_the_tova(scales: Scales) -> None:
    # the test named nearest before a shared name decides whose it is
    text = ("On the CPT-3 her Omissions T-score was 71 and Perseverations 58. On the TOVA a "
            "year earlier, Omissions were 74.")
    assert read(text, scales) == [
        ("Omissions", "Conners CPT 3", "t-problem", 71),
        ("Perseverations", "Conners CPT 3", "t-problem", 58),
        ("Omissions", "TOVA", "standard", 74)]


def test_a_high_t_score_is_told_as_more_difficulty(content: Content, scales: Scales) -> None:
    report = decode("Conners CPT 3: Omissions T = 71 (98th percentile).", content,
                    scales=scales).report()
    assert "Conners CPT 3" in report and "higher" in report.lower()
    assert "above average" not in report.lower()
    assert "conners-cpt-3" in {t.id for t in decode("Results of the CPT 3 are below.",
                                                    content).terms}
