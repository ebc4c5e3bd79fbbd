"""Score tables whose header leaves the labels' column blank ("              Raw    Scaled"):
each header cell names a column, the first one too. Before, the first cell was taken for the
labels' header, its column was lost, and a raw score was read as the scaled score beside it
("Elision  14  7": scaled score 14, "about the 91st percentile", where the child's is 7)."""

from __future__ import annotations

from iepwizard.core.scales import Scales
from iepwizard.core.score_tables import header

from .score_reading import read, read_stated

TWO_LINES = (
    "Comprehensive Test of Phonological Processing, Second Edition (CTOPP-2)\n\n"
    "                          Raw      Scaled     %ile     Age        Descriptive\n"
    "                          Score    Score               Equiv.     Term\n"
    "Elision                   14       7          16       6-9        Below Average\n"
    "Blending Words            17       9          37       8-0        Average\n"
    "Rapid Digit Naming        31       5          5        <5-0       Poor\n")


def test_a_two_line_header_with_a_raw_column_first(scales: Scales) -> None:
    assert read_stated(TWO_LINES, scales) == [
        ("Elision", "CTOPP-2", "scaled", 7, 16),
        ("Blending Words", "CTOPP-2", "scaled", 9, 37),
        ("Rapid Digit Naming", "CTOPP-2", "scaled", 5, 5)]


def test_a_one_line_header_with_the_score_first(scales: Scales) -> None:
    text = ("CTOPP-2 results\n\n"
            "                          Scaled     %ile     Descriptive\n"
            "Elision                   7          16       Below Average\n"
            "Blending Words            9          37       Average\n")
    assert read_stated(text, scales) == [("Elision", "CTOPP-2", "scaled", 7, 16),
                                         ("Blending Words", "CTOPP-2", "scaled", 9, 37)]


def test_a_labels_header_indented_a_little_is_still_the_labels() -> None:
    columns = header("  Subtest                 Scaled     %ile")
    assert columns is not None and [c.kind for c in columns] == ["label", "scaled", "percentile"]


def test_raters_over_no_label_are_read_as_before(scales: Scales) -> None:
    text = ("BRIEF-2 (T-scores; 65 and above is elevated)\n"
            "                         Parent     Teacher\n"
            "Inhibit                  68         61\n")
    assert [row[1:] for row in read(text, scales)] == [("BRIEF-2", "t-problem", 68),
                                                       ("BRIEF-2", "t-problem", 61)]
