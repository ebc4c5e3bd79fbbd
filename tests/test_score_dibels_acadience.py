"""DIBELS 8 and Acadience Reading, two RTI reading screeners (content/score-scales.toml).

Two different tests: DIBELS 8th Edition (University of Oregon) and Acadience Reading K-6 (the
renamed DIBELS Next, Acadience Learning). Each measure gives a raw score (letters named, sounds
or words read correctly in a minute, an accuracy percentage, a Maze score) and each test a
composite that combines some of them; all are judged against benchmark goals ("Well Below
Benchmark", "At risk"), and none is a standard, scaled or T-score. Only a percentile written as
one is a score: the measure's percentile rank among children in the same grade, explained with
the test's note that the benchmark level comes from the benchmark goals, not from the
percentile, so the two need not match. Measures both tests share with aimswebPlus (Letter
Naming Fluency, Nonsense Word Fluency, Oral Reading Fluency...) are the test's named last
before them. Sources are in the scales file's comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales

from .score_reading import Row, read
from .test_cli import run

DIBELS_NOTE = ("DIBELS 8's benchmark levels (such as \"At risk\", \"Intensive support\" or "
               "\"Well Below Benchmark\") come from benchmark goals for each measure's own "
               "score, not from this percentile, so the two need not match")
ACADIENCE_NOTE = ("On Acadience Reading (once named DIBELS Next), the benchmark status (such as "
                  "Well Below Benchmark, Below Benchmark, At Benchmark or Above Benchmark) "
                  "comes from benchmark goals for each measure's own score, not from this "
                  "percentile, so the two need not match")


def explained(text: str, content: Content) -> list[str]:
    """The explanation of each score in `text`, spaces run together."""
    return [" ".join(s.explain().split()) for s in decode(text, content).scores]


@pytest.mark.parametrize(("text", "expected"), [
    ("DIBELS 8 Letter Naming Fluency: 23 (Well Below Benchmark), 9th percentile.",
     [("Letter Naming Fluency", "DIBELS 8", "percentile", 9)]),
    ("On the DIBELS 8th Edition, his ORF was 42 words correct (At risk), at the 12th "
     "percentile.", [("Oral Reading Fluency", "DIBELS 8", "percentile", 12)]),
    ("DIBELS 8 Composite Score: 298 (Well Below Benchmark), 6th percentile.",
     [("Composite Score", "DIBELS 8", "percentile", 6)]),
    ("On Acadience Reading, her ORF Words Correct was at the 9th national percentile and her "
     "Reading Composite Score of 208 was Below Benchmark.",
     [("ORF Words Correct", "Acadience Reading", "percentile", 9)]),
    ("Acadience Reading First Sound Fluency (FSF): 18, Below Benchmark, 22nd percentile.",
     [("First Sound Fluency", "Acadience Reading", "percentile", 22)]),
])
def test_a_percentile_is_the_measures(text: str, expected: list[Row], scales: Scales) -> None:
    assert read(text, scales) == expected


def test_a_dibels_8_percentile_is_same_grade_with_its_note(content: Content) -> None:
    [text] = explained("DIBELS 8 Letter Naming Fluency: 23 (Well Below Benchmark), 9th "
                       "percentile.", content)
    assert text.startswith("Letter Naming Fluency (DIBELS 8), 9th percentile: as well as or "
                           "better than 9 of every 100 children in the same grade (not 9% "
                           "correct)")
    assert DIBELS_NOTE in text
    assert "cannot tell its test" not in text


def test_an_acadience_percentile_is_same_grade_with_its_note(content: Content) -> None:
    [text] = explained("Acadience Reading Oral Reading Fluency (ORF): 61 words correct, Below "
                       "Benchmark, 35th percentile.", content)
    assert text.startswith("Oral Reading Fluency (Acadience Reading), 35th percentile: as well "
                           "as or better than 35 of every 100 children in the same grade")
    assert ACADIENCE_NOTE in text
    # (a percentile may be the data system's, not the nation's: the report says which)
    assert "only with the students in the school's data system" in text


@pytest.mark.parametrize("text", [
    "Acadience Reading Composite Score 96, Below Benchmark.",  # was "standard score 96: average"
    "Acadience Reading: Reading Composite Score 171 (Well Below Benchmark).",
    "DIBELS 8 Composite Score: 298 (Well Below Benchmark).",
    "DIBELS 8 Letter Naming Fluency: 23 (Well Below Benchmark).",
    "DIBELS 8 ORF 42 words correct, 92% accuracy.",
    "ORF 42 words correct, 92% accuracy.",
    "Acadience Reading ORF: 42 words correct, 92% accuracy, Retell 15.",
    "On Acadience Reading her Maze adjusted score of 6 was Below Benchmark.",
    "DIBELS 8: LNF 38, PSF 29, NWF-CLS 21, WRF 6.",
])
def test_a_raw_score_or_composite_is_no_score(text: str, scales: Scales) -> None:
    # (a count judged against benchmark goals: never a standard, scaled or T-score, nor a
    # percentile)
    assert read(text, scales) == []


#: A DIBELS 8 benchmark table as IEPs print it: the Score column holds raw scores.
DIBELS_TABLE = """READING - DIBELS 8 Middle of Year benchmark (1/14/2026)
  Measure                          Score    Status                   National %ile
  Letter Naming Fluency (LNF)        38     At Benchmark                   41
  Phonemic Segmentation (PSF)        29     Below Benchmark                22
  Nonsense Word Fluency (NWF-CLS)    21     Well Below Benchmark            9
  Word Reading Fluency (WRF)          6     Well Below Benchmark            7
  Oral Reading Fluency (ORF)         14     Well Below Benchmark            8
