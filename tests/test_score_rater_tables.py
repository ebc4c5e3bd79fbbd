"""Score tables whose columns belong to raters, read for every rater: "score / percentile"
cells where the header says so ("T / %ile", "SS / PR"), and raters' columns named by their
forms over the header ("Parent/Caregiver Form   Teacher Rating Form"). Before, the second
rater's column was dropped, and the percentile after the slash ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepwizard.core.scales import Scales, scales_for
from iepwizard.core.score_finder import find_scores

from .score_reading import labels

CONTENT = Path(__file__).resolve().parent.parent / "content"

Row = tuple[str, str, str, float, float | None]


@pytest.fixture(scope="module")
def scales() -> Scales:
    return scales_for(CONTENT)


def read(text: str, scales: Scales) -> list[Row]:
    return [(s.label, s.test, s.kind, s.value, s.stated) for s in find_scores(text, scales)]


_BASC = "BASC-3"
_VINELAND = "Vineland-3"


def test_score_and_percentile_cells_under_raters_named_beside_the_label(scales: Scales) -> None:
    # main read the parent's T-scores only (from the prose path), with no percentile
    text = ("On the BASC-3, both of Maya's parents and her homeroom teacher completed rating "
            "forms.\n\n"
            "Clinical Scales (T / %ile)     Parent (PRS-C)        Teacher (TRS-C)\n"
            "Hyperactivity                    67 / 94   AT-RISK     74 / 97   CLIN. SIG.\n"
            "Attention Problems               70 / 97   CLIN. SIG.  72 / 98   CLIN. SIG.\n"
            "Learning Problems                  --                  61 / 86   AT-RISK\n"
            "Anxiety                          48 / 47               45 / 33\n")
    assert read(text, scales) == [
        ("Hyperactivity, parent rating", _BASC, "t", 67.0, 94.0),
        ("Hyperactivity, teacher rating", _BASC, "t", 74.0, 97.0),
        ("Attention Problems, parent rating", _BASC, "t", 70.0, 97.0),
        ("Attention Problems, teacher rating", _BASC, "t", 72.0, 98.0),
        ("Learning Problems, teacher rating", _BASC, "t", 61.0, 86.0),  # ("--": no parent's)
        ("Anxiety, parent rating", _BASC, "t", 48.0, 47.0),
        ("Anxiety, teacher rating", _BASC, "t", 45.0, 33.0),
    ]


def test_a_blank_cell_leaves_the_next_score_to_its_own_rater(scales: Scales) -> None:
    # main read the parent's T-scores only; two cells in a row (a score and a classification)
    # must not be taken for the parent's and the teacher's
    text = ("BASC-3 composites\n\n"
            "Composite (T / %ile)        Parent (PRS-C)       Teacher (TRS-C)\n"
            "Behavioral Symptoms Index     62 / 88              57 / 77\n"
            "School Problems                                    64 / 91   AT-RISK\n")
    assert read(text, scales) == [
        ("Behavioral Symptoms Index, parent rating", _BASC, "t", 62.0, 88.0),
        ("Behavioral Symptoms Index, teacher rating", _BASC, "t", 57.0, 77.0),
        ("School Problems, teacher rating", _BASC, "t", 64.0, 91.0),
    ]


def test_score_and_percentile_cells_each_rater_s_column_naming_its_type(scales: Scales) -> None:
    # main read the parent's T-scores only, with no percentile
    text = ("BASC-3 Adaptive Scales\n"
            "Scale                  Parent T / %ile      Teacher T / %ile\n"
            "Adaptability              38 / 12              43 / 25\n"
            "Social Skills             41 / 18              39 / 14\n")
    assert read(text, scales) == [
        ("Adaptability, parent rating", _BASC, "t", 38.0, 12.0),
        ("Adaptability, teacher rating", _BASC, "t", 43.0, 25.0),
        ("Social Skills, parent rating", _BASC, "t", 41.0, 18.0),
        ("Social Skills, teacher rating", _BASC, "t", 39.0, 14.0),
    ]


def test_score_and_percentile_cells_of_one_table_without_raters(scales: Scales) -> None:
    # main dropped the percentile after the slash
    text = ("WIAT-4 results:\n\n"
            "Composite                  SS / PR      Descriptor\n"
            "Total Reading              84 / 14      Below Average\n"
            "Written Expression         92 / 30      Average\n")
    assert read(text, scales) == [
        ("Reading", "WIAT-4", "standard", 84.0, 14.0),  # (the scales file's name for it)
        ("Written Expression", "WIAT-4", "standard", 92.0, 30.0),
    ]


def test_raters_columns_named_by_their_forms_with_subdomain_rows(scales: Scales) -> None:
    # main read the parent's column only, as no rater's
    text = ("Results of the Vineland-3 are shown below.\n\n"
            "                                Parent/Caregiver Form       Teacher Rating Form\n"
            "Domain / Subdomain              Score   %ile   Level        Score   %ile   Level\n"
            "SOCIALIZATION                     81     10    Mod. Low       88     21    Adequate\n"
            "   Interpersonal Relationships    12                          13\n"
            "   Coping Skills                   9                          11\n"
            "MOTOR SKILLS                      90     25    Adequate       85     16    Mod. Low\n")
    assert read(text, scales) == [
        ("Socialization, parent rating", _VINELAND, "standard", 81.0, 10.0),
        ("Socialization, teacher rating", _VINELAND, "standard", 88.0, 21.0),
        ("Interpersonal Relationships, parent rating", _VINELAND, "v", 12.0, None),
        ("Interpersonal Relationships, teacher rating", _VINELAND, "v", 13.0, None),
        ("Coping Skills, parent rating", _VINELAND, "v", 9.0, None),
        ("Coping Skills, teacher rating", _VINELAND, "v", 11.0, None),
        ("Motor Skills, parent rating", _VINELAND, "standard", 90.0, 25.0),
        ("Motor Skills, teacher rating", _VINELAND, "standard", 85.0, 16.0),
    ]


# Near-misses: read as on main (these pass there too; they guard what must not change).


def test_one_form_named_over_a_table_gives_no_rater(scales: Scales) -> None:
    text = ("Vineland-3 (Parent/Caregiver Form)\n\n"
            "                                Parent Rating Form\n"
            "Domain                          Score   %ile   Level\n"
            "Communication                     77      6    Mod. Low\n"
            "Socialization                     83     13    Mod. Low\n")
    assert read(text, scales) == [
        ("Communication", _VINELAND, "standard", 77.0, 6.0),
        ("Socialization", _VINELAND, "standard", 83.0, 13.0),
    ]


def test_a_count_written_with_a_slash_is_no_score_and_percentile(scales: Scales) -> None:
    under_scores = ("WISC-V subtests:\n\n"
                    "Subtest                  Scaled Score    %ile     Items\n"
                    "Digit Span                     7          16\n"
                    "Letter-Number Seq.             6/10\n"
                    "Coding                         8          25\n")
    assert read(under_scores, scales) == [
        ("Digit Span", "WISC-V", "scaled", 7.0, 16.0),
        ("Coding", "WISC-V", "scaled", 8.0, 25.0),
    ]
    under_counts = ("Behavior log:\n\n"
                    "Setting                  Prompts / Trials\n"
                    "Morning circle              6/10\n"
                    "Math block                  3/12\n")
    assert read(under_counts, scales) == []


@pytest.mark.parametrize("corner", ["", "Scale"])
def test_columns_that_name_only_their_rater(corner: str, scales: Scales) -> None:
    """"Parent   Teacher" over the rows, the type said in the title above: the parent's
    column was read with no rater and the teacher's dropped."""
    text = ("BRIEF-2 (T-scores; 65 and above are considered clinically elevated)\n"
            f"{corner:<35}Parent   Teacher\n"
            "Inhibit                              62        66\n"
            "Global Executive Composite           67        70\n")
    assert labels(text, scales) == [
        ("Inhibit, parent rating", 62), ("Inhibit, teacher rating", 66),
        ("Global Executive Composite, parent rating", 67),
        ("Global Executive Composite, teacher rating", 70)]


