"""Scores: found with their area, test and type, and explained in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core.dates import ordinal
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales, scales_for
from iepwizard.core.score_finder import find_scores
from iepwizard.core.scores import Score

from .score_reading import read

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.mark.parametrize(("text", "kind", "value", "percentile", "range_name"), [
    ("standard score of 78", "standard", 78, 7, "low"),
    ("SS 78", "standard", 78, 7, "low"),
    ("SS = 85", "standard", 85, 16, "low average"),
    ("standard score 90", "standard", 90, 25, "average"),
    ("standard score 89", "standard", 89, 23, "low average"),
    ("standard score 69", "standard", 69, 2, "very low"),
    ("standard score 130", "standard", 130, 98, "very high"),
    ("a scaled score of 7", "scaled", 7, 16, "low average"),
    ("scaled score 10", "scaled", 10, 50, "average"),
    ("T-score 65", "t", 65, 93, "high"),
    ("the 12th percentile", "percentile", 12, 12, "low average"),
    ("percentile rank of 50", "percentile", 50, 50, "average"),
    ("PR 2", "percentile", 2, 2, "very low"),
])
def test_types_written_before_a_number(text: str, kind: str, value: float, percentile: int,
                                       range_name: str) -> None:
    [score] = find_scores(text)
    assert (score.kind, score.value, score.percentile, score.range_name) == (
        kind, value, percentile, range_name)
    assert ordinal(percentile) in score.explain()


def test_a_type_carries_across_a_list() -> None:
    assert [(s.kind, s.value) for s in find_scores("standard scores of 72 and 70")] == [
        ("standard", 72), ("standard", 70)]
    assert [s.value for s in find_scores("scaled scores: 8, 9. Later, age 12 and grade 3.")] \
        == [8, 9]


def test_numbers_that_are_no_scores() -> None:
    for text in ("standard score of 400", "scaled score of 25, T-score 3", "standard score 85%",
                 "ss 78 written in lower case", "the 150th percentile", "age 9, grade 4",
                 "on 3/14/2024 at 10:30", "a 12:1:1 class, 30 min 2x/week, 1x30",
                 "Standard scores have a mean of 100 and SD of 15.",
                 "Scores from 90 to 109 are average; 70 or above is clinically significant.",
                 "A percentile rank of 50 means she did as well as half her peers.",
                 "absent 12 days, 45 minutes, 3 of 5 items, 60% of homework",
                 "the WIAT-4 and BASC-3 and Conners 4", "Student ID: 4471239"):
        assert find_scores(text) == [], text


@pytest.mark.parametrize("text", [
    "Reading rate 78 wcpm.", "Reading Fluency 95 wpm", "Oral reading: 64 WCPM, 52 cwpm",
    "Math Fluency 45 problems in 3 minutes", "Reading Fluency 88 words correct per minute",
    "Letter naming: 40 letters, 12 errors", "Phoneme segmentation 35 sounds in 60 seconds",
    "Digit Span 12 digits", "Math Problem Solving 14 correct of 20", "scored 9 per minute",
])
def test_counts_and_rates_are_no_scores(text: str, scales: Scales) -> None:
    """A rate or a count written after an area's name is not its standard score: "Reading
    rate 78 wcpm" was read as a standard score of 78 (about the 7th percentile)."""
    assert read(text, scales) == [], text


def test_a_raw_score_is_not_listed_as_a_score_of_unknown_kind(scales: Scales) -> None:
    """"Digit Span: raw score 18" was listed as "raw, 18: the report does not say here what
    kind of score this is": it does (the glossary explains raw scores)."""
    assert [(s.kind, s.value) for s in find_scores(
        "Digit Span: raw score 18, scaled score 6. Raw Score: 42. Raw scores of 12 and 14.",
        scales)] == [("scaled", 6)]


def test_a_score_is_never_put_on_a_test_the_report_does_not_name(scales: Scales) -> None:
    """"Attention Problems T = 70 (CBCL)" was called a BASC-3 score, with the BASC-3's bands:
    the CBCL has its own. The scales file now knows the CBCL; the Teacher's Report Form (TRF),
    which it does not, still puts the score on no test."""
    assert read("Attention Problems T = 70 (TRF)", scales) == [
        ("Attention Problems", "", "t-problem", 70)]
    assert read("Attention Problems T = 70 (CBCL)", scales) == [
        ("Attention Problems", "CBCL", "t-problem", 70)]
    assert read("Reading Rate 78", scales) == [("Reading Rate", "", "standard", 78)]
    assert read("On the BASC-3, Attention Problems T = 70.", scales) == [
        ("Attention Problems", "BASC-3", "t-problem", 70)]


