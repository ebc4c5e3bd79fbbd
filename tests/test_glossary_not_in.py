"""A term's `not_in`: phrases in which a context acronym does not mean the term, whatever
words are near ("Student ID", "taken to the ED", "AT-RISK"). The rules on small term lists;
the QA reviewer's sentences and the shipped phrases on the shipped glossary."""

from __future__ import annotations

import pytest

from iepwizard.core.content import Content, Term
from iepwizard.core.glossary import Matcher

from .helpers import matches_found as found

ID = Term("intellectual-disability", "intellectual disability", "d",
          context_acronyms=("ID",), context_words=("cognitive", "eligible"),
          not_in=("student ID", "ID #", "ID no.", "ID: {number}", "ID card", "photo ID"))
ED = Term("emotional-disturbance", "emotional disturbance", "d", context_acronyms=("ED",),
          context_words=("emotional",), not_in=("the ED for", "emergency department (ED)"))
GE = Term("age-grade-equivalent", "grade equivalent", "d", context_acronyms=("GE", "AE"),
          context_words=("score",), not_in=("GE teacher",))
AT = Term("assistive-technology", "assistive technology", "d", context_acronyms=("AT",),
          context_words=("communication",), not_in=("at risk",))
SMALL = [ID, ED, GE, AT]


@pytest.fixture(scope="module")
def small() -> Matcher:
    return Matcher(SMALL)




def ids(matcher: Matcher, text: str) -> list[str]:
    return [m.term_id for m in matcher.find(text)]


def test_a_phrase_wins_over_the_context_words(small: Matcher) -> None:
    assert found(small, "ID: cognitive") == [("ID", "intellectual-disability")]
    assert found(small, "Student ID: 204417, cognitive skills") == []
    assert found(small, "STUDENT ID, cognitive skills") == []  # in any case
    assert found(small, "a photo ID and she is eligible") == []


def test_spaces_hyphens_and_slashes_are_one_gap(small: Matcher) -> None:
    for text in ("Communication 28 AT-RISK", "Communication 28 AT RISK",
                 "Communication 28 AT  -  RISK", "Communication 28 AT/Risk",
                 "communication: AT\nrisk"):
        assert found(small, text) == [], text
    assert found(small, "Student   ID for cognitive") == []
    assert found(small, "Name: Sam R.     Student" + " " * 40 + "ID: cognitive") == []
    assert found(small, "student-ID for cognitive") == []


def test_beside_a_sign_the_gap_may_be_absent(small: Matcher) -> None:
    for text in ("ID# 558201 cognitive", "ID # 558201 cognitive", "ID No. 12 cognitive",
                 "ID:204417 cognitive", "ID:  S0012345 cognitive",
                 "the emergency department(ED) for an emotional crisis",
                 "the emergency department (ED), emotional"):
        assert found(small, text) == [], text


def test_number_stands_for_any_word_holding_a_digit(small: Matcher) -> None:
    assert found(small, "ID: 204417 cognitive") == []
    assert found(small, "ID: mild, cognitive") == [("ID", "intellectual-disability")]
    assert found(small, "ID no cognitive") == [("ID", "intellectual-disability")]  # "no." only


def test_whole_words_and_a_plural_at_the_end(small: Matcher) -> None:
    assert found(small, "ID cards for cognitive") == []
    assert found(small, "Student IDs for cognitive") == []
    assert found(small, "nonstudent ID for cognitive") == [("ID", "intellectual-disability")]
    assert found(small, "ID cardboard, cognitive") == [("ID", "intellectual-disability")]


def test_a_phrase_with_words_on_both_sides_needs_both(small: Matcher) -> None:
    assert found(small, "She went to the ED for an emotional crisis.") == []
    assert found(small, "She qualified under the ED category for emotional needs.") == [
        ("ED", "emotional-disturbance")]
    assert found(small, "an ED for emotional needs") == [("ED", "emotional-disturbance")]


def test_every_gap_character_is_read_as_a_gap() -> None:
    """A phrase's space matches what the glossary's gaps match: the ASCII ones by its pattern,
    the others read as spaces first (a text that is not ASCII)."""
    import re

    from iepwizard.core.not_in import _AS_SPACE, _GAP_ASCII
    from iepwizard.core.term_forms import GAP

    gap, ascii_gap = re.compile(GAP), re.compile(_GAP_ASCII)
    every = "".join(map(chr, range(0x110000)))
    read = every.translate(_AS_SPACE)
    assert [c for c, r in zip(every, read, strict=True)
            if bool(ascii_gap.match(c if c.isascii() else r)) != bool(gap.match(c))] == []
    small = Matcher([ID])
    assert found(small, "student\u2013ID\u3000for cognitive") == []
    assert found(small, "Student\tID for cognitive") == []


def test_a_phrase_holds_for_its_own_acronym_only(small: Matcher) -> None:
    assert found(small, "Her GE teacher gave a score") == []
    assert found(small, "Her AE teacher gave a score") == [("AE", "age-grade-equivalent")]


def test_both_scans_agree_on_phrases(small: Matcher) -> None:
    import iepwizard.core.glossary as glossary

    text = ("Student ID: 204417 cognitive. The ED for emotional. ID card cognitive. "
            "GE teacher score. Communication AT-RISK. ID (cognitive). ") * 3
    words = small.find(text)
    saved = glossary.SHORT_TEXT
    glossary.SHORT_TEXT = -1
    try:
        assert small.find(text) == words
    finally:
        glossary.SHORT_TEXT = saved
    assert [m.text(text) for m in words] == ["ID"] * 3


# --- The shipped glossary ---------------------------------------------------------------

