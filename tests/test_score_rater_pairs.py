"""Two raters' scores of one scale side by side, as a psychologist's email writes them: the
first pair says whose each is in brackets, the bare pairs under it keep that order. Before,
the second score of each pair was lost and the first was told as no one's."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read

EMAIL = ("Hi Mrs. Brandt,\n"
         "Your ratings and those of his teacher, Ms. Ferris, on the Conners 4:\n\n"
         "- Inattention/Executive Dysfunction: 74 (mom) / 69 (Ms. Ferris)\n"
         "- Hyperactivity: 68 / 71\n\n"
         "His Impulsivity was 65 / 62 on another form.\n")


def test_each_pair_gives_both_raters_scores_in_the_order_first_said(scales: Scales) -> None:
    assert read(EMAIL, scales) == [
        ("Inattention/Executive Dysfunction, parent rating", "Conners 4", "t-problem", 74),
        ("Inattention/Executive Dysfunction, teacher rating", "Conners 4", "t-problem", 69),
        ("Hyperactivity, parent rating", "Conners 4", "t-problem", 68),
        ("Hyperactivity, teacher rating", "Conners 4", "t-problem", 71),
        ("Impulsivity", "Conners 4", "t-problem", 65)]  # (after a blank line: whose is not said)


def test_a_person_the_text_does_not_place_makes_no_pair(scales: Scales) -> None:
    text = ("On the Conners 4:\n- Hyperactivity: 68 (mom) / 71 (Ms. Ortiz)\n")
    assert read(text, scales) == [("Hyperactivity", "Conners 4", "t-problem", 68)]
