"""Score tables set side by side to save space, under a header that repeats its columns: each
half's scores are found, with their own labels, percentiles and intervals."""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read_stated

Row = tuple[str, str, str, float, float | None]


def read_ci(text: str, scales: Scales) -> list[tuple[str, float, float | None,
                                                      tuple[float, float] | None]]:
    return [(s.label, s.value, s.stated, s.ci) for s in find_scores(text, scales)]


_WISC = "WISC-V"
#: The subtests of the side-by-side tables below, in reading order (row by row, left first).
_SUBTESTS: list[Row] = [
    ("Similarities", _WISC, "scaled", 11, 63), ("Digit Span", _WISC, "scaled", 5, 5),
    ("Vocabulary", _WISC, "scaled", 10, 50), ("Picture Span", _WISC, "scaled", 7, 16),
    ("Block Design", _WISC, "scaled", 8, 25), ("Coding", _WISC, "scaled", 6, 9),
    ("Visual Puzzles", _WISC, "scaled", 9, 37)]


@pytest.mark.parametrize("table", [
    ("Subtest              Scaled Score    %ile     Subtest            Scaled Score    %ile\n"
     "Similarities              11          63      Digit Span              5           5\n"
     "Vocabulary                10          50      Picture Span            7          16\n"
     "Block Design               8          25      Coding                  6           9\n"
     "Visual Puzzles             9          37\n"),
    ("Subtest\tScaled Score\t%ile\tSubtest\tScaled Score\t%ile\n"
     "Similarities\t11\t63\tDigit Span\t5\t5\n"
     "Vocabulary\t10\t50\tPicture Span\t7\t16\n"
     "Block Design\t8\t25\tCoding\t6\t9\n"
     "Visual Puzzles\t9\t37\t\t\t\n"),
    ("| Subtest | Scaled Score | %ile | Subtest | Scaled Score | %ile |\n"
     "|---------|--------------|------|---------|--------------|------|\n"
     "| Similarities | 11 | 63 | Digit Span | 5 | 5 |\n"
     "| Vocabulary | 10 | 50 | Picture Span | 7 | 16 |\n"
     "| Block Design | 8 | 25 | Coding | 6 | 9 |\n"
     "| Visual Puzzles | 9 | 37 | | | |\n"),
    # (cells not under their header's: only the count of cells tells the halves apart)
    ("Subtest  Scaled Score  %ile  Subtest  Scaled Score  %ile\n"
     "Similarities  11  63  Digit Span  5  5\n"
     "Vocabulary  10  50  Picture Span  7  16\n"
     "Block Design  8  25  Coding  6  9\n"
     "Visual Puzzles    9    37\n"),
], ids=["spaces", "tabs", "pipes", "unaligned"])
def test_a_table_printed_in_two_halves_side_by_side(table: str, scales: Scales) -> None:
    # only the left half was read: Digit Span, Picture Span and Coding were lost
    text = "Table 3. Maya's WISC-V subtest scores\n\n" + table
    assert read_stated(text, scales) == _SUBTESTS


def test_each_half_keeps_its_own_columns_with_standard_scores_in_pipes(scales: Scales) -> None:
    text = ("Jonah was given the WIAT-4 in March.\n"
            "| Subtest | SS | %ile | Subtest | SS | %ile |\n"
            "|---|---|---|---|---|---|\n"
            "| Word Reading | 84 | 14 | Spelling | 78 | 7 |\n"
            "| Pseudoword Decoding | 80 | 9 | Sentence Composition | 91 | 27 |\n"
            "| Reading Comprehension | 93 | 32 |  |  |  |\n")
    assert read_stated(text, scales) == [
        ("Word Reading", "WIAT-4", "standard", 84, 14),
        ("Spelling", "WIAT-4", "standard", 78, 7),
        ("Pseudoword Decoding", "WIAT-4", "standard", 80, 9),
        ("Sentence Composition", "WIAT-4", "standard", 91, 27),
        ("Reading Comprehension", "WIAT-4", "standard", 93, 32)]


def test_halves_with_an_interval_column_and_a_right_half_alone(scales: Scales) -> None:
    # the intervals go with their own half's score; a row whose left half is empty still
    # gives its right half's score
    text = ("WISC-V Index Scores\n"
            "Index                      SS   %ile   95% CI      Index                   SS   "
            "%ile   95% CI\n"
            "Verbal Comprehension       96    39    89-103      Fluid Reasoning        103    "
            "58    96-110\n"
            "                                                   Processing Speed        77     "
            "6    71-87\n")
    assert read_ci(text, scales) == [
        ("Verbal Comprehension Index", 96, 39, (89, 103)),
        ("Fluid Reasoning Index", 103, 58, (96, 110)),
        ("Processing Speed Index", 77, 6, (71, 87))]


