"""Table rows whose label wraps onto a line of its own, as PDFs print a narrow label column:
the piece under a row finishes its label where the two make a known name ("Reading" over
"Comprehension": alone, "Reading" is the WIAT-4's composite, and the subtest's 82 was told as
the composite's), the piece over a row starts it ("Orthographic" over "Fluency  74"), a
hyphenated word is joined ("Written Expres-" over "sion"), and the table goes on past them
(rows under a piece were read without their header: "Pseudoword 77" was lost)."""

from __future__ import annotations

import pytest

from iepwizard.core.scales import Scales

from .score_reading import read, read_stated

WRAPPED = (
    "Wechsler Individual Achievement Test, Fourth Edition (WIAT-4)\n\n"
    "Composite /         Standard   90% Conf.   Percentile   Descriptive\n"
    "Subtest             Score      Interval    Rank         Category\n"
    "Total Achievement   86         82-90       18           Low Average\n"
    "Reading             82         78-86       12           Low Average\n"
    "Comprehension\n"
    "Word Reading        80         75-85       9            Low Average\n"
    "Pseudoword          77         71-83       6            Low\n"
    "Decoding\n"
    "Orthographic\n"
    "Fluency             74         67-81       4            Low\n"
    "Math Problem        99         92-106      47           Average\n"
    "Solving\n"
    "Written Expres-     88         81-95       21           Low Average\n"
    "sion\n"
    "Spelling            79         73-85       8            Low\n")


def test_wrapped_labels_are_read_whole(scales: Scales) -> None:
    assert read_stated(WRAPPED, scales) == [
        ("Total Achievement", "WIAT-4", "standard", 86, 18),
        ("Reading Comprehension", "WIAT-4", "standard", 82, 12),
        ("Word Reading", "WIAT-4", "standard", 80, 9),
        ("Pseudoword Decoding", "WIAT-4", "standard", 77, 6),
        ("Orthographic Fluency", "WIAT-4", "standard", 74, 4),
        ("Math Problem Solving", "WIAT-4", "standard", 99, 47),
        ("Written Expression", "WIAT-4", "standard", 88, 21),
        ("Spelling", "WIAT-4", "standard", 79, 8)]


def test_a_title_over_a_blank_line_is_no_piece_of_a_label(scales: Scales) -> None:
    text = ("WISC-V\n"
            "Index                 Composite   Percentile\n"
            "Working Memory        77          6\n"
            "\n"
            "Subtest Scaled Scores\n"
            "Digit Span            6           Coding            7\n")
    found = read(text, scales)
    assert ("Working Memory Index", "WISC-V", "standard", 77) in found
    assert ("Digit Span", "WISC-V", "scaled", 6) in found  # (not read under the index table's
    assert ("Coding", "WISC-V", "scaled", 7) in found  # header, as a percentile of 6)


@pytest.mark.parametrize("table", [
    ("| Subtest                  | Standard | %ile |\n"
     "|--------------------------|----------|------|\n"
     "| Word Reading             |    84    |  14  |\n"
     "| Sentence Writing         |    81    |  10  |\n"
     "|   Fluency                |          |      |\n"
     "| Spelling                 |    79    |   8  |\n"),
    ("Subtest                    Standard   %ile\n"
     "Word Reading                  84       14\n"
     "Sentence Writing              81       10\n"
     "  Fluency\n"
     "Spelling                      79        8\n"),
])
def test_an_indented_piece_or_one_in_a_row_of_empty_cells(table: str, scales: Scales) -> None:
    """"|   Fluency   |    |    |" under "Sentence Writing": the label's rest, indented, in a
    pipe (or box-drawn) table's row whose other cells are empty, or indented alone. The
    score was told as "Sentence Writing", an area the WIAT-4 does not have."""
    assert read("WIAT-4 subtests\n\n" + table, scales) == [
        ("Word Reading", "WIAT-4", "standard", 84),
        ("Sentence Writing Fluency", "WIAT-4", "standard", 81),
        ("Spelling", "WIAT-4", "standard", 79)]


def test_a_label_cut_by_a_hyphen_on_a_line_of_its_own(scales: Scales) -> None:
    # "Upper-Limb Co-" / "ordination  19  8": the piece ends in the hyphen, alone on its line
    # (as a PDF wraps a narrow column). It was no piece: the table stopped above it, and the
    # rows under it were read with no header, their total point scores (raw) told as scale
    # scores, a weakness told as above average
    text = ("BOT-2 Complete Form results\n\n"
            "Subtest / Composite         Total Point   Scale    Standard   Percentile\n"
            "                            Score         Score    Score      Rank\n"
            "Fine Motor Precision        31            12\n"
            "FINE MANUAL CONTROL                                47         38\n\n"
            "Lakeview Therapy Services \u00b7 OT Evaluation \u00b7 Page 2 of 5\n\n"
            "Bilat-\n"
            "eral Coordination           14            12\n"
            "Balance                     26            11\n"
            "Upper-Limb Co-\n"
            "ordination                  19            8\n"
            "Strength                    15            7\n")
    assert read(text, scales) == [
        ("Fine Motor Precision", "BOT-2", "scale15", 12),
        ("Fine Manual Control", "BOT-2", "t-ability", 47),
        ("Bilateral Coordination", "BOT-2", "scale15", 12),
        ("Balance", "BOT-2", "scale15", 11),
        ("Upper-Limb Coordination", "BOT-2", "scale15", 8),
        ("Strength", "BOT-2", "scale15", 7)]
