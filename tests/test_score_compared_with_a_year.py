"""A score compared with the same area's score of an earlier year, in the sentence that gives
it: "81 (10th percentile), down from 90 in 2022", "94, about the same as in 2022, when it was
96". The earlier score is told with its year (and its own percentile), on the same test; the
point of such a sentence is the change. (The seventeenth held-out review found the earlier
scores lost and their percentile told as no area's; the texts here are new.)"""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

EMAIL = """Hi Ms. Okafor,

Here are Theo's results from this fall. On the WISC-V his Full Scale IQ was 94, about the
same as in 2022, when it was 96. His Working Memory Index was 81 (10th percentile), down
from 90 in 2022, and his Processing Speed Index was 77, which is at the 6th percentile, down
from 88 (21st percentile) in 2022. On the WIAT-4, Word Reading was 79, up from 70 in 2022.
"""


def test_an_earlier_year_s_score_compared_in_the_same_sentence(scales: Scales) -> None:
    assert read(EMAIL, scales) == [
        ("Full Scale IQ", "WISC-V", "standard", 94),
        ("Full Scale IQ (2022)", "WISC-V", "standard", 96),
        ("Working Memory Index", "WISC-V", "standard", 81),
        ("Working Memory Index (2022)", "WISC-V", "standard", 90),
        ("Processing Speed Index", "WISC-V", "standard", 77),
        ("Processing Speed Index (2022)", "WISC-V", "standard", 88),
        ("Word Reading", "WIAT-4", "standard", 79),
        ("Word Reading (2022)", "WIAT-4", "standard", 70)]


def test_the_earlier_score_keeps_its_own_percentile(scales: Scales) -> None:
    from iepwizard.core.escapes import blank
    from iepwizard.core.score_finder import find_scores
    scores = find_scores(blank(EMAIL), scales)
    old = next(s for s in scores if s.label == "Processing Speed Index (2022)")
    now = next(s for s in scores if s.label == "Processing Speed Index")
    assert (old.stated, now.stated) == (21, 6)


def test_no_year_no_earlier_score(scales: Scales) -> None:
    # without a year, "down from 90" says nothing of when: not told as a score of now either
    assert read("On the WISC-V his Working Memory Index was 81, down from 90.", scales) == [
        ("Working Memory Index", "WISC-V", "standard", 81)]


def test_is_up_from(scales: Scales) -> None:
    text = ("On the WIAT-4, his Word Reading score of\n88 (21st percentile) is up from 70 in "
            "2023.")
    assert read(text, scales) == [("Word Reading", "WIAT-4", "standard", 88),
                                  ("Word Reading (2023)", "WIAT-4", "standard", 70)]


def test_a_change_written_with_short_type_words(scales: Scales) -> None:
    # "went from SS 78 in 2023 to SS 85": both scores were told with no area
    assert read("On the WIAT-4, Spelling went from SS 78 in 2023 to SS 85.", scales) == [
        ("Spelling (2023)", "WIAT-4", "standard", 78), ("Spelling", "WIAT-4", "standard", 85)]