def test_prose_with_the_area_named(scales: Scales) -> None:
    text = ("On the WIAT-4, Math Problem Solving was 101, in the average range, and Numerical "
            "Operations was 94 (34th percentile). Her Reading Comprehension score of 79 (8th "
            "percentile) fell in the low range (90% CI: 72-88).")
    scores = find_scores(text, scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in scores] == [
        ("Math Problem Solving", "WIAT-4", "standard", 101, None),
        ("Numerical Operations", "WIAT-4", "standard", 94, 34),
        ("Reading Comprehension", "WIAT-4", "standard", 79, 8)]
    assert (scores[2].ci, scores[2].ci_level) == ((72, 88), 90)
    assert ("true score is likely between about the 3rd and 21st percentile"
            in scores[2].explain())
    assert scores[0].explain().startswith(
        "Math Problem Solving (WIAT-4), standard score 101: about the 53rd percentile")


def test_ss_notation_with_percentile_interval_and_grade_equivalent(scales: Scales) -> None:
    text = ("KTEA-3\n- Letter & Word Recognition: SS = 84, PR = 14, 90% CI 79-90, GE = 2.6\n"
            "- Math Computation: SS = 91 (PR 27)\n")
    scores = find_scores(text, scales)
    assert [(s.label, s.type_name, s.value, s.stated) for s in scores] == [
        ("Letter & Word Recognition", "standard", 84, 14),
        ("Letter & Word Recognition", "grade-equivalent", 2.6, None),
        ("Math Computation", "standard", 91, 27)]
    assert scores[0].ci == (79, 90) and scores[0].ci_level == 90
    assert "does not mean the child works at that grade level" in scores[1].explain()
    assert "grade 2, about month 6" in scores[1].explain()
    assert {text[a:b] for a, b in scores[0].cues} == {"SS", "PR", "CI", "GE"}


def test_a_percentile_ending_a_sentence_belongs_to_its_score(scales: Scales) -> None:
    """"SS = 84, PR = 14." is one score at the 14th percentile, not two."""
    scores = find_scores("On the WIAT-4, Reading Comprehension: SS = 84, PR = 14. Next.", scales)
    assert [(s.label, s.type_name, s.value, s.stated) for s in scores] == [
        ("Reading Comprehension", "standard", 84, 14)]
    assert [s.value for s in find_scores("Math: SS = 91, PR = 27.5.", scales)] == [91]


def test_t_scores_on_problem_and_adaptive_scales(scales: Scales) -> None:
    text = ("BASC-3: the Externalizing Problems composite: T = 70. The Adaptive Skills "
            "composite was T = 33 (At-Risk). A School Problems composite of 69.")
    scores = find_scores(text, scales)
    assert [(s.label, s.type_name, s.value) for s in scores] == [
        ("Externalizing Problems", "t-problem", 70), ("Adaptive Skills", "t-adaptive", 33),
        ("School Problems", "t-problem", 69)]
    problem, adaptive, _ = (s.explain() for s in scores)
    assert "problem scale, where higher means more concern" in problem
    assert "rated higher than about 98 of every 100" in problem
    assert "this one is clinically significant" in problem
    assert "standard score" not in problem and "low" not in problem.split(":")[0]
    assert "lower means more concern" in adaptive and "this one is at risk" in adaptive


def test_a_test_s_own_words_for_its_bands(scales: Scales) -> None:
    [score] = find_scores("On the BRIEF-2, Shift (T = 67).", scales)
    assert score.type_name == "t-problem"
    assert "this one is potentially clinically elevated" in score.explain()


def test_the_same_area_name_in_two_tests(scales: Scales) -> None:
    text = ("On the WISC-V, his Working Memory Index was 85. On the BRIEF-2, Working Memory "
            "was elevated (T = 72). Back on the WISC-V, Working Memory 85.")
    assert read(text, scales) == [("Working Memory Index", "WISC-V", "standard", 85),
                                  ("Working Memory", "BRIEF-2", "t-problem", 72)]


def test_a_one_word_area_needs_its_test_named(scales: Scales) -> None:
    assert read("Her reading score was 72.", scales) == [("reading", "", "unknown", 72)]
    assert read("On the WIAT-4, her Reading composite was 78.", scales) == [
        ("Reading", "WIAT-4", "standard", 78)]
    assert read("Coding 5", scales) == []
    assert read("Digit Span (6)", scales) == [("Digit Span", "", "scaled", 6)]