def test_a_part_s_heading_inside_the_table_keeps_its_header(scales: Scales) -> None:
    """"CLINICAL SCALES" and "COMPOSITES" between the raters' header and the rows: each row
    was read with no header, its first number taken whoever's it was (a teacher's 68 shown as
    no one's Learning Problems, where the parent's form has no such scale)."""
    text = ("On the BASC-3:\nMULTI-RATER T-SCORE PROFILE\n"
            "                                Parent     Teacher    Self\n"
            "CLINICAL SCALES\n"
            "  Hyperactivity                   66         70        59\n"
            "  Learning Problems               --         68        --\n"
            "COMPOSITES\n"
            "  School Problems                 --         71        63\n")
    assert labels(text, scales) == [
        ("Hyperactivity, parent rating", 66), ("Hyperactivity, teacher rating", 70),
        ("Hyperactivity, self rating", 59), ("Learning Problems, teacher rating", 68),
        ("School Problems, teacher rating", 71), ("School Problems, self rating", 63)]


def test_columns_that_name_only_their_year(scales: Scales) -> None:
    """"Cluster  2023  2026": only the first year's column was read, with no year, as if
    it were this year's scores (heldout9 08 review; text of its own)."""
    text = ("I gave the DAS-II again; her 2022 scores are next to this year's.\n\n"
            "Cluster                        2022    2025\n"
            "GCA                              88      84\n"
            "Working Memory                   81      73\n")
    assert labels(text, scales) == [
        ("General Conceptual Ability (2022)", 88), ("General Conceptual Ability (2025)", 84),
        ("Working Memory (2022)", 81), ("Working Memory (2025)", 73)]


