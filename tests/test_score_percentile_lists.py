"""Percentiles a sentence gives after its scores belong to those scores, in order. Before, the
list's last percentile was told as a score of its own ("Area not named, 37th percentile ...
this does not say whether that is good or a concern"), the others were lost, and no score
carried the percentile its report gives."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read_stated

PROSE = ("On the WIAT-4, her Word Reading, Pseudoword Decoding and Spelling standard scores were "
         "84, 79 and 95, respectively, placing them at the 14th, 8th and 37th percentiles.\n"
         "On the TOWRE-2 her Sight Word Efficiency and Phonemic Decoding Efficiency standard "
         "scores were 80 and 74 (9th and 4th percentiles, respectively).\n"
         "In math, Applied Problems on the WJ IV was 97, about the 42nd\npercentile, while "
         "Calculation, at 86, was a relative weakness.\n")


def test_each_percentile_of_a_list_goes_to_its_score(scales: Scales) -> None:
    assert read_stated(PROSE, scales) == [
        ("Word Reading", "WIAT-4", "standard", 84, 14),
        ("Pseudoword Decoding", "WIAT-4", "standard", 79, 8),
        ("Spelling", "WIAT-4", "standard", 95, 37),
        ("Sight Word Efficiency", "TOWRE-2", "standard", 80, 9),
        ("Phonemic Decoding Efficiency", "TOWRE-2", "standard", 74, 4),
        ("Applied Problems", "WJ IV", "standard", 97, 42),
        ("Calculation", "WJ IV", "standard", 86, None)]


def test_another_area_s_percentile_is_not_put_on_the_score_before(scales: Scales) -> None:
    text = "On the WIAT-4 her Word Reading was 84, and Fluency was at the 12th percentile.\n"
    assert read_stated(text, scales) == [("Word Reading", "WIAT-4", "standard", 84, None),
                                         ("", "", "percentile", 12, None)]


def test_a_list_of_another_length_is_left_as_it_is(scales: Scales) -> None:
    text = ("On the WIAT-4 her Word Reading and Spelling were 84 and 95, at the 14th, 8th and "
            "37th percentiles.\n")
    assert [row[4] for row in read_stated(text, scales)] == [None, None, None]
