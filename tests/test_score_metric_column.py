"""A table whose column of score types says each row's kind ("Metric": "Standard", "Scaled",
"T-score"), as neuropsychological summaries set tests of many kinds in one table. Before, the
rows of a test the scales file does not know gave no score (their one "Score" column had no
type), or only their percentile."""

from __future__ import annotations

from iepwizard.core.scales import Scales
from iepwizard.core.score_tables import column_kind

from .score_reading import read

TABLE = """Summary of neuropsychological results
Measure                              Metric      Score   %ile   Range
Tower of London-2 Total Correct      Standard      84      14    Below Average
Tower of London-2 Rule Violations    Scaled         6       9    Below Average
Rey Complex Figure Immediate Recall  T-score       38      12    Low Average
"""


def test_each_row_takes_its_metric_cell_s_kind(scales: Scales) -> None:
    assert [(label, kind, value) for label, _test, kind, value in read(TABLE, scales)] == [
        ("Tower of London-2 Total Correct", "standard", 84),
        ("Tower of London-2 Rule Violations", "scaled", 6),
        ("Rey Complex Figure Immediate Recall", "t", 38)]


def test_a_metric_column_is_one() -> None:
    assert column_kind("Metric").kind == "metric"
    assert column_kind("Score Type").kind == "metric"
    assert column_kind("Type").kind == "metric"
    assert column_kind("Standard Score").kind == "standard"  # (a type, not a column of types)


def test_a_metric_cell_that_names_no_type_leaves_the_row_as_it_was(scales: Scales) -> None:
    # a raw count under a metric the decoder has no type for is told as no score
    text = ("Measure                 Metric        Score   %ile\n"
            "Grooved Pegboard        Seconds          92     --\n"
            "Trail Making            Scaled            7     16\n")
    assert [(label, kind, value) for label, _t, kind, value in read(text, scales)] == [
        ("Trail Making", "scaled", 7)]


def test_short_type_words_in_the_metric_column(scales: Scales) -> None:
    # "ScS" is a scaled score; "ss" may be either, so the area's own kind stands (a WRAML-3
    # subtest is scaled: read as "standard", it was lost)
    text = ("| Test     | Area              | Score | Type | %ile |\n"
            "| GORT-5   | Fluency           | 7     | ScS  | 16   |\n"
            "| WRAML-3  | Picture Memory    | 8     | ss   | 25   |\n")
    assert [(label, test, kind, value) for label, test, kind, value in read(text, scales)] == [
        ("Fluency", "GORT-5", "scaled", 7), ("Picture Memory", "WRAML-3", "scaled", 8)]


def test_a_type_column_of_kinds_of_area_changes_nothing(scales: Scales) -> None:
    # "Type" naming what the row is ("Subtest", "Index"), not its score's type: read as before
    text = ("Test     Area                   Type       Score   %ile\n"
            "WISC-V   Working Memory Index   Index        82      12\n"
            "WISC-V   Digit Span             Subtest       7      16\n")
    assert [(label, kind, value) for label, _t, kind, value in read(text, scales)] == [
        ("Working Memory Index", "standard", 82), ("Digit Span", "scaled", 7)]
