"""The guide's words: our own, accurate under federal law, and easy to read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.markdown import plain_text

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed"
IDEA_CATEGORIES = [
    "autism", "deaf-blindness", "deafness", "emotional disturbance", "hearing impairment",
    "intellectual disability", "multiple disabilities", "orthopedic impairment",
    "other health impairment", "specific learning disability", "speech or language impairment",
    "traumatic brain injury", "visual impairment including blindness",
]
CITATION = re.compile(r"CFR|U\.S\.C\.|OSEP|Fed\. Reg\.")


def all_text(content: Content) -> str:
    parts = [content.footer]
    for step in content.steps:
        parts += [step.title, step.body, step.start_here, step.challenge,
                  *(i.text for i in step.checklist)]
    for term in content.terms.values():
        parts += [term.term, term.definition]
    for letter in content.letters.values():
        parts += [letter.subject, letter.body, letter.purpose]
    return "\n".join(parts)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def reading_text(body: str) -> str:
    """The body's prose, less lines that cite the law, each line ending as a sentence."""
    lines = [line for line in plain_text(body).splitlines() if not CITATION.search(line)]
    return " ".join(line if line.rstrip()[-1:] in ".!?:" else line + "." for line in lines)


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


def test_the_thirteen_idea_categories_are_listed_exactly(content: Content) -> None:
    step = content.step("iep-or-504")
    assert step is not None
    listed = re.findall(r"^- (.+)$", step.body, flags=re.M)
    assert [item for item in listed if item in IDEA_CATEGORIES] == IDEA_CATEGORIES
    assert "300.8(c)" in " ".join(step.sources)


def test_gifted_is_never_called_a_federal_category(content: Content) -> None:
    sentences = re.split(r"(?<=[.!?])\s+", all_text(content))
    for sentence in sentences:
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


def test_every_step_is_complete_and_cites_its_sources(content: Content) -> None:
    assert len(content.steps) == 9
    for step in content.steps:
        assert step.checklist and step.start_here and step.challenge, step.id
        assert all(CITATION.search(s) for s in step.sources), step.id
        assert all(t in content.terms for t in step.terms), step.id
        assert all(letter in content.letters for letter in step.letters), step.id
    assert "not legal advice" in content.footer
    assert "Parent Training and Information" in content.footer


def test_glossary_covers_the_brief(content: Content) -> None:
    assert len(content.terms) >= 60
    names = {name.casefold() for term in content.terms.values() for name in term.names}
    for required in ["IEP", "504 plan", "IDEA", "Section 504", "FAPE", "LRE", "RTI", "MTSS",
                     "IEE", "PWN", "procedural safeguards", "consent", "evaluation",
                     "reevaluation", "eligibility", "PLAAFP", "PLOP", "measurable annual goal",
                     "accommodation", "modification", "SDI", "related services", "SLP", "OT",
                     "PT", "school psychologist", "case manager", "LEA representative", "ESY",
                     "BIP", "FBA", "MDR", "transition plan", "stay-put", "due process",
                     "mediation", "state complaint", "PTI", "SLD", "OHI", "dyslexia", "autism",
                     "speech or language impairment", "2e", "standard score",
                     "percentile rank", "scaled score", "T-score", "stanine",
                     "confidence interval", "age equivalent", "grade equivalent", "WISC-V",
                     "WIAT-4", "FERPA", "annual review", "triennial", "prior written notice"]:
        assert required.casefold() in names, required
    standard = content.terms["standard-score"].definition
    assert "100" in standard and "15" in standard
    assert "not a percent correct" in content.terms["percentile-rank"].definition


@pytest.mark.parametrize("index", range(9))
def test_reading_level_of_each_step(content: Content, index: int) -> None:
    textstat = pytest.importorskip("textstat")
    step = content.steps[index]
    grade = textstat.flesch_kincaid_grade(reading_text(step.body))
    print(f"{step.id}: Flesch-Kincaid grade {grade:.1f}")
    assert grade <= 8.0, f"{step.id} reads at grade {grade:.1f}"
