"""Score tables with the areas across the top and a row per kind of score or per rater
(score_transposed). heldout15's review found the first number of each row told as the area
of the header line's last name (the VCI's 104 as the Full Scale IQ), the BRIEF-2's as an area
"ERI CRI GEC Parent". Texts of my own."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read, read_stated

WISC = """WISC-V Composite Scores
                  VCI     VSI     FRI     WMI     PSI     FSIQ
Index Score       104     96      91      82      79      90
Percentile Rank   61      39      27      12      8       25
"""

BRIEF = """BRIEF-2 index scores

                    BRI      ERI      CRI      GEC
Parent    T         64       70       75       74
          %ile      90       96       99       98
Teacher   T         57       61       78       71
          %ile      78       86       99       95
"""


def test_each_number_is_its_column_s_area_of_its_row_s_kind(scales: Scales) -> None:
    assert read_stated(WISC, scales) == [
        ("Verbal Comprehension Index", "WISC-V", "standard", 104, 61),
        ("Visual Spatial Index", "WISC-V", "standard", 96, 39),
        ("Fluid Reasoning Index", "WISC-V", "standard", 91, 27),
        ("Working Memory Index", "WISC-V", "standard", 82, 12),
        ("Processing Speed Index", "WISC-V", "standard", 79, 8),
        ("Full Scale IQ", "WISC-V", "standard", 90, 25)]


def test_a_row_per_rater_gives_each_rater_s_scores(scales: Scales) -> None:
    found = read_stated(BRIEF, scales)
    assert found[0] == ("Behavior Regulation Index, parent rating", "BRIEF-2", "t", 64, 90)
    assert found[3] == ("Global Executive Composite, parent rating", "BRIEF-2", "t", 74, 98)
    assert found[6] == ("Cognitive Regulation Index, teacher rating", "BRIEF-2", "t", 78, 99)
    assert len(found) == 8
    assert {row[2] for row in read(BRIEF, scales)} == {"t-problem"}


def test_a_header_of_words_that_name_no_areas_is_no_such_table(scales: Scales) -> None:
    text = ("                  Fall    Winter   Spring\nWords correct     42      51       "
            "60\nErrors            6       4        3\n")
    assert read(text, scales) == []


FULL = """WISC-V Primary Index Scores

                        VCI      VSI      FRI      WMI      PSI      FSIQ
Sum of Scaled Scores    21       18       17       14       13       62
Composite Score         103      94       91       82       80       89
Percentile Rank         58       34       27       12       9        23
95% CI                  96-109   87-102   85-98    76-90    73-90    84-95
Classification          Average  Average  Average  Low Avg  Low Avg  Low Avg
"""


def test_a_sum_s_row_an_interval_s_and_a_row_of_words_are_passed_over(scales: Scales) -> None:
    # (the sum's row first: the table was lost, and the 58 told as a percentile of no area)
    assert read_stated(FULL, scales) == [
        ("Verbal Comprehension Index", "WISC-V", "standard", 103, 58),
        ("Visual Spatial Index", "WISC-V", "standard", 94, 34),
        ("Fluid Reasoning Index", "WISC-V", "standard", 91, 27),
        ("Working Memory Index", "WISC-V", "standard", 82, 12),
        ("Processing Speed Index", "WISC-V", "standard", 80, 9),
        ("Full Scale IQ", "WISC-V", "standard", 89, 23)]
