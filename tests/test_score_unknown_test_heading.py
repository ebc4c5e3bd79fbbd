"""A section headed by a test the scales file does not know ("Test of Narrative and Literacy
Abilities (TNLA)"): an area name it shares with a known test named earlier ("Nonword
Repetition", the CTOPP-2's) is not put on that test. Before, the section's scores were told as
the CTOPP-2's, beside its own."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

CTOPP = ("Comprehensive Test of Phonological Processing, Second Edition (CTOPP-2)\n"
         "Phonological Memory was 79. Nonword Repetition scaled score was 6.\n\n")


def test_scores_under_an_unknown_test_s_heading_are_not_another_test_s(
        scales: Scales) -> None:
    text = CTOPP + ("Test of Narrative and Literacy Abilities (TNLA)\n"
                    "Subtest scores have a mean of 10 and SD of 3. Jonah scored 5 on Nonword\n"
                    "Repetition and 7 on Elision.\n\n"
                    "Back on the CTOPP-2, his Elision scaled score was 8.\n")
    assert read(text, scales)[1:] == [("Nonword Repetition", "CTOPP-2", "scaled", 6),
                                      ("Nonword Repetition", "", "scaled", 5),
                                      ("Elision", "", "scaled", 7),
                                      ("Elision", "CTOPP-2", "scaled", 8)]


def test_a_heading_that_names_no_test_or_a_known_test_s_form_changes_nothing(
        scales: Scales) -> None:
    """"Speech Sound Summary (SSS)" says nothing of a test; "BASC-3 Parent Rating Scales
    (PRS-C)" names a known test's form."""
    for heading in ("Speech Sound Summary (SSS)", "BASC-3 Parent Rating Scales (PRS-C)"):
        text = CTOPP + f"{heading}\nHis Nonword Repetition scaled score was 7.\n"
        assert read(text, scales)[-1] == ("Nonword Repetition", "CTOPP-2", "scaled", 7), heading