def test_an_area_s_acronym_alone(scales: Scales) -> None:
    """An IQ's acronym names its area anywhere; another acronym where the text names a test
    that has it, before or after ("PSI" is also the Parenting Stress Index)."""
    assert read("Her FSIQ is 85.", scales) == [("Full Scale IQ", "", "standard", 85)]
    assert read("Her WMI was 82. PSI: 76.", scales) == []
    assert read("Her WMI was 82. PSI: 76. (From the WISC-V report.)", scales) == [
        ("Working Memory Index", "WISC-V", "standard", 82),
        ("Processing Speed Index", "WISC-V", "standard", 76)]
    assert read("Her wmi was 82, with the WISC-V.", scales) == []  # written in capitals only


def test_when_the_type_cannot_be_told_it_says_so(scales: Scales) -> None:
    [unknown] = find_scores("Her reading score was 72.", scales)
    assert "does not say here what kind of score this is" in unknown.explain()
    [t] = find_scores("Her T-score was 64 on one of the rating scales.", scales)
    assert t.type_name == "t" and "does not say which kind of scale" in t.explain()


def test_a_score_table(scales: Scales) -> None:
    text = ("WISC-V\n"
            "Composite                Composite Score   Percentile Rank   95% CI     Range\n"
            "Verbal Comprehension (VCI)     92                30            85-100     Average\n"
            "Working Memory (WMI)           82                12            76-91      Low\n"
            "\nSubtest\tRaw Score\tScaled Score\tPercentile\n"
            "Digit Span\t21\t6\t9\n")
    scores = find_scores(text, scales)
    assert [(s.label, s.type_name, s.value, s.stated, s.ci) for s in scores] == [
        ("Verbal Comprehension Index", "standard", 92, 30, (85, 100)),
        ("Working Memory Index", "standard", 82, 12, (76, 91)),
        ("Digit Span", "scaled", 6, 9, None)]


_WIAT_ROWS = [("Word Reading", "standard", 95, 37), ("Pseudoword Decoding", "standard", 88, 21),
              ("Spelling", "standard", 79, 8)]


@pytest.mark.parametrize("table", [
    ("| Subtest | Raw Score | Standard Score | Percentile | Descriptor |\n"
     "|---|---|---|---|---|\n"
     "| Word Reading | 62 | 95 | 37 | Average |\n"
     "| Pseudoword Decoding | 45 | 88 | 21 | Low Average |\n"
     "| Spelling | 41 | 79 | 8 | Low |\n"),
    ("| Subtest | Raw Score | Standard Score | Percentile | Descriptor |\n"
     "|:--------|----------:|:--------------:|-----------:|------------|\n"
     "| Word Reading | 62 | 95 | 37 | Average |\n"
     "| Pseudoword Decoding | 45 | 88 | 21 | Low Average |\n"
     "| Spelling | 41 | 79 | 8 | Low |\n"),
    ("Subtest               Raw Score   Standard Score   Percentile   Descriptor\n"
     "--------------------  ---------   --------------   ----------   -----------\n"
     "Word Reading              62            95              37       Average\n"
     "Pseudoword Decoding       45            88              21       Low Average\n"
     "Spelling                  41            79               8       Low\n"),
    ("Subtest               Raw Score   Standard Score   Percentile   Descriptor\n"
     "\n"
     "Word Reading              62            95              37       Average\n"
     "Pseudoword Decoding       45            88              21       Low Average\n"
     "Spelling                  41            79               8       Low\n"),
    ("Subtest               Raw Score   Standard Score   Percentile   Descriptor\n"
     "=====================================================================\n"
     "\n"
     "Word Reading              62            95              37       Average\n"
     "Pseudoword Decoding       45            88              21       Low Average\n"
     "Spelling                  41            79               8       Low\n"),
], ids=["markdown rule", "aligned markdown rule", "dashed underline", "blank line",
        "rule and blank line"])
def test_a_table_header_is_kept_across_its_underline(table: str, scales: Scales) -> None:
    # the raw score, first in each row, was read as the standard score (62: "1st percentile")
    scores = find_scores("WIAT-4 Achievement Scores\n\n" + table, scales)
    assert [(s.label, s.kind, s.value, s.stated) for s in scores] == _WIAT_ROWS


def test_one_blank_line_between_rows_keeps_the_header_two_end_the_table(
        scales: Scales) -> None:
    rows = ("WIAT-4\nSubtest               Raw Score   Standard Score   Percentile\n"
            "Word Reading              62            95              37\n"
            "{gap}Spelling                  41            79               8\n")
    assert [(s.label, s.value, s.stated) for s in find_scores(rows.format(gap="\n"), scales)] \
        == [("Word Reading", 95, 37), ("Spelling", 79, 8)]  # (a page break, say)
    # after two, the row is read without the header: its first number, the raw 41, is not
    # told as the score where the next agrees with the one after it as its percentile
    assert [(s.label, s.value, s.stated) for s in find_scores(rows.format(gap="\n\n"),
                                                               scales)][1:] == [
        ("Spelling", 79, 8)]