def test_raters_over_tab_split_columns_head_their_own_tabs(scales: Scales) -> None:
    """"\\tPARENT\\t\\t\\tTEACHER" over "Composite\\tScore\\t%ile\\t95% CI\\tScore...": the
    raters were placed by where they start, not by their tabs, so both raters' composites
    came out with no rater (heldout9 05 review; text of its own)."""
    text = ("ABAS-3 composite scores\n\tPARENT\t\t\tTEACHER\n"
            "Composite\tScore\t%ile\t95% CI\tScore\t%ile\t95% CI\n"
            "CONCEPTUAL\t71\t3\t66-76\t75\t5\t70-80\n")
    assert [(s.label, s.value, s.stated, s.ci) for s in find_scores(text, scales)] == [
        ("Conceptual, parent rating", 71, 3, (66, 76)),
        ("Conceptual, teacher rating", 75, 5, (70, 80))]


def test_a_summary_s_repeat_adds_what_it_says_more(scales: Scales) -> None:
    """A summary repeats this year's GCA with its percentile and interval ("Her GCA of 84
    (14th percentile, 90% CI 79-90)"): the repeat was dropped with all it said, and with it
    the confidence interval's term."""
    text = ("I gave the DAS-II again; her 2022 scores are next to this year's.\n\n"
            "Cluster                        2022    2025\n"
            "GCA                              88      84\n\n"
            "* Her GCA of 84 (14th percentile, 90% CI 79-90) is below average.\n")
    found = find_scores(text, scales)
    assert [(s.label, s.value, s.stated, s.ci) for s in found] == [
        ("General Conceptual Ability (2022)", 88, None, None),
        ("General Conceptual Ability (2025)", 84, 14, (79, 90))]


def test_columns_headed_by_the_raters_names(scales: Scales) -> None:
    """"Ms. Ruiz   Mr. Ng" over "T  %ile  T  %ile", the text saying who they are: the
    teacher's column was lost, and where the mother's form has no Learning Problems the
    teacher's 68 was told as no one's (heldout10 03 review; text of its own)."""
    text = ("BASC-3 forms were completed by Ms. Ana Ruiz (mother) and by Mr. Tom Ng (3rd grade "
            "teacher).\n\n"
            "                              Ms. Ruiz          Mr. Ng\n"
            "Scale                         T     %ile        T     %ile\n"
            "Hyperactivity                 70    96          73    97\n"
            "Learning Problems             --    --          68    95\n")
    assert labels(text, scales) == [
        ("Hyperactivity, parent rating", 70), ("Hyperactivity, teacher rating", 73),
        ("Learning Problems, teacher rating", 68)]


