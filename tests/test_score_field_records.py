"""A scoring program's export that prints one field per line under the record's heading
("Subtest: Word Definitions", then "Ability Score: 96", "T-Score: 44", ...): each score is its
record's area's, however many fields and a page's footer stand between them; the DAS-II's
"Ability Score" and the WJ IV's "W Score" are the tests' own scales, no normed scores. Before,
the T-score had no area, an ability score was told as an "Ability" score of no known type, a
GCA under its "Sum of Core T-Scores" line was lost, and "Score: 7" with its type on the next
line was lost (the nineteenth held-out review's class; this text is new)."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

RECORDS = (
    "Q-global Export \u00b7 Score Detail (one field per line) \u00b7 printed 02/03/2026\n"
    "Battery: WJ IV Tests of Achievement    Norms: Grade\n"
    "\n"
    "Cluster: Broad Reading\n"
    "W Score: 489\n"
    "Standard Score: 84\n"
    "Percentile Rank: 14\n"
    "Confidence Interval 68%: 81-87\n"
    "\n"
    "Battery: DAS-II School-Age\n"
    "Composite: General Conceptual Ability (GCA)\n"
    "Sum of Core T-Scores: 258\n"
    "Standard Score: 88\n"
    "\n"
    "Subtest: Word Definitions\n"
    "Ability Score: 96\n"
    "Raw Score: 21\n"
    "-------------------------------------- Page 2 of 4\n"
    "T-Score: 44\n"
    "Percentile Rank: 27\n"
    "\n"
    "Battery: WISC-V\n"
    "Subtest: Digit Span\n"
    "Raw Score: 22\n"
    "Score: 7\n"
    "Score Type: Scaled Score (mean 10, SD 3)\n"
    "Percentile Rank: 16\n")


def test_each_field_is_its_records_area(scales: Scales) -> None:
    assert read(RECORDS, scales) == [
        ("Broad Reading", "WJ IV", "standard", 84),
        ("General Conceptual Ability", "DAS-II", "standard", 88),
        ("Word Definitions", "DAS-II", "t-ability", 44),
        ("Digit Span", "WISC-V", "scaled", 7)]


def test_a_composite_named_with_ability_in_a_sentence_is_still_a_score(
        scales: Scales) -> None:
    text = "On the DAS-II, her Verbal Ability Score: 98, is average."
    assert read(text, scales) == [("Verbal Ability", "DAS-II", "standard", 98)]

