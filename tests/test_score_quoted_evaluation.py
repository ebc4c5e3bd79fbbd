"""Scores a letter quotes from another evaluation (score_quoted.py): an independent
evaluator's letter that gives the district's earlier scores before its own."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

LETTER = """Re: Independent educational evaluation of Tomasz Wójcik

You asked me to review the Lakeside School District's evaluation of Tomasz, completed on
March 3, 2025, and to give an independent educational evaluation (IEE) at public expense.

The district's WIAT-4 gave Tomasz a Reading Composite of 84 (14th percentile). Two subtests
the district's report passed over were low: Pseudoword Decoding was 76 (5th percentile).
The school's WISC-V gave a Full Scale IQ of 101 (53rd percentile).

I tested Tomasz in May 2026. On the KTEA-3 his Reading Composite was 79 (8th percentile).

The district compared his Full Scale IQ of 101 with his Reading Composite of 84 and found
no gap; on my testing the gap is 22 points.
"""


def test_the_district_s_scores_quoted_in_an_iee_carry_its_year(scales: Scales) -> None:
    """They were told as the letter's own, beside its scores: two Reading Composites, both
    as now, in a letter whose point is that the two evaluations differ. Said again after the
    letter's own scores ("The district compared ..."), they are still the district's, told
    once."""
    assert read(LETTER, scales) == [
        ("Reading (2025)", "WIAT-4", "standard", 84),
        ("Pseudoword Decoding (2025)", "WIAT-4", "standard", 76),
        ("Full Scale IQ (2025)", "WISC-V", "standard", 101),
        ("Reading Composite", "KTEA-3", "standard", 79)]


def test_not_where_the_text_is_the_district_s_own_or_its_year_unsure(scales: Scales) -> None:
    own = ("The district's evaluation team tested Ana in October 2026. The district's WISC-V "
           "gave a Full Scale IQ of 95.\n")
    assert read(own, scales) == [("Full Scale IQ", "WISC-V", "standard", 95)]
    two_years = LETTER.replace("completed on\nMarch 3, 2025,",
                               "completed in 2023 and the district's evaluation of 2025,")
    assert ("Reading", "WIAT-4", "standard", 84) in read(two_years, scales)
