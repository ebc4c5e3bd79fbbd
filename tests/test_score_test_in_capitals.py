"""A test named in a heading written all in capitals ("VINELAND-3 ADAPTIVE BEHAVIOR SCALES",
"CONNERS 4 PARENT FORM"): the test of the scores under it.

A report's section headings are often in capitals. The scales file writes most tests' names
in capitals already ("WISC-V"), but others as a name ("Vineland-3"); written in capitals,
those were not found, and a Vineland-3 table under such a heading was told with no test, its
domains of no test a parent could look up.
"""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import read


@pytest.mark.parametrize("heading", [
    "VINELAND-3 ADAPTIVE BEHAVIOR SCALES (Comprehensive Parent Form, father)",
    "VINELAND ADAPTIVE BEHAVIOR SCALES, THIRD EDITION",
])
def test_vineland_heading_in_capitals(heading: str, scales: Scales) -> None:
    text = (f"{heading}\n"
            "Domain                             Standard Score   %ile\n"
            "ADAPTIVE BEHAVIOR COMPOSITE              81           10\n"
            "COMMUNICATION                            84           14\n"
            "SOCIALIZATION                            75            5\n")
    assert [(label.casefold(), test, kind, value)
            for label, test, kind, value in read(text, scales)] == [
        ("adaptive behavior composite", "Vineland-3", "standard", 81),
        ("communication", "Vineland-3", "standard", 84),
        ("socialization", "Vineland-3", "standard", 75)]


def test_conners_heading_in_capitals(scales: Scales) -> None:
    text = ("CONNERS 4 - PARENT FORM\n"
            "Inattention/Executive Dysfunction      71\n"
            "Hyperactivity                          58\n")
    assert [test for _label, test, _kind, _value in read(text, scales)] == ["Conners 4"] * 2


@pytest.mark.parametrize(("text", "expected"), [
    ("STAR READING RESULTS (winter)", [(0, "star-reading")]),
    ("BEERY VMI", [(0, "beery-vmi")]),
    ("STAR STUDENT OF THE WEEK", []),  # "Star" alone names no test
    ("VINELANDS", []),  # whole words only
])
def test_names_in_capitals(text: str, expected: list[tuple[int, str]], scales: Scales) -> None:
    assert scales.test_mentions(text) == expected
