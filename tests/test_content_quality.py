"""The guide's words: our own, accurate under federal law, cited, and easy to read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iepwizard.core.content import Content, Step
from iepwizard.core.markdown import CITATION_MARKER, plain_text, strip_citations

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed"
IDEA_CATEGORIES = [
    "autism", "deaf-blindness", "deafness", "emotional disturbance", "hearing impairment",
    "intellectual disability", "multiple disabilities", "orthopedic impairment",
    "other health impairment", "specific learning disability", "speech or language impairment",
    "traumatic brain injury", "visual impairment including blindness",
]
CITATION = re.compile(r"CFR|U\.S\.C\.|OSEP|Fed\. Reg\.")
#: What a sentence that states the law looks like: a citation, "the law", a duty, a right, or a
#: number of days.
LAW_LIKE = re.compile(r"CFR|U\.S\.C\.|\bthe law\b|\bmust\b|\brequired?\b|\bright to\b"
                      r"|\b\d+\s+(?:calendar\s+|school\s+|business\s+)?days?\b", re.I)
DAY_COUNT = re.compile(r"\b\d+\s+(?:calendar\s+|school\s+|business\s+)?days?\b", re.I)


def all_text(content: Content) -> str:
    parts = [content.footer]
    for step in content.steps:
        parts += [step.title, strip_citations(step.body), step.start_here, step.challenge,
                  *(i.text for i in step.checklist)]
    for term in content.terms.values():
        parts += [term.term, term.definition]
    for letter in content.letters.values():
        parts += [letter.subject, letter.body, letter.purpose]
    return "\n".join(parts)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def reading_text(body: str) -> str:
    """The body's prose, less citation markers and lines that cite the law, each line ending
    as a sentence."""
    lines = [line for line in plain_text(strip_citations(body)).splitlines()
             if not CITATION.search(line)]
    return " ".join(line if line.rstrip()[-1:] in ".!?:" else line + "." for line in lines)


def sentences(step: Step) -> list[str]:
    """The body's sentences as written (markers kept), one paragraph or list item at a time;
    headings are not sentences."""
    headings = set(re.findall(r"^#+\s+(.+?)\s*$", step.body, flags=re.M))
    found = []
    for block in plain_text(step.body).splitlines():
        if block in headings:
            continue
        found += [s for s in re.split(r"(?<=[.!?:\]\"”])\s+(?=[A-Z\"“(*0-9])", block) if s]
    return found


def sections(step: Step) -> list[str]:
    return re.split(r"^## ", step.body, flags=re.M)


@pytest.mark.skipif(not SEED.is_dir(), reason="the seed guide (../shared/seed) is not beside "
                                              "this checkout")
def test_no_run_of_eight_words_is_copied_from_the_seed(content: Content) -> None:
    seed = words(" ".join(p.read_text(encoding="utf-8") for p in SEED.glob("*.txt")))
    assert len(seed) > 1000
    seed_runs = {tuple(seed[i:i + 8]) for i in range(len(seed) - 7)}
    ours = words(all_text(content))
    copied = {" ".join(ours[i:i + 8]) for i in range(len(ours) - 7)
              if tuple(ours[i:i + 8]) in seed_runs}
    assert not copied


def test_passages_flagged_as_close_paraphrase_are_rewritten(content: Content) -> None:
    text = all_text(content).lower()
    for phrase in ["teacher-ese", "phrase book", "team player", "like a tree", "at the door",
                   "busy places", "value their time", "we all want", "say it out loud",
                   "request comes first", "sinks in"]:
        assert phrase not in text, phrase


def test_the_thirteen_idea_categories_are_listed_exactly(content: Content) -> None:
    step = content.step("iep-or-504")
    assert step is not None
    listed = re.findall(r"^- (.+)$", step.body, flags=re.M)
    assert [item for item in listed if item in IDEA_CATEGORIES] == IDEA_CATEGORIES
    assert "300.8(c)" in " ".join(step.sources)
    for category in IDEA_CATEGORIES:
        assert any(term.term.casefold() == category or category in term.names
                   for term in content.terms.values()), category


def test_gifted_is_never_called_a_federal_category(content: Content) -> None:
    for sentence in re.split(r"(?<=[.!?])\s+", all_text(content)):
        if "gifted" in sentence.lower():
            assert re.search(r"\bnot\b|state|own|both|also", sentence), sentence


def test_the_seed_errors_stay_corrected(content: Content) -> None:
    text = all_text(content)
    assert not re.search(r"60 days (of|from|after) (your|the|a) request", text, re.I)
    assert not re.search(r"about a week", text, re.I)
    assert not re.search(r"must (sign|be signed)", text, re.I)
    assert "cannot be used to delay or deny an evaluation" in text
    assert re.search(r"not a way to get extra challenge or enrichment", text)
    assert "Federal law sets no number of days" in text


def test_never_say(content: Content) -> None:
    """What the review found wrong stays out: each line is one mistake that must not return."""
    text = all_text(content)
    assert not re.search(r"greatly limit", text, re.I)
    assert not re.search(r"(six|6) weeks (is|are) (required|the law)", text, re.I)
    assert not re.search(r"draft (IEP )?is a (federal )?right", text, re.I)
    assert not re.search(r"observ\w+ (is|are) a (federal )?right", text, re.I)
    assert not re.search(r"RTI must be (finished|completed|failed)", text, re.I)
    assert not re.search(r"keep your (side|end)", text, re.I)
    assert not re.search(r"right to a meeting", text, re.I)
    assert not re.search(r"60 (calendar )?days[^.]*(504|Section 504)", text, re.I)
    pwn = content.terms["pwn"]
    assert not {"written notice", "meeting notice", "notice of meeting"} & {
        n.casefold() for n in pwn.names}
    standard = content.terms["standard-score"]
    for wrong in ["composite", "composite score", "composite scores", "index score",
                  "index scores"]:
        assert wrong not in {n.casefold() for n in standard.names}, wrong
    assert "speech delay" not in {n.casefold() for n in
                                  content.terms["speech-language-impairment"].names}
    assert "psychologist" not in {n.casefold() for n in
                                  content.terms["school-psychologist"].names}
    assert not {"cprc", "community parent resource center"} & {
        n.casefold() for n in content.terms["pti"].names}
    mdr = content.terms["mdr"].definition
    assert "10 school days" in mdr and "direct and substantial relationship" in mdr


def test_ambiguous_acronyms_count_only_in_context(content: Content) -> None:
    """Short acronyms that are ordinary words or labels in school paperwork are never plain
    names of a term: a decoder finds them only where their context words stand."""
    plain = {name for term in content.terms.values() for name in term.names}
    contextual = {name for term in content.terms.values() for name in term.context_acronyms}
    for acronym in ["ID", "DD", "GE", "SS", "AT", "ADD", "OT", "PT", "CI", "PR", "ED", "SD",
                    "HI", "VI", "MD", "EL", "REED", "FRI", "PSI"]:
        assert acronym not in plain, acronym
        assert acronym in contextual, acronym


def test_every_step_is_complete_and_cites_its_sources(content: Content) -> None:
    assert len(content.steps) == 12
    for step in content.steps:
        assert step.checklist and step.start_here and step.challenge, step.id
        assert all(CITATION.search(s) for s in step.sources), step.id
        assert all(t in content.terms for t in step.terms), step.id
        assert all(letter in content.letters for letter in step.letters), step.id
        used = {int(n) for n in CITATION_MARKER.findall(step.body)}
        assert used == set(range(1, len(step.sources) + 1)), step.id
    assert "not legal advice" in content.footer
    assert "Parent Training and Information" in content.footer


def test_every_sentence_that_states_the_law_is_cited(content: Content) -> None:
    uncited = [(step.id, sentence) for step in content.steps for sentence in sentences(step)
               if LAW_LIKE.search(strip_citations(sentence))
               and not CITATION_MARKER.search(sentence)
               and not re.match(r"Federal law sets no number", sentence)]
    assert not uncited, "\n".join(f"{s}: {t}" for s, t in uncited)


def test_law_sentence_finder_finds_what_it_should() -> None:
    """The finder above is itself tested: it flags duties, rights and day counts, not plain
    advice."""
    flagged = [s for s in ["The school must answer.", "You have a right to see it.",
                           "It takes 60 days.", "It is required.", "Bring your notes.",
                           "Ask what each test is for."] if LAW_LIKE.search(s)]
    assert flagged == ["The school must answer.", "You have a right to see it.",
                       "It takes 60 days.", "It is required."]


def test_every_timeline_says_the_state_may_differ(content: Content) -> None:
    """Wherever the guide gives a number of days, the same section says it is the federal rule
    and that the state may set its own."""
    for step in content.steps:
        for section in sections(step):
            if DAY_COUNT.search(section):
                assert re.search(r"\bstate", section, re.I), (step.id, section[:60])


def test_glossary_covers_the_brief_and_the_issues(content: Content) -> None:
    assert len(content.terms) >= 150
    names = {name.casefold() for term in content.terms.values()
             for name in (*term.names, *term.context_acronyms)}
    for required in [
        "IEP", "504 plan", "IDEA", "Section 504", "FAPE", "LRE", "RTI", "MTSS", "IEE", "PWN",
        "procedural safeguards", "consent", "evaluation", "reevaluation", "eligibility",
        "PLAAFP", "PLOP", "measurable annual goal", "accommodation", "modification", "SDI",
        "related services", "SLP", "OT", "PT", "school psychologist", "case manager",
        "LEA representative", "ESY", "BIP", "FBA", "MDR", "transition plan", "stay-put",
        "due process", "mediation", "state complaint", "PTI", "SLD", "OHI", "dyslexia",
        "autism", "speech or language impairment", "2e", "standard score", "percentile rank",
        "scaled score", "T-score", "stanine", "confidence interval", "age equivalent",
        "grade equivalent", "WISC-V", "WIAT-4", "FERPA", "annual review", "triennial",
        "prior written notice",
        # issue 11
        "deaf-blindness", "deafness", "hearing impairment", "multiple disabilities",
        "orthopedic impairment", "traumatic brain injury", "visual impairment including blindness",
        "supplementary aids and services", "program modifications", "alternate assessment",
        "short-term objectives", "special factors", "PBIS", "resolution meeting",
        "hearing officer", "compensatory services", "OCR", "continuum of placements",
        "resource room", "self-contained", "inclusion", "co-teaching", "push-in", "pull-out",
        "service minutes", "consult services", "direct services", "adapted PE", "IHP", "REED",
        "adversely affects educational performance", "pattern of strengths and weaknesses",
        "raw score", "norm-referenced", "criterion-referenced", "CBM", "English learner",
        "age of majority", "summary of performance", "child find", "IFSP", "Part C",
        "interim alternative educational setting", "IEP amendment", "surrogate parent",
        "revoking consent", "equitable services", "standard deviation", "relative weakness",
        "index score",
        # issue 12
        "Working Memory Index", "Processing Speed Index", "Verbal Comprehension Index",
        "Visual Spatial Index", "Fluid Reasoning Index", "Full Scale IQ", "General Ability Index",
        "Digit Span", "Coding subtest", "Symbol Search", "Similarities subtest",
        "Vocabulary subtest", "Matrix Reasoning", "Block Design", "class ratio", "composite score",
    ]:
        assert required.casefold() in names, required
    standard = content.terms["standard-score"].definition
    assert "100" in standard and "15" in standard
    assert "not a percent correct" in content.terms["percentile-rank"].definition
    composite = content.terms["composite-score"].definition
    assert "standard score" in composite and "T-score" in composite


@pytest.mark.parametrize("index", range(12))
def test_reading_level_of_each_step(content: Content, index: int) -> None:
    textstat = pytest.importorskip("textstat")
    step = content.steps[index]
    grade = textstat.flesch_kincaid_grade(reading_text(step.body))
    print(f"{step.id}: Flesch-Kincaid grade {grade:.1f}")
    assert grade <= 8.0, f"{step.id} reads at grade {grade:.1f}"


def test_service_minutes_are_not_said_to_be_an_iep_s_only(content: Content) -> None:
    """Matched in a Tier 2 intervention's and an ESL service's minutes, it said "How much of a
    service the IEP promises" where there is no IEP (heldout6 and heldout8 reviews)."""
    definition = content.terms["service-minutes"].definition
    assert definition.startswith("How much of a service a child gets")
    assert "in an IEP it is a promise" in definition
