"""Score tables whose rows give the area's name last (score_label_last): heldout15's review
found every score of such a table told as the area's of the row above it. Texts of my own."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read, read_stated

TABLE = """Woodcock-Johnson IV Tests of Achievement (WJ IV ACH)

SS     PR     68% Band     GE     Cluster/Test
84     14     81-87        2.9    Reading
79      8     76-82        2.4    Broad Reading
92     30     88-96        3.6    Letter-Word Identification
71      3     67-75        1.8    Passage Comprehension

Luis worked hard throughout.
"""


def test_a_table_whose_names_come_last_is_read_row_by_row(scales: Scales) -> None:
    assert [row for row in read_stated(TABLE, scales) if row[2] == "standard"] == [
        ("Reading", "WJ IV", "standard", 84, 14),
        ("Broad Reading", "WJ IV", "standard", 79, 8),
        ("Letter-Word Identification", "WJ IV", "standard", 92, 30),
        ("Passage Comprehension", "WJ IV", "standard", 71, 3)]
    assert ("Passage Comprehension", "WJ IV", "grade-equivalent", 1.8) in read(TABLE, scales)


def test_such_rows_under_no_header_tell_nothing_rather_than_the_row_above_s_name(
        scales: Scales) -> None:
    rows = TABLE.split("Cluster/Test\n")[1]
    assert read("WJ IV ACH\n\n" + rows, scales) == []
    listed = ("Woodcock-Johnson IV Tests of Cognitive Abilities\n\n  96 ..... 40th ..... "
              "General Intellectual Ability (GIA)\n  108 .... 70th ..... Comprehension-"
              "Knowledge (Gc)\n   82 .... 12th ..... Fluid Reasoning (Gf)\n")
    assert read(listed, scales) == []


def test_a_row_that_ends_in_words_of_no_area_is_read_as_before(scales: Scales) -> None:
    # (heldout11's GORT-5: the index's name above, its scores under it, a range's words last)
    text = ("GORT-5\n                        Raw     Scaled    %ile    Descriptive\n"
            "Rate                    19      5         5       Poor\n"
            "Oral Reading Index (sum of scaled scores = 13)\n"
            "                                81        10      Below Average\n")
    assert ("Oral Reading Index", "GORT-5", "standard", 81) in read(text, scales)
