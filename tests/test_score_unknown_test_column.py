"""A summary table whose first column names each test and whose "Metric" column types each
row, where some tests are ones the scales file does not know (CMS, TEA-Ch2): each row's label
is its area (not the test's short name), "ss" means what the report's key says, and no row of
an unknown test is put on a known test named above it. Before, the rows were told as scores
"of a kind the report does not say", the first under the label "CMS" (the nineteenth held-out
review's class; this text is new)."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

KEY = "Key: SS = standard score (mean 100, SD 15); ss = scaled score (mean 10, SD 3).\n\n"
TABLE = (
    "Domain / Measure                              Score  Metric  %ile  Range\n"
    "ATTENTION\n"
    " WRAML-3       Attention/Concentration Index    82     SS     12   Below Average\n"
    "MEMORY\n"
    " CMS           Stories Immediate                 7     ss     16   Low Average\n"
    "               Stories Delayed                   6     ss      9   Below Average\n"
    " TEA-Ch2       Sky Search Attention              5     ss      5   Below Average\n"
    " WRAML-3       Verbal Immediate Memory Index    92     SS     30   Average\n"
    "                 Story Memory                    9     ss     37   Average\n")


def test_an_unknown_tests_rows_are_its_own(scales: Scales) -> None:
    assert read(KEY + TABLE, scales) == [
        ("Attention/Concentration Index", "WRAML-3", "standard", 82),
        ("Stories Immediate", "CMS", "scaled", 7),
        ("Stories Delayed", "CMS", "scaled", 6),
        ("Sky Search Attention", "TEA-Ch2", "scaled", 5),
        ("Verbal Immediate Memory Index", "WRAML-3", "standard", 92),
        ("Story Memory", "WRAML-3", "scaled", 9)]


def test_without_a_key_ss_says_no_type(scales: Scales) -> None:
    # ("ss" is a scaled score in some reports and a standard one in others)
    kinds = {label: kind for label, _, kind, _ in read(TABLE, scales)}
    assert kinds["Stories Immediate"] == "unknown"
    assert kinds["Story Memory"] == "scaled"  # (its area's, on the WRAML-3)


def test_a_column_of_index_abbreviations_names_no_test(scales: Scales) -> None:
    # ("FR" is the WISC-V's Fluid Reasoning, no test: its subtests stay the WISC-V's)
    text = ("WISC-V subtests\n"
            "Index   Subtest               Scaled   %ile\n"
            "FR      Matrix Reasoning MR      11     63\n"
            "        Figure Weights           12     75\n"
            "WM      Digit Span                7     16\n")
    tests = {label: test for label, test, _, _ in read(text, scales)}
    assert tests["Figure Weights"] == tests["Digit Span"] == "WISC-V"
