"""Five more tests the scales file did not list (TOWRE-2, GORT-5, ABAS-3, Beery VMI, CTONI-2):
their scores were read with no test ("Rate 6", "VMI 82"), lost (the TOWRE-2's standard scores
under a "Scaled" heading), or put on another test (the CTONI-2's "Full Scale IQ" on the
WISC-V, the ABAS-3's "Communication 5" nowhere, as no Vineland-3 standard score)."""

from __future__ import annotations

import pytest

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import Row, read

TOWRE_TABLE = """TOWRE-2, Form B (given 2/3/2026)

Subtest                               Raw    Scaled   %ile   Description
Sight Word Efficiency (SWE)            48      81      10    Below Average
Phonemic Decoding Efficiency (PDE)     15      73       4    Poor
Total Word Reading Efficiency Index    --      75       5    Poor
"""


def test_towre_2_standard_scores_under_a_scaled_heading(scales: Scales) -> None:
    # the heading says "Scaled", but the TOWRE-2 gives only standard scores: the rows were lost
    assert read(TOWRE_TABLE, scales) == [
        ("Sight Word Efficiency", "TOWRE-2", "standard", 81),
        ("Phonemic Decoding Efficiency", "TOWRE-2", "standard", 73),
        ("Total Word Reading Efficiency", "TOWRE-2", "standard", 75)]
    assert [s.stated for s in find_scores(blank(TOWRE_TABLE), scales)] == [10, 4, 5]


def test_towre_2_in_prose(scales: Scales) -> None:
    text = ("The Test of Word Reading Efficiency, Second Edition (TOWRE-2) was given. Leo's Sight "
            "Word Efficiency standard score was 84 (14th percentile) and his PDE was 79; the "
            "TWRE Index was 80.")
    assert read(text, scales) == [
        ("Sight Word Efficiency", "TOWRE-2", "standard", 84),
        ("Phonemic Decoding Efficiency", "TOWRE-2", "standard", 79),
        ("Total Word Reading Efficiency", "TOWRE-2", "standard", 80)]


GORT = ("WISC-V verbal subtests: Similarities 9, Vocabulary 8, Comprehension 10.\n\n"
        "On the Gray Oral Reading Tests, Fifth Edition (GORT-5), Maya read slowly but with "
        "care: Rate 6, Accuracy 7, Fluency 6 and Comprehension 8 (scaled scores). Her Oral "
        "Reading Index (ORI) was 80, at the 9th percentile.")


def test_gort_5_scores_and_the_wisc_v_s_comprehension(scales: Scales) -> None:
    # Rate, Accuracy, Fluency and the ORI had no test (the ORI was cut to "Oral Reading"),
    # and the GORT-5's Comprehension was not the WISC-V's subtest, named before it
    assert read(GORT, scales) == [
        ("Similarities", "WISC-V", "scaled", 9), ("Vocabulary", "WISC-V", "scaled", 8),
        ("Comprehension", "WISC-V", "scaled", 10),
        ("Rate", "GORT-5", "scaled", 6), ("Accuracy", "GORT-5", "scaled", 7),
        ("Fluency", "GORT-5", "scaled", 6), ("Comprehension", "GORT-5", "scaled", 8),
        ("Oral Reading Index", "GORT-5", "standard", 80)]
    assert find_scores(blank(GORT), scales)[-1].stated == 9


def test_the_nearest_named_test_has_the_comprehension(scales: Scales) -> None:
    text = "GORT-5: Comprehension 7, Rate 5.\nWISC-V: Comprehension 12, Similarities 11."
    assert read(text, scales) == [
        ("Comprehension", "GORT-5", "scaled", 7), ("Rate", "GORT-5", "scaled", 5),
        ("Comprehension", "WISC-V", "scaled", 12), ("Similarities", "WISC-V", "scaled", 11)]


@pytest.mark.parametrize("text", [
    "WISC-V: Rate 6, Accuracy 7.",  # (the WISC-V has no such areas)
    "Her reading rate was 6 and accuracy 7 on classroom probes.",  # no test named at all
])
def test_gort_5_one_word_areas_need_the_gort_5_named(text: str, scales: Scales) -> None:
    assert not [s for s in find_scores(blank(text), scales) if s.label in ("Rate", "Accuracy")]