def test_a_tab_separated_row_with_empty_cells_is_read_by_its_tabs(scales: Scales) -> None:
    text = ("WIAT-4\n"
            "Subtest/Composite\tRaw\tSS\t95% CI\tPR\tDescriptor\n"
            "Word Reading\t34\t81\t76-86\t10\tLow\n"
            "Basic Reading\t\t79\t75-83\t8\tLow\n"
            "Dyslexia Index\t\t77\t72-82\t\tLow\n")
    assert [(s.label, s.kind, s.value, s.stated, s.ci) for s in find_scores(text, scales)] == [
        ("Word Reading", "standard", 81, 10, (76, 86)),
        ("Basic Reading", "standard", 79, 8, (75, 83)),
        ("Dyslexia Index", "standard", 77, None, (72, 82))]

def test_numbers_inside_escape_sequences_are_no_scores(scales: Scales) -> None:
    text = "SS \x1b]52;c;SGVsbG8=\x07 and \x1b[31mT-score\x1b[0m \x1b]0;title 85\x07 done"
    assert find_scores(blank(text), scales) == []
    assert len(blank(text)) == len(text)
    assert "\x1b" not in blank(text) and "\x07" not in blank(text)


def test_a_repeated_score_is_listed_once(scales: Scales) -> None:
    text = "On the WISC-V, Digit Span (6). Later: her Digit Span scaled score of 6."
    assert read(text, scales) == [("Digit Span", "WISC-V", "scaled", 6)]


def test_explanations_of_each_kind() -> None:
    assert "not 14% correct" in Score(0, 1, "percentile", 14, "Spelling").explain()
    assert Score(0, 1, "standard", 82, "Working Memory Index", "WISC-V").explain().startswith(
        "Working Memory Index (WISC-V), standard score 82: about the 12th percentile")
    assert Score(0, 1, "unknown", 74, "Phonics", stated=4).explain().endswith(
        "The report gives it as the 4th percentile.")
    assert "kindergarten" in Score(0, 1, "ge", 0.8).explain()
    assert Score(0, 1, "t", 55, role="problem").problem_band() == ""
    assert "usual range" in Score(0, 1, "t", 55, role="problem").explain()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,:;=()-%/\nSTPRCIGEabs"))
               | st.characters(), max_size=300))
def test_finding_scores_in_any_text_never_fails(text: str) -> None:
    scales = scales_for(CONTENT)
    for score in find_scores(blank(text), scales):
        assert 0 <= score.start < score.end <= len(text)
        assert score.explain()
        assert score.percentile is None or 1 <= score.percentile <= 99


def test_a_score_without_a_known_area_borrows_a_test_only_if_it_fits(scales: Scales) -> None:
    text = "On the BASC-3 forms: Reading GE 3.2 and SS = 84. On the BRIEF-2, a T-score of 66."
    assert read(text, scales) == [("Reading", "", "grade-equivalent", 3.2),
                                  ("", "", "standard", 84), ("", "BRIEF-2", "t-problem", 66)]


def test_a_percentile_that_disagrees_with_its_score_is_not_taken_as_right(
        scales: Scales) -> None:
    """"Working Memory Index 82 (45th percentile)" was explained as "standard score 82: about
    the 45th percentile … low average": 82 is about the 12th. Neither number is explained as
    the child's standing, and the curve leaves the score out."""
    from iepwizard.core.bellcurve import chart

    wrong, right = find_scores("Working Memory Index 82 (45th percentile). "
                               "Processing Speed Index 82 (12th percentile).", scales)
    assert wrong.disagrees and not right.disagrees
    assert "these two do not agree" in wrong.explain()
    assert "usually about the 12th percentile" in wrong.explain()
    assert "low average" not in wrong.explain() and "low average" in right.explain()
    drawn = chart([wrong, right])
    assert [p.label for p in drawn.ability] == ["Processing Speed Index"]
    assert drawn.left_out == ("Working Memory Index, 82: not drawn (the report's percentile "
                              "and the score disagree)",)
    # Norm tables are not exactly the normal curve: a few points off is no disagreement.
    assert not find_scores("Reading Comprehension: SS = 85, PR = 18", scales)[0].disagrees
    assert not find_scores("Hyperactivity T = 72 (95th percentile)", scales)[0].disagrees
    assert find_scores("Hyperactivity T = 72 (40th percentile)", scales)[0].disagrees


