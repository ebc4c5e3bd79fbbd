"""Scores written before what they belong to: the area after the score ("a scaled score of 8
on Word Classes, 6 on Following Directions"), and tests listed before their scores ("The
PPVT-5 and EVT-3 standard scores were 88 and 79")."""

from __future__ import annotations

import pytest

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import Row, read


def test_a_list_of_scores_each_before_its_area(scales: Scales) -> None:
    text = ("On the CELF-5, Jonah obtained a scaled score of 8 on Word Classes, 6 on Following "
            "Directions and 5 on Recalling\nSentences. He followed 2-step directions in 7 of "
            "10 trials.")
    assert read(text, scales) == [("Word Classes", "CELF-5", "scaled", 8),
                                  ("Following Directions", "CELF-5", "scaled", 6),
                                  ("Recalling Sentences", "CELF-5", "scaled", 5)]


def test_indexes_after_their_scores_and_a_percentile_after_it(scales: Scales) -> None:
    text = ("WISC-V testing gave a standard score of 85 on the Verbal Comprehension Index "
            "(16th percentile) and 92 on the Fluid Reasoning Index. On the WIAT-4 she was at "
            "the 9th percentile on Word Reading.")
    found = find_scores(blank(text), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Verbal Comprehension Index", "WISC-V", "standard", 85, 16),
        ("Fluid Reasoning Index", "WISC-V", "standard", 92, None),
        ("Word Reading", "WIAT-4", "percentile", 9, None)]


def test_scored_on_a_subtest(scales: Scales) -> None:
    assert read("On the WISC-V he scored 7 on Coding.", scales) == [
        ("Coding", "WISC-V", "scaled", 7)]


@pytest.mark.parametrize(("text", "expected"), [
    # a test, not an area, after "on": the score keeps no area, as before
    ("She earned a standard score of 85 on the WISC-V.", [("", "", "standard", 85)]),
    # a count after the list: no score
    ("On the CELF-5 he had a scaled score of 8 on Word Classes, 6 of 10 trials correct.",
     [("Word Classes", "CELF-5", "scaled", 8)]),
    # an area that cannot hold the score's type (a standard score, a scaled-score subtest)
    ("On the CELF-5 he had a standard score of 85 on Word Classes.",
     [("", "CELF-5", "standard", 85)]),
    # a number with no type said before it is not read by its area after it
    ("On the WISC-V he got 7 on Coding.", []),
])
def test_what_after_a_score_is_not_its_area(text: str, expected: list[Row],
                                            scales: Scales) -> None:
    assert read(text, scales) == expected


@pytest.mark.parametrize("text", [
    "The PPVT-5 and EVT-3 standard scores were 88 and 79.",
    "The PPVT-5 and the EVT-3 standard scores were 88 and 79, respectively.",
    "On the PPVT-5 and EVT-3, standard scores of 88 and 79 were obtained.",
])
def test_tests_listed_before_as_many_scores_give_one_each_in_order(text: str,
                                                                   scales: Scales) -> None:
    assert read(text, scales) == [("Receptive Vocabulary", "PPVT-5", "standard", 88),
                                  ("Expressive Vocabulary", "EVT-3", "standard", 79)]


@pytest.mark.parametrize("text", [
    "The PPVT-5 and EVT-3 standard scores were 88.",  # one score for two tests
    "The PPVT-5 and EVT-3 standard scores were 88, 79 and 91.",  # three for two
    "The WISC-V and PPVT-5 standard scores were 95 and 88.",  # the WISC-V has no one total
])
def test_tests_listed_before_scores_that_do_not_pair_up_name_no_test(text: str,
                                                                     scales: Scales) -> None:
    assert [s for s in read(text, scales) if s[1]] == [], text


def test_a_lower_case_word_after_on_is_no_area(scales: Scales) -> None:
    # "reading" is the WJ IV's one-word area "Reading"; after a score in lower case, it is
    # what the child did the test on, not an area's name
    text = "On the WJ IV he had a standard score of 78 on reading tasks."
    assert read(text, scales) == [("", "WJ IV", "standard", 78)]


def test_an_area_after_the_score_s_percentile_in_brackets(scales: Scales) -> None:
    # "A standard score of 96 (39th percentile) on Letter & Word Recognition" lost its area
    text = ("On the KTEA-3 she had a standard score of 96 (39th percentile) on Letter & Word "
            "Recognition, and 88 on Spelling.")
    found = find_scores(blank(text), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Letter & Word Recognition", "KTEA-3", "standard", 96, 39),
        ("Spelling", "KTEA-3", "standard", 88, None)]


