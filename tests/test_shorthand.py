"""Shorthand the glossary cannot list word by word: class ratios and service frequencies."""

from __future__ import annotations

import pytest

from iepwizard.core.content import Content, Term
from iepwizard.core.glossary import Matcher

from .helpers import matches_found as found

RATIO = Term("class-ratio", "class ratio", "d", synonyms=("staffing ratio",))
MINUTES = Term("service-minutes", "service minutes", "d", synonyms=("minutes per week",))
OT = Term("ot", "occupational therapy", "d", context_acronyms=("OT",),
          context_words=("consult",))



@pytest.fixture(scope="module")
def small() -> Matcher:
    return Matcher([RATIO, MINUTES, OT])


@pytest.mark.parametrize(("text", "expected"), [
    ("Class: 12:1:1 special class", [("12:1:1", "class-ratio")]),
    ("a 12:1+1 program", [("12:1+1", "class-ratio")]),
    ("Placement: 15:1 special class", [("15:1", "class-ratio")]),
    ("OT consult 30 min 2x/week", [("OT", "ot"), ("30 min 2x/week", "service-minutes")]),
    ("PT 1x30 weekly", [("1x30 weekly", "service-minutes")]),
    ("speech 2x30/week, OT 1x30/week", [("2x30/week", "service-minutes"),
                                        ("1x30/week", "service-minutes")]),
    ("30 minutes 2X per week", [("30 minutes 2X per week", "service-minutes")]),
    ("counseling 1x/month and 3x weekly", [("1x/month", "service-minutes"),
                                           ("3x weekly", "service-minutes")]),
    ("60 min/wk", [("60 min/wk", "service-minutes")]),
])
def test_shorthand_found(small: Matcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(small, text) == expected


@pytest.mark.parametrize("text", [
    "Use 3x5 index cards; print on 8.5x11 paper.",
    "Conferences 2:30-3:15 on 10/3; the bus leaves at 3:45.",
    "Her 1:1 aide sits beside her.",
    "Math: ratios such as 3:1 and 2:5; chapter 4x review.",
    "45 minutes of homework, 12 absences",
    "Version 3:1.2 of the form",
    "item 2x3",
])
def test_lookalikes_are_not_shorthand(small: Matcher, text: str) -> None:
    assert found(small, text) == []


def test_shorthand_only_where_the_glossary_has_its_term() -> None:
    assert found(Matcher([OT]), "OT consult 30 min 2x/week in a 12:1:1 class") == [("OT", "ot")]


def test_a_glossary_term_wins_over_shorthand(small: Matcher) -> None:
    assert found(small, "60 minutes per week") == [("minutes per week", "service-minutes")]
    assert found(small, "the staffing ratio 12:1:1") == [("staffing ratio", "class-ratio"),
                                                          ("12:1:1", "class-ratio")]


def test_numbers_still_reach_the_score_finder(content: Content) -> None:
    matcher = Matcher(content.terms.values())
    numbers: list[int] = []
    text = "SS 85 in a 12:1:1 class, 2x/week"
    matcher.find(text, numbers)
    assert [text[n:n + 2] for n in numbers] == ["85", "12", "1:", "1 "]
