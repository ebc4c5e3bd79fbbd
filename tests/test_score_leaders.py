"""Scores joined to their area by a dot leader, as appendices and score lists write them
("Vocabulary ........ 8", "Verbal Comprehension Index ..... SS 118  [111-123]  PR 88"), and
lines with leaders that hold no score (a table of contents, a name that is no area, a count)."""

from __future__ import annotations

import pytest

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read


def test_subtests_after_leaders_under_their_test(scales: Scales) -> None:
    text = ("WISC-V subtest scaled scores\n"
            "  Vocabulary ........................ 8\n"
            "  Digit Span .... 10 (50th percentile)\n"
            "  Coding . . . . . . . . . . . . . .  5\n")
    found = find_scores(blank(text), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Vocabulary", "WISC-V", "scaled", 8, None),
        ("Digit Span", "WISC-V", "scaled", 10, 50),
        ("Coding", "WISC-V", "scaled", 5, None)]


def test_an_appendix_with_types_intervals_and_percentiles(scales: Scales) -> None:
    text = ("APPENDIX: SCORE SUMMARY\n\nWAIS-IV\n"
            "  Perceptual Reasoning Index ......... SS 102  [95-109]   PR 55\n"
            "  General Ability Index .............. SS 112  [106-117]  PR 79\n"
            "GORT-5\n"
            "  Rate ............................... ScS 4   PR 2\n"
            "  Oral Reading Index ................. SS 79   PR 8\n")
    found = find_scores(blank(text), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated, s.ci) for s in found] == [
        ("Perceptual Reasoning Index", "WAIS-IV", "standard", 102, 55, (95, 109)),
        ("General Ability Index", "WAIS-IV", "standard", 112, 79, (106, 117)),
        ("Rate", "GORT-5", "scaled", 4, 2, None),
        ("Oral Reading Index", "GORT-5", "standard", 79, 8, None)]


def test_two_subtests_on_a_line_after_their_group(scales: Scales) -> None:
    text = ("Aaliyah was given the KABC-II NU.\n\nSubtest Scaled Scores\n"
            "  Sequential/Gsm      Number Recall .......... 6      Word Order ............. 7\n"
            "  Simultaneous/Gv     Rover .................. 9      Triangles .............. 10\n")
    assert read(text, scales) == [("Number Recall", "KABC-II", "scaled", 6),
                                  ("Word Order", "KABC-II", "scaled", 7),
                                  ("Rover", "KABC-II", "scaled", 9),
                                  ("Triangles", "KABC-II", "scaled", 10)]


def test_bulleted_rating_scales_take_their_roles(scales: Scales) -> None:
    text = ("Behavior Assessment System for Children, Third Edition (BASC-3 SRP-C)\n"
            "Composite scores:\n"
            "  - School Problems ........................ 54   (Average)\n"
            "  - Inattention/Hyperactivity .............. 66   (AT-RISK)\n"
            "  - Personal Adjustment .................... 41   (Average)\n")
    assert read(text, scales) == [("School Problems", "BASC-3", "t-problem", 54),
                                  ("Inattention/Hyperactivity", "BASC-3", "t-problem", 66),
                                  ("Personal Adjustment", "BASC-3", "t-adaptive", 41)]


def test_a_test_named_at_the_start_of_the_line(scales: Scales) -> None:
    assert read("KTEA-3 Letter & Word Recognition ........ SS 89 (23rd percentile)",
                scales) == [("Letter & Word Recognition", "KTEA-3", "standard", 89)]


@pytest.mark.parametrize("text", [
    # a table of contents: page numbers, even beside an area's name
    "WISC-V report\n\nTable of Contents\n  Reason for Referral ........ 2\n"
    "  Vocabulary ........ 8\n  Coding ........ 11\n",
    # a one-word area whose test is not named
    "Scores\n  Reading ......... 7\n  Vocabulary ........ 8\n",
    # a raw score, a count, a range, a date after a leader
    "WISC-V\n  Vocabulary ........ raw 12\n  Coding ........ 45 items\n"
    "  Digit Span ........ 8-10\n  Date of testing ........ 10/16/2026\n",
    # a name that is no area, and an ellipsis in a sentence
    "WISC-V\n  Reason for referral ........ 3\n"
    "On the WISC-V, Vocabulary... 8 of her answers were right.",
    # a type the area cannot hold (a standard score on a scaled-score subtest)
    "WISC-V\n  Digit Span ........ 95\n",
])
def test_leaders_that_give_no_score(text: str, scales: Scales) -> None:
    assert read(text, scales) == []


def test_a_list_of_sections_without_a_contents_heading(scales: Scales) -> None:
    # pages beside section names, two of which are also the WIAT-4's areas: fewer than half
    # of the lines name an area, so none is read as a score
    text = ("WIAT-4 evaluation\n\n"
            "  Reason for Referral ................ 2\n"
            "  Background Information ............. 3\n"
            "  Behavioral Observations ............ 5\n"
            "  Reading ............................ 84\n"
            "  Mathematics ........................ 92\n"
            "  Summary and Recommendations ........ 97\n")
    assert read(text, scales) == []


