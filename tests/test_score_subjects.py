"""Scores whose area is what their sentence is about, named before what is said of it ("Digit
Span was her lowest verbal-memory subtest with a scaled score of 6"), and sentences where the
number may be another area's, or no score of the area's."""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import Row, read, read_stated


@pytest.mark.parametrize(("text", "expected"), [
    ("On the WISC-V, Digit Span was her lowest verbal-memory subtest with a scaled score of "
     "6; Picture Span was 9.",
     [("Digit Span", "WISC-V", "scaled", 6, None), ("Picture Span", "WISC-V", "scaled", 9, None)]),
    ("Woodcock-Johnson IV Tests of Achievement. Oral Reading, not in Table 2, was given as an "
     "extra measure: standard score 83, 13th percentile, grade equivalent 3.3.",
     [("Oral Reading", "WJ IV", "standard", 83, 13), ("Oral Reading", "WJ IV", "ge", 3.3, None)]),
    ("WJ IV COG. Although not printed in Table 1, the Cognitive Processing Speed cluster "
     "(Letter-Pattern Matching and Pair Cancellation) was 81 (10th percentile).",
     [("Cognitive Processing Speed", "WJ IV", "standard", 81, 10)]),
    ("Julian's General Conceptual Ability (GCA) on the DAS-II was 102 (55th percentile), in "
     "the average range.",
     [("General Conceptual Ability", "DAS-II", "standard", 102, 55)]),
    ("On the KTEA-3 Nonsense Word Decoding was his lowest reading score: 71, at the 3rd "
     "percentile.",
     [("Nonsense Word Decoding", "KTEA-3", "standard", 71, 3)]),
])
def test_the_area_the_sentence_is_about(text: str, expected: list[tuple[object, ...]],
                                        scales: Scales) -> None:
    assert read_stated(text, scales) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aside that names another area: whose score it is is not said
    ("On the WISC-V, Digit Span, like Vocabulary, was 8.", []),
    # a comma after the verb: the number may belong to what comes after it
    ("On the WISC-V, Vocabulary was given again, with a scaled score of 9 this time.",
     [("", "WISC-V", "scaled", 9)]),
    # several areas' scores
    ("On the WISC-V, Digit Span and Picture Span were both 8.", []),
    # a comparison after the verb
    ("On the WISC-V, Coding was lower than expected with a scaled score of 5.",
     [("", "WISC-V", "scaled", 5)]),
    ("On the WISC-V, Digit Span was weaker than Picture Span, which was 9.",  # (the
     [("Picture Span", "WISC-V", "scaled", 9)]),  # relative clause's: read since stop 42)
    # a number with no type after words that are no glue
    ("On the WISC-V, Digit Span was administered twice in session 2.", []),
    # an area that cannot hold the type
    ("On the WISC-V, Digit Span was her lowest result with a standard score of 85.",
     [("", "WISC-V", "standard", 85)]),
])
def test_sentences_whose_number_is_not_the_subjects(text: str, expected: list[Row],
                                                    scales: Scales) -> None:
    assert read(text, scales) == expected