@pytest.mark.parametrize(("text", "expected"), [
    ("On the WISC-V, Digit Span: raw score 18, scaled score 6",
     [("Digit Span", "WISC-V", "scaled", 6)]),
    ("Digit Span: raw score 18, scaled score 6", [("Digit Span", "", "scaled", 6)]),
    ("On the WIAT-4, Age equivalent for Word Reading: 8-3; Grade equivalent: 2.8",
     [("Word Reading", "WIAT-4", "grade-equivalent", 2.8)]),
    ("Phonics: raw score 20, standard score 81", [("Phonics", "", "standard", 81)]),
])
def test_a_second_measure_takes_the_area_named_before_the_colon(
        text: str, expected: list[tuple[str, str, str, float]], scales: Scales) -> None:
    assert read(text, scales) == expected


def test_the_area_before_a_colon_is_not_taken_past_other_words(scales: Scales) -> None:
    # the words after the comma are no measure's glue: the colon's area is not this score's
    assert read("Digit Span: raw score 18, and later a scaled score 6", scales) == [
        ("", "", "scaled", 6)]
    assert read("Results: 85, scaled score 6", scales) == [("", "", "scaled", 6)]


@pytest.mark.parametrize("text", [
    "Composite Score: 118. His nonsense word fluency was 38 correct letter sounds, the 20th "
    "percentile.",
    "DIBELS 8: Composite Score: 118 (At Benchmark). Nonsense Word Fluency CLS 38, 20th "
    "percentile.",
])
def test_the_area_before_a_colon_is_not_taken_past_a_sentence_end(
        text: str, scales: Scales) -> None:
    """The 20th percentile is the nonsense word fluency's: it was told as the composite's
    ("Composite Score (DIBELS 8), 20th percentile"), whose own score the report gives as 118."""
    assert all(label != "Composite Score" for label, *_ in read(text, scales))


def test_a_composite_named_alone_is_a_score_of_untold_type(scales: Scales) -> None:
    [score] = find_scores(blank("Composite 82, percentile 12, average range"), scales)
    assert (score.label, score.kind, score.value, score.stated) == ("Composite", "unknown",
                                                                  82, 12)
    assert "does not say here what kind of score" in score.explain()
    assert "12th percentile" in score.explain()


def test_the_area_before_a_colon_is_looked_for_only_so_far_back(scales: Scales) -> None:
    # (a text with no line break is not read back to its start at every score)
    far = "Digit Span: raw score 18," + " " * 200 + "scaled score 6"
    assert read(far, scales) == [("", "", "scaled", 6)]
    near = "Digit Span: raw score 18," + " " * 100 + "scaled score 6"
    assert read(near, scales) == [("Digit Span", "", "scaled", 6)]


def test_an_area_of_a_named_test_ruled_out_is_not_taken_from_a_test_not_named(
        scales: Scales) -> None:
    # "Working Memory" is a BRIEF-2 scale and, as "Working Memory Index", a WISC-V index: in
    # a WISC-V report, 11 (no standard score) was told as a BRIEF-2 T-score of 11
    assert read("WISC-V results\nWorking Memory: 11", scales) == []
    assert read("WISC-V results\nWorking Memory: 76", scales) == [
        ("Working Memory Index", "WISC-V", "standard", 76)]
    # the type written out still counts, as without the WISC-V
    assert read("On the WISC-V, blah. Mom rated his Working Memory at T = 74.", scales) == [
        ("Working Memory", "", "t-problem", 74)]


def test_ss_in_a_list_of_marks_is_social_studies(scales: Scales) -> None:
    # it was told as a standard score of 81, "about the 10th percentile"
    assert read("Report card (Q3): ELA 68, Math 74, SS 81, Science 77.", scales) == []
    assert read("Grades: Math 74; SS 81", scales) == []
    assert read("Phonics: SS 74, Reading Comprehension: SS = 84", scales) == [
        ("Phonics", "", "standard", 74), ("Reading Comprehension", "", "standard", 84)]


def test_a_range_in_brackets_around_the_score_is_its_interval(scales: Scales) -> None:
    # the interval was dropped, and "PR 2" after it listed as a second Full Scale IQ score
    [score] = find_scores("WISC-V\nFSIQ: 68 (65-74), PR 2, Extremely Low", scales)
    assert (score.label, score.value, score.ci, score.stated) == ("Full Scale IQ", 68,
                                                                 (65, 74), 2)
    # a range that does not hold the score is no interval of it (a scale's average range)
    [score] = find_scores("WISC-V\nFSIQ 68 (85-115)", scales)
    assert score.ci is None


def test_the_child_who_scored_is_not_the_area(scales: Scales) -> None:
    # "Eli, 2nd percentile": the child's name was shown as the area
    assert read("Eli scored at the 2nd percentile in reading overall.", scales) == [
        ("", "", "percentile", 2)]