def test_areas_listed_before_scores_said_respectively(scales: Scales) -> None:
    # the four T-scores were dropped or given no area and no direction
    text = ("On the BRIEF-2 parent form, Shift, Task-Monitor and Organization of Materials "
            "were not elevated (T-scores of 55, 61 and 49, respectively).")
    assert read(text, scales) == [("Shift", "BRIEF-2", "t-problem", 55),
                                  ("Task-Monitor", "BRIEF-2", "t-problem", 61),
                                  ("Organization of Materials", "BRIEF-2", "t-problem", 49)]


def test_areas_listed_before_as_many_scores_pair_in_order(scales: Scales) -> None:
    # the 68 was told as Depression's (the area nearest the number), and the 71 had no area
    text = "On the BASC-3 SRP, Anxiety and Depression were elevated (T-scores of 68 and 71)."
    assert read(text, scales) == [("Anxiety", "BASC-3", "t-problem", 68),
                                  ("Depression", "BASC-3", "t-problem", 71)]


@pytest.mark.parametrize("text", [
    # two names for three numbers: whose is which is not said
    "On the BRIEF-2, Shift and Task-Monitor were average (T-scores of 55, 61 and 49, "
    "respectively).",
    "On the BRIEF-2, Shift, Task-Monitor and Initiate were average (T-scores of 55 and 61).",
])
def test_areas_and_scores_that_do_not_pair_up_are_not_paired(text: str,
                                                             scales: Scales) -> None:
    assert all(label == "" for label, *_ in read(text, scales)), read(text, scales)


def test_an_area_then_a_comma_then_its_score(scales: Scales) -> None:
    # each was a score of no area (and "Self-Esteem lowest" one of no direction)
    text = ("On the KTEA-3, Spelling, 84 (14th percentile). On the BASC-3 SRP, Sensation "
            "Seeking, at T = 52, was average, and she rated her Self-Esteem lowest: T = 31.")
    assert read(text, scales) == [("Spelling", "KTEA-3", "standard", 84),
                                  ("Sensation Seeking", "BASC-3", "t-problem", 52),
                                  ("Self-Esteem", "BASC-3", "t-adaptive", 31)]


@pytest.mark.parametrize("text", [
    "On the WISC-V, the GAI, which leaves out Working Memory and Processing Speed, was 104.",
    "On the WISC-V, the GAI, which leaves out working memory and processing speed, was 104.",
])
def test_a_clause_s_last_words_before_a_comma_are_not_the_area(text: str,
                                                               scales: Scales) -> None:
    assert all(label not in ("Processing Speed Index", "Working Memory Index")
               for label, *_ in read(text, scales)), read(text, scales)


def test_a_score_that_ends_its_paragraph_before_a_page_footer(scales: Scales) -> None:
    # the footer's "- 2 -" after a blank line is no range's end ("9 - 2")
    text = ("CTOPP-2 subtests (scaled): Elision 6 | Rapid Digit Naming 8 | Rapid Letter Naming 9\n"
            "\n                                   - 2 -                       Riverbend SLP\n")
    assert read(text, scales) == [("Elision", "CTOPP-2", "scaled", 6),
                                  ("Rapid Digit Naming", "CTOPP-2", "scaled", 8),
                                  ("Rapid Letter Naming", "CTOPP-2", "scaled", 9)]
    # on the same line, or on the next, a range or a unit is still no score
    assert read("CTOPP-2: Rapid Letter Naming 9 - 12 weeks", scales) == []
    assert read("CTOPP-2: Rapid Letter Naming 9\nminutes were needed", scales) == []


def test_a_listed_name_is_the_named_test_s_before_a_longer_one_of_another(
        scales: Scales) -> None:
    """"Working Memory index scores" in an SB5 report was the WISC-V's "Working Memory Index"
    with no test, told by the Wechsler's name; the SB5's own Working Memory it is."""
    text = ("Mia was given the Stanford-Binet Intelligence Scales, Fifth Edition (SB5). Her "
            "Knowledge, Quantitative Reasoning and Working Memory index scores were 83, 88 and "
            "74, respectively.\n")
    assert read(text, scales)[-1] == ("Working Memory", "SB5", "standard", 74)


def test_scores_each_for_its_area_named_after_it(scales: Scales) -> None:
    """"T-scores of 72 for Hyperactivity (At-Risk), 64 for Aggression": "for" names the area
    after the score as "on" does, and the list goes on past a range said in brackets. Before,
    the first was told with no area (and no role: a plain T-score) and the others lost."""
    text = ("On the BASC-3, the parent ratings gave T-scores of 72 for Hyperactivity (At-Risk), "
            "64 for Aggression (Average) and 70 for Anxiety.\n")
    assert read(text, scales) == [("Hyperactivity", "BASC-3", "t-problem", 72),
                                  ("Aggression", "BASC-3", "t-problem", 64),
                                  ("Anxiety", "BASC-3", "t-problem", 70)]
    assert read("On the BASC-3 the parent gave a T-score of 72 for the year.\n", scales) == [
        ("", "BASC-3", "t", 72)]  # (no area's name after "for": as before)
