"""A screener's growth percentile is no score of where the child stands, and a screener's
seasons printed beside a test's table (under a "Testing Window" column) are the screener's,
not the test's rows'. Both told a parent something false (the nineteenth held-out review's
classes; each text here is new, not the review's): "Math, 58th percentile" for a growth
percentile, and a screener's grade equivalents put on the test's subtests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read, read_stated
from .test_decoder_screen import MakeApp, open_decoder, paste_and_decode, report_of

GROWTH = ("On Star Math this spring, Nadia's PR was 22; her student growth percentile (SGP) "
          "was 41.\n"
          "i-Ready Diagnostic Math, fall to spring: typical growth percentile 63.\n"
          "Her MAP Growth conditional growth percentile of 12 means she grew less than most.\n"
          "Star Reading SGP: 55\n"
          "Her growth percentile was 30, and her Star Reading PR was 18.\n")

SIDE_BY_SIDE = (
    "WIAT-4 Math (01/12/2026)                         Star Math (screener, 2025-26)\n"
    "Subtest                 SS    95% CI   %ile     Testing Window    Scaled Score   PR   GE\n"
    "Math Problem Solving    88    81-95     21      Fall 2025            498         25   2.6\n"
    "Numerical Operations    79    72-86      8      Winter 2026          511         22   2.8\n"
    "Math Fluency            85    78-92     16      Spring 2026          530         20   3.0\n")

_STAR = "Star Math"
_WIAT = "WIAT-4"


def test_a_growth_percentile_is_no_score(scales: Scales) -> None:
    # each was told as the area's percentile: "Math (Star Math), 41st percentile"
    assert read(GROWTH, scales) == [("Math", _STAR, "percentile", 22),
                                    ("Reading", "Star Reading", "percentile", 18)]


@pytest.mark.parametrize("header", ["Growth %ile", "Growth Percentile", "SGP"])
def test_a_growth_column_is_no_score(header: str, scales: Scales) -> None:
    text = ("MAP Growth Reading, 2025-26\n"
            f"Area        {header}    RIT    %ile\n"
            "Reading     64              188    21\n")
    assert read(text, scales) == [("Reading", "NWEA MAP Growth", "percentile", 21)]


def test_a_screeners_seasons_beside_a_tests_table_are_the_screeners(scales: Scales) -> None:
    # the GEs were the WIAT-4 subtests' ("Math Problem Solving, grade equivalent 2.6"), and
    # the seasons' percentiles were lost
    assert read_stated(SIDE_BY_SIDE, scales) == [
        ("Math Problem Solving", _WIAT, "standard", 88, 21),
        ("Math", _STAR, "percentile", 25, None), ("Math", _STAR, "ge", 2.6, None),
        ("Numerical Operations", _WIAT, "standard", 79, 8),
        ("Math", _STAR, "percentile", 22, None), ("Math", _STAR, "ge", 2.8, None),
        ("Math Fluency", _WIAT, "standard", 85, 16),
        ("Math", _STAR, "percentile", 20, None), ("Math", _STAR, "ge", 3.0, None)]


def test_a_window_column_alone_starts_no_second_table(scales: Scales) -> None:
    # (a column of windows with no score after it is one table's: its rows keep their GEs)
    text = ("WIAT-4 Math (01/12/2026)\n"
            "Subtest                 SS    %ile    GE     Window\n"
            "Math Problem Solving    88    21      2.6    Winter 2026\n")
    assert read_stated(text, scales) == [("Math Problem Solving", _WIAT, "standard", 88, 21),
                                         ("Math Problem Solving", _WIAT, "ge", 2.6, None)]


@pytest.mark.parametrize(("title", "label", "test"), [
    ("Star Reading, 2025-26", "Reading", "Star Reading"),
    ("NWEA MAP Growth Math (grade 3)", "Math", "NWEA MAP Growth"),
])
def test_a_screeners_rows_by_season_are_its_areas(title: str, label: str, test: str,
                                                   scales: Scales) -> None:
    text = (f"{title}\n"
            "Window        Scale Score    PR\n"
            "Fall 2025         402         18\n"
            "BOY               441         12\n")
    assert read(text, scales) == [(label, test, "percentile", 18),
                                  (label, test, "percentile", 12)]


def test_seasons_of_a_screener_whose_area_is_not_said_are_not_guessed(
        scales: Scales) -> None:
    # (MAP Growth has four areas: the title names none, so no season is put on one)
    text = ("NWEA MAP Growth, 2025-26\n"
            "Window        RIT    PR\n"
            "Fall 2025     181    18\n")
    assert [(s.test, s.value) for s in find_scores(text, scales)] == [("", 18)]


def test_the_decoder_explains_a_growth_percentile(content: Content) -> None:
    found = decode(GROWTH, content)
    assert [s.value for s in found.scores] == [22, 18]
    growth = next(t for t in found.terms if t.id == "growth-percentile")
    assert "not where your child stands" in growth.definition


def test_iepwizard_decode_tells_growth_apart(tmp_path: Path) -> None:
    report = tmp_path / "screening.txt"
    report.write_text(GROWTH + "\n" + SIDE_BY_SIDE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "41st percentile" not in out and "63rd percentile" not in out
    assert "- growth percentile" in out
    assert "Math Problem Solving (WIAT-4), grade equivalent" not in out
    assert "Math (Star Math), grade equivalent 2.6" in out


async def test_the_decoder_screen_tells_growth_apart(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, GROWTH + "\n" + SIDE_BY_SIDE)
        shown = " ".join(report_of(screen).split())
        assert "41st percentile" not in shown and "growth percentile" in shown
        assert "Math (Star Math), 25th percentile" in shown
        assert "Math Problem Solving (WIAT-4), grade equivalent" not in shown
