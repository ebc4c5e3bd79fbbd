"""Precision and recall of the decoder on tests/corpus (written before the parser).

The glossary is the shipped one with its ambiguous acronyms moved into `context_acronyms`, as
the content rewrite does (tests/decoder_glossary.py); on the shipped glossary as it is, the
all-caps cases must already hold, and every forbidden term once the rewrite is merged.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode

from .decoder_corpus import CORPUS, HELD_OUT, key, measure, paperwork, reports
from .decoder_glossary import reference_content


def test_precision_and_recall_on_the_corpus(content: Content) -> None:
    tally = measure(reference_content(content))
    print("\n" + tally.summary())
    assert tally.forbidden == []
    assert tally.score_precision >= 0.97 and tally.score_recall >= 0.97, tally.misses
    assert tally.term_recall >= 0.97 and tally.term_precision >= 0.95, tally.misses



#: Each held-out corpus (answered by hand before the decoder ran; never tuned on) and the
#: floors it is held at: score precision, score recall, terms recall. Raise them as the
#: decoder improves; a folder's README tells its history (first measured, then after mends).
FLOORS = {
    "heldout": (0.98, 0.91, 0.90),
    # (0.975 / 0.981 with the RTI screeners' percentiles, i-Ready and NWEA MAP Growth; .963 /
    # .963 before)
    "heldout2": (0.97, 0.98, 0.92),
    # (0.976, 0.958 with the area a sentence is about; 0.975, 0.952: the scales file lists the
    # CTONI-2, TOWRE-2, GORT-5, ABAS-3 and Beery VMI)
    "heldout3": (0.97, 0.95, 0.98),
    # (0.918, 0.904 with the screeners' percentiles, i-Ready and Star Math; 0.902, 0.888 with
    # the area a sentence is about; 0.892, 0.878 before; first measured 0.601, 0.543; terms
    # 1.000)
    "heldout4": (0.91, 0.90, 0.99),
    # (0.926, 0.870 with the screeners' percentiles, i-Ready and NWEA MAP Growth; 0.915, 0.856
    # with dot-leader lists and the area a sentence is about; 0.897, 0.814 before: each
    # rater's table and aside saying whose; 0.762, 0.684 before that, with the scales file's
    # KeyMath-3, WRMT-III, TOWL-4, CBCL and SRS-2; first measured 0.468, 0.377; terms 1.000)
    "heldout5": (0.92, 0.86, 0.99),
    # (0.978 / 0.949 with the screeners' percentiles, i-Ready, aimswebPlus and NWEA MAP
    # Growth; 0.969 / 0.928 with dot-leader lists and the area a sentence is about; 0.910 /
    # 0.855 before; first measured 0.892 / 0.804; terms 0.973)
    "heldout6": (0.97, 0.94, 0.97),
    "heldout7": (0.86, 0.75, 0.98),  # (first measured 0.869 / 0.751, terms 0.983)
    "heldout8": (0.83, 0.73, 0.96),  # (first measured 0.833 / 0.730, terms 0.969)
    # (first measured 0.781 / 0.667, terms 0.911; 0.919 after one answer was corrected)
    "heldout9": (0.78, 0.66, 0.91),
    "heldout10": (0.59, 0.50, 0.81),  # (first measured 0.593 / 0.500, terms 0.812)
    "heldout11": (0.55, 0.40, 0.98),  # (first measured 0.553 / 0.400, terms 0.981)
    "heldout12": (0.86, 0.79, 0.98),  # (first measured 0.863 / 0.795, terms 0.988)
    "heldout13": (0.77, 0.67, 0.97),  # (first measured 0.779 / 0.678, terms 0.976)
    "heldout14": (0.73, 0.62, 1.00),  # (first measured 0.735 / 0.623, terms 1.000)
    "heldout15": (0.49, 0.32, 1.00),  # (first measured 0.492 / 0.321, terms 1.000)
    "heldout16": (0.93, 0.92, 0.99),  # (first measured 0.937 / 0.926, terms 0.994)
    "heldout17": (0.93, 0.91, 0.98),  # (first measured 0.850 / 0.781, terms 0.981; 0.932 /
    # 0.914 after the mends of stops 43-44)
    "heldout18": (0.99, 0.99, 0.99),  # (first measured 0.726 / 0.640, terms 0.992; 0.992 /
    # 0.996 after the mends of stops 43-44)
    "heldout19": (0.66, 0.61, 1.00),  # (first measured 0.665 / 0.613, terms 1.000)
}


def test_every_held_out_corpus_has_its_floors() -> None:
    # (a corpus written and not listed would be measured nowhere)
    assert set(FLOORS) == set(HELD_OUT) == {path.name for path in CORPUS.glob("heldout*")}


@pytest.mark.parametrize(("folder", "floors"), FLOORS.items())
def test_precision_and_recall_on_the_held_out_reports_do_not_fall(
        folder: str, floors: tuple[float, float, float], content: Content) -> None:
    precision, recall, terms = floors
    tally = measure(content, folder=folder)
    print("\n" + tally.summary())
    assert tally.score_precision >= precision and tally.score_recall >= recall, tally.misses
    assert tally.term_recall >= terms and not tally.forbidden, tally.forbidden


def test_the_corpus_has_every_layout() -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path, _ in reports()}
    assert len(texts) >= 8 and len(paperwork()) >= 40
    joined = "\n".join(texts.values())
    for layout in ("\t", "|", "SS = ", "was 101", "CI", "GE", "mean of 100", "T = 70",
                   "\x1b]52;"):
        assert layout in joined, layout


def test_stated_percentiles_and_intervals(content: Content) -> None:
    for path, expected in reports():
        result = decode(path.read_text(encoding="utf-8"), content)
        got = {key(s.label, s.test, s.type_name, s.value): s for s in result.scores}
        for want in expected.get("score", []):  # type: ignore[attr-defined]
            score = got[key(want["label"], want["test"], want["type"], want["value"])]
            if "percentile" in want:
                assert score.stated == want["percentile"], (path.name, want)
            if "ci" in want:
                assert score.ci == tuple(want["ci"]), (path.name, want)


def test_all_caps_text_on_the_shipped_glossary(content: Content) -> None:
    for text in ("RESULTS: NOT AT RISK", "WE ADD A RECOMMENDATION FOR A READING SPECIALIST.",
                 "STUDENT IS NOT AT RISK FOR RETENTION AT THIS TIME.",
                 "DO NOT ADD PAGES TO THIS FORM.", "THE TEAM HAD A GOOD IDEA ABOUT SEATING."):
        assert [t.id for t in decode(text, content).terms] == [], text


def test_services_a_child_qualifies_for_are_explained(content: Content) -> None:
    """"qualifies for OT" is the context a parent reads most often (found in a new-user walk)."""
    for text, wanted in (("She qualifies for OT.", ["ot"]),
                         ("He is eligible for PT and receives OT.", ["pt", "ot"])):
        assert [t.id for t in decode(text, content).terms if t.id in {"ot", "pt"}] == wanted


def test_no_forbidden_term_on_the_shipped_glossary(content: Content) -> None:
    if not any(t.context_acronyms for t in content.terms.values()):
        pytest.skip("the shipped glossary has no context acronyms yet (content rewrite)")
    assert measure(content).forbidden == []


def test_expected_files_are_well_formed() -> None:
    kinds = {"standard", "scaled", "t-problem", "t-adaptive", "t", "percentile",
             "grade-equivalent", "unknown"}
    for path, expected in reports():
        data = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
        assert data == expected
        for score in expected.get("score", []):  # type: ignore[attr-defined]
            assert {"label", "test", "type", "value"} <= set(score), path
            assert score["type"] in kinds, path
    assert Path(__file__).with_name("decoder_corpus.py").exists()
