"""Scores in text typed in Markdown: bold cells of a pipe table, bold names in prose."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read


def test_a_bold_cell_of_a_markdown_table_is_read(scales: Scales) -> None:
    """"| **Oral Reading Index** | -- | **82** | 12 |": the bold 82 was no number to the
    table, and the index was told by its percentile alone."""
    text = ("| GORT-5 | Raw | Scaled Score | %ile |\n"
            "|---|---:|---:|---:|\n"
            "| Rate | 11 | 7 | 16 |\n"
            "| Comprehension | 22 | 9 | 37 |\n"
            "| **Oral Reading Index** | -- | **82** | 12 |\n")
    assert read(text, scales) == [("Rate", "GORT-5", "scaled", 7),
                                  ("Comprehension", "GORT-5", "scaled", 9),
                                  ("Oral Reading Index", "GORT-5", "standard", 82)]


def test_a_bold_test_name_before_its_score(scales: Scales) -> None:
    """"**EVT-3:** standard score 95": the area was lost (told as no area's)."""
    text = ("**PPVT-5:** standard score 104 (61st percentile); age equivalent 9:10\n"
            "**EVT-3:** standard score 95 (37th percentile)\n")
    assert read(text, scales) == [("Receptive Vocabulary", "PPVT-5", "standard", 104),
                                  ("Expressive Vocabulary", "EVT-3", "standard", 95)]
