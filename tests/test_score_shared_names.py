"""A name several tests have, in a score table: whose score it is.

"Working Memory" is a WISC-V index (a standard score, mean 100) and a BRIEF-2 scale (a T-score,
mean 50, where higher means more concern). A WISC-V index table that drops "Index" from its
rows, in a report that names the BRIEF-2 after the WISC-V, had its "Working Memory  82  12"
told as "Working Memory (BRIEF-2), T-score 82", its interval as "no lower than about the 99.5
percentile", and the child's real index missing. The row's own percentile says which scale the
number is on, and a table's rows above say which test it lists.
"""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import Row, read

NAMED = "Tests given: WISC-V and BRIEF-2 (parent form).\n\n"


@pytest.mark.parametrize(("table", "expected"), [
    # its percentile agrees with a standard score, not a T-score (first row: nothing above)
    ("Index                  Composite   Percentile\n"
     "Working Memory             85          16\n"
     "Processing Speed           80           9\n",
     [("Working Memory Index", "WISC-V", "standard", 85),
      ("Processing Speed Index", "WISC-V", "standard", 80)]),
    # no percentile: the rows above are the WISC-V's
    ("Index                  Composite   95% CI\n"
     "Verbal Comprehension      104      97-111\n"
     "Working Memory             85      79-93\n",
     [("Verbal Comprehension Index", "WISC-V", "standard", 104),
      ("Working Memory Index", "WISC-V", "standard", 85)]),
])
def test_a_wisc_v_table_s_working_memory_is_the_wisc_v_s(
        table: str, expected: list[Row], scales: Scales) -> None:
    assert read(NAMED + table, scales) == expected


@pytest.mark.parametrize("text", [
    NAMED + "BRIEF-2 Parent\nScale              T-Score   Percentile\n"
    "Inhibit              62         88\nWorking Memory       76         95\n",
    "The WISC-V was given, then the BRIEF-2.\n\nScale              T-Score   Percentile\n"
    "Working Memory       76         95\n",
])
def test_a_brief_2_table_s_working_memory_stays_the_brief_2_s(
        text: str, scales: Scales) -> None:
    assert ("Working Memory", "BRIEF-2", "t-problem", 76) in read(text, scales)


def test_a_summary_repeating_a_score_means_the_score_above(scales: Scales) -> None:
    """"Working Memory (82)" in a summary under both tables repeats the WISC-V index above:
    it was told as the BRIEF-2's T-score of 82 (the BRIEF-2 named nearer)."""
    text = (NAMED + "Index                  Composite   Percentile\n"
            "Working Memory             82          12\n\n"
            "BRIEF-2 (T-scores)\nScale              Parent   Teacher\n"
            "Working Memory       76         79\n\n"
            "Summary: her Processing Speed (78) and Working Memory (82) are her weakest "
            "areas.\n")
    scores = read(text, scales)
    assert ("Working Memory Index", "WISC-V", "standard", 82) in scores
    assert not [s for s in scores if s[0].startswith("Working Memory") and s[1] == "BRIEF-2"
                and s[3] == 82]


@pytest.mark.parametrize(("text", "expected"), [
    ("CTOPP-2 results show her rapid naming (76) is weak.",
     [("Rapid Symbolic Naming", "CTOPP-2", "standard", 76)]),  # was the DAS-II's "T-score
    # 76: about the 99th percentile", a test the text does not name
    ("DAS-II: Rapid Naming T = 38.", [("Rapid Naming", "DAS-II", "t-ability", 38)]),
])
def test_rapid_naming_is_the_named_test_s(text: str, expected: list[Row],
                                          scales: Scales) -> None:
    assert read(text, scales) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On the WJ IV Tests of Oral Language, Picture Vocabulary was 98 and Oral Comprehension "
     "95.", [("Picture Vocabulary", "WJ IV", "standard", 98),
             ("Oral Comprehension", "WJ IV", "standard", 95)]),  # were not found
    ("WJ IV COG: Pair Cancellation 86.", [("Pair Cancellation", "WJ IV", "standard", 86)]),
    # names the WJ IV shares keep their own test's type where that test is named
    ("CTOPP-2: Nonword Repetition scaled score 7.",
     [("Nonword Repetition", "CTOPP-2", "scaled", 7)]),
    ("NEPSY-II Sentence Repetition 6", [("Sentence Repetition", "NEPSY-II", "scaled", 6)]),
])
def test_the_wj_iv_oral_language_and_more_cognitive_tests(
        text: str, expected: list[Row], scales: Scales) -> None:
    assert read(text, scales) == expected