QA = [  # the QA reviewer's inputs (/tmp/qa3/29_acronym_traps.txt), each with a context word
    ("Name: Sam R.     Student ID: 204417     Reason for referral: concerns about cognitive "
     "and adaptive skills", "intellectual-disability"),
    ("Social history: In March, Maya was taken to the ED after an emotional crisis at home; "
     "she was discharged the same day.", "emotional-disturbance"),
    ("Functional Communication        28       AT-RISK", "assistive-technology"),
]


@pytest.mark.parametrize(("text", "wrong"), QA)
def test_the_qa_sentences_have_no_false_match(matcher: Matcher, text: str, wrong: str) -> None:
    assert wrong not in ids(matcher, text)


@pytest.mark.parametrize(("text", "term_id"), [
    ("Maya qualifies for special education under ED (emotional disturbance)",
     "emotional-disturbance"),
    ("She qualifies under ED.", "emotional-disturbance"),
    ("The ED category applies to her.", "emotional-disturbance"),
    ("He has been in the ED program since he qualified in 2nd grade.",
     "emotional-disturbance"),
    ("an AT evaluation for a speech-generating device", "assistive-technology"),
    ("The team recommends an AT evaluation for a speech-generating device.",
     "assistive-technology"),
    ("eligible under ID", "intellectual-disability"),
    ("Primary disability: ID", "intellectual-disability"),
    ("Eligibility category: ID (intellectual disability)", "intellectual-disability"),
    ("She qualifies for PT and OT.", "pt"),
    ("Her GE was 2.4 on the reading score table.", "age-grade-equivalent"),
    ("Reading Comprehension SS 84, percentile 14", "standard-score"),
    ("a 90% CI of 79-90 around the standard score", "confidence-interval"),
    ("She was found eligible under DD at age 4.", "developmental-delay"),
    ("Diagnosis: ADD, inattentive type", "adhd"),
])
def test_the_acronym_still_counts_where_it_means_the_term(matcher: Matcher, text: str,
                                                          term_id: str) -> None:
    assert term_id in ids(matcher, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # ID: identification
    ("Please bring ID to the eligibility meeting.", "intellectual-disability"),
    ("Student ID #: 558201   Eligibility: pending", "intellectual-disability"),
    ("Her photo ID and cognitive testing consent form are attached.",
     "intellectual-disability"),
    ("ID: S0012345   Eligible for free lunch: yes", "intellectual-disability"),
    ("The ID number on the eligibility form is wrong.", "intellectual-disability"),
    # ED: the emergency department, education
    ("He was seen in the ED after an emotional outburst at home.", "emotional-disturbance"),
    ("She went to the ED for an emotional crisis.", "emotional-disturbance"),
    ("He was discharged from the ED with emotional support recommended.",
     "emotional-disturbance"),
    ("Records of two ED visits for emotional crises were shared.", "emotional-disturbance"),
    ("She was brought to the emergency department (ED) in an emotional crisis.",
     "emotional-disturbance"),
    ("JANE DOE, M.ED., SCHOOL COUNSELOR: SOCIAL-EMOTIONAL FUNCTIONING",
     "emotional-disturbance"),
    ("He spends 80% of the day in general ED with support for emotional regulation.",
     "emotional-disturbance"),
    ("In PHYS ED he works on emotional regulation with the coach.", "emotional-disturbance"),
    # AT: at risk, at least
    ("COMMUNICATION: AT RISK", "assistive-technology"),
    ("Functional Communication was at-risk; the teacher uses a communication board AT LEAST "
     "twice daily", "assistive-technology"),
    # PT: parent-teacher, part time
    ("At the PT conference, the teacher described his weekly therapy goals.", "pt"),
    ("His mother works PT and can attend therapy sessions on Fridays.", "pt"),
    # SS, GE, CI, PR, DD, ADD, VI, DB, REED, FRI, PSI
    ("Her SS teacher says the scores on unit tests are improving.", "standard-score"),
    ("Social Studies (SS): scores on unit tests 85 and 90", "standard-score"),
    ("The GE teacher reports her scores are improving.", "age-grade-equivalent"),
    ("He wears a bilateral CI and his speech scores in quiet were in the average range.",
     "confidence-interval"),
    ("Contact the PR office about test score reports.", "percentile-rank"),
    ("Date eligible (MM/DD/YYYY): ______", "developmental-delay"),
    ("PLEASE ADD ANY MEDICATION YOUR CHILD TAKES AT SCHOOL.", "adhd"),
    ("Section VI: vision and hearing screening", "visual-impairment"),
    ("HEARING SCREENING: REFERRED AT 40 DB IN THE LEFT EAR", "deaf-blindness"),
    ("DR. REED reviewed the evaluation data with the team.", "reed"),
    ("Testing MON-FRI for the WISC-V index scores.", "fluid-reasoning-index"),
    ("The Parenting Stress Index (PSI) and the WISC-V were given.", "processing-speed-index"),
])
def test_the_shipped_phrases_keep_out_false_matches(matcher: Matcher, text: str,
                                                    wrong: str) -> None:
    assert wrong not in ids(matcher, text)


def test_every_acronym_with_phrases_is_covered_here(content: Content) -> None:
    """Each term with `not_in` phrases has a trap tested above (a new one gets its own)."""
    tested = {"intellectual-disability", "emotional-disturbance", "assistive-technology", "pt",
              "standard-score", "age-grade-equivalent", "confidence-interval",
              "percentile-rank", "developmental-delay", "adhd", "visual-impairment",
              "deaf-blindness", "reed", "fluid-reasoning-index", "processing-speed-index"}
    assert {t.id for t in content.terms.values() if t.not_in} == tested
