"""The RTI screeners' national percentiles (content/score-scales.toml, `percentile` lists).

i-Ready Diagnostic, NWEA MAP Growth, aimswebPlus and Renaissance Star report a national
percentile rank beside numbers on scales of their own. Only the percentile (and a grade
equivalent) is a score here: it is explained with its test's name, compared with children in
the same grade, and drawn. The rest (i-Ready scale scores of 100-800 and placements, MAP
Growth RIT scores of about 100-300, Star scaled scores of 0-1400, aimswebPlus words read
correctly) is never told as a percentile or a standard score. Sources: Curriculum Associates,
"i-Ready Diagnostic: Scores, Placements, and Norms"; NWEA, "Six commonly used MAP Growth terms";
Renaissance help, "Percentile Rank (PR)"; NCII's chart for aimswebPlus Oral Reading Fluency.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.bellcurve import Point, place
from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import Row, read

#: The brief's sentences and others as reports write them, and what each gives.
SCREENERS: list[tuple[str, list[Row]]] = [
    ("On the i-Ready Diagnostic, Sam's Overall Reading placement was Level 1, at the 9th "
     "percentile.", [("Overall Reading", "i-Ready", "percentile", 9)]),
    ("His MAP Growth Math RIT score was 198 (35th percentile).",
     [("Math", "NWEA MAP Growth", "percentile", 35)]),
    ("On aimswebPlus Oral Reading Fluency he read 62 words correct, at the 8th percentile.",
     [("Oral Reading Fluency", "aimswebPlus", "percentile", 8)]),
    ("On the i-Ready Math Diagnostic she scored 437 (Grade 3 placement), 24th %ile.",
     [("Math", "i-Ready", "percentile", 24)]),
    ("iReady Phonics: scale score 381, 15th national percentile.",
     [("Phonics", "i-Ready", "percentile", 15)]),
    ("On the i-Ready Diagnostic, Comprehension: Informational Text was 512 (30th percentile).",
     [("Comprehension: Informational Text", "i-Ready", "percentile", 30)]),
    ("NWEA MAP Growth Reading: RIT 201, percentile rank of 40.",
     [("Reading", "NWEA MAP Growth", "percentile", 40)]),
    ("Star Reading: Scaled Score 512, PR 35, GE 2.4.",
     [("Reading", "Star Reading", "percentile", 35),
      ("Reading", "Star Reading", "grade-equivalent", 2.4)]),
    ("MATH - Renaissance Star Math winter screening (1/22/2026)\n"
     "  Scaled Score (SS) 512   PR 58   GE 1.8   Benchmark: At/Above\n",
     [("Math", "Star Math", "percentile", 58), ("Math", "Star Math", "grade-equivalent", 1.8)]),
]


#: A screener's table: its scale scores and placements are no scores, its percentiles are.
TABLE = """i-Ready Diagnostic Results (Fall 2026)

Domain                  Scale Score    Placement    Percentile
Overall Reading         489            Grade 2      9
Phonics                 412            Grade 1      5

