"""Report words that are not what the glossary's term of the same name means (heldout4's
review; each text here is new): a grade placement is no special-education placement, a
screener's "Scaled Score (SS)" is no standard score, "SS 3" in a list of marks is social
studies, and the Wechsler terms are not only the WISC-V's."""

from __future__ import annotations

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.glossary import Matcher


def found(text: str, content: Content, matcher: Matcher) -> list[str]:
    return [term.id for term in decode(text, content, matcher).terms]


@pytest.mark.parametrize("text", [
    "Grade placement at testing: 4.2.",
    "She reads a full year below her grade placement.",
    "On the fall diagnostic, i-Ready gave a Grade 1 placement in phonics.",
    "Her reading is at a grade equivalent of 2.1, against her placement in grade 3.4.",
    # a screener's placement column or result (an i-Ready table's header was explained as
    # where and how much of the school day a child receives special education)
    "i-Ready Diagnostic (Winter)\n\nDomain            Scale Score   Placement     Percentile\n"
    "Overall Reading   489           Grade 1       9\n",
    "Domain\tScale Score\tPlacement\tPercentile\nPhonics\t410\tEarly Grade 1\t12\n",
    "| Domain | Scale Score | Placement | %ile |\n| Phonics | 410 | Early Grade 1 | 12 |\n",
    "Placement: Grade 2 (Overall Reading).",
    "On the i-Ready Diagnostic, Sam's Overall Reading placement was Level 1.",
])
def test_a_grade_placement_is_no_special_education_placement(
        text: str, content: Content, matcher: Matcher) -> None:
    terms = found(text, content, matcher)
    assert "grade-placement" in terms and "placement" not in terms, terms


@pytest.mark.parametrize("text", [
    "Placement      Percent of time in general education\nResource room  80%\n",
    "Placement: general education classroom with resource support.",
    "The team discussed placement and his scores on the state test.",
    "The team will meet to discuss his placement for next year.",
])
def test_a_special_education_placement_is_still_one(
        text: str, content: Content, matcher: Matcher) -> None:
    terms = found(text, content, matcher)
    assert "placement" in terms and "grade-placement" not in terms, terms


@pytest.mark.parametrize("text", [
    "Star Reading: Scaled Score (SS) 488, PR 41.",
    "Trimester marks (1-4): ELA 2, Math 3, SS 3, Science 2.",
])
def test_ss_that_is_no_standard_score(text: str, content: Content, matcher: Matcher) -> None:
    assert "standard-score" not in found(text, content, matcher)


def test_ss_beside_a_standard_score_still_is_one(content: Content, matcher: Matcher) -> None:
    assert "standard-score" in found("Word Reading: SS = 84, PR = 14.", content, matcher)


def test_the_wechsler_terms_name_the_preschool_test_too(content: Content) -> None:
    for term_id in ("full-scale-iq", "block-design", "matrix-reasoning"):
        assert "WPPSI-IV" in content.terms[term_id].definition, term_id
    assert "Star" in content.terms["scaled-score"].definition


def test_every_test_in_the_scales_file_has_a_glossary_entry(content: Content) -> None:
    # ten tests (the WAIS-IV, Conners 4 and 3, DAS-II, KABC-II, SB5, OWLS-II, PPVT-5, EVT-3,
    # GFTA-3) were read with their scores but never explained
    from iepwizard.core.scales import scales_for

    names = {name.casefold() for term in content.terms.values() for name in term.names}
    unexplained = [info.name for info in scales_for(content.root).tests.values()
                   if not any(name.casefold() in names for name in info.names)]
    assert unexplained == []


#: The subtests each Wechsler test builds its Working Memory Index from (the publisher's
#: test structures): a WAIS-IV report's WMI has no Picture Span (heldout6's review).
WMI_SUBTESTS = {"WISC-V": ("Digit Span", "Picture Span"), "WAIS-IV": ("Digit Span", "Arithmetic"),
                "WPPSI-IV": ("Picture Memory", "Zoo Locations")}


def test_a_wechsler_index_says_which_test_its_subtests_are_from(content: Content) -> None:
    definition = content.terms["working-memory-index"].definition
    for test, subtests in WMI_SUBTESTS.items():
        where = definition.index(test)
        assert all(definition.index(name, where) - where < 40 for name in subtests), test
    for term_id in ("verbal-comprehension-index", "visual-spatial-index",
                    "fluid-reasoning-index", "working-memory-index", "processing-speed-index"):
        text = content.terms[term_id].definition
        assert "(WISC-V, WPPSI-IV) of" not in text and "on the WISC-V" in text, term_id


def test_a_relative_strength_is_not_headed_weakness(content: Content, matcher: Matcher) -> None:
    # "relative strength" in a report was explained under the heading "relative weakness"
    (term,) = decode("Visual spatial reasoning is a relative strength for Ana.", content,
                     matcher).terms
    assert "strength" in term.term and "strength" in term.definition, term


def test_a_line_too_long_for_a_header_is_read_as_none(content: Content,
                                                     matcher: Matcher) -> None:
    """Whether "Placement" is a cell of a score table's header is read from its line, at most
    400 characters each way: a line longer than that (a whole text without line breaks) is no
    header. Read whole for each such word, it took time growing as the square of its length."""
    header = "Domain            Scale Score   Placement     Percentile"
    assert "grade-placement" in found(header + "\n", content, matcher)
    long_line = header + "   " + "the team met " * 40 + "\n"
    assert "grade-placement" not in found(long_line, content, matcher)