def test_a_header_whose_columns_do_not_start_over_is_one_table(scales: Scales) -> None:
    # near misses, read as before: two years' columns under one label column (the second
    # year is no second table's label), and a second label column whose columns differ
    years = ("WISC-V\n"
             "Subtest            Scaled Score   %ile   Scaled Score   %ile\n"
             "Similarities            9          37         11          63\n")
    assert read_stated(years, scales) == [("Similarities", _WISC, "scaled", 9, 37)]
    differ = ("WISC-V\n"
              "Subtest          Scaled Score   %ile    Subtest          Raw Score\n"
              "Similarities          9          37     Digit Span          22\n")
    assert read_stated(differ, scales) == [("Similarities", _WISC, "scaled", 9, 37)]
    # while the same header, repeated, is two
    again = differ.replace("Raw Score\n", "Scaled Score   %ile\n").replace(
        "22\n", " 6      9\n")
    assert read_stated(again, scales) == [("Similarities", _WISC, "scaled", 9, 37),
                                   ("Digit Span", _WISC, "scaled", 6, 9)]


def test_a_pipe_table_s_rows_with_empty_cells_keep_their_columns(scales: Scales) -> None:
    """Rows not padded to the header, with empty cells ("| |"): cells were put in columns by
    where they start, so a subtest's raw score 22 was its scaled score and an area's GE 3.0
    its "standard score 3.0"."""
    text = ("KeyMath-3 Diagnostic Assessment\n"
            "Area/Subtest | Raw | Scale Score | Standard Score | %ile | GE | GSV\n"
            "BASIC CONCEPTS | 66 | | 81 | 10 | 3.1 | 192\n"
            "Numeration | 22 | 6 | | | |\n"
            "TOTAL TEST | 139 | | 75 | 5 | 3.0 | 186\n")
    assert read_stated(text, scales) == [
        ("Basic Concepts", "KeyMath-3", "standard", 81, 10),
        ("Basic Concepts", "KeyMath-3", "ge", 3.1, None),
        ("Numeration", "KeyMath-3", "scaled", 6, None),
        ("Total Test", "KeyMath-3", "standard", 75, 5),
        ("Total Test", "KeyMath-3", "ge", 3.0, None)]


def test_a_row_whose_label_runs_into_its_first_cell(scales: Scales) -> None:
    """"Receptive Vocabulary 15     6": the raw score one space after a long label was read
    as text, "scaled score 15: about the 95th percentile, high", beside the row's own 6."""
    text = ("WPPSI-IV\nSubtest            Raw   Scaled\nInformation         11     8\n"
            "Receptive Vocabulary 15     6\nPicture Naming      12     7\n")
    assert read_stated(text, scales) == [
        ("Information", "WPPSI-IV", "scaled", 8, None),
        ("Receptive Vocabulary", "WPPSI-IV", "scaled", 6, None),
        ("Picture Naming", "WPPSI-IV", "scaled", 7, None)]


def test_a_table_of_tests_and_areas_across_a_page_break(scales: Scales) -> None:
    """A "Test | Area | Score | Type | %ile" table broken by a page's footer: the rows under
    the footer had no header, and "ScS | 9" (the type column, then the percentile) was read as
    a scaled score of 9, "average", and "| ScS | 16 |" as "very high" (heldout10 07 review;
    text of its own)."""
    text = ("| Test       | Area                         | Score | Type | %ile | Range |\n"
            "|------------|------------------------------|-------|------|------|-------|\n"
            "| Beery VMI  | Visual-Motor Integration     | 86    | SS   | 18   | Below |\n\n"
            "Oak Hill Elementary - Psychoeducational Report - Sam K.          Page 6\n\n"
            "| TOWRE-2    | Sight Word Efficiency        | 84    | SS   | 14   | Below |\n"
            "| GORT-5     | Fluency                      | 5     | ScS  | 5    | Poor  |\n"
            "| GORT-5     | Comprehension                | 7     | ScS  | 16   | Below |\n")
    assert read_stated(text, scales) == [
        ("Visual-Motor Integration", "Beery VMI", "standard", 86, 18),
        ("Sight Word Efficiency", "TOWRE-2", "standard", 84, 14),
        ("Fluency", "GORT-5", "scaled", 5, 5), ("Comprehension", "GORT-5", "scaled", 7, 16)]


def test_a_grade_equivalent_written_as_a_bound_is_no_grade(scales: Scales) -> None:
    """"<1.0" was "grade equivalent 1.0: the score that children in grade 1, at the start of
    the school year, got", placing the child higher than the report does (heldout10 02
    review; text of its own)."""
    text = ("WIAT-4\nSubtest                 SS   %ile   95% CI      GE\n"
            "Orthographic Fluency   73     4     [67-79]    <1.0\n"
            "Word Reading           80     9     [75-85]     1.8\n")
    assert read_stated(text, scales) == [
        ("Orthographic Fluency", "WIAT-4", "standard", 73, 4),
        ("Word Reading", "WIAT-4", "standard", 80, 9),
        ("Word Reading", "WIAT-4", "ge", 1.8, None)]
