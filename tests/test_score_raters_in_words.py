"""Whose rating, said in words right after the score: "Hyperactivity was 71 from his father
and 64 from his teacher", "72 by parent report and 65 by teacher report". Before, the first
score was told as no one's and the second was lost; "came out at 76" was no score at all."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import read


def test_two_raters_in_one_sentence(scales: Scales) -> None:
    text = ("On the BASC-3, his Hyperactivity T-score was 71 from his father and 64 from his "
            "teacher.\n\nBRIEF-2 ratings: the Global Executive Composite was 72 by parent "
            "report and 65 by teacher report.\n")
    assert read(text, scales) == [
        ("Hyperactivity, parent rating", "BASC-3", "t-problem", 71),
        ("Hyperactivity, teacher rating", "BASC-3", "t-problem", 64),
        ("Global Executive Composite, parent rating", "BRIEF-2", "t-problem", 72),
        ("Global Executive Composite, teacher rating", "BRIEF-2", "t-problem", 65)]


def test_a_wrapped_sentence_and_a_person_named_after_the_rater(scales: Scales) -> None:
    text = ("On the Conners 4, Inattention/Executive Dysfunction came out at 76 from Priya's\n"
            "mother and 66 from her math\nteacher, Ms. Okafor. Her grades were steady.\n")
    assert read(text, scales) == [
        ("Inattention/Executive Dysfunction, parent rating", "Conners 4", "t-problem", 76),
        ("Inattention/Executive Dysfunction, teacher rating", "Conners 4", "t-problem", 66)]


def test_one_rater_alone(scales: Scales) -> None:
    text = "On the BASC-3, Anxiety was 68 from the teacher form; Depression was 55.\n"
    assert read(text, scales) == [("Anxiety, teacher rating", "BASC-3", "t-problem", 68),
                                  ("Depression", "BASC-3", "t-problem", 55)]


def test_from_without_a_rater_names_none(scales: Scales) -> None:
    """"up from 64", "by the end of the year": no rater's word, no rater."""
    text = ("On the BASC-3, Hyperactivity was 71, up from 64 last year. Aggression was 60 by "
            "the end of the year.\n")
    assert [row[0] for row in read(text, scales)] == ["Hyperactivity", "Aggression"]
