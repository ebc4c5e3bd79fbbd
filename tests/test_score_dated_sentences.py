"""An area's score given twice, once in a sentence dated to an earlier year ("His 2024
evaluation reported a WISC-V Full Scale IQ of 84", then "Full Scale IQ: 88"), is that year's:
told without its year, a parent saw two Full Scale IQs of now and the older one drawn as
today's (the nineteenth held-out review's class; the texts here are new, not the review's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.scales import Scales

from .score_reading import labels

CURRENT = "\n\nCurrent results (2026)\nWISC-V Full Scale IQ: 88 (21st percentile)\n"


@pytest.mark.parametrize("sentence", [
    "His 2024 evaluation by the school psychologist reported a WISC-V Full Scale IQ of 84.",
    "Records show a Full Scale IQ of 84 on the WISC-V given in October 2024.",
    "A private evaluation (Dr. Amos, 2024) reported a WISC-V Full Scale IQ of 84.",
    "According to the 2024 report, his WISC-V Full Scale IQ was 84.",
])
def test_an_earlier_years_score_of_an_area_given_again_is_dated(sentence: str,
                                                                scales: Scales) -> None:
    text = "Background\n" + sentence + CURRENT
    assert labels(text, scales) == [("Full Scale IQ (2024)", 84), ("Full Scale IQ", 88)]


def test_a_score_given_once_keeps_its_label(scales: Scales) -> None:
    """An IEP of 2026 quoting the evaluation it rests on: its one score is as it is."""
    text = ("IEP meeting date: March 3, 2026\n"
            "Present levels: the reevaluation completed in October 2025 found a WISC-V Full "
            "Scale IQ of 84 and a Working Memory Index of 76.\n")
    assert labels(text, scales) == [("Full Scale IQ", 84), ("Working Memory Index", 76)]


def test_the_same_score_said_twice_is_not_dated(scales: Scales) -> None:
    text = ("Summary: in 2024 the WISC-V gave a Full Scale IQ of 88, as this year's.\n"
            "In 2026 his WISC-V Full Scale IQ was 88.\n")
    assert all("(" not in label for label, _ in labels(text, scales))


def test_a_screeners_seasons_are_not_dated(scales: Scales) -> None:
    text = ("In the fall of 2025, her Star Reading PR was 18.\n"
            "In the winter of 2026, her Star Reading PR was 24.\n")
    assert all("(" not in label for label, _ in labels(text, scales))


def test_iepwizard_decode_tells_the_earlier_score_with_its_year(tmp_path: Path) -> None:
    report = tmp_path / "reeval.txt"
    report.write_text("Background\nAccording to the 2024 report, his WISC-V Full Scale IQ was 84."
                      + CURRENT, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert "Full Scale IQ (2024) (WISC-V), standard score 84" in out
    assert "Full Scale IQ (WISC-V), standard score 88" in out
