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


VINELAND = """Vineland-3 (Parent/Caregiver Form completed by Ms. Adeyemi; Teacher Rating Form
completed by Mr. Costa)
The Adaptive Behavior Composite was 74 by her mother's ratings (4th percentile) and 81 by her
teacher's (10th percentile). Domain standard scores, mother / teacher: Communication 77 / 83,
Daily Living Skills 79 / 86, Socialization 70 / 75.
"""


def test_an_adaptive_scale_s_standard_scores_by_two_raters(scales: Scales) -> None:
    # the Vineland-3's are standard scores, each a rater's: the father's lower scores were told
    # as the child's only ones, the teacher's lost and their percentiles told as no area's
    assert read(VINELAND, scales) == [
        ("Adaptive Behavior Composite, parent rating", "Vineland-3", "standard", 74),
        ("Adaptive Behavior Composite, teacher rating", "Vineland-3", "standard", 81),
        ("Communication, parent rating", "Vineland-3", "standard", 77),
        ("Communication, teacher rating", "Vineland-3", "standard", 83),
        ("Daily Living Skills, parent rating", "Vineland-3", "standard", 79),
        ("Daily Living Skills, teacher rating", "Vineland-3", "standard", 86),
        ("Socialization, parent rating", "Vineland-3", "standard", 70),
        ("Socialization, teacher rating", "Vineland-3", "standard", 75)]
    assert read("On the Vineland-3, the Adaptive Behavior Composite was 74 from her mother "
                "and 81 from her teacher.", scales) == [
        ("Adaptive Behavior Composite, parent rating", "Vineland-3", "standard", 74),
        ("Adaptive Behavior Composite, teacher rating", "Vineland-3", "standard", 81)]


def test_each_rater_s_percentile_is_their_own(scales: Scales) -> None:
    from iepwizard.core.escapes import blank
    from iepwizard.core.score_finder import find_scores
    found = find_scores(blank(VINELAND), scales)
    assert [(s.label, s.stated) for s in found[:2]] == [
        ("Adaptive Behavior Composite, parent rating", 4),
        ("Adaptive Behavior Composite, teacher rating", 10)]


def test_you_and_a_person_whose_form_the_email_names(scales: Scales) -> None:
    # an email to the parent: "you" is the one whose form the text says is "your" form, and a
    # person is the rater of the form named after their name ("Ms. Varga's (Teacher form)")
    text = ("Conners 4, your ratings (Parent form) and Ms. Varga's (Teacher form), T-scores:\n"
            "- Hyperactivity: 74 (you) / 66 (Ms. Varga)\n"
            "- Impulsivity: 61 / 70\n")
    assert read(text, scales) == [
        ("Hyperactivity, parent rating", "Conners 4", "t-problem", 74),
        ("Hyperactivity, teacher rating", "Conners 4", "t-problem", 66),
        ("Impulsivity, parent rating", "Conners 4", "t-problem", 61),
        ("Impulsivity, teacher rating", "Conners 4", "t-problem", 70)]
    # "you" where no form is said to be "your" one: whose is not told
    assert read("On the Conners 4:\n- Hyperactivity: 74 (you) / 66 (Ms. Varga, his teacher)\n",
                scales) == [("Hyperactivity", "Conners 4", "t-problem", 74)]
