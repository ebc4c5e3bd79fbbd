"""A bound ("<1", ">16", "(<2nd percentile)") is where the child's score is below or above a
number, not the number. Told as the number, ">16" read "16th percentile" for a score somewhere
from the 17th to the 99th (the nineteenth held-out review's class; each text here is new, not
the review's). A bound at the end of its scale ("<1", a standard score "<40", ">99") says
nearly what its number does and is kept."""

from __future__ import annotations

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales

from .score_reading import read

TRAILS = ("| Measure | Raw | Percentile |\n"
          "|---|---|---|\n"
          "| Trails A | 41 | {a} |\n"
          "| Trails B | 95 | {b} |\n")


@pytest.mark.parametrize("bound", [">16", "> 16", "<25", "&gt;16", "\u2265 16", "<50"])
def test_a_bound_inside_the_scale_is_no_score(bound: str, scales: Scales) -> None:
    assert read(TRAILS.format(a=bound, b="9"), scales) == [("Trails B", "", "percentile", 9)]


@pytest.mark.parametrize(("bound", "value"), [("<1", 1), ("< 1", 1), ("<0.1", 0.1)])
def test_a_bound_below_the_first_percentile_is_kept(bound: str, value: float,
                                                     scales: Scales) -> None:
    assert read(TRAILS.format(a="30", b=bound), scales) == [
        ("Trails A", "", "percentile", 30), ("Trails B", "", "percentile", value)]


def test_a_bound_above_the_99th_is_kept(scales: Scales) -> None:
    assert read(TRAILS.format(a=">99", b="40"), scales) == [
        ("Trails A", "", "percentile", 99), ("Trails B", "", "percentile", 40)]


def test_a_standard_score_bound_is_kept_only_at_the_scales_end(scales: Scales) -> None:
    text = ("Subtest                  SS    %ile\n"
            "Letter-Word Identification   <40   <0.1\n"
            "Spelling                 >85     16\n"
            "Passage Comprehension    82      12\n")
    assert [(label, value) for label, _, _, value in read(text, scales)] == [
        ("Letter-Word Identification", 40), ("Passage Comprehension", 82)]


def test_a_bounded_percentile_after_a_score_is_no_score_of_its_own(scales: Scales) -> None:
    """The standard score is read; its "<2nd" is not told as a score with no area."""
    text = "Her Processing Speed Index was 70 (<2nd percentile), well below her peers.\n"
    assert read(text, scales) == [("Processing Speed Index", "", "standard", 70)]


def test_the_decoder_does_not_tell_a_bound_as_a_percentile(content: Content) -> None:
    report = decode(TRAILS.format(a=">16", b="<1"), content).report()
    assert "Trails A" not in report
    assert "Trails B, 1st percentile" in report
