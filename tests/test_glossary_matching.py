"""Glossary matching and score explanation, as plain functions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core.content import Content, Term
from iepwizard.core.decode import decode
from iepwizard.core.glossary import Matcher, suggest
from iepwizard.core.scores import Score, find_scores, ordinal


@pytest.fixture(scope="module")
def matcher(content: Content) -> Matcher:
    return Matcher(content.terms.values())


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text(text), m.term_id) for m in matcher.find(text)]


def test_whole_words_only(matcher: Matcher) -> None:
    assert found(matcher, "NOT NOW, SLOT") == []
    assert found(matcher, "She gets OT weekly.") == [("OT", "ot")]
    assert found(matcher, "an IEPX form, BIPED") == []


def test_caps_only_acronyms(matcher: Matcher) -> None:
    assert found(matcher, "add the idea to it") == []
    assert found(matcher, "ADD under IDEA") == [("ADD", "adhd"), ("IDEA", "idea")]
    assert found(matcher, "pt and ot") == []
    assert found(matcher, "iep and fape") == [("iep", "iep"), ("fape", "fape")]


def test_plurals_and_possessives(matcher: Matcher) -> None:
    assert found(matcher, "IEPs, the IEP's goals, both IEPs' dates") == [
        ("IEPs", "iep"), ("IEP's", "iep"), ("IEPs'", "iep")]
    assert found(matcher, "two accommodations and one modification") == [
        ("accommodations", "accommodation"), ("modification", "modification")]
    assert found(matcher, "standard scores") == [("standard scores", "standard-score")]


def test_longest_match_wins(matcher: Matcher) -> None:
    assert found(matcher, "a Section 504 plan") == [("Section 504 plan", "504-plan")]
    assert found(matcher, "under Section 504 law") == [("Section 504", "section-504")]
    assert found(matcher, "the IEP team met") == [("IEP team", "iep-team")]


def test_forms_across_hyphens_and_case(matcher: Matcher) -> None:
    assert found(matcher, "a T score, a T-score") == [("T score", "t-score"),
                                                       ("T-score", "t-score")]
    assert found(matcher, "Prior Written Notice, prior written notice, PWN") == [
        ("Prior Written Notice", "pwn"), ("prior written notice", "pwn"), ("PWN", "pwn")]
    assert found(matcher, "a re-evaluation") == [("re-evaluation", "reevaluation")]


def test_overlapping_terms_do_not_overlap(matcher: Matcher) -> None:
    text = "speech or language impairment and speech-language pathologist"
    matches = matcher.find(text)
    assert [m.term_id for m in matches] == ["speech-language-impairment", "slp"]
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_non_ascii_text(matcher: Matcher) -> None:
    assert found(matcher, "María's IEP — année scolaire, IEPé") == [("IEP", "iep")]


def test_suggest_handles_acronyms_synonyms_and_typos(content: Content) -> None:
    assert suggest("IEE", content.terms.values())[0].id == "iee"
    assert suggest("section 504", content.terms.values())[0].id == "section-504"
    assert suggest("504 plan", content.terms.values())[0].id == "504-plan"
    assert suggest("dyslxia", content.terms.values())[0].id == "dyslexia"
    assert suggest("", content.terms.values()) == []


@pytest.mark.parametrize(("text", "kind", "value", "percentile", "range_name"), [
    ("standard score of 78", "standard", 78, 7, "low"),
    ("SS 78", "standard", 78, 7, "low"),
    ("SS = 85", "standard", 85, 16, "low average"),
    ("standard score 90", "standard", 90, 25, "average"),
    ("standard score 89", "standard", 89, 23, "low average"),
    ("standard score 70", "standard", 70, 2, "low"),
    ("standard score 69", "standard", 69, 2, "very low"),
    ("standard score 130", "standard", 130, 98, "very high"),
    ("standard score 100", "standard", 100, 50, "average"),
    ("a scaled score of 7", "scaled", 7, 16, "low average"),
    ("scaled score 10", "scaled", 10, 50, "average"),
    ("T-score 65", "t", 65, 93, "high"),
    ("T score of 50", "t", 50, 50, "average"),
    ("the 12th percentile", "percentile", 12, 12, "low average"),
    ("percentile rank of 50", "percentile", 50, 50, "average"),
    ("PR 2", "percentile", 2, 2, "very low"),
])
def test_scores_are_explained(text: str, kind: str, value: float, percentile: int,
                              range_name: str) -> None:
    [score] = find_scores(text)
    assert (score.kind, score.value, score.percentile, score.range_name) == (
        kind, value, percentile, range_name)
    assert ordinal(percentile) in score.explain()


def test_score_type_carries_across_a_list() -> None:
    scores = find_scores("standard scores of 72 and 70")
    assert [(s.kind, s.value) for s in scores] == [("standard", 72), ("standard", 70)]
    scores = find_scores("On the scaled scores, Digit Span (6) and Coding (7) were low.")
    assert [(s.kind, s.value) for s in scores] == [("scaled", 6), ("scaled", 7)]
    scores = find_scores("scaled scores: 8, 9. Later, age 12 and grade 3.")
    assert [s.value for s in scores] == [8, 9]


def test_bad_numbers_are_ignored() -> None:
    assert find_scores("standard score of 400") == []
    assert find_scores("scaled score of 25, T-score 3") == []
    assert find_scores("standard score 85%") == []
    assert find_scores("ss 78 written in lower case") == []
    assert find_scores("the 150th percentile") == []
    assert find_scores("standard score of 85 (90% confidence interval 80-91)") == [
        Score(18, 20, "standard", 85)]


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 99)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "99th"]


def test_decode_lists_terms_in_order_of_appearance(content: Content) -> None:
    result = decode("The IEE request, then the IEP, then IEE again; SS 85.", content)
    assert [t.id for t in result.terms] == ["iee", "iep", "standard-score"]
    assert "Scores found (1)" in result.report()
    assert "16th percentile" in result.report()
    assert decode("nothing to see", content).report().startswith("No glossary terms")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_decoding_arbitrary_text_never_fails(content: Content, text: str) -> None:
    result = decode(text, content)
    for match in result.matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.term_id in content.terms
    for score in result.scores:
        assert 0 <= score.start < score.end <= len(text)
        assert 1 <= score.percentile <= 99
        assert score.explain()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["IEP", "OT", "not", "Section 504 plan", "the", "IEPs",
                                 "standard score of 85", "percentile", "T-score", "(7)", "and",
                                 ",", ".", "ADD", "add", "504", "2e"]), max_size=40))
def test_every_match_lies_on_the_text(content: Content, parts: list[str]) -> None:
    text = " ".join(parts)
    matcher = Matcher(content.terms.values())
    previous_end = 0
    for match in matcher.find(text):
        assert match.start >= previous_end
        previous_end = match.end
        name = match.text(text).rstrip("s'").casefold().replace("-", " ")
        term: Term = content.terms[match.term_id]
        assert any(name.startswith(n.casefold().replace("-", " ")[:2]) for n in term.names)


def test_common_test_names_and_iq_scores(content: Content) -> None:
    result = decode("Her WJ-IV reading composite of 79; CTOPP-2 done; FSIQ 98; BASC-3 T-score 68.",
                    content)
    ids = [t.id for t in result.terms]
    assert ids[:2] == ["wj-iv", "standard-score"] and "ctopp-2" in ids and "iq" in ids
    assert [(s.kind, s.value) for s in result.scores] == [
        ("standard", 79), ("standard", 98), ("t", 68)]
