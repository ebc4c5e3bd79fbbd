"""Five tests the scales file did not list (KeyMath-3, WRMT-III, TOWL-4, CBCL, SRS-2): their
scores were read with no test ("Word Attack 73" of no test, a CBCL's "Anxious/Depressed" as
"Depressed", a T-score of unknown kind), not at all (the KeyMath-3's subtests, the TOWL-4's
indexes), or put on another test (a CBCL Attention Problems T-score after a BASC-3's, called a
BASC-3 score). Where a name is also another test's (the WJ IV's Word Attack, the BASC-3's
Attention Problems), the test named nearest before the score decides."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales

from .score_reading import read, read_stated

KEYMATH_TABLE = """Math achievement was assessed with the KeyMath-3 Diagnostic Assessment (Form B).
Area               Standard Score   Percentile
Basic Concepts          84              14
Operations              79               8
Applications            88              21
Total Test              82              12
Subtest scale scores: Algebra 7, Geometry 9, Mental Computation and Estimation 5, Applied \
Problem Solving 8.
"""


def test_keymath_3_areas_and_subtests(scales: Scales) -> None:
    # the areas were standard scores of no test; the subtests were not read at all
    assert read_stated(KEYMATH_TABLE, scales) == [
        ("Basic Concepts", "KeyMath-3", "standard", 84, 14),
        ("Operations", "KeyMath-3", "standard", 79, 8),
        ("Applications", "KeyMath-3", "standard", 88, 21),
        ("Total Test", "KeyMath-3", "standard", 82, 12),
        ("Algebra", "KeyMath-3", "scaled", 7, None),
        ("Geometry", "KeyMath-3", "scaled", 9, None),
        ("Mental Computation and Estimation", "KeyMath-3", "scaled", 5, None),
        ("Applied Problem Solving", "KeyMath-3", "scaled", 8, None)]
    text = ("On the KeyMath-3, Owen's Operations standard score was 102 and his Multiplication "
            "and Division scale score was 11.")
    assert read(text, scales) == [
        ("Operations", "KeyMath-3", "standard", 102),
        ("Multiplication and Division", "KeyMath-3", "scaled", 11)]


def test_wrmt_iii_tests_and_clusters(scales: Scales) -> None:
    text = ("Woodcock Reading Mastery Tests, Third Edition (WRMT-III), Form A\n"
            "Letter Identification: SS 92\n"
            "Word Identification: SS 81 (10th percentile)\n"
            "Word Attack: SS 73 (4th percentile)\n"
            "Basic Skills Cluster: SS 76\n"
            "Total Reading Cluster: SS 80\n")
    # every score was of no test, the clusters "" and "Reading"
    assert read_stated(text, scales) == [
        ("Letter Identification", "WRMT-III", "standard", 92, None),
        ("Word Identification", "WRMT-III", "standard", 81, 10),
        ("Word Attack", "WRMT-III", "standard", 73, 4),
        ("Basic Skills Cluster", "WRMT-III", "standard", 76, None),
        ("Total Reading", "WRMT-III", "standard", 80, None)]


def test_wrmt_iii_and_wj_iv_share_word_attack(scales: Scales) -> None:
    text = ("Earlier this year the WJ IV ACH was given (Word Attack 88). On the WRMT-III, her "
            "Word Attack standard score was 74 and Passage Comprehension was 90.")
    assert read(text, scales) == [
        ("Word Attack", "WJ IV", "standard", 88), ("Word Attack", "WRMT-III", "standard", 74),
        ("Passage Comprehension", "WRMT-III", "standard", 90)]


def test_towl_4_indexes(scales: Scales) -> None:
    text = ("Written expression (TOWL-4): Overall Writing Index 83 (13th percentile), Contrived "
            "Writing Index 86, Spontaneous Writing Index 81.")
    # only a percentile of no area was read
    assert read_stated(text, scales) == [
        ("Overall Writing", "TOWL-4", "standard", 83, 13),
        ("Contrived Writing", "TOWL-4", "standard", 86, None),
        ("Spontaneous Writing", "TOWL-4", "standard", 81, None)]


def test_cbcl_syndrome_and_broad_scales(scales: Scales) -> None:
    text = ("Child Behavior Checklist (CBCL/6-18), completed by Mrs. Ortiz:\n"
            "Anxious/Depressed       T = 71\n"
            "Withdrawn/Depressed     T = 66\n"
            "Social Problems         T = 59\n"
            "Rule-Breaking Behavior  T = 54\n"
            "Internalizing Problems  T = 68\n"
            "Externalizing Problems  T = 55\n"
            "Total Problems          T = 63\n")
    # read as "Depressed" twice, "Breaking Behavior" and "Problems", T-scores of no direction
    assert read(text, scales) == [
        ("Anxious/Depressed", "CBCL", "t-problem", 71),
        ("Withdrawn/Depressed", "CBCL", "t-problem", 66),
        ("Social Problems", "CBCL", "t-problem", 59),
        ("Rule-Breaking Behavior", "CBCL", "t-problem", 54),
        ("Internalizing Problems", "CBCL", "t-problem", 68),
        ("Externalizing Problems", "CBCL", "t-problem", 55),
        ("Total Problems", "CBCL", "t-problem", 63)]


def test_cbcl_and_basc_3_share_attention_problems(scales: Scales) -> None:
    text = ("His mother also completed the BASC-3 (Attention Problems T = 66) and the CBCL "
            "(Attention Problems T = 73).")
    # the CBCL's was called the BASC-3's
    assert read(text, scales) == [
        ("Attention Problems", "BASC-3", "t-problem", 66),
        ("Attention Problems", "CBCL", "t-problem", 73)]


def test_srs_2_total_and_subscales(scales: Scales) -> None:
    text = ("On the SRS-2 completed by his teacher, Liam's Total Score was a T-score of 72; "
            "Social Awareness T = 68, Social Motivation T = 61 and Restricted Interests and "
            "Repetitive Behavior T = 77.")
    assert read(text, scales) == [
        ("Total Score", "SRS-2", "t-problem", 72),
        ("Social Awareness", "SRS-2", "t-problem", 68),
        ("Social Motivation", "SRS-2", "t-problem", 61),
        ("Restricted Interests and Repetitive Behavior", "SRS-2", "t-problem", 77)]


def test_srs_2_bands_are_its_own(content: Content) -> None:
    text = "SRS-2 (parent): Total Score T = 72."
    (score,) = decode(text, content).scores
    assert "moderate range" in score.explain(), score.explain()


def test_the_glossary_names_the_five_tests(content: Content) -> None:
    text = ("Tests given: KeyMath-3, WRMT-III, TOWL-4, the Child Behavior Checklist and the "
            "SRS-2.")
    found = {term.id for term in decode(text, content).terms}
    assert {"keymath-3", "wrmt-iii", "towl-4", "cbcl", "srs-2"} <= found
