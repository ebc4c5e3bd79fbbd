"""Scores under a heading that dates them to an earlier testing (score_dated_blocks): a
re-evaluation's records review copies the 2023 scores under their own heading; heldout16's
review found them told as scores of now, beside this year's. Texts of my own."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

REVIEW = """Review of records

Previous evaluation (school psychologist, 10/2023):
  WISC-V Full Scale IQ ............. 92 (30th percentile)
  Processing Speed Index ........... 80 (9th percentile)

Current evaluation (November 2026)

  WISC-V Full Scale IQ ............. 93 (32nd percentile)
  Processing Speed Index ........... 81 (10th percentile)
"""


def test_scores_under_an_earlier_testing_s_heading_carry_its_year(scales: Scales) -> None:
    assert read(REVIEW, scales) == [
        ("Full Scale IQ (2023)", "WISC-V", "standard", 92),
        ("Processing Speed Index (2023)", "WISC-V", "standard", 80),
        ("Full Scale IQ", "WISC-V", "standard", 93),
        ("Processing Speed Index", "WISC-V", "standard", 81)]
    # a heading that gives the grade as well as the date
    graded = REVIEW.replace("(school psychologist, 10/2023):", "10/2023 (grade 5)")
    assert read(graded, scales)[0] == ("Full Scale IQ (2023)", "WISC-V", "standard", 92)


def test_a_paragraph_s_line_is_no_heading(scales: Scales) -> None:
    # a wrapped line of prose that speaks of an earlier testing dates nothing under it
    text = ("Prior testing was reviewed with the family\nthis fall, and the WISC-V was given "
            "again in 2026\nand scored by hand:\n  WISC-V Full Scale IQ ........ 93\n")
    assert read(text, scales) == [("Full Scale IQ", "WISC-V", "standard", 93)]
    text = ("Prior testing. In March 2024 a psychologist gave the WISC-V\nand the scores "
            "were:\n  WISC-V Full Scale IQ ........ 93\n")
    assert read(text, scales) == [("Full Scale IQ", "WISC-V", "standard", 93)]