ABAS = """Vineland-3 Comprehensive Parent/Caregiver Form
Adaptive Behavior Composite (ABC): 74
Communication: 78
Daily Living Skills: 72
Socialization: 75

ABAS-3 Teacher Form (ages 5-21)
- General Adaptive Composite (GAC): 70
- Conceptual 72; Social 80; Practical 69
- Adaptive skill areas: Communication 5, Functional Academics 4, Self-Direction 6,
  School Living 5, Health and Safety 6, Self-Care 4, Community Use 5, Leisure 7, Social 6
"""


def test_abas_3_domains_and_skill_areas_beside_the_vineland_3(scales: Scales) -> None:
    # "Social" is both an ABAS-3 domain (standard) and skill area (scaled): the number tells
    # which; "Communication 5" is the ABAS-3's skill area, not a Vineland-3 domain
    assert read(ABAS, scales) == [
        ("Adaptive Behavior Composite", "Vineland-3", "standard", 74),
        ("Communication", "Vineland-3", "standard", 78),
        ("Daily Living Skills", "Vineland-3", "standard", 72),
        ("Socialization", "Vineland-3", "standard", 75),
        ("General Adaptive Composite", "ABAS-3", "standard", 70),
        ("Conceptual", "ABAS-3", "standard", 72), ("Social", "ABAS-3", "standard", 80),
        ("Practical", "ABAS-3", "standard", 69),
        ("Communication", "ABAS-3", "scaled", 5), ("Functional Academics", "ABAS-3", "scaled", 4),
        ("Self-Direction", "ABAS-3", "scaled", 6), ("School Living", "ABAS-3", "scaled", 5),
        ("Health and Safety", "ABAS-3", "scaled", 6), ("Self-Care", "ABAS-3", "scaled", 4),
        ("Community Use", "ABAS-3", "scaled", 5), ("Leisure", "ABAS-3", "scaled", 7),
        ("Social", "ABAS-3", "scaled", 6)]


def test_a_vineland_3_named_after_the_abas_3_keeps_its_communication(scales: Scales) -> None:
    text = ("ABAS-3 Parent Form: Communication 4, Home Living 6, Motor 8.\n"
            "Vineland-3: Communication 81, Socialization 77, Receptive 11.")
    assert read(text, scales) == [
        ("Communication", "ABAS-3", "scaled", 4), ("Home Living", "ABAS-3", "scaled", 6),
        ("Motor", "ABAS-3", "scaled", 8), ("Communication", "Vineland-3", "standard", 81),
        ("Socialization", "Vineland-3", "standard", 77), ("Receptive", "Vineland-3", "v-scale", 11)]


BEERY = """Beery-Buktenica Developmental Test of Visual-Motor Integration, Sixth Edition

Scale                         Standard Score   Percentile
Visual-Motor Integration            86             18
Visual Perception                   97             42
Motor Coordination                  77              6
"""


def test_beery_vmi_table(scales: Scales) -> None:
    # the three were read with no test
    assert read(BEERY, scales) == [
        ("Visual-Motor Integration", "Beery VMI", "standard", 86),
        ("Visual Perception", "Beery VMI", "standard", 97),
        ("Motor Coordination", "Beery VMI", "standard", 77)]


@pytest.mark.parametrize("text", [
    "Beery VMI (6th edition): VMI standard score 82 (12th percentile).",
    "On the Beery VMI her VMI was 82.",
    "Beery-Buktenica VMI (VMI-6): VMI 82, 12th %ile.",
    "VMI: 82",
    "Beery: VMI 82",
])
def test_vmi_is_the_test_and_its_main_area(text: str, scales: Scales) -> None:
    assert read(text, scales) == [("Visual-Motor Integration", "Beery VMI", "standard", 82)]


CTONI = ("WISC-V composite scores: Full Scale IQ 83 (13th percentile), Verbal Comprehension "
         "Index 80.\n\nBecause of her language needs, the Comprehensive Test of Nonverbal "
         "Intelligence, Second Edition (CTONI-2) was also given: her Full Scale IQ was 94, with "
         "a Pictorial Scale of 91 and a Geometric Scale of 98. Subtests: Pictorial Analogies 8, "
         "Geometric Analogies 10, Pictorial Categories 9, Geometric Categories 11, Pictorial "
         "Sequences 7, Geometric Sequences 9.")


