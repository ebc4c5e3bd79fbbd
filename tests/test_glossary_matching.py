"""Glossary matching: whole words, case, plurals, longest match; acronyms in context; all-caps
text read as text. Rules are tested on small term lists (they hold whatever the glossary
says); a few cases use the shipped glossary's stable terms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core.content import Content, Term
from iepwizard.core.glossary import NEAR_WORDS, Matcher, near_words, suggest

from .helpers import matches_found as found

ADHD = Term("adhd", "ADHD", "d", full_name="attention-deficit/hyperactivity disorder",
            acronyms=("ADD",), synonyms=("attention deficit disorder",), caps_only=True)
IDEA = Term("idea", "IDEA", "d", full_name="Individuals with Disabilities Education Act",
            caps_only=True)
IEP = Term("iep", "IEP", "d", full_name="Individualized Education Program")
IEP_TEAM = Term("iep-team", "IEP team", "d")
OT = Term("ot", "occupational therapy", "d", acronyms=("OT",), caps_only=True)
PT = Term("pt", "physical therapy", "d", acronyms=("PT",), caps_only=True)
ID = Term("intellectual-disability", "intellectual disability", "d",
          context_acronyms=("ID",), context_words=("eligibility", "category", "IQ"))
GE = Term("age-grade-equivalent", "grade equivalent", "d", context_acronyms=("GE",),
          context_words=("score", "scores", "percentile"))
AT = Term("assistive-technology", "assistive technology", "d", context_acronyms=("AT",),
          context_words=("device", "text-to-speech", "fine motor"))
SMALL = [ADHD, IDEA, IEP, IEP_TEAM, OT, PT, ID, GE, AT]


@pytest.fixture(scope="module")
def small() -> Matcher:
    return Matcher(SMALL)




def test_whole_words_only(small: Matcher) -> None:
    assert found(small, "NOT NOW, SLOT, an IEPX form, BIPED, OTTER") == []
    assert found(small, "She gets OT weekly.") == [("OT", "ot")]


def test_caps_only_acronyms_match_in_capitals_only(small: Matcher) -> None:
    assert found(small, "add the idea to it; pt and ot") == []
    assert found(small, "ADD under IDEA") == [("ADD", "adhd"), ("IDEA", "idea")]
    assert found(small, "iep and Iep") == [("iep", "iep"), ("Iep", "iep")]


def test_all_caps_text_is_read_as_text(small: Matcher) -> None:
    assert found(small, "WE ADD A RECOMMENDATION FOR A READING SPECIALIST.") == []
    assert found(small, "DO NOT ADD PAGES. THE TEAM HAD A GOOD IDEA.") == []
    assert found(small, "RESULTS: NOT AT RISK") == []
    # a term that matches in any case matches there as in lower case
    assert found(small, "IEP MEETING NOTICE") == [("IEP", "iep")]
    # a list of known acronyms is no all-caps sentence
    assert found(small, "IEP, OT, PT reviewed") == [("IEP", "iep"), ("OT", "ot"), ("PT", "pt")]
    # in an all-caps run, a caps-only acronym counts where its context is near
    assert found(small, "DIAGNOSIS: ATTENTION DEFICIT DISORDER (ADD)") == [
        ("ATTENTION DEFICIT DISORDER", "adhd"), ("ADD", "adhd")]
    assert found(small, "SHE HAS ADD") == []


def test_context_acronyms_need_a_context_word_near(small: Matcher) -> None:
    assert found(small, "Student ID: 4471239") == []
    assert found(small, "Eligibility category: ID") == [("ID", "intellectual-disability")]
    assert found(small, "ID (intellectual disability)") == [
        ("ID", "intellectual-disability"), ("intellectual disability", "intellectual-disability")]
    assert found(small, "Her GE teacher will attend.") == []
    assert found(small, "a GE of 3.2 on the scores table") == [("GE", "age-grade-equivalent")]
    assert found(small, "He uses AT such as text-to-speech.") == [("AT", "assistive-technology")]
    assert found(small, "Meeting at 3 PM AT the office.") == []
    assert found(small, "id and Id") == []  # context acronyms count in capitals only


def test_near_is_eight_words_in_the_same_sentence(small: Matcher) -> None:
    words = " ".join(["word"] * (NEAR_WORDS - 1))
    assert found(small, f"ID {words} eligibility")  # 8th word after
    assert not found(small, f"ID {words} word eligibility")  # 9th word after
    assert found(small, f"eligibility {words} ID")
    assert not found(small, f"eligibility {words} word ID")
    assert not found(small, "Eligibility was decided. ID badges are ready.")
    assert not found(small, "Eligibility; ID badge")


def test_a_short_line_ends_the_sentence_a_wrapped_one_does_not(small: Matcher) -> None:
    assert not found(small, "Student ID: 4471239\nEligibility category: autism")
    long_line = "The team looked at every part of the report about the category"
    assert len(long_line) >= 40
    assert found(small, f"{long_line}\nof ID in the meeting")
    assert near_words("a\nb ID c\nd", 4, 6) == ["b", "c"]


def test_a_term_across_a_line_break(small: Matcher) -> None:
    text = "The IEP\nteam met."
    assert found(small, text) == [("IEP\nteam", "iep-team")]


def test_numbers_are_reported_for_the_score_finder(matcher: Matcher) -> None:
    text = "SS 85, the 12th percentile, a 504 plan, 1x30, 3.2 and 4471239"
    numbers: list[int] = []
    matcher.find(text, numbers)
    assert [text[n:n + 4].split(",")[0].split()[0] for n in numbers] == ["85", "12th", "3.2", "2"]


def test_plurals_and_possessives(matcher: Matcher) -> None:
    assert found(matcher, "IEPs, the IEP's goals, both IEPs' dates") == [
        ("IEPs", "iep"), ("IEP's", "iep"), ("IEPs'", "iep")]
    assert found(matcher, "two accommodations and one modification") == [
        ("accommodations", "accommodation"), ("modification", "modification")]


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
    # the name a term goes by before a synonym ("504 hearing" is the impartial hearing's)
    assert [t.id for t in suggest("504", content.terms.values())][:3] == [
        "504-plan", "504-coordinator", "section-504"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_matching_arbitrary_text_never_fails(small: Matcher, text: str) -> None:
    previous_end = 0
    for match in small.find(text, []):
        assert previous_end <= match.start < match.end <= len(text)
        previous_end = match.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["IEP", "OT", "not", "NOT", "AT", "RISK", "ID", "eligibility",
                                 "the", "IEPs", "ADD", "add", "GE", "score", ".", "\n", "team",
                                 "IDEA", "category", "WE"]), max_size=40))
def test_every_match_lies_on_the_text(small: Matcher, parts: list[str]) -> None:
    text = " ".join(parts)
    previous_end = 0
    names = {t.id: {n.casefold() for n in (*t.names, *t.context_acronyms)} for t in SMALL}
    for match in small.find(text):
        assert match.start >= previous_end
        previous_end = match.end
        written = " ".join(match.text(text).split()).casefold().rstrip("s'")
        assert any(n.startswith(written) or written.startswith(n) for n in names[match.term_id])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["IEP", "IEPs", "Section", "504", "plan", "T-score", "12th",
                                 "3.2", "SS", "85", "ADD", "WE", "the", "team", "é", "\n",
                                 "occupational", "therapist", "ID", "category", "x1", "2x",
                                 "/week", "12:1:1", "1x30", "class", "30", "min", "15:1",
                                 "student", "Student", "to", "staff", "-", "ratio", "ratios",
                                 "working", "memory", "Working-Memory", "ratio\n"]),
                max_size=60))
def test_both_scans_find_the_same(content: Content, parts: list[str]) -> None:
    """Short texts go word by word, long ones through the pattern of start words."""
    import iepwizard.core.glossary as glossary

    text = " ".join(parts)
    matcher = Matcher(content.terms.values())
    by_words: list[int] = []
    by_pattern: list[int] = []
    words = matcher.find(text, by_words)
    saved = glossary.SHORT_TEXT
    glossary.SHORT_TEXT = -1
    try:
        pattern = matcher.find(text, by_pattern)
    finally:
        glossary.SHORT_TEXT = saved
    assert (words, by_words) == (pattern, by_pattern)
