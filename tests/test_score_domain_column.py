"""A summary table with a column of domains that names the rater once ("Behavior (Parent)"),
rows under it leaving that column blank, and each scale far to the left of its "T 74 (97)".
Before, the scale's name was cut by the window read back from the number (the table's gap
filled it: "Executive Functioning" was "Area not named"), and the rater was lost, so the
parent saw two "Inattention" scores and could not tell whose was whose."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

TABLE = (
    "Area                 Instrument / Scale                                Result\n"
    "-------------------  ------------------------------------------------  ----------\n"
    "Behavior (Parent)    Conners 3-P  Inattention                          T 74 (97)\n"
    "                     Executive Functioning                             T 69 (96)\n"
    "                     Peer Relations                                    T 55 (70)\n"
    "Behavior (Teacher)   Conners 3-T  Inattention                          T 66 (94)\n"
    "                     Learning Problems                                 T 63 (90)\n")


def test_each_row_takes_its_scale_and_its_domain_s_rater(scales: Scales) -> None:
    assert read(TABLE, scales) == [
        ("Inattention, parent rating", "Conners 3", "t-problem", 74),
        ("Executive Functioning, parent rating", "Conners 3", "t-problem", 69),
        ("Peer Relations, parent rating", "Conners 3", "t-problem", 55),
        ("Inattention, teacher rating", "Conners 3", "t-problem", 66),
        ("Learning Problems, teacher rating", "Conners 3", "t-problem", 63)]



def test_a_table_read_by_its_header_takes_the_rater_of_its_domain_cell(scales: Scales) -> None:
    text = ("Area                 Instrument / Scale                        Score\n"
            "Behavior (Parent)  Conners 3-P  Peer Relations                 T 57 (75)\n"
            "                   Inattention                                 T 70 (98)\n"
            "Behavior (Teacher)  Conners 3-T  Inattention                   T 65 (93)\n")
    assert read(text, scales) == [
        ("Peer Relations, parent rating", "Conners 3", "t-problem", 57),
        ("Inattention, parent rating", "Conners 3", "t-problem", 70),
        ("Inattention, teacher rating", "Conners 3", "t-problem", 65)]
