"""A summary table whose scores' column is a plain "Score", each cell "88/21",
with a key said once ("SS/PR = standard score / percentile rank"). Before, every such cell was
lost: only a header that names the pair ("SS/PR") made "a/b" a score and its percentile. And a
column of domains ("Reading") before the test's and the area's columns was taken for the
area's name."""

from __future__ import annotations

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read

TABLE = ("Area            Test and scale                                Score\n"
         "--------------  --------------------------------------------  -------\n"
         "Reading         WIAT-4  Basic Reading                          88/21\n"
         "                Word Reading                                   85/16\n"
         "Math            KTEA-3  Math Composite                         102/55\n"
         "                Math Fluency                                   79/8\n")
KEY = "Score key: SS/PR = standard score / percentile rank (average 90-109).\n\n"


def test_the_key_above_makes_each_cell_a_score_and_its_percentile(scales: Scales) -> None:
    found = find_scores(blank(KEY + TABLE), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Basic Reading", "WIAT-4", "standard", 88, 21),
        ("Word Reading", "WIAT-4", "standard", 85, 16),
        ("Math Composite", "KTEA-3", "standard", 102, 55),
        ("Math Fluency", "KTEA-3", "standard", 79, 8)]


def test_a_key_in_a_note_under_the_table_counts_too(scales: Scales) -> None:
    text = TABLE + "\nNote. SS/%ile: standard score and percentile.\n"
    assert [row[3] for row in read(text, scales)] == [88, 85, 102, 79]


def test_without_a_key_the_cells_are_no_scores(scales: Scales) -> None:
    """"6/10" may be a count (items right of items given): only a key makes "a/b" a score."""
    assert read(TABLE, scales) == []
    other = "Key: Acc/Att = items accurate / items attempted.\n\n" + TABLE
    assert read(other, scales) == []


def test_a_t_score_key(scales: Scales) -> None:
    text = ("Key: T/%ile = T-score / percentile rank.\n\n"
            "Scale                         Score\n"
            "BASC-3  Hyperactivity         66/93\n"
            "Adaptability                  38/12\n")
    found = find_scores(blank(text), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found] == [
        ("Hyperactivity", "BASC-3", "t-problem", 66, 93),
        ("Adaptability", "BASC-3", "t-adaptive", 38, 12)]


def test_the_longest_test_name_starts_the_label(scales: Scales) -> None:
    """"WJ IV ACH Broad Reading": the test is "WJ IV ACH", not "WJ IV" with an area "ACH
    Broad Reading"."""
    text = (KEY + "Domain          Test and area                                 Score\n"
            "Language        WJ IV OL  Oral Language                         91/27\n"
            "                Listening Comprehension                         84/14\n"
            "Reading         WJ IV ACH  Broad Reading                        94/34\n")
    assert read(text, scales) == [("Oral Language", "WJ IV", "standard", 91),
                                  ("Listening Comprehension", "WJ IV", "standard", 84),
                                  ("Broad Reading", "WJ IV", "standard", 94)]


BRACKETS = ("Domain               Measure / Scale                         Score\n"
            "Behavior (Parent)    BASC-3  Hyperactivity                   T 66 (93)\n"
            "                     Attention Problems                      T 71 (97)\n"
            "Behavior (Teacher)   BASC-3  Hyperactivity                   T 58 (80)\n")


def test_a_key_makes_the_number_in_brackets_the_percentile(scales: Scales) -> None:
    """"T (%ile) = T-score with its percentile in parentheses": the report's percentile is
    told with the score. Before, it was dropped."""
    text = "Key: T (%ile) = T-score with its percentile in parentheses.\n\n" + BRACKETS
    assert [(s.label, s.value, s.stated) for s in find_scores(blank(text), scales)] == [
        ("Hyperactivity, parent rating", 66, 93), ("Attention Problems, parent rating", 71, 97),
        ("Hyperactivity, teacher rating", 58, 80)]


def test_without_the_key_a_number_in_brackets_is_no_percentile(scales: Scales) -> None:
    """"(93)" may be a raw score or a count: only the key makes it the percentile."""
    assert [s.stated for s in find_scores(blank(BRACKETS), scales)] == [None, None, None]
    standard = "Key: SS (PR) = standard score (percentile).\n\n" + BRACKETS
    assert [s.stated for s in find_scores(blank(standard), scales)] == [None, None, None]