NWEA MAP Growth (Winter)
Subject        RIT    Percentile
Reading        188    21
"""


def test_a_screeners_table_gives_its_percentiles(scales: Scales) -> None:
    assert read(TABLE, scales) == [("Overall Reading", "i-Ready", "percentile", 9),
                                   ("Phonics", "i-Ready", "percentile", 5),
                                   ("Reading", "NWEA MAP Growth", "percentile", 21)]


@pytest.mark.parametrize(("text", "expected"), SCREENERS)
def test_a_screeners_percentile_is_its_areas(text: str, expected: list[Row],
                                              scales: Scales) -> None:
    assert read(text, scales) == expected


@pytest.mark.parametrize("text", [
    "i-Ready Overall Reading 489.",  # a scale score (100-800)
    "i-Ready Overall Math 45.",  # a bare number, even one a percentile could be
    "i-Ready Diagnostic Overall Reading scale score: 489 (Grade 2 placement).",
    "i-Ready Phonics placement: Level 1.",  # a placement
    "NWEA MAP Growth Reading RIT 198.",  # a RIT score
    "His MAP Growth Math RIT score was 198.",
    "Star Math scaled score 512.",  # a Star scaled score (0-1400)
    "Star Reading SS 98.",  # Star's "SS" is its scaled score, no standard score
    "aimswebPlus Oral Reading Fluency: 71 wcpm.",  # words read correctly
    "aimswebPlus Oral Reading Fluency: 71.",
    "aimswebPlus ORF: 84 words correct, 95% accuracy.",
])
def test_a_screeners_other_numbers_are_no_score(text: str, scales: Scales) -> None:
    assert read(text, scales) == []


def test_map_alone_is_not_taken_for_map_growth(scales: Scales) -> None:
    # ("MAP" is also a state test's name, Missouri's, and an ordinary word in capitals)
    assert [s.test for s in find_scores(blank("MAP Reading: 35th percentile."), scales)] == [""]


def test_another_tests_score_in_the_same_sentence_stays_its_own(scales: Scales) -> None:
    text = ("On the i-Ready Diagnostic her Overall Reading was at the 9th percentile; on the "
            "WIAT-4, Word Reading was 85 (16th percentile).")
    assert read(text, scales) == [("Overall Reading", "i-Ready", "percentile", 9),
                                  ("Word Reading", "WIAT-4", "standard", 85)]


def test_a_percentile_after_a_test_the_decoder_does_not_know_is_not_the_screeners(
        scales: Scales) -> None:
    # (DIBELS-6, the 6th edition, which the scales file does not list, is named after i-Ready:
    # its percentile is DIBELS's, not i-Ready's)
    text = "On i-Ready and then on DIBELS-6 her fluency was at the 9th percentile."
    assert [s.test for s in find_scores(blank(text), scales)] == [""]


def test_the_explanation_names_the_test_and_draws_the_score(content: Content) -> None:
    text = ("On the i-Ready Diagnostic, Sam's Overall Reading placement was Level 1, at the "
            "9th percentile.")
    found = decode(text, content)
    [score] = found.scores
    explained = score.explain()
    assert explained.startswith("Overall Reading (i-Ready), 9th percentile: as well as or "
                                "better than 9 of every 100 children in the same grade")
    assert "cannot tell its test" not in explained
    assert score.words == "see the report's own level for it"  # (i-Ready fixes no names:
    # "low average" could contradict the report's placement)
    assert isinstance(place(score), Point)
    assert [t.id for t in found.terms if "placement" in t.id] == ["grade-placement"]


def test_iepwizard_decode_shows_the_screeners(tmp_path: Path) -> None:
    report = tmp_path / "present-levels.txt"
    report.write_text("\n\n".join(text for text, _ in SCREENERS[:3]), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    out = " ".join(result.stdout.split())
    for head in ("Overall Reading (i-Ready), 9th percentile",
                 "Math (NWEA MAP Growth), 35th percentile",
                 "Oral Reading Fluency (aimswebPlus), 8th percentile"):
        assert head in out
    assert "in the same grade" in out
    assert "cannot tell its test" not in out and "RIT, 198" not in out
    assert "Overall Reading ·" in out or "Overall Reading" in out.split("bell curve")[1]


def test_a_district_s_iowa_assessments_give_percentiles_and_no_standard_score(
        scales: Scales) -> None:
    """The Iowa Assessments (a group test many districts give a whole grade) were in no
    scales file: their percentiles were told as no test's and no area's. Their "SS" is a
    growth scale of about 80-400, never a standard score of mean 100; their NPR column is
    the percentile."""
    text = ("On the district's Iowa Assessments last spring, Nora's Reading was at the 22nd "
            "percentile.\n\nIowa Assessments, Spring 2026\nTest          SS    NPR   GE\n"
            "Reading       176   22    2.7\nMathematics   190   48    3.6\n"
            "Science       151   12    1.9\n")
    assert read(text, scales) == [
        ("Reading", "Iowa Assessments", "percentile", 22),
        ("Reading", "Iowa Assessments", "grade-equivalent", 2.7),
        ("Mathematics", "Iowa Assessments", "percentile", 48),
        ("Mathematics", "Iowa Assessments", "grade-equivalent", 3.6),
        ("Science", "Iowa Assessments", "percentile", 12),
        ("Science", "Iowa Assessments", "grade-equivalent", 1.9)]
