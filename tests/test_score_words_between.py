"""Words between an area's name and its score that are neither its name nor glue: the test
named between ("Full Scale IQ on the WISC-V was 97", also over a line break) and a judgment
of the score ("Reading Comprehension was a relative strength at 95"). The score was lost,
its percentile told as of no area. (Found by the seventeenth held-out review; the texts
here are new.)"""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import Row, read


@pytest.mark.parametrize(("text", "expected"), [
    ("His Full Scale IQ on the WISC-V was 97 (42nd percentile).",
     [("Full Scale IQ", "WISC-V", "standard", 97)]),
    ("The team reviewed existing data. His Full Scale IQ on the WISC-V was\n97 (42nd "
     "percentile), and his Word Reading on the WIAT-4 was 78 (7th percentile).",
     [("Full Scale IQ", "WISC-V", "standard", 97), ("Word Reading", "WIAT-4", "standard", 78)]),
    ("Her Math Composite from the KTEA-3 is 88.", [("Math Composite", "KTEA-3", "standard", 88)]),
    ("On the WIAT-4, Reading Comprehension was a relative strength at 95 (37th percentile).",
     [("Reading Comprehension", "WIAT-4", "standard", 95)]),
    ("WISC-V: Working Memory was an area of weakness at 79, and Coding was a relative "
     "weakness with a scaled score of 6.",
     [("Working Memory Index", "WISC-V", "standard", 79), ("Coding", "WISC-V", "scaled", 6)]),
])
def test_the_score_after_words_between_it_and_its_area(
        text: str, expected: list[Row], scales: Scales) -> None:
    assert read(text, scales) == expected


@pytest.mark.parametrize("text", [
    # a test named between that is not the area's: nothing is put on the area
    "Her Full Scale IQ on the KBIT-2 was 91.",
    # a judgment with no area before it
    "It was a relative strength at 95 words per minute.",
])
def test_not_where_nothing_known_stands_before(text: str, scales: Scales) -> None:
    assert not [row for row in read(text, scales) if row[0] == "Full Scale IQ"
                and row[1] == "WISC-V" or row[3] == 95]