def test_a_results_column_is_no_score_column(scales: Scales) -> None:
    """Progress monitoring's "Goal  Baseline  Result": its numbers (words correct, facts) are
    no scores, and they are not told as scores of an unknown kind."""
    text = ("Goal                        Baseline     Result\n"
            "Reading fluency (wcpm)      62           81\n"
            "Math facts correct          14           22\n")
    assert read(KEY + text, scales) == []



def test_a_column_of_domains_then_one_of_tests_with_their_areas(scales: Scales) -> None:
    """"| Phonics | WIAT-4 Pseudoword Decoding | 81 |": the domain was told as the area
    ("Phonics (WIAT-4), standard score 81"), or as an area of no known kind."""
    text = ("| Domain | Test and subtest | Standard Score | Range |\n"
            "|---|---|---|---|\n"
            "| Phonics | WIAT-4 Pseudoword Decoding | 81 | Low Average |\n"
            "| Fluency | TOWRE-2 Sight Word Efficiency | 76 | Poor |\n"
            "| Vocabulary | PPVT-5 | 97 | Average |\n")
    assert read(text, scales) == [("Pseudoword Decoding", "WIAT-4", "standard", 81),
                                  ("Sight Word Efficiency", "TOWRE-2", "standard", 76),
                                  ("Receptive Vocabulary", "PPVT-5", "standard", 97)]


def test_a_cell_that_says_its_type_among_bare_ones(scales: Scales) -> None:
    """KeyMath-3's one "Score" column: "SS 84" for an area, a bare scale score for each
    subtest. The "SS" cells were lost, each area told by its percentile alone."""
    text = ("KeyMath-3 (Form B). Area and Total Test scores are standard scores; subtests are "
            "scale scores.\n\n"
            "Area or subtest                       Score     PR\n"
            "Operations                            SS 84     14\n"
            "  Addition and Subtraction            8         25\n"
            "  Multiplication and Division         7         16\n"
            "Total Test                            SS 81     10\n")
    assert [(s.label, s.type_name, s.value, s.stated)
            for s in find_scores(blank(text), scales)] == [
        ("Operations", "standard", 84, 14), ("Addition and Subtraction", "scaled", 8, 25),
        ("Multiplication and Division", "scaled", 7, 16), ("Total Test", "standard", 81, 10)]


def test_a_rater_column_names_whose_rating_each_row_is(scales: Scales) -> None:
    """"Communication   Parent   81": the rows of two raters were told as two plain
    "Communication" scores, nobody's (heldout14's review)."""
    text = ("Vineland-3 results\n\n"
            "Domain                      Rater      Std. Score   %ile    Adaptive Level\n"
            "Adaptive Behavior Composite Parent         73          4    Moderately Low\n"
            "Communication               Parent         81         10    Moderately Low\n"
            "Communication               Teacher        88         21    Adequate\n")
    assert read(text, scales) == [
        ("Adaptive Behavior Composite, parent rating", "Vineland-3", "standard", 73),
        ("Communication, parent rating", "Vineland-3", "standard", 81),
        ("Communication, teacher rating", "Vineland-3", "standard", 88)]


def test_a_rated_test_s_lists_under_each_rater_s_heading(scales: Scales) -> None:
    """The Vineland-3's subdomains listed under "Parent Form:" and "Teacher Form:": two plain
    "Receptive" scores, nobody's. A rated test (`rated = true` in the scales file) says each
    rater, though its scales are no problem or adaptive T-scales."""
    text = ("Vineland-3 subdomain v-scale scores\n\n"
            "Parent Form:\n  Receptive 12, Expressive 11\n\n"
            "Teacher Form:\n  Receptive 13, Expressive 12\n")
    assert read(text, scales) == [
        ("Receptive, parent rating", "Vineland-3", "v-scale", 12),
        ("Expressive, parent rating", "Vineland-3", "v-scale", 11),
        ("Receptive, teacher rating", "Vineland-3", "v-scale", 13),
        ("Expressive, teacher rating", "Vineland-3", "v-scale", 12)]
