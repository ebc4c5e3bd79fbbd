"""Whose rating a score in running text is, where each rater has a paragraph (heldout4's
review: a BRIEF-2 report's parent and teacher paragraphs gave two GECs, 70 and 72, and the
parent could not tell whose was whose). Each text here is new."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.glossary import Matcher
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import labels

TWO = ("The BRIEF-2 was completed by Omar's father and by his teacher, Ms. Lee.\n\n"
       "Home. His father's ratings gave a Global Executive Composite of 68 and an Inhibit "
       "T-score of 72. Working Memory was T = 70.\n\n"
       "School. Ms. Lee, his teacher, rated Inhibit at T = 75 and gave a Global Executive "
       "Composite of 71; Organization of Materials was 62.\n\n"
       "Both raters see the same pattern; his WISC-V Working Memory Index was 85.\n")


def test_each_rater_s_paragraph_names_its_scores(scales: Scales) -> None:
    assert labels(TWO, scales) == [
        ("Global Executive Composite, parent rating", 68), ("Inhibit, parent rating", 72),
        ("Working Memory, parent rating", 70), ("Inhibit, teacher rating", 75),
        ("Global Executive Composite, teacher rating", 71),
        ("Organization of Materials, teacher rating", 62),
        ("Working Memory Index", 85)]  # (a standard score: no rater)


def test_one_rater_s_scales_keep_their_names(scales: Scales) -> None:
    # a self-report whose scale names hold "Parents" and "Teachers", then a teacher's form
    # on other scales: no scale is rated twice, so no rater is said (the scales were
    # "Relations with Parents, parent rating")
    text = ("BASC-3 Self-Report of Personality, completed by Maya.\n\n"
            "Her Relations with Parents (T = 36) and Attitude to Teachers (T = 61) were "
            "at-risk; Self-Esteem was T = 44.\n\n"
            "On the BASC-3 Teacher Rating Scales, her Study Skills T-score was 38.\n")
    assert labels(text, scales) == [("Relations with Parents", 36),
                                    ("Attitude to Teachers", 61), ("Self-Esteem", 44),
                                    ("Study Skills", 38)]


def test_a_paragraph_naming_both_raters_names_neither(scales: Scales) -> None:
    text = TWO.replace("Home. His father's ratings gave",
                       "Home. Unlike his teacher, his father's ratings gave")
    assert labels(text, scales)[:3] == [("Global Executive Composite", 68), ("Inhibit", 72),
                                        ("Working Memory", 70)]


def test_a_line_that_starts_with_its_rater_is_that_rater_s(scales: Scales) -> None:
    """One paragraph, a line for each rater: the teacher's line was no one's (the paragraph
    names both), and the parent saw two bare "Inattention/Executive Dysfunction" scores."""
    text = ("Conners 4 T-scores (mean 50, SD 10; 65-69 elevated, 70 and above very elevated):\n"
            "  Parent (Conners 4-P): Inattention/Executive Dysfunction 68, Hyperactivity 61.\n"
            "  Teacher (Conners 4-T): Inattention/Executive Dysfunction 72, Hyperactivity 54.\n")
    assert labels(text, scales) == [
        ("Inattention/Executive Dysfunction, parent rating", 68),
        ("Hyperactivity, parent rating", 61),
        ("Inattention/Executive Dysfunction, teacher rating", 72),
        ("Hyperactivity, teacher rating", 54)]


def test_an_area_before_its_forms_names_each_form_s_rater(scales: Scales) -> None:
    """"Internalizing Problems: CBCL T = 66 ...; TRF T = 62": the area was lost ("CBCL (CBCL),
    T-score 66 ... at risk"), so the CBCL's own broad-band cut-off (64 clinical) was not
    said (heldout9 06 review; text of its own)."""
    text = ("Child Behavior Checklist (CBCL) and Teacher's Report Form (TRF).\n"
            "- Internalizing Problems: CBCL T = 66 (95th %ile); TRF T = 62 (88th %ile)\n")
    found = find_scores(text, scales)
    assert [(s.label, s.test, s.value, s.words) for s in found] == [
        ("Internalizing Problems, parent rating", "CBCL", 66, "in the clinical range"),
        ("Internalizing Problems, teacher rating", "CBCL", 62,
         "in the borderline clinical range")]


def test_a_sentence_s_form_or_known_person_names_its_rater(scales: Scales) -> None:
    """"Mr. Liu rated Social Problems at T = 72" gave a second plain Social Problems beside the
    parent's (heldout9 06 review; text of its own): the text says who Mr. Cole is, and "on
    the CBCL" names the parent's form."""
    text = ("Child Behavior Checklist (CBCL), completed by Ms. Rosa Vega (mother), and "
            "Teacher's Report Form, completed by Mr. Dan Cole (3rd grade teacher).\n\n"
            "Social Problems on the CBCL was T = 66. Mr. Cole rated Social Problems at "
            "T = 71.\n")
    assert labels(text, scales) == [("Social Problems, parent rating", 66),
                                    ("Social Problems, teacher rating", 71)]
    # a person the text does not say is a rater names none
    unknown = text.replace(" (3rd grade teacher)", "")
    assert labels(unknown, scales) == [("Social Problems", 66), ("Social Problems", 71)]


def test_a_rater_before_a_colon_names_the_list_after_it(scales: Scales) -> None:
    """A list of each rater's scores in one sentence, each after "<rater>:", wrapped onto the
    next line ("... Leadership 37; teacher:" / "Social Skills 40 ..."), and a rater's block
    whose label cell is cut from its scores by one space ("TRS-C, teacher: Hyperactivity 61
    |"), its second line indented under the first. Before, these scores were told as no
    one's, beside the other rater's: two Social Skills scores, one of them nobody's."""
    listed = ("BASC-3\nAdaptive scales of note - father: Social Skills 35, Leadership 37; "
              "teacher:\nSocial Skills 40, Study Skills 41.\n")
    assert labels(listed, scales) == [
        ("Social Skills, parent rating", 35), ("Leadership, parent rating", 37),
        ("Social Skills, teacher rating", 40), ("Study Skills, teacher rating", 41)]
    blocks = ("BASC-3\n"
              "PRS-C, father:  Hyperactivity 66 | Aggression 58 | Anxiety 71 |\n"
              "                Depression 64 | Adaptability 38\n"
              "TRS-C, teacher: Hyperactivity 61 | Aggression 55 | Anxiety 62 |\n"
              "                Depression 59 | Adaptability 44\n")
    assert [label for label, _ in labels(blocks, scales)][-2:] == [
        "Depression, teacher rating", "Adaptability, teacher rating"]
    # a colon whose words name no rater, or two, says nothing of whose the scores are
    assert labels("BASC-3\nScales of note: Social Skills 35; parent and teacher: "
                  "Leadership 37.\n", scales) == [("Social Skills", 35), ("Leadership", 37)]


def test_a_person_s_possessive_names_their_form_s_rater(scales: Scales) -> None:
    """"Mr. Okafor's ABC of 78" after "Teacher Rating Form (Mr. Okafor, ...)": the teacher's
    score, though the sentence began with the parent's. Before, it was told as a second
    parent's Adaptive Behavior Composite, beside the parent's real one."""
    text = ("Vineland-3: Parent/Caregiver Form (father, 03/02/2026) and Teacher Rating Form "
            "(Mr. Okafor, 03/04/2026).\n"
            "                              Parent/Caregiver Form     Teacher Rating Form\n"
            "Domain                          SS    %ile              SS    %ile\n"
            "Communication                   80     9                84     14\n"
            "Adaptive Behavior Composite     71     3                78      7\n\n"
            "The parent's Adaptive Behavior Composite of 71 is nearly two standard deviations "
            "below the mean (z = -1.93); Mr. Okafor's ABC of 79 on his second form is 8 points "
            "higher.\n")
    assert ("Adaptive Behavior Composite, teacher rating", 79) in labels(text, scales)


def test_a_bullet_s_own_rater_and_not_the_bullet_above_s_person(scales: Scales) -> None:
    """Bullets of one list with no full stop between them: a person named on a bullet above
    ("72 (Ms. Ruiz)") is not the rater of the next bullet's score, and a rater said in
    brackets after a score ("58 (parent form only)") is that score's. Before, "Peer
    Relations: 58 (parent form only)" was told as the teacher's."""
    text = ("BRIEF-2, your ratings (Parent form) and Ms. Ruiz's (Teacher form), T-scores:\n"
            "- Inhibit: 70 (you) / 72 (Ms. Ruiz)\n"
            "- Shift: 61 / 66\n"
            "- Self-Monitor: 58 (parent form only)\n")
    assert labels(text, scales)[-1] == ("Self-Monitor, parent rating", 58)


def test_a_repeated_score_s_short_type_word_is_still_explained(
        scales: Scales, content: Content, matcher: Matcher) -> None:
    """A summary saying a table's score again with its rater ("Ms. Ruiz's Inhibit (T = 72)"
    after the teacher's column) is told once, and its "T" is still marked as the glossary's
    T-score where it is written. Before, naming the repeat's rater made it an exact repeat,
    dropped with its cue: the "T" there was no longer explained."""
    text = ("BRIEF-2 (T-scores)\n                      Parent    Teacher\n"
            "Inhibit                 70        72\n\n"
            "Ms. Ruiz (teacher). Ms. Ruiz's Inhibit (T = 72) is clinically elevated.\n")
    done = decode(text, content, matcher, scales)
    assert [s.label for s in done.scores] == ["Inhibit, parent rating", "Inhibit, teacher rating"]
    t_at = text.index("(T = 72)") + 1
    assert any(m.start == t_at and m.term_id == "t-score" for m in done.matches)