def test_each_rater_s_columns_give_a_score_of_their_own(scales: Scales) -> None:
    # the teacher's T-scores were dropped; with "Parent T" columns, every T-score was
    text = ("BASC-3 Parent and Teacher Rating Scales\n\n"
            "Scale              Parent T   Parent %ile   Teacher T   Teacher %ile\n"
            "Hyperactivity         72          95            66           92\n"
            "Learning Problems     --          --            68           94\n")
    assert [(s.label, s.test, s.type_name, s.value, s.stated)
            for s in find_scores(text, scales)] == [
        ("Hyperactivity, parent rating", "BASC-3", "t-problem", 72, 95),
        ("Hyperactivity, teacher rating", "BASC-3", "t-problem", 66, 92),
        ("Learning Problems, teacher rating", "BASC-3", "t-problem", 68, 94)]


def test_numbers_run_on_after_a_row_s_label_are_its_cells(scales: Scales) -> None:
    # the label was "Letter-Word Identification 466 7-3" (W score and age equivalent in it)
    text = ("WJ IV ACH\n"
            "CLUSTER/Test              W     AE     GE     RPI     SS (68% Band)    PR\n"
            "Letter-Word Identification 466 7-3   1.9    36/90   80 (75-85)        9\n")
    assert [(s.label, s.kind, s.value) for s in find_scores(text, scales)] == [
        ("Letter-Word Identification", "standard", 80), ("Letter-Word Identification", "ge",
                                                         1.9)]


def test_a_criterion_score_is_a_cut_off_not_the_child_s_score(scales: Scales) -> None:
    # 137 was listed as the score of an area "criterion", of a kind the report does not say
    assert read("Pragmatics Profile: total raw score 118, criterion score 137 (below "
                "criterion).", scales) == []


def test_a_standard_score_s_range_is_named_in_its_test_s_own_words(scales: Scales) -> None:
    # WISC-V calls 70-79 "very low" and WJ IV 90-110 "average": "usually described as low"
    # and "high average" contradicted the report beside them
    [wisc] = find_scores("WISC-V: Working Memory Index 76", scales)
    assert "; the WISC-V calls this range very low." in wisc.explain()
    [wj] = find_scores("WJ IV: Broad Reading SS 110", scales)
    assert "; the WJ IV calls this range average." in wj.explain()
    [vineland] = find_scores("Vineland-3: Communication 81", scales)
    assert "the Vineland-3 calls this range moderately low" in vineland.explain()
    # a test without its own names, no test, and a subtest's scaled score: the common words
    [plain] = find_scores("Phonics: SS 76", scales)
    assert "; usually described as low." in plain.explain()
    [scaled] = find_scores("WISC-V: Digit Span (6)", scales)
    assert "usually described as low average" in scaled.explain()

def test_vineland_subdomains_are_v_scale_scores(scales: Scales) -> None:
    # they were missed: "Receptive  v = 10" gave no score, and a v-scale score is neither a
    # scaled score (mean 10) nor a standard score
    text = ("Vineland-3 subdomain v-scale scores (mean 15, SD 3):\n"
            "Receptive: 10\nCoping Skills v-scale score of 10 (moderately low).\n\n"
            "Domain/Subdomain            Score   90% CI    %ile   Adaptive Level\n"
            "Daily Living Skills           81    75-87      10    Moderately Low\n"
            "   Personal                v = 12                    Moderately Low\n"
            "Socialization                 68    61-75       2    Low\n")
    scores = find_scores(text, scales)
    assert [(s.label, s.type_name, s.value, s.stated) for s in scores] == [
        ("Receptive", "v-scale", 10, None), ("Coping Skills", "v-scale", 10, None),
        ("Daily Living Skills", "standard", 81, 10), ("Personal", "v-scale", 12, None),
        ("Socialization", "standard", 68, 2)]
    receptive = scores[0]
    assert receptive.percentile == 5
    assert receptive.explain() == (
        "Receptive (Vineland-3), v-scale score 10: about the 5th percentile (as well as or "
        "better than about 5 of every 100 children of the same age); the Vineland-3 calls "
        "this range moderately low.")


def test_a_capital_v_is_no_v_scale(scales: Scales) -> None:
    assert read("On the WISC V, Full Scale IQ 85.", scales) == [
        ("Full Scale IQ", "WISC-V", "standard", 85)]


def test_a_header_set_on_two_lines_is_read_whole(scales: Scales) -> None:
    # "Scores  Score  Rank" alone was the header: the sum of scaled scores, 70, was told as the
    # Full Scale IQ ("about the 2nd percentile") for 97 at the 42nd
    text = ("WISC-V\n"
            "Composite             Sum of Scaled   Composite   Percentile   95% CI\n"
            "                      Scores          Score       Rank\n"
            "Working Memory             13             80           9        [74, 88]\n"
            "Full Scale IQ              70             97          42        [91, 103]\n")
    assert [(s.label, s.value, s.stated, s.ci) for s in find_scores(text, scales)] == [
        ("Working Memory Index", 80, 9, (74, 88)), ("Full Scale IQ", 97, 42, (91, 103))]


