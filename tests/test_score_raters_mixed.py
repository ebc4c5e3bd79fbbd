"""Whose rating a score is where one rater's scores are in a paragraph and another's in a
table of their own, its area column headed by the rater ("Teacher Rating Scales (TRS-C)
T-Score  Percentile"): before, the table's rows and the paragraph's scores each kept the
scale's bare name, and a parent saw two "Hyperactivity" scores. Each text here is new."""

from __future__ import annotations

from iepwizard.core.scales import Scales

from .score_reading import labels

PROSE_THEN_TABLE = (
    "BASC-3 results for Lena.\n\n"
    "Her mother's ratings (PRS-C) placed Hyperactivity at T = 71 and Attention Problems at "
    "T = 66; Anxiety was 48.\n\n"
    "Teacher Rating Scales (TRS-C)      T-Score    Percentile\n"
    "Hyperactivity                         63          89\n"
    "Attention Problems                    69          95\n"
    "Learning Problems                     58          80\n")


def test_a_teacher_s_table_beside_the_parent_s_paragraph(scales: Scales) -> None:
    assert labels(PROSE_THEN_TABLE, scales) == [
        ("Hyperactivity, parent rating", 71), ("Attention Problems, parent rating", 66),
        ("Anxiety, parent rating", 48), ("Hyperactivity, teacher rating", 63),
        ("Attention Problems, teacher rating", 69), ("Learning Problems, teacher rating", 58)]


def test_a_table_of_one_rater_s_columns_beside_the_other_s_paragraph(scales: Scales) -> None:
    text = ("Conners 4 ratings.\n\n"
            "Ms. Ortiz, his teacher, rated Hyperactivity at T = 74 and Impulsivity at T = 70.\n\n"
            "Scale                     Parent T    Parent %ile\n"
            "Hyperactivity                58           79\n"
            "Impulsivity                  61           86\n")
    assert labels(text, scales) == [
        ("Hyperactivity, teacher rating", 74), ("Impulsivity, teacher rating", 70),
        ("Hyperactivity, parent rating", 58), ("Impulsivity, parent rating", 61)]


def test_a_rater_s_table_on_other_scales_keeps_their_names(scales: Scales) -> None:
    # no scale is rated twice: nothing to tell apart, the names stay as a table's
    text = PROSE_THEN_TABLE.replace("Hyperactivity     ", "Withdrawal        ").replace(
        "Attention Problems    ", "Atypicality           ")
    assert labels(text, scales)[3:] == [("Withdrawal", 63), ("Atypicality", 69),
                                        ("Learning Problems", 58)]


def test_a_table_whose_area_column_names_no_rater_says_none(scales: Scales) -> None:
    text = PROSE_THEN_TABLE.replace("Teacher Rating Scales (TRS-C)", "Clinical Scales (TRS-C)")
    assert labels(text, scales)[3:] == [("Hyperactivity", 63), ("Attention Problems", 69),
                                        ("Learning Problems", 58)]


HOME_AND_SCHOOL = (
    "BRIEF-2 ratings were gathered at home and at school.\n\n"
    "Home. Mrs. Ruiz, his mother, rated Inhibit at T = 68, Shift at 62 and Emotional Control "
    "at 73.\n\n"
    "School. His teacher, Mr. Tan, gave an Inhibit T-score of 70, while the mother's was 68. "
    "Shift (T = 59) and Emotional Control (T = 64) were lower at school.\n")


def test_an_aside_about_the_other_rater_s_score_leaves_the_paragraph_its_rater(
        scales: Scales) -> None:
    # before, "the mother's" made the school paragraph name two raters: Shift and Emotional
    # Control after it lost "teacher rating"
    assert labels(HOME_AND_SCHOOL, scales) == [
        ("Inhibit, parent rating", 68), ("Shift, parent rating", 62),
        ("Emotional Control, parent rating", 73), ("Inhibit, teacher rating", 70),
        ("Shift, teacher rating", 59), ("Emotional Control, teacher rating", 64)]


def test_a_paragraph_going_on_about_the_other_rater_names_none(scales: Scales) -> None:
    text = HOME_AND_SCHOOL.replace("while the mother's was 68.",
                                   "while the mother's ratings were higher.")
    assert labels(text, scales)[4:] == [("Shift", 59), ("Emotional Control", 64)]


