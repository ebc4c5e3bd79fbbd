"""A rating table's parts, each under a heading of its own in ordinary letters ("Validity (raw
scores)", "DSM-5 Symptom Scales"), keep the table's header: each rater's column stays that
rater's. A heading in brackets or with a digit ended the table, so every row under it was read
as prose: the first column's T-score told with no rater (the parent's, unsaid) and the
teacher's and the child's own lost (the nineteenth held-out review's class; this text is new).
Rows under a heading that says they are raw scores are no scores of the child's."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import labels, read

CONNERS = (
    "Conners 4 (Parent, Teacher and Self-Report forms)\n"
    "Scale                                   Parent    Teacher    Self\n"
    "Validity (raw scores)\n"
    "  Positive Impression                      1          0         3\n"
    "  Inconsistency Index                      5          4         6\n"
    "Content Scales (T-scores)\n"
    "  Inattention/Executive Dysfunction       77         71        64\n"
    "  Hyperactivity                           69         62       n/a\n"
    "DSM-5 Symptom Scales\n"
    "  ADHD Inattentive Symptoms               80         75        66\n")


def test_each_raters_column_is_read_past_the_parts_headings(scales: Scales) -> None:
    assert labels(CONNERS, scales) == [
        ("Inattention/Executive Dysfunction, parent rating", 77),
        ("Inattention/Executive Dysfunction, teacher rating", 71),
        ("Inattention/Executive Dysfunction, self rating", 64),
        ("Hyperactivity, parent rating", 69), ("Hyperactivity, teacher rating", 62),
        ("ADHD Inattentive Symptoms, parent rating", 80),
        ("ADHD Inattentive Symptoms, teacher rating", 75),
        ("ADHD Inattentive Symptoms, self rating", 66)]
    assert {test for _, test, _, _ in read(CONNERS, scales)} == {"Conners 4"}


def test_raw_rows_are_no_scores_in_capitals_too(scales: Scales) -> None:
    text = CONNERS.replace("Validity (raw scores)", "VALIDITY RAW SCORES")
    assert all(value > 10 for _, value in labels(text, scales))
    assert len(labels(text, scales)) == 8


def test_a_title_after_a_blank_line_starts_another_table(scales: Scales) -> None:
    # (no heading inside the table: the rows under the title, with no header of their own,
    # do not take the raters' columns above it)
    text = CONNERS + "\nFollow-up Ratings (T-scores)\n  Hyperactivity                 58\n"
    assert labels(text, scales)[-1] == ("Hyperactivity", 58)


def test_a_labels_first_line_is_no_heading(scales: Scales) -> None:
    # "CELF-5 Core" over "Language Score": a row's label wrapped with its test's name in it,
    # not a part's heading
    text = ("Test / Area                       Score Type            Score   %ile\n"
            "PPVT-5                            Standard Score (SS)    94      34\n"
            "CELF-5 Core\n"
            "   Language Score                 Standard Score (SS)    79       8\n")
    assert ("Language Score", 79) not in labels(text, scales)