def test_whose_columns_may_be_named_on_the_line_above_the_header(scales: Scales) -> None:
    # the teacher's scores were dropped, and the parent's not said to be the parent's
    text = ("Conners 4\n"
            "                                  Parent          Teacher\n"
            "Scale                             T    %ile       T    %ile\n"
            "Hyperactivity                     68    95        63    90\n")
    assert [(s.label, s.value, s.stated) for s in find_scores(text, scales)] == [
        ("Hyperactivity, parent rating", 68, 95), ("Hyperactivity, teacher rating", 63, 90)]
    # with the form's short name after each rater
    named = text.replace("Parent          Teacher", "Parent (PRS)    Teacher (TRS)")
    assert [s.label for s in find_scores(named, scales)] == [
        "Hyperactivity, parent rating", "Hyperactivity, teacher rating"]


def test_a_column_per_year_and_a_test_named_in_the_row(scales: Scales) -> None:
    # only "WIAT-4 Word Reading, 3rd percentile" was told: every standard score, and every
    # 2026 score, was dropped, so the 2023 results looked current
    text = ("Test / Area\t2023 SS\t2023 %ile\t2026 SS\t2026 %ile\tChange\n"
            "WISC-V Full Scale IQ\t86\t18\t89\t23\t+3\n"
            "WIAT-4 Word Reading\t72\t3\t79\t8\t+7\n")
    assert [(s.label, s.test, s.value, s.stated) for s in find_scores(text, scales)] == [
        ("Full Scale IQ (2023)", "WISC-V", 86, 18), ("Full Scale IQ (2026)", "WISC-V", 89, 23),
        ("Word Reading (2023)", "WIAT-4", 72, 3), ("Word Reading (2026)", "WIAT-4", 79, 8)]


def test_a_two_line_header_whose_cells_stand_under_each_other(scales: Scales) -> None:
    # "Raw / Score", "Standard / Score": each raw score was told as a score of untold type,
    # and the standard scores and grade equivalents were missed (a PDF's page break between)
    header = ("Composite /          Raw     Standard   95% CI      Percentile   Grade\n"
              "Subtest              Score   Score                  Rank         Equiv.\n")
    text = ("WIAT-4 Score Summary\n\n" + header
            + "  Word Reading        31       76      71-81           5        1.6\n\n"
            "Psychoeducational Evaluation - CONFIDENTIAL                  Page 3 of 7\n\n"
            + header + "  Spelling            19       80      75-85           9        1.8\n")
    assert [(s.label, s.kind, s.value, s.stated) for s in find_scores(text, scales)] == [
        ("Word Reading", "standard", 76, 5), ("Word Reading", "ge", 1.6, None),
        ("Spelling", "standard", 80, 9), ("Spelling", "ge", 1.8, None)]


def test_a_title_over_a_table_is_not_half_of_its_header(scales: Scales) -> None:
    # one cell over a pipe header (it starts one column in) was read into the header, and
    # the table's T-scores and grade equivalents were lost
    text = ("BASC-3 Parent Rating Scales (PRS-C)\n"
            "| Scale                        | T-Score | Percentile |\n"
            "| Hyperactivity                |   72    |    95      |\n")
    assert read(text, scales) == [("Hyperactivity", "BASC-3", "t-problem", 72)]


def test_a_row_without_its_header_takes_the_number_its_percentile_agrees_with(
        scales: Scales) -> None:
    # pasted without the header, the sum of scaled scores was told as the IQ: "Full Scale IQ,
    # standard score 52, about the 0.1 percentile" for 82 at the 12th
    text = ("WISC-V\n"
            "Full Scale IQ              52             82          12        [77, 88]\n"
            "Digit Span                 18              6           9\n"
            "Working Memory (WMI)      82      12      76-91      Low Average\n")
    # (the cells after the score are its percentile and interval where they agree with it)
    assert [(s.label, s.value, s.stated, s.ci) for s in find_scores(text, scales)] == [
        ("Full Scale IQ", 82, 12, (77, 88)), ("Digit Span", 6, 9, None),
        ("Working Memory Index", 82, 12, (76, 91))]


def test_numbers_side_by_side_in_a_row_are_no_list_of_scores(scales: Scales) -> None:
    # "114   82": the percentile beside the score was listed as a second score of no area
    assert read("WISC-V\nVerbal Comprehension Index   114   82\n", scales) == [
        ("Verbal Comprehension Index", "WISC-V", "standard", 114)]
    assert [s.value for s in find_scores("scaled scores of 6, 7 and 8", scales)] == [6, 7, 8]


