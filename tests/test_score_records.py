"""A score export's records: the area alone on a line (or in the line's first cell), its
measures as "name: value" cells under it ("Raw: 41 | SS: 79 | PR: 8 | GE: 2.2"). Before, the
words read back from each number were the cells before it, and every score was "Area not
named"."""

from __future__ import annotations

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_records import is_record, record_heading

from .score_reading import read

EXPORT = ("WIAT-4 Score Summary (exported 03/02/2026)\n"
          "Student ID: 00771245   Grade: 3.4   Age: 9:1\n\n"
          "WORD READING\n"
          "Raw: 41 | SS: 79 | PR: 8 | CI(95%): 74-84 | GE: 2.2 | AE: 7:6\n\n"
          "MATH PROBLEM SOLVING\n"
          "Raw: 38 | SS: 101 | PR: 53 | CI(95%): 93-109 | GE: 3.6 | AE: 9:2\n")


def test_each_record_takes_the_area_on_the_line_above(scales: Scales) -> None:
    found = find_scores(blank(EXPORT), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated, s.ci) for s in found] == [
        ("Word Reading", "WIAT-4", "standard", 79, 8, (74, 84)),
        ("Word Reading", "WIAT-4", "grade-equivalent", 2.2, None, None),
        ("Math Problem Solving", "WIAT-4", "standard", 101, 53, (93, 109)),
        ("Math Problem Solving", "WIAT-4", "grade-equivalent", 3.6, None, None)]


def test_a_rating_scale_export_and_an_area_in_the_first_cell(scales: Scales) -> None:
    text = ("BASC-3 Teacher Rating Scales, exported summary\n\n"
            "ADAPTABILITY\nT: 36 | %ile: 8 | Classification: At-Risk\n\n"
            "WIAT-4\nWord Reading | Raw: 41 | SS: 79 | PR: 8\n")
    assert read(text, scales) == [("Adaptability", "BASC-3", "t-adaptive", 36),
                                  ("Word Reading", "WIAT-4", "standard", 79)]


def test_a_record_under_another_records_blank_line_takes_no_area(scales: Scales) -> None:
    text = ("WIAT-4\nWORD READING\nSS: 79 | PR: 8\n\nSS: 90 | PR: 25\n")
    assert [row[0] for row in read(text, scales)] == ["Word Reading", ""]


def test_what_is_a_record() -> None:
    assert is_record("Raw: 41 | SS: 79 | PR: 8 | CI(95%): 74-84 | GE: 2.2 | AE: 7:6")
    assert is_record("T: 71; %ile: 95")
    assert not is_record("Raw: 41 | AE: 7:6")  # (no score's type among them)
    assert not is_record("SS: 79")  # (one cell: a line of its own, read as before)
    assert not is_record("Student ID: 00771245 | Grade: 3.4")
    assert not is_record("Note: she was tired that day, so SS: 79 may be low | PR: 8")
    text = "Reading results were low.\nSS: 79 | PR: 8\n"
    assert record_heading(text, text.index("79")) is None  # (a sentence is no heading)