def test_a_score_its_sentence_gives_to_the_other_rater_names_none(scales: Scales) -> None:
    # before, the 75 was said to be the teacher's (the paragraph, up to it, names her only)
    text = HOME_AND_SCHOOL.replace(
        "Shift (T = 59) and Emotional Control (T = 64) were lower at school.",
        "Shift was T = 59. Emotional Control was 75 on the mother's form.")
    assert labels(text, scales)[3:] == [("Inhibit, teacher rating", 70),
                                        ("Shift, teacher rating", 59), ("Emotional Control", 75)]


def test_another_test_rated_by_one_rater_keeps_its_names(scales: Scales) -> None:
    # the BRIEF-2 is rated by both: its scores say whose; the BASC-3, the mother's alone, is
    # not (before, its Anxiety was "Anxiety, parent rating" too)
    text = HOME_AND_SCHOOL + "\nHis mother also completed the BASC-3: Anxiety was T = 66.\n"
    assert labels(text, scales)[-2:] == [("Emotional Control, teacher rating", 64),
                                         ("Anxiety", 66)]


def test_a_list_of_scales_then_their_scores_in_a_rater_s_paragraph(scales: Scales) -> None:
    # before, the three numbers had no area (and so no rater): "a T-score of 57" told alone
    text = HOME_AND_SCHOOL.replace(
        "Shift at 62 and Emotional Control at 73.",
        "Shift at 62 and Emotional Control at 73. Plan/Organize, Working Memory and "
        "Task-Monitor were in the typical range (T-scores of 57, 59 and 54).")
    assert labels(text, scales)[3:6] == [("Plan/Organize, parent rating", 57),
                                         ("Working Memory, parent rating", 59),
                                         ("Task-Monitor, parent rating", 54)]


def test_a_list_of_scales_parted_from_its_scores_by_raters_pairs_none(scales: Scales) -> None:
    text = ("On the BRIEF-2, Inhibit and Shift, as his mother and his teacher rated them, "
            "were elevated (T-scores of 71 and 66).\n")
    assert labels(text, scales) == [("", 71), ("", 66)]


CONNERS = ("Conners 4 ratings came from home and school.\n\n"
           "Parent ratings. Mr. Cole rated Inattention/Executive Dysfunction at T = 74 and "
           "Impulsivity at T = 66.\n\n"
           "Teacher ratings. Ms. Ito's Hyperactivity T-score was 69, but the father's was 58. "
           "Impulsivity was T = 71.\n")


def test_the_other_rater_s_score_in_an_aside_says_whose(scales: Scales) -> None:
    # before, the 58 was no score: the parent read the teacher's Hyperactivity only
    assert labels(CONNERS, scales) == [
        ("Inattention/Executive Dysfunction, parent rating", 74),
        ("Impulsivity, parent rating", 66), ("Hyperactivity, teacher rating", 69),
        ("Hyperactivity, parent rating", 58), ("Impulsivity, teacher rating", 71)]


def test_an_aside_after_a_score_whose_rater_is_not_said_gives_no_score(
        scales: Scales) -> None:
    text = "On the Conners 4, her Hyperactivity T-score was 69, but the father's was 58.\n"
    assert labels(text, scales) == [("Hyperactivity", 69)]


TITLED = ("Conners 4 results.\n\n"
          "Conners 4 Parent Form, completed by his father\n\n"
          "Scale                          T-Score    Percentile\n"
          "Hyperactivity                     70          98\n"
          "Impulsivity                       64          92\n\n"
          "Teacher ratings (Ms. Ito):\n"
          "Scale                          T-Score    Percentile\n"
          "Hyperactivity                     61          86\n"
          "Peer Interactions                 57          76\n")


def test_each_rater_s_table_titled_above_its_header(scales: Scales) -> None:
    # before, two bare "Hyperactivity" rows: 70 and 61, whose was whose not said
    assert labels(TITLED, scales) == [
        ("Hyperactivity, parent rating", 70), ("Impulsivity, parent rating", 64),
        ("Hyperactivity, teacher rating", 61), ("Peer Interactions, teacher rating", 57)]


def test_a_title_drawing_a_comparison_or_a_paragraph_names_no_rater(scales: Scales) -> None:
    compared = TITLED.replace("Conners 4 Parent Form, completed by his father",
                              "His father rated him higher than Ms. Ito did:")
    assert labels(compared, scales)[:2] == [("Hyperactivity", 70), ("Impulsivity", 64)]
    paragraph = TITLED.replace(
        "Conners 4 Parent Form, completed by his father",
        "Both forms were returned on time. Scores are\nT-scores with a mean of 50.\n"
        "The table below is the father's form:")
    assert labels(paragraph, scales)[:2] == [("Hyperactivity", 70), ("Impulsivity", 64)]