def test_das_ii_subtests_abbreviated_as_reports_print_them(scales: Scales) -> None:
    text = ("DAS-II\nSubtest                          T-Score   %ile\n"
            "Seq. & Quant. Reasoning            41       18\n"
            "Speed of Info. Processing          47       38\n")
    assert read(text, scales) == [
        ("Sequential & Quantitative Reasoning", "DAS-II", "t-ability", 41),
        ("Speed of Information Processing", "DAS-II", "t-ability", 47)]


def test_the_das_ii_s_verbal_comprehension_is_a_subtest_not_the_wisc_v_index(
        scales: Scales) -> None:
    # the Early Years subtest (a T-score, mean 50) shares the WISC-V index's name (a standard
    # score, mean 100): under the DAS-II its 38 was lost, and elsewhere was told as a verbal
    # index below the 0.1 percentile; the WISC-V named later keeps its own
    text = ("Differential Ability Scales, Second Edition (DAS-II), Early Years battery\n"
            "  General Conceptual Ability (GCA)     88    21    82-95\n"
            "Subtest T-scores (mean 50, SD 10)\n"
            "  Verbal Comprehension 38 \u00b7 Naming Vocabulary 44 \u00b7 Picture Similarities 49\n"
            "\nOn the WISC-V last year, her Verbal Comprehension Index was 84.\n")
    assert read(text, scales) == [
        ("General Conceptual Ability", "DAS-II", "standard", 88),
        ("Verbal Comprehension", "DAS-II", "t-ability", 38),
        ("Naming Vocabulary", "DAS-II", "t-ability", 44),
        ("Picture Similarities", "DAS-II", "t-ability", 49),
        ("Verbal Comprehension Index", "WISC-V", "standard", 84)]
    assert read("DAS-II: Verbal Comprehension T = 36 (8th percentile).", scales) == [
        ("Verbal Comprehension", "DAS-II", "t-ability", 36)]


def test_a_test_quoted_from_an_earlier_year_does_not_take_this_report_s_areas(
        scales: Scales) -> None:
    # "Knowledge" is an SB5 factor and a KABC-II scale: the KABC-II named in the background,
    # with its score of 2023, took the SB5 summary's "Knowledge: 82" and "Verbal Knowledge: 7",
    # with the KABC-II's words for the range, in a report headed by the SB5
    text = ("STANFORD-BINET 5 (SB5) SCORE REPORT\n"
            "Student: Ana Ferreira-Lind     Age: 10 years 2 months\n\n"
            "Background. Ana's KABC-II Mental Processing Index was 91 in March 2023, when she "
            "was first\nevaluated. This time the evaluation gave verbal and nonverbal IQs.\n\n"
            "Factor index scores\n"
            "   Fluid Reasoning: 99 (47th percentile)\n"
            "   Knowledge: 82 (12th percentile)\n\n"
            "Subtest scaled scores\n"
            "   Verbal Knowledge: 7 (16th percentile)\n")
    assert read(text, scales) == [
        ("Mental Processing Index (2023)", "KABC-II", "standard", 91),
        ("Fluid Reasoning", "SB5", "standard", 99),
        ("Knowledge", "SB5", "standard", 82),
        ("Verbal Knowledge", "SB5", "scaled", 7)]
    # the earlier test's own sentence keeps it: there, its areas are its own
    assert [(test, value) for _, test, _, value in read(
        "The SB5 was given in October 2026. In March 2023, on the KABC-II, her Knowledge/Gc "
        "was 88 and Verbal Knowledge 8.", scales)] == [("KABC-II", 88), ("KABC-II", 8)]
