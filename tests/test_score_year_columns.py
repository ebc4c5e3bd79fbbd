"""A reevaluation's table of two years, as reports set it: the years centred over their
columns, or dated on the label's line over "SS/PR" cells. Before, centred years were read one
column off (this year's score as the last one's, with no year, and the percentile as this
year's "score"), and dated cells over "SS/PR" lost the whole table."""

from __future__ import annotations

from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_tables import column_kind

CENTRED = (
    "Kaufman Test of Educational Achievement, Third Edition (KTEA-3)\n\n"
    "                               2022                 2025\n"
    "Composite                  SS     %ile          SS     %ile      Difference\n"
    "Reading Composite          93      32           84      14          -9\n"
    "Math Composite            104      61          106      66          +2\n")
DATED = (
    "Kaufman Test of Educational Achievement, Third Edition (KTEA-3)\n\n"
    "Subtest                  Spring 2022 (Gr. 2)   Fall 2025 (Gr. 6)\n"
    "                              SS/PR                 SS/PR\n"
    "Letter & Word Recognition     94/34                 83/13\n"
    "Math Computation             102/55                104/61\n")


def test_years_centred_over_their_columns(scales: Scales) -> None:
    found = find_scores(CENTRED, scales)
    assert [(s.label, s.type_name, s.value, s.stated) for s in found] == [
        ("Reading Composite (2022)", "standard", 93, 32),
        ("Reading Composite (2025)", "standard", 84, 14),
        ("Math Composite (2022)", "standard", 104, 61),
        ("Math Composite (2025)", "standard", 106, 66)]


def test_dated_columns_over_score_and_percentile_cells(scales: Scales) -> None:
    found = find_scores(DATED, scales)
    assert [(s.label, s.test, s.value, s.stated) for s in found] == [
        ("Letter & Word Recognition (2022)", "KTEA-3", 94, 34),
        ("Letter & Word Recognition (2025)", "KTEA-3", 83, 13),
        ("Math Computation (2022)", "KTEA-3", 102, 55),
        ("Math Computation (2025)", "KTEA-3", 104, 61)]


def test_a_dated_heading_names_its_year() -> None:
    assert column_kind("Oct. 2023 (Gr. 3) SS").group == "2023"
    assert column_kind("Spring 2022 SS/PR")[1:3] == ("standard", None)
    assert column_kind("Mayfield SS").group == ""  # (a word that starts like a month)


THREE_YEARS = (
    "Scores are standard scores; the percentile is in brackets.\n\n"
    "WIAT-4 COMPOSITES                 2019        2022        2025      Change 2022-2025\n"
    "                                  SS (PR)     SS (PR)     SS (PR)\n"
    "Total Reading                     88 (21)     84 (14)     81 (10)     -3\n"
    "Written Expression                92 (30)     90 (25)     86 (18)     \u22124\n")


def test_three_years_over_score_and_bracketed_percentile_cells(scales: Scales) -> None:
    """"SS (PR)" under each year: every year's score with its percentile. Before, only the
    first (oldest) column was read, with no year: the parent was told 2019's scores as the
    child's scores now, and this year's were lost."""
    found = find_scores(THREE_YEARS, scales)
    assert [(s.label, s.type_name, s.value, s.stated) for s in found] == [
        ("Reading (2019)", "standard", 88, 21), ("Reading (2022)", "standard", 84, 14),
        ("Reading (2025)", "standard", 81, 10),
        ("Written Expression (2019)", "standard", 92, 30),
        ("Written Expression (2022)", "standard", 90, 25),
        ("Written Expression (2025)", "standard", 86, 18)]


def test_a_score_and_its_percentile_in_brackets_make_one_column() -> None:
    assert column_kind("SS (PR)")[1:3] == ("standard", None) and column_kind("SS (PR)").pair
    assert column_kind("T (%ile)").kind == "t" and column_kind("T (%ile)").pair
    assert not column_kind("SS (90% CI)").pair  # (a score with its interval)
    assert column_kind("Percentile (PR)").kind == "percentile"


YEARS_ONLY = """Standard scores (mean 100, SD 15), with percentile ranks in parentheses.

WISC-V                           Jan 2020     Feb 2023     Feb 2026     Change 23-26
Full Scale IQ                     82 (12)      79 (8)       77 (6)          -2
Processing Speed Index            --           75 (5)       72 (3)          -3

Vineland-3, Parent/Caregiver Form (father)
                                  2020         2023         2026
Adaptive Behavior Composite        72 (3)       70 (2)       71 (3)
"""


def test_years_alone_over_cells_the_key_says_hold_a_percentile_in_brackets(
        scales: Scales) -> None:
    """Dated columns with no type under them, "Change" after them, and cells "82 (12)" that
    the text's key says are a standard score and its percentile. Before, the oldest column
    was told as the child's scores now, with no year (or, under a "--", the next year's), and
    the later years were lost."""
    found = find_scores(YEARS_ONLY, scales)
    assert [(s.label, s.test, s.value, s.stated) for s in found] == [
        ("Full Scale IQ (2020)", "WISC-V", 82, 12), ("Full Scale IQ (2023)", "WISC-V", 79, 8),
        ("Full Scale IQ (2026)", "WISC-V", 77, 6),
        ("Processing Speed Index (2023)", "WISC-V", 75, 5),
        ("Processing Speed Index (2026)", "WISC-V", 72, 3),
        ("Adaptive Behavior Composite (2020)", "Vineland-3", 72, 3),
        ("Adaptive Behavior Composite (2023)", "Vineland-3", 70, 2),
        ("Adaptive Behavior Composite (2026)", "Vineland-3", 71, 3)]
    # with no key too: a table of years gives no raw score nor count in brackets
    unkeyed = find_scores(YEARS_ONLY.split("\n", 2)[2], scales)
    assert [(s.label, s.value, s.stated) for s in unkeyed] == [
        (s.label, s.value, s.stated) for s in found]
    # a rater's columns make no pair: "(2)" after a rater's score is not read as a percentile
    raters = find_scores("Vineland-3\n                                  Parent       Teacher\n"
                         "Adaptive Behavior Composite        72 (3)       70 (2)\n", scales)
    assert all(s.stated is None for s in raters)


def test_years_on_the_test_s_line_with_no_change_column(scales: Scales) -> None:
    """The test's name, then the years, on one line and nothing after them ("WIAT-4 (Brief in
    2020)  Jan 2020  Feb 2023  Feb 2026"). Before, the oldest column was told as the child's
    scores now, with no year, and under a "--" the next year's; the later years were lost."""
    text = ("WIAT-4 (Brief in 2020)          Jan 2020     Feb 2023     Feb 2026\n"
            "Word Reading                     80 (9)       84 (14)      86 (18)\n"
            "Spelling                         --           79 (8)       81 (10)\n")
    found = find_scores(text, scales)
    assert [(s.label, s.test, s.value, s.stated) for s in found] == [
        ("Word Reading (2020)", "WIAT-4", 80, 9), ("Word Reading (2023)", "WIAT-4", 84, 14),
        ("Word Reading (2026)", "WIAT-4", 86, 18), ("Spelling (2023)", "WIAT-4", 79, 8),
        ("Spelling (2026)", "WIAT-4", 81, 10)]