def test_a_test_the_scales_file_does_not_know_keeps_its_score_off_another(
        scales: Scales) -> None:
    # the WASI-II's Full Scale IQ was shown as a second WISC-V Full Scale IQ, "average",
    # beside the WISC-V's own 82 (so was the CTONI-2's, before the scales file listed it)
    text = ("On the WISC-V her Full Scale IQ was 82 (12th percentile). On the WASI-II her "
            "Full\nScale IQ was 91 (27th percentile).")
    assert read(text, scales) == [("Full Scale IQ", "WISC-V", "standard", 82),
                                  ("Full Scale IQ", "", "standard", 91)]
    # a name such as DSM-5 is no test
    assert read("On the WISC-V, per DSM-5 criteria, her Full Scale IQ was 82.", scales) == [
        ("Full Scale IQ", "WISC-V", "standard", 82)]


def test_a_word_in_the_next_cell_is_no_unit_of_the_number(scales: Scales) -> None:
    # subtests side by side: "Vocabulary 8 ... Digit Span 6" lost the 8, read as "8 digits"
    text = ("WISC-V Subtest Scaled Scores\n"
            "Vocabulary              8        Digit Span             6\n")
    assert [(s.label, s.value) for s in find_scores(text, scales)] == [
        ("Vocabulary", 8), ("Digit Span", 6)]
    assert find_scores("She repeated 8 digits forward.", scales) == []


def test_the_chart_s_words_for_a_score_are_its_explanation_s(scales: Scales) -> None:
    # beside "the WISC-V calls this range very low", the chart's list said "low"; a v-scale
    # score was "v 10" there
    from iepwizard.core.bellcurve import chart

    scores = find_scores("WISC-V: Working Memory Index 76. Vineland-3: Receptive v = 10",
                         scales)
    assert chart(scores).summary(0)[1:] == [
        "- Working Memory Index (WISC-V): standard score 76, the 5th percentile, very low",
        "- Receptive (Vineland-3): v-scale score 10, the 5th percentile, moderately low"]


@pytest.mark.parametrize(("value", "ci", "words"), [
    (52, (48, 58), "no higher than about the 0.3 percentile"),  # was "the 1st and 1st"
    (145, (139, 149), "between about the 99.5 and 99.9 percentile"),  # was "99th and 99th"
    (150, (145, 160), "no lower than about the 99.9 percentile"),
    (155, (150, 160), "above the 99.9 percentile"),
    (40, (40, 45), "below the 0.1 percentile"),
    (84, (79, 90), "between about the 8th and 25th percentile"),
])
def test_an_interval_near_the_ends_of_the_curve_says_where(value: float,
                                                           ci: tuple[float, float],
                                                           words: str) -> None:
    explained = Score(0, 2, "standard", value, "Full Scale IQ", ci=ci).explain()
    assert f"the true score is likely {words}." in explained, explained


def test_a_summary_that_repeats_a_table_s_score_with_less_said_adds_no_score(
        scales: Scales) -> None:
    # the summary's "(T = 68)" was a second Learning Problems score with no rater, and its
    # "(T = 38)" and "16th percentile" scores of no area, beside the table's own
    text = ("BASC-3 Parent and Teacher Rating Scales\n\n"
            "Scale              Parent T   Parent %ile   Teacher T   Teacher %ile\n"
            "Hyperactivity         72          95            66           92\n"
            "Learning Problems     --          --            68           94\n"
            "Study Skills          --          --            38           12\n\n"
            "WIAT-4\nSubtest          SS    %ile\nWord Reading     85     16\n\n"
            "Summary: his teacher rated Learning Problems At-Risk (T = 68) and study habits as "
            "a concern (T = 38). His word reading was at the 16th percentile. On another "
            "scale he was rated higher (T = 74).\n")
    assert [(s.label, s.value) for s in find_scores(text, scales)] == [
        ("Hyperactivity, parent rating", 72), ("Hyperactivity, teacher rating", 66),
        ("Learning Problems, teacher rating", 68), ("Study Skills, teacher rating", 38),
        ("Word Reading", 85),
        ("", 74)]  # (a value no score with an area has: kept)


def test_a_grade_equivalent_keeps_its_tenths() -> None:
    # "GE 3.0" was "grade equivalent 3 ... about month 0 of the school year"
    explained = Score(0, 3, "ge", 3.0, "Spelling", "KTEA-3").explain()
    assert explained.startswith("Spelling (KTEA-3), grade equivalent 3.0: the score that "
                                "children in grade 3, at the start of the school year")
    assert "grade equivalent 2.6: " in Score(0, 3, "ge", 2.6, "Spelling").explain()