@pytest.mark.parametrize("size", [1, 2, 39, 40, 41, 79, 80, 90])
@pytest.mark.parametrize("heading", ["WISC-V subtests", "Table of Contents", ""])
def test_a_block_of_leaders_is_answered_as_each_line_alone_would(size: int, heading: str,
                                                                  scales: Scales) -> None:
    # whether lines with leaders list sections is kept for every line of a short block: each
    # line, asked with the answers kept so far, is answered as it is asked alone (a block as
    # long as the lines read, or longer, keeps none)
    from iepwizard.core.score_leaders import _sections

    names = ["Vocabulary", "Reason for Referral", "Digit Span", "Background", "Coding"]
    text = heading + "\n" + "".join(f"  {names[i % len(names)]} ........ {i % 19 + 1}\n"
                                    for i in range(size)) + "\nThe end.\n"
    starts = [i + 1 for i, c in enumerate(text) if c == "\n" and "...." in text[i + 1:i + 40]]
    known: dict[int, bool] = {}
    for line_start in starts + starts[::-1]:
        assert _sections(text, line_start, scales, known) == _sections(text, line_start,
                                                                         scales, {})


def test_two_raters_scores_after_a_leader(scales: Scales) -> None:
    """"- Anxious/Depressed ........ 66 / 58" under "Syndrome scales (CBCL T / TRF T):": the
    teacher's 58 was missed and the parent's 66 had no rater (heldout9 06 review; text of its
    own)."""
    text = ("Child Behavior Checklist (CBCL) and Teacher's Report Form (TRF).\n\n"
            "Syndrome scales (CBCL T / TRF T):\n- Anxious/Depressed ........ 66 / 58\n"
            "- Attention Problems ....... 63 / 71\n")
    assert [(s.label, s.test, s.value) for s in find_scores(text, scales)] == [
        ("Anxious/Depressed, parent rating", "CBCL", 66),
        ("Anxious/Depressed, teacher rating", "CBCL", 58),
        ("Attention Problems, parent rating", "CBCL", 63),
        ("Attention Problems, teacher rating", "CBCL", 71)]
    # with no raters in the heading, "66 / 58" stays one score, as before
    plain = text.replace(" (CBCL T / TRF T)", "")
    assert [s.value for s in find_scores(plain, scales)] == [66, 63]


def test_a_grade_equivalent_at_the_row_s_end_is_the_row_s(scales: Scales) -> None:
    """"Math Computation ..... 88 (21st) - Low Average    GE 3.4": the grade equivalent after
    a column's gap is the row's score's. Before, it was "Area not named". In a sentence, one
    after another score ("Math Problem Solving (SS 97) was average. Her reading is at a grade
    equivalent of 2.0") stays no one's."""
    text = ("KTEA-3 results\n"
            "  Math Composite ........... 85 (16th) - Low Average\n"
            "     Math Computation ......... 88 (21st) - Low Average    GE 3.4\n")
    assert read(text, scales)[-1] == ("Math Computation", "KTEA-3", "grade-equivalent", 3.4)
    prose = ("On the WIAT-4, Math Problem Solving (SS 97) was average. Her reading skills are "
             "at a grade equivalent of 2.0.\n")
    assert read(prose, scales)[-1] == ("", "", "grade-equivalent", 2.0)


def test_a_plain_word_s_name_then_the_test_s_in_brackets(scales: Scales) -> None:
    """A summary "at a glance" names each area in plain words, then the test's name in
    brackets before the score: "Working memory (Working Memory Index): 76". Before, the
    score was lost and its percentile told as no area's."""
    text = ("SUMMARY\n- Overall reasoning (WISC-V Full Scale IQ): 84, 14th percentile\n"
            "- Working memory (Working Memory Index): 76, 5th percentile\n"
            "- Reading (see page 4): 81\n")
    assert read(text, scales) == [("Full Scale IQ", "WISC-V", "standard", 84),
                                  ("Working Memory Index", "WISC-V", "standard", 76)]


def test_a_grade_equivalent_said_to_equal_the_score_before_it(scales: Scales) -> None:
    """"Reading Composite score (SS = 84) corresponds to a grade equivalent of 2.6": the
    grade equivalent was "Area not named"."""
    text = ("On the KTEA-3, Nora's Reading Composite score (SS = 84) corresponds to a grade "
            "equivalent of 2.6, about a year below her grade. Her Math Composite of 91 is "
            "equal to a grade equivalent of 3.4.\n")
    assert read(text, scales) == [
        ("Reading Composite", "KTEA-3", "standard", 84),
        ("Reading Composite", "KTEA-3", "grade-equivalent", 2.6),
        ("Math Composite", "KTEA-3", "standard", 91),
        ("Math Composite", "KTEA-3", "grade-equivalent", 3.4)]


def test_an_area_s_name_with_the_kind_of_area_after_it(scales: Scales) -> None:
    # "Communication domain ..... 72": the name and the word for its kind ("domain",
    # "composite", "index", "cluster") before the leader. Every line but the first was read
    # as a list of sections (no line's name an area's), so nothing was told but percentiles
    # of no area
    text = ("Vineland-3, Domain-Level Interview Form (informant: father), 10/02/2026\n"
            "ADAPTIVE BEHAVIOR COMPOSITE ........ 77   (6th percentile)   Moderately Low\n"
            "Communication domain ............... 72   (3rd percentile)   Moderately Low\n"
            "Daily Living Skills domain ......... 86   (18th percentile)  Adequate\n"
            "Socialization Domain ............... 79   (8th percentile)   Moderately Low\n")
    assert read(text, scales) == [
        ("Adaptive Behavior Composite", "Vineland-3", "standard", 77),
        ("Communication", "Vineland-3", "standard", 72),
        ("Daily Living Skills", "Vineland-3", "standard", 86),
        ("Socialization", "Vineland-3", "standard", 79)]
    # a word of the kind that is no such word stays part of what is read: no area
    assert read("Vineland-3\nCommunication skills ........ 72\n", scales) == []
