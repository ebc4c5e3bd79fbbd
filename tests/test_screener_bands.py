"""A screener's own words for its percentiles (content/score-scales.toml, `percentile_bands`
and `percentile_note`).

A parent reads the decoder's words beside the screener's report, so a percentile of a screener
whose publisher names fixed ranges is called by them: aimswebPlus's five performance levels
(1st-10th well below average, 11th-25th below average, 26th-74th average, 75th-89th above
average, 90th and up well above average) and MAP Growth's achievement quintiles (Lo to the
20th, LoAvg, Avg, HiAvg, Hi from the 81st). i-Ready names none (its placements come from the
scale score), and Star's benchmark categories are cut where the district chooses: for them the
decoder says so, and keeps its usual words. Sources are in the scales file's comments.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.bellcurve import Point, chart, place
from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import FILE_NAME, Scales
from iepwizard.core.scales_file import parse_scales

SCREENER = '''[[test]]
id = "s"
name = "S"
names = ["Screener S"]
{extra}
percentile = ["Reading"]
'''


def problems(extra: str, text: str = SCREENER) -> list[str]:
    """Each problem of a scales file holding `extra`, as check-content prints it."""
    return [str(p) for p in parse_scales(text.format(extra=extra), Path("s.toml"))[1]]


def test_a_screener_may_give_its_own_percentile_bands() -> None:
    scales, found = parse_scales(SCREENER.format(
        extra='percentile_bands = [[1, "well below average"], [11, " below average "]]\n'
              'percentile_note = """Said after\\n  each one."""'), Path("s.toml"))
    assert found == []
    info = scales.tests["s"]
    assert info.percentile_bands == ((1, "well below average"), (11, "below average"))
    assert info.percentile_note == "Said after each one."


@pytest.mark.parametrize(("extra", "message"), [
    ('percentile_bands = [[26, "average"], [11, "below average"], [1, "low"]]',
     "s.toml:5: test s: 'percentile_bands' must list its percentiles lowest first, each once "
     "(here: 26, 11, 1)"),
    ('percentile_bands = [[1, "low"], [11, "below average"], [11, "average"]]',
     "s.toml:5: test s: 'percentile_bands' must list its percentiles lowest first, each once "
     "(here: 1, 11, 11)"),
    ('percentile_bands = [["1st", "low"], [11, "below average"]]',
     "s.toml:5: test s: 'percentile_bands' must be a list of [percentile, \"words\"] pairs, "
     "each percentile a whole number where its words start, like [[1, \"well below "
     "average\"], [11, \"below average\"]]"),
    ('percentile_bands = [[1, "low"], [10.5, "below average"]]',
     "s.toml:5: test s: 'percentile_bands' must be a list of [percentile, \"words\"] pairs, "
     "each percentile a whole number where its words start, like [[1, \"well below "
     "average\"], [11, \"below average\"]]"),
    ('percentile_bands = "well below average to the 10th"',
     "s.toml:5: test s: 'percentile_bands' must be a list of [percentile, \"words\"] pairs, "
     "each percentile a whole number where its words start, like [[1, \"well below "
     "average\"], [11, \"below average\"]]"),
    ('percentile_bands = [[1, ""], [11, "below average"]]',
     "s.toml:5: test s: 'percentile_bands' must be a list of [percentile, \"words\"] pairs, "
     "each percentile a whole number where its words start, like [[1, \"well below "
     "average\"], [11, \"below average\"]]"),
    ('percentile_bands = [[0, "low"], [11, "below average"]]',
     "s.toml:5: test s: 'percentile_bands' must start at 1 (the lowest percentile) and go no "
     "higher than 99 (here: 0, 11)"),
    ('percentile_bands = [[1, "low"], [100, "top"]]',
     "s.toml:5: test s: 'percentile_bands' must start at 1 (the lowest percentile) and go no "
     "higher than 99 (here: 1, 100)"),
    ('percentile_note = ""',
     "s.toml:5: test s: 'percentile_note' must be a non-empty text in quotes"),
    ("percentile_note = 40",
     "s.toml:5: test s: 'percentile_note' must be a non-empty text in quotes"),
])
def test_a_mistake_in_percentile_bands_is_named_with_its_file_line_and_key(
        extra: str, message: str) -> None:
    assert problems(extra) == [message]


def test_percentile_bands_belong_to_a_screener_only() -> None:
    # (a test of standard scores names its ranges in 'ranges', on the standard-score scale)
    text = SCREENER.replace('percentile = ["Reading"]', 'standard = ["Reading"]')
    assert problems('percentile_bands = [[1, "low"], [11, "below average"]]', text) == [
        "s.toml:5: test s: 'percentile_bands' is only for a test whose areas are listed under "
        "'percentile' (a screener's); a test of standard scores names its ranges in 'ranges'"]
    assert problems('percentile_note = "A note."', text) == [
        "s.toml:5: test s: 'percentile_note' is only for a test whose areas are listed under "
        "'percentile' (a screener's)"]


def test_a_test_with_a_mistake_in_its_bands_is_left_out_and_the_rest_kept() -> None:
    text = SCREENER.format(extra='percentile_bands = [[11, "below"], [1, "low"]]') + \
        SCREENER.format(extra="").replace('"s"', '"t"').replace('"S"', '"T"').replace(
            "Screener S", "Screener T")
    scales, found = parse_scales(text, Path("s.toml"))
    assert len(found) == 1 and set(scales.tests) == {"t"}


def test_check_content_names_the_file_and_the_key(content_copy: Path) -> None:
    path = content_copy / FILE_NAME
    text = path.read_text(encoding="utf-8")
    broken = text.replace('percentile_bands = [[1, "well below average"], [11, "below average"]',
                          'percentile_bands = [[11, "below average"], [1, "well below average"]')
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    line = next(n for n, ln in enumerate(broken.splitlines(), 1)
                if ln.startswith('percentile_bands = [[11, "below average"]'))
    result = subprocess.run([sys.executable, "-m", "iepwizard", "check-content",
                             str(content_copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert (f"{path}:{line}: test aimswebplus: 'percentile_bands' must list its percentiles "
            f"lowest first, each once (here: 11, 1, 26, 75, 90)") in result.stderr.splitlines()


def test_the_shipped_screeners_bands_are_their_publishers(scales: Scales) -> None:
    tests = scales.tests
    assert tests["aimswebplus"].percentile_bands == (
        (1, "well below average"), (11, "below average"), (26, "average"),
        (75, "above average"), (90, "well above average"))
    assert [floor for floor, _ in tests["map-growth"].percentile_bands] == [1, 21, 41, 61, 81]
    # (no fixed bands: i-Ready's placements come from its scale score, Star's categories
    # from the district's cut scores; each says so instead)
    for test_id in ("i-ready", "star-reading", "star-math", "star-early-literacy"):
        assert tests[test_id].percentile_bands == ()
        assert tests[test_id].percentile_note


def explained(text: str, content: Content) -> str:
    """The explanation of the one score in `text`."""
    [score] = decode(text, content).scores
    return score.explain()


@pytest.mark.parametrize(("text", "expected"), [
    ("On aimswebPlus Oral Reading Fluency he read 62 words correct, at the 9th percentile.",
     "Oral Reading Fluency (aimswebPlus), 9th percentile: as well as or better than 9 of "
     "every 100 children in the same grade (not 9% correct); aimswebPlus calls the 1st to "
     "10th percentile well below average. Most other tests call this percentile low average."),
    ("aimswebPlus Reading Composite: 11th percentile.",
     "Reading (aimswebPlus), 11th percentile: as well as or better than 11 of every 100 "
     "children in the same grade (not 11% correct); aimswebPlus calls the 11th to 25th "
     "percentile below average. Most other tests call this percentile low average."),
    ("aimswebPlus Math Composite: 74th percentile.",
     "Math (aimswebPlus), 74th percentile: as well as or better than 74 of every 100 "
     "children in the same grade (not 74% correct); aimswebPlus calls the 26th to 74th "
     "percentile average. Most other tests call this percentile high average."),
    ("aimswebPlus Math Composite: 50th percentile.",  # (the same words: said once)
     "Math (aimswebPlus), 50th percentile: as well as or better than 50 of every 100 "
     "children in the same grade (not 50% correct); aimswebPlus calls the 26th to 74th "
     "percentile average."),
    ("aimswebPlus Vocabulary: 95th percentile.",
     "Vocabulary (aimswebPlus), 95th percentile: as well as or better than 95 of every 100 "
     "children in the same grade (not 95% correct); aimswebPlus calls the 90th to 99th "
     "percentile well above average. Most other tests call this percentile high."),
    ("His MAP Growth Math RIT score was 198 (35th percentile).",
     "Math (NWEA MAP Growth), 35th percentile: as well as or better than 35 of every 100 "
     "children in the same grade (not 35% correct); NWEA MAP Growth calls the 21st to 40th "
     "percentile low average (LoAvg). Most other tests call this percentile average."),
    ("NWEA MAP Growth Reading: RIT 181, percentile rank of 20.",
     "Reading (NWEA MAP Growth), 20th percentile: as well as or better than 20 of every 100 "
     "children in the same grade (not 20% correct); NWEA MAP Growth calls the 1st to 20th "
     "percentile low (Lo). Most other tests call this percentile low average."),
    ("NWEA MAP Growth Reading: RIT 221, percentile rank of 81.",
     "Reading (NWEA MAP Growth), 81st percentile: as well as or better than 81 of every 100 "
     "children in the same grade (not 81% correct); NWEA MAP Growth calls the 81st to 99th "
     "percentile high (Hi). Most other tests call this percentile high average."),
])
def test_a_screeners_percentile_is_named_by_its_publishers_bands(
        text: str, expected: str, content: Content) -> None:
    assert explained(text, content) == expected


def test_i_ready_and_star_say_their_words_are_not_fixed(content: Content) -> None:
    i_ready = explained("On the i-Ready Diagnostic, Sam's Overall Reading placement was "
                        "Level 1, at the 9th percentile.", content)
    assert i_ready.startswith(
        "Overall Reading (i-Ready), 9th percentile: as well as or better than 9 of every 100 "
        "children in the same grade (not 9% correct). "
        "i-Ready names no ranges of its percentiles; its placement")
    assert "comes from the scale score" in i_ready
    star = explained("Star Math: Scaled Score 512, PR 22.", content)
    assert star.startswith(
        "Math (Star Math), 22nd percentile: as well as or better than 22 of every 100 "
        "children in the same grade (not 22% correct). "
        "Star's benchmark categories")
    assert "cut where the school district or the state chooses" in star
    assert "the report's benchmark line, not this percentile alone, says" in star


def test_the_bell_curve_and_other_tests_are_as_before(content: Content) -> None:
    text = ("On aimswebPlus Oral Reading Fluency he read 62 words correct, at the 9th "
            "percentile. On the WIAT-4, Word Reading was at the 9th percentile.")
    aimsweb, wiat = decode(text, content).scores
    # (its range on the bell curve is the one every percentile has there)
    assert aimsweb.words == wiat.words == "low average"
    point = place(aimsweb)
    assert isinstance(point, Point) and point.band == place(wiat).band  # type: ignore[union-attr]
    assert len(chart([aimsweb]).ability) == 1
    assert wiat.explain().endswith("usually described as low average.")
    assert "aimswebPlus calls" not in wiat.explain()


def test_iepwizard_decode_gives_the_publishers_words(tmp_path: Path) -> None:
    report = tmp_path / "screening.txt"
    report.write_text(
        "Fall screening. On aimswebPlus Oral Reading Fluency Sam read 41 words correct, at "
        "the 8th percentile. His NWEA MAP Growth Reading RIT was 176, at the 30th "
        "percentile.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert ("Oral Reading Fluency (aimswebPlus), 8th percentile: as well as or better than 8 "
            "of every 100 children in the same grade (not 8% correct); aimswebPlus calls the "
            "1st to 10th percentile well below average. Most other tests call this percentile "
            "low.") in out
    assert ("Reading (NWEA MAP Growth), 30th percentile: as well as or better than 30 of "
            "every 100 children in the same grade (not 30% correct); NWEA MAP Growth calls "
            "the 21st to 40th percentile low average (LoAvg). Most other tests call this "
            "percentile average.") in out
