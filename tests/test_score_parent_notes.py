"""A parent's own notes, typed in small letters: the tests' names are still the tests'."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read


def test_a_test_named_in_small_letters(scales: Scales) -> None:
    """"wiat-4", "gfta-3", "wisc-v": the scores were told with no test (and a subtest's type
    was lost with it: "spelling 79" not read at all)."""
    text = ("notes from the meeting w/ the psych\n"
            "wiat-4:\n"
            "- reading comprehension ss 81 (10th %ile)\n"
            "- word reading 85, spelling 79?? i think\n"
            "gfta-3 sounds in words 72, she called it mild\n"
            "on the wisc-v his coding was 5\n")
    assert read(text, scales) == [
        ("Reading Comprehension", "WIAT-4", "standard", 81),
        ("Word Reading", "WIAT-4", "standard", 85), ("Spelling", "WIAT-4", "standard", 79),
        ("Sounds-in-Words", "GFTA-3", "standard", 72), ("Coding", "WISC-V", "scaled", 5)]


def test_a_short_name_without_its_edition_stays_exact(scales: Scales) -> None:
    """Only a short name with its edition counts in small letters: "brief" and "tova" are
    words; "the brief meeting" names no test."""
    assert read("we had a brief meeting; tova 85 is my note for later\n", scales) == []