def test_ctoni_2_full_scale_iq_is_its_own(scales: Scales) -> None:
    # the CTONI-2's Full Scale IQ had no test (it was kept off the WISC-V, not put on the
    # CTONI-2), its scales and subtests were no scores at all
    assert read(CTONI, scales) == [
        ("Full Scale IQ", "WISC-V", "standard", 83),
        ("Verbal Comprehension Index", "WISC-V", "standard", 80),
        ("Full Scale IQ", "CTONI-2", "standard", 94),
        ("Pictorial Scale", "CTONI-2", "standard", 91),
        ("Geometric Scale", "CTONI-2", "standard", 98),
        ("Pictorial Analogies", "CTONI-2", "scaled", 8),
        ("Geometric Analogies", "CTONI-2", "scaled", 10),
        ("Pictorial Categories", "CTONI-2", "scaled", 9),
        ("Geometric Categories", "CTONI-2", "scaled", 11),
        ("Pictorial Sequences", "CTONI-2", "scaled", 7),
        ("Geometric Sequences", "CTONI-2", "scaled", 9)]


def test_a_wisc_v_named_after_the_ctoni_2_keeps_its_full_scale_iq(scales: Scales) -> None:
    text = "CTONI-2: Nonverbal IQ 96.\nWISC-V: Full Scale IQ 81, Comprehension 7."
    assert read(text, scales) == [
        ("Full Scale IQ", "CTONI-2", "standard", 96), ("Full Scale IQ", "WISC-V", "standard", 81),
        ("Comprehension", "WISC-V", "scaled", 7)]


def test_abas_3_social_by_its_cue(scales: Scales) -> None:
    text = "ABAS-3 Parent Form. Social: SS 85. Social scaled score 7. Social domain 88."
    assert read(text, scales) == [
        ("Social", "ABAS-3", "standard", 85), ("Social", "ABAS-3", "scaled", 7),
        ("Social", "ABAS-3", "standard", 88)]


@pytest.mark.parametrize(("text", "wanted"), [
    # a test the scales file now knows, named in the sentence, lacks the area: no longer
    # kept off the WISC-V as an unknown test was, so kept off as one lacking the area
    ("WISC-V FSIQ 85. On the CTONI-2 her FSIQ was 91.",
     [("Full Scale IQ", "WISC-V", "standard", 85), ("Full Scale IQ", "", "standard", 91)]),
    ("WISC-V: Coding 7. Beery VMI: Coding 5.",
     [("Coding", "WISC-V", "scaled", 7), ("Coding", "", "scaled", 5)]),
    ("Vineland-3 Communication 72. ABAS-3 Communication 85.",  # (no ABAS-3 scaled score)
     [("Communication", "Vineland-3", "standard", 72), ("Communication", "", "standard", 85)]),
    # the other test's own score stands between: the sentence compares two tests' scores
    ("The WISC-V was given first. Beside her WIAT-4 Word Reading of 80, her FSIQ of 85 is "
     "high.", [("Word Reading", "WIAT-4", "standard", 80),
               ("Full Scale IQ", "WISC-V", "standard", 85)]),
    ("The WISC-V and WIAT-4 scores: FSIQ 85, Word Reading 80.",
     [("Full Scale IQ", "WISC-V", "standard", 85), ("Word Reading", "WIAT-4", "standard", 80)]),
    ("The WISC-V was given. Like the BASC-3 ratings of attention problems, her Working Memory "
     "Index was low (82).", [("Working Memory Index", "WISC-V", "standard", 82)]),
])
def test_a_known_test_named_in_the_sentence_without_the_area(
        text: str, wanted: list[Row], scales: Scales) -> None:
    assert read(text, scales) == wanted


@pytest.mark.parametrize("text", [
    "On the GORT-5 she read with 93% accuracy on the grade 5 passages; her rate in grade 4 "
    "was slower.",
    "The WISC-V was given. Her vocabulary in grade 3 grew a lot.",
])
def test_a_number_after_grade_is_a_grade_not_a_score(text: str, scales: Scales) -> None:
    # "accuracy on the grade 5 passages" was read as a GORT-5 Accuracy scaled score of 5
    assert read(text, scales) == []