def test_a_label_that_is_an_area_s_whole_name_keeps_its_test_s_name(scales: Scales) -> None:
    """"SRS-2 Total" is the SRS-2's total score's own name: taken as the test's name and an
    area "Total", the raters' totals were told as scores of no known kind, of no test."""
    text = ("SRS-2 (parent form)\n| Scale | Mother | Father |\n|---|---|---|\n"
            "| Social Awareness | 61 | 64 |\n| SRS-2 Total | 70 | 73 |\n")
    assert [(s.label, s.test, s.type_name, s.value) for s in find_scores(text, scales)][2:] == [
        ("Total Score, mother rating", "SRS-2", "t-problem", 70),
        ("Total Score, father rating", "SRS-2", "t-problem", 73)]


@pytest.mark.parametrize("corner", ["", "Domain"])
def test_columns_that_name_their_rater_s_form(corner: str, scales: Scales) -> None:
    """"Parent Form   Teacher Form" straight over the rows (no "Score" line under it): each
    column is its form's rater's, and a sentence after the table naming one form gives its
    scores to that rater. Before, both columns' scores were told under plain labels: two
    "Communication" scores, 84 and 88, and the parent could not tell whose was whose."""
    text = ("Vineland-3 (Parent Form, mother; Teacher Form, Mr. Adair)\n"
            f"{corner:<26}Parent Form     Teacher Form\n"
            "Communication                  84               88\n"
            "Socialization                  72               79\n\n"
            "Maladaptive Behavior (Parent Form only): Internalizing v-scale 19 (Elevated); "
            "Externalizing\nv-scale 16 (Average).\n")
    assert labels(text, scales) == [
        ("Communication, parent rating", 84), ("Communication, teacher rating", 88),
        ("Socialization, parent rating", 72), ("Socialization, teacher rating", 79),
        ("Internalizing, parent rating", 19), ("Externalizing, parent rating", 16)]


def test_each_rater_s_t_and_percentile_columns(scales: Scales) -> None:
    """"Parent T  %ile  Teacher T  %ile  Self-Report T  %ile": each "%ile" is the percentile
    of the rater's T-score before it, and the self-report's columns are the child's own.
    Before, the parent's percentile was told as a score of no one's, the teacher's lost, and
    the self-report's column lost."""
    text = ("Conners 3\n"
            "Scale                      Parent T  %ile   Teacher T  %ile   Self-Report T  %ile\n"
            "Inattention                   72      97       68       94        61          86\n"
            "Hyperactivity/Impulsivity     65      92       70       97        58          79\n")
    assert [(s.label, s.value, s.stated) for s in find_scores(text, scales)] == [
        ("Inattention, parent rating", 72, 97), ("Inattention, teacher rating", 68, 94),
        ("Inattention, self rating", 61, 86),
        ("Hyperactivity/Impulsivity, parent rating", 65, 92),
        ("Hyperactivity/Impulsivity, teacher rating", 70, 97),
        ("Hyperactivity/Impulsivity, self rating", 58, 79)]


def test_the_conners_3_self_reports_aggression_is_its_own_t_score(scales: Scales) -> None:
    """The Conners 3 self-report's content scale is "Aggression" (the parent's and teacher's
    forms say "Defiance/Aggression"); the scales file listed only the BASC-3's, so a Conners 3
    table of raters told it as a score of no known kind, with no test."""
    table = ("Conners 3                 Parent    Teacher    Self\n"
             "Aggression                  66        59        58\n")
    assert [(s.label, s.test, s.kind, s.role, s.value) for s in find_scores(table, scales)] == [
        ("Aggression, parent rating", "Conners 3", "t", "problem", 66),
        ("Aggression, teacher rating", "Conners 3", "t", "problem", 59),
        ("Aggression, self rating", "Conners 3", "t", "problem", 58)]