"""


def test_a_benchmark_table_gives_its_percentiles_not_its_raw_scores(scales: Scales) -> None:
    assert read(DIBELS_TABLE, scales) == [
        ("Letter Naming Fluency", "DIBELS 8", "percentile", 41),
        ("Phonemic Segmentation Fluency", "DIBELS 8", "percentile", 22),
        ("Nonsense Word Fluency", "DIBELS 8", "percentile", 9),  # ("(NWF-CLS)": its part)
        ("Word Reading Fluency", "DIBELS 8", "percentile", 7),
        ("Oral Reading Fluency", "DIBELS 8", "percentile", 8)]


def test_the_reports_benchmark_words_are_not_contradicted(content: Content) -> None:
    # A percentile the decoder calls "average" beside the report's "Below Benchmark": each
    # explanation says where the benchmark level comes from, and that the two need not match.
    texts = explained(DIBELS_TABLE, content) + explained(
        "Acadience Reading Letter Naming Fluency: 40 (Below Benchmark), 38th percentile.",
        content)
    assert len(texts) == 6
    assert all("need not match" in t for t in texts)
    # (and never "average" beside it: Acadience's benchmark goals sit around the 39th
    # percentile, so the common words would say "average" beside "Below Benchmark")
    assert ACADIENCE_NOTE in texts[-1]
    assert not any("usually described as" in t for t in texts)
    assert not any("standard score" in t or "scaled score" in t for t in texts)


def test_a_shared_measure_after_aimswebplus_is_the_dibels_tables(scales: Scales) -> None:
    text = ("On aimswebPlus Oral Reading Fluency he read 62 words correct, at the 8th "
            "percentile.\n\n" + DIBELS_TABLE)
    rows = read(text, scales)
    assert rows[0] == ("Oral Reading Fluency", "aimswebPlus", "percentile", 8)
    assert rows[1:] and all(test == "DIBELS 8" for _, test, _, _ in rows[1:])
    assert ("Oral Reading Fluency", "DIBELS 8", "percentile", 8) in rows


def test_a_shared_measure_after_dibels_is_aimswebplus_where_it_is_named_last(
        scales: Scales) -> None:
    text = ("DIBELS 8 Letter Naming Fluency: 23 (Well Below Benchmark), 9th percentile.\n\n"
            "aimswebPlus (winter)\n"
            "  Measure                   Score    National Percentile\n"
            "  Letter Naming Fluency       31             18\n"
            "  Nonsense Word Fluency       12              7\n")
    assert read(text, scales) == [
        ("Letter Naming Fluency", "DIBELS 8", "percentile", 9),
        ("Letter Naming Fluency", "aimswebPlus", "percentile", 18),
        ("Nonsense Word Fluency", "aimswebPlus", "percentile", 7)]


def test_acadience_and_aimswebplus_keep_their_own_reading_composites(scales: Scales) -> None:
    text = ("Acadience Reading Composite Score: 171 (Well Below Benchmark), 12th percentile. "
            "On aimswebPlus, her Reading Composite was at the 15th percentile.")
    assert read(text, scales) == [
        ("Reading Composite Score", "Acadience Reading", "percentile", 12),
        ("Reading", "aimswebPlus", "percentile", 15)]


@pytest.mark.parametrize(("text", "expected"), [
    ("DIBELS Next Benchmark Assessment, Middle of Year\nOral Reading Fluency (DORF) Words "
     "Correct 42, Well Below Benchmark, 12th percentile",
     [("Oral Reading Fluency", "Acadience Reading", "percentile", 12)]),
    ("DIBELS Next: DIBELS Composite Score 96 (Below Benchmark), 18th percentile.",
     [("Reading Composite Score", "Acadience Reading", "percentile", 18)]),
])
def test_dibels_next_is_acadience_reading_by_its_old_name(
        text: str, expected: list[Row], scales: Scales) -> None:
    """A report from before 2018 names the test DIBELS Next: its percentile was "Benchmark,
    12th percentile", on no test, with no word of its same-grade norms."""
    assert read(text, scales) == expected


def test_plain_dibels_and_acadience_math_name_neither_test(scales: Scales) -> None:
    # (plain "DIBELS" may be the 6th edition, DIBELS Next or DIBELS 8; Acadience Math is
    # another test)
    for text in ("DIBELS Letter Naming Fluency: 9th percentile.",
                 "Acadience Math Composite Score: 9th percentile."):
        assert [s[1] for s in read(text, scales)] in ([], [""])


