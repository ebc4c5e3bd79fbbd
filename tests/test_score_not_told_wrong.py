"""Readings the fourth held-out review found telling a parent something false (each text here
is new, not the review's): a negative number told as a score, a kind of score ranked among
others told as an area's, a one-word area put on a test named only after it, and a percentile
of an unnamed test told as "as well as or better than" and "average"."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepwizard.core.bellcurve import place
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales, scales_for
from iepwizard.core.score_finder import find_scores

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def scales() -> Scales:
    return scales_for(CONTENT)


def read(text: str, scales: Scales) -> list[tuple[str, str, str, float]]:
    return [(s.label, s.test, s.type_name, s.value) for s in find_scores(blank(text), scales)]


@pytest.mark.parametrize("text", [
    "Attention test\nADHD Score: -4.21 (outside normal limits)\n",  # was "ADHD, 4.21"
    "Her reading fluency was a z-score of -1.5 against her grade.",  # was "z, 1.5"
    "The difference score (\u22122.3) was not significant.",  # a minus sign
])
def test_a_negative_number_is_no_score(text: str, scales: Scales) -> None:
    assert read(text, scales) == []


def test_a_kind_of_score_ranked_among_others_is_not_the_area(scales: Scales) -> None:
    # "his lowest reading score" is Sound-Symbol's, not the KTEA-3's Reading Composite (which
    # the parent then saw twice, at two values)
    text = ("On the KTEA-3 his Reading Composite was 84. Letter & Word Recognition was his "
            "lowest reading score: 73, at the 4th percentile.")
    assert [(s.label, s.test, s.value) for s in find_scores(blank(text), scales)] == [
        ("Reading Composite", "KTEA-3", 84), ("reading", "", 73)]
    # unranked, a one-word area after its test is still the test's
    assert read("On the KTEA-3, his reading score was 78.", scales) == [
        ("Reading Composite", "KTEA-3", "standard", 78)]


def test_a_one_word_area_is_not_put_on_a_test_named_only_after_it(scales: Scales) -> None:
    # i-Ready's "Overall Reading" was the WIAT-4's Reading composite
    text = ("Present levels: i-Ready Overall Reading: 12th percentile.\n"
            "Last spring's WIAT-4: Word Reading 85.\n")
    assert read(text, scales) == [("Reading", "", "percentile", 12),
                                  ("Word Reading", "WIAT-4", "standard", 85)]


def test_a_percentile_of_an_unnamed_test_says_no_direction(scales: Scales) -> None:
    # an autism rating normed on autistic children: "as well as or better than 61 of every 100
    # children ... average" was false
    text = "Autism Index of 104 (61st percentile; probability: Very Likely)."
    [score] = find_scores(blank(text), scales)
    explained = score.explain()
    assert explained.startswith("Area not named, 61st percentile: higher than about 61 of "
                                "every 100 in the group the test compares with")
    assert "as well as or better" not in explained and "average" not in explained
    assert score.words == ""
    assert place(score) == ("the text does not name its test, so which way is better is not "
                            "known")
