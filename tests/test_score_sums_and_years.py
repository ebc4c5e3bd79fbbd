"""Two things a parent was told wrong in prose: a composite's "sum of scaled scores" was read
as a scaled score (13: "about the 84th percentile, high average", drawn), and a score of an
earlier year was told as the child's score now ("Math Problem Solving 101 in 2023, 103 now")."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read


def test_a_sum_of_scaled_scores_is_no_score(scales: Scales) -> None:
    text = ("CTOPP-2\nPhonological Awareness (sum of scaled scores = 16)\n"
            "The sum of scaled scores was 21 for Phonological Memory.\n")
    assert read(text, scales) == []


def test_a_score_followed_by_its_year_is_that_year_s(scales: Scales) -> None:
    text = ("On the WIAT-4 her Word Reading was 92 (2023) and is 81 now; Spelling 90 in "
            "March 2023. Her Math Problem Solving was 101 in 2023.\n")
    assert read(text, scales) == [("Word Reading (2023)", "WIAT-4", "standard", 92),
                                  ("Spelling (2023)", "WIAT-4", "standard", 90),
                                  ("Math Problem Solving (2023)", "WIAT-4", "standard", 101)]


def test_a_school_year_or_a_date_after_a_score_is_no_year_of_it(scales: Scales) -> None:
    text = "On the WIAT-4 her Reading Comprehension of 97 in 2023-24 was average.\n"
    assert read(text, scales) == [("Reading Comprehension", "WIAT-4", "standard", 97)]


def test_a_sentence_about_an_earlier_testing_dates_its_score(scales: Scales) -> None:
    text = ("For comparison, when the school tested her in March 2023 (grade 2), her WIAT-4 "
            "Word Reading was 88.\nIn October 2023 her WIAT-4 Spelling was 90.\n")
    assert read(text, scales) == [("Word Reading (2023)", "WIAT-4", "standard", 88),
                                  ("Spelling", "WIAT-4", "standard", 90)]  # (no word says
    # "earlier": the report's own testing may be so dated)


def test_a_score_under_a_label_that_ends_in_its_sum(scales: Scales) -> None:
    """A label too long for its column, its score on the line under it: read back from the
    score, the words were the aside ("sum of scaled scores = 167"), and the composite was
    taken for that sum and lost."""
    text = ("TOWRE-2\n"
            "                        Raw     Standard  %ile\n"
            "Sight Word Efficiency   41      88        21\n"
            "Total Word Reading Efficiency (sum of scaled scores = 167)   \n"
            "                                82        12\n")
    found = read(text, scales)
    assert found == [("Sight Word Efficiency", "TOWRE-2", "standard", 88),
                     ("Total Word Reading Efficiency", "TOWRE-2", "standard", 82)]
    glossed = text.replace("(sum of scaled scores = 167)", "(see page four)")
    assert read(glossed, scales) == found  # (words in small letters in brackets: a gloss,
    # read past to the name before it, see score_before._named_before_gloss)
    unsure = text.replace("(sum of scaled scores = 167)", "(See Page Four)")
    assert read(unsure, scales) == found[:1]  # (no gloss: the words read back stop at it)