def test_iepwizard_decode_explains_a_screening_report(tmp_path: Path) -> None:
    report = tmp_path / "screening.txt"
    report.write_text(
        "Fall screening. DIBELS 8 Letter Naming Fluency: 23 (Well Below Benchmark), 9th "
        "percentile.\n\nAcadience Reading Composite Score 96, Below Benchmark.\n\n"
        "ORF 42 words correct, 92% accuracy.\n", encoding="utf-8")
    result = run("decode", str(report))
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert ("Letter Naming Fluency (DIBELS 8), 9th percentile: as well as or better than 9 of "
            "every 100 children in the same grade") in out
    assert "need not match" in out
    assert "standard score 96" not in out and "SS 96" not in out
    assert "Scores found (1)" in out


#: A screening table as districts print it: a measure not given in this grade ("--"), and a
#: measure's part after its abbreviation.
SCREENING_TABLE = (
    "DIBELS 8, Middle of Year, Grade 3\n"
    "Measure                                  Score    Benchmark Level        National %ile\n"
    "First Sound Fluency (FSF)                   --          --                     --\n"
    "Oral Reading Fluency (ORF) words correct    58     Below Benchmark              21\n"
    "Maze                                        8      At Benchmark                 41\n"
    "Composite Score                            371     Below Benchmark              17\n")


def test_a_row_left_empty_does_not_end_the_table(scales: Scales) -> None:
    """Under "First Sound Fluency (FSF)  --  --  --" no row had a header: the table's
    percentiles were missed, and "ORF words correct 58" (a count) was told as a score of no
    known kind."""
    assert read(SCREENING_TABLE, scales) == [
        ("ORF Words Correct", "DIBELS 8", "percentile", 21),
        ("Maze", "DIBELS 8", "percentile", 41),
        ("Composite Score", "DIBELS 8", "percentile", 17)]


def test_each_season_s_columns_are_read(scales: Scales) -> None:
    """"Score  Status  %ile" given for two seasons side by side: only the first season's
    percentile was read, and "Phoneme Segmentation 29" was a score of no known kind."""
    table = ("Acadience Reading K-6, Grade 2\n"
             "                          Beginning of Year        Middle of Year\n"
             "Measure                   Score  Status   %ile     Score  Status    %ile\n"
             "Letter Naming Fluency       44   At        51        --\n"
             "Phoneme Segmentation        29   Below     24        40   At        45\n"
             "Reading Composite Score     81   Below     19        97   Below     23\n")
    assert read(table, scales) == [
        ("Letter Naming Fluency", "Acadience Reading", "percentile", 51),
        ("Phoneme Segmentation Fluency", "Acadience Reading", "percentile", 24),
        ("Phoneme Segmentation Fluency", "Acadience Reading", "percentile", 45),
        ("Reading Composite Score", "Acadience Reading", "percentile", 19),
        ("Reading Composite Score", "Acadience Reading", "percentile", 23)]


MAP_SEASONS = ("NWEA MAP Growth, 2025-26\n"
               "{above}"
               "Subject               RIT   %ile      RIT   %ile      RIT   %ile\n"
               "Reading               188    22       193    25       197    27\n"
               "Math                  190    30       196    33       201    35\n")


@pytest.mark.parametrize("above", ["", "                        Fall            Winter"
                                       "          Spring\n", "Four windows:\n"])
def test_each_season_s_percentile_beside_the_screener_s_own_scale_is_read(
        above: str, scales: Scales) -> None:
    """One percentile a season, each beside a figure on the screener's own scale ("RIT
    %ile" three times): only the fall's was read, and told as the area's percentile of now.
    (The nineteenth held-out review's class; this text is new, not the review's.)"""
    text = MAP_SEASONS.format(above=above)
    if above == "Four windows:\n":  # (four: the header's halves are the same too)
        text = text.replace("%ile\n", "%ile      RIT   %ile\n").replace("27\n", "27  199  9\n")
        text = text.replace("35\n", "35  203  9\n")
    found = read(text, scales)
    assert [row for row in found if row[-1] != 9] == [
        ("Reading", "NWEA MAP Growth", "percentile", 22),
        ("Reading", "NWEA MAP Growth", "percentile", 25),
        ("Reading", "NWEA MAP Growth", "percentile", 27),
        ("Math", "NWEA MAP Growth", "percentile", 30),
        ("Math", "NWEA MAP Growth", "percentile", 33),
        ("Math", "NWEA MAP Growth", "percentile", 35)]
    assert len(found) == (8 if above == "Four windows:\n" else 6)


def test_a_normed_tests_two_unnamed_score_columns_stay_the_first_s(scales: Scales) -> None:
    """"SS  SS": whose year is whose is not said, so only the first is told (as before)."""
    table = ("WIAT-4\n"
             "Subtest                  SS     SS\n"
             "Word Reading             82     88\n")
    assert [value for *_, value in read(table, scales)] == [82]
