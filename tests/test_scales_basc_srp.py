"""The BASC-3 Self-Report of Personality's scales in the scales file: read whole, each with
the direction of concern ("Sense of Inadequacy (T = 71)" was "Inadequacy", with none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Area, Scales, key_of
from iepwizard.core.score_finder import find_scores

from .helpers import decoded

PROBLEM = ["Attitude to School", "Attitude to Teachers", "Sensation Seeking", "Atypicality",
           "Locus of Control", "Social Stress", "Anxiety", "Depression", "Sense of Inadequacy",
           "Somatization", "Attention Problems", "Hyperactivity", "Inattention/Hyperactivity",
           "School Problems", "Internalizing Problems", "Emotional Symptoms Index"]
ADAPTIVE = ["Relations with Parents", "Interpersonal Relations", "Self-Esteem",
            "Self-Reliance", "Personal Adjustment"]
REPORT = """BASC-3 Self-Report of Personality (SRP-C), completed by Jordan (age 11) on 2/10/2025

Jordan's responses yielded clinically significant scores on Social Stress (T = 72) and Sense of
Inadequacy (T = 71), and an at-risk score on Attitude to School (T = 63) and Locus of
Control (T = 64).
On the adaptive scales, his Self-Esteem (T = 32) and Relations with Parents (T = 38) were at-risk,
and his Interpersonal Relations T-score of 29 is clinically significant. His Self-Reliance
(T = 45) was average. The Personal Adjustment composite (T = 33) is at-risk, and the Emotional
Symptoms Index (T = 70) is clinically significant. The Inattention/Hyperactivity composite was
T = 61 (at-risk).
"""


def test_each_scale_has_its_role(scales: Scales) -> None:
    for names, role in ((PROBLEM, "problem"), (ADAPTIVE, "adaptive")):
        for name in names:
            assert Area(name, "basc-3", "t", role) in scales.areas[key_of(name)], name


def test_a_self_report_is_read_whole_with_its_direction(scales: Scales) -> None:
    assert [(s.label, s.test, s.type_name, s.value) for s in find_scores(blank(REPORT), scales)
            ] == [("Social Stress", "BASC-3", "t-problem", 72),
                  ("Sense of Inadequacy", "BASC-3", "t-problem", 71),
                  ("Attitude to School", "BASC-3", "t-problem", 63),
                  ("Locus of Control", "BASC-3", "t-problem", 64),
                  ("Self-Esteem", "BASC-3", "t-adaptive", 32),
                  ("Relations with Parents", "BASC-3", "t-adaptive", 38),
                  ("Interpersonal Relations", "BASC-3", "t-adaptive", 29),
                  ("Self-Reliance", "BASC-3", "t-adaptive", 45),
                  ("Personal Adjustment", "BASC-3", "t-adaptive", 33),
                  ("Emotional Symptoms Index", "BASC-3", "t-problem", 70),
                  ("Inattention/Hyperactivity", "BASC-3", "t-problem", 61)]


@pytest.mark.parametrize("written", [
    "The Inattention/Hyperactivity composite was T = 61.", "Inattention/Hyperactivity: T = 61",
    "Inattention / Hyperactivity T-score of 61", "Inattention-Hyperactivity (T = 61)",
    "Scale | T\nInattention/Hyperactivity | 61\n"])
def test_inattention_hyperactivity_is_one_name(written: str, scales: Scales) -> None:
    """Read backwards from the number, the name stopped at the slash: "Hyperactivity"."""
    [score] = find_scores(blank("BASC-3 Self-Report of Personality\n" + written), scales)
    assert (score.label, score.role, score.value) == ("Inattention/Hyperactivity", "problem", 61)


def test_the_decode_command_explains_every_scale(tmp_path: Path) -> None:
    printed = decoded(tmp_path, REPORT)
    flat = " ".join(printed.split())
    for said in ("- Sense of Inadequacy (BASC-3), T-score 71 on a problem scale, where higher "
                 "means more concern",
                 "- Self-Esteem (BASC-3), T-score 32 on an adaptive scale, where lower means "
                 "more concern",
                 "- Personal Adjustment (BASC-3), T-score 33 on an adaptive scale",
                 "- Emotional Symptoms Index (BASC-3), T-score 70 on a problem scale",
                 "- Inattention/Hyperactivity (BASC-3), T-score 61 on a problem scale"):
        assert said in flat, said
    assert "Area not named" not in flat and "does not say which kind of scale" not in flat
    assert "Not drawn:" not in printed
