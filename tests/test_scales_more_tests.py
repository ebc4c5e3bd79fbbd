"""Tests the scales file did not list (DAS-II, KABC-II, SB5, OWLS-II, PPVT-5, EVT-3, GFTA-3):
their scores were read as another test's areas ("DAS-II ... Working Memory 79" told as the
WISC-V's "Working Memory Index"), as "Area not named", or cut short ("Words")."""

from __future__ import annotations

import pytest

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read

DAS = """Differential Ability Scales, Second Edition (DAS-II), School-Age Battery

Composite/Cluster                    SS     90% CI       %ile   Classification
General Conceptual Ability (GCA)     81     [76, 87]      10    Below Average
Special Nonverbal Composite (SNC)    77     [71, 84]       6    Low
Working Memory                       79     [72, 88]       8    Low
Processing Speed                     86     [78, 96]      18    Below Average
"""


def test_das_ii_clusters_are_its_own_not_the_wisc_v_s(scales: Scales) -> None:
    # Working Memory and Processing Speed were told as the WISC-V's "Working Memory Index"
    # and "Processing Speed Index", and no score was put on the DAS-II
    assert read(DAS, scales) == [
        ("General Conceptual Ability", "DAS-II", "standard", 81),
        ("Special Nonverbal Composite", "DAS-II", "standard", 77),
        ("Working Memory", "DAS-II", "standard", 79),
        ("Processing Speed", "DAS-II", "standard", 86)]
    # its ranges in its own words: 80-89 is "below average", not "low average"
    assert "the DAS-II calls this range below average" in find_scores(DAS, scales)[0].explain()


def test_das_ii_subtest_t_scores_are_not_told_as_a_rating_scale(scales: Scales) -> None:
    # (an ability T-score, higher = stronger: not an adaptive-behavior or problem scale, whose
    # bands "at risk" and "clinically significant" would be wrong for it)
    text = ("DAS-II subtests\nSubtest              T-score   %ile\n"
            "Recall of Designs      33        4\n")
    [score] = find_scores(text, scales)
    assert (score.label, score.kind, score.role, score.value) == ("Recall of Designs", "t",
                                                                  "ability", 33)
    assert "T-score 33 on an adaptive scale" not in score.explain()
    assert "the DAS-II calls this range low" in score.explain()  # (test_score_ability.py)
    assert "this one is at risk" not in score.explain()


SB5 = ("In March 2024 a neuropsychologist gave the Stanford-Binet Intelligence Scales, Fifth "
       "Edition (SB5). The report lists a Full Scale IQ of 88 (21st percentile), a Nonverbal IQ "
       "of 94 and a Verbal IQ of 83 (PR=13). Factor index scores: Fluid Reasoning 97, "
       "Knowledge 85, Working Memory 76 (5th %ile).")


def test_sb5_scores_are_the_sb5_s(scales: Scales) -> None:
    # "Fluid Reasoning 97" was the WISC-V's "Fluid Reasoning Index", "Nonverbal IQ" and
    # "Verbal IQ" were "Nonverbal" and "Verbal", and "Knowledge 85" was missed
    assert read(SB5, scales) == [
        ("Full Scale IQ", "SB5", "standard", 88), ("Nonverbal IQ", "SB5", "standard", 94),
        ("Verbal IQ", "SB5", "standard", 83), ("Fluid Reasoning", "SB5", "standard", 97),
        ("Knowledge", "SB5", "standard", 85), ("Working Memory", "SB5", "standard", 76)]


KABC = ("The Kaufman Assessment Battery for Children, Second Edition (KABC-II) was given.\n"
        "Fluid-Crystallized Index (FCI) = 87 [82, 93].\n"
        "Scale indexes: Sequential/Gsm 77 (6th percentile, Below Average); Simultaneous/Gv 98 "
        "(45th percentile); Learning/Glr 90; Planning/Gf 95; Knowledge/Gc 84 (14th percentile).\n"
        "Subtests: Number Recall 5, Word Order 7, Rover 10, Triangles 9, Riddles 7.")


def test_kabc_ii_indexes_and_subtests(scales: Scales) -> None:
    # the scale indexes were missed (only their percentiles told, as "Area not named"), and
    # the subtests were no scores at all
    assert read(KABC, scales) == [
        ("Fluid-Crystallized Index", "KABC-II", "standard", 87),
        ("Sequential/Gsm", "KABC-II", "standard", 77),
        ("Simultaneous/Gv", "KABC-II", "standard", 98),
        ("Learning/Glr", "KABC-II", "standard", 90), ("Planning/Gf", "KABC-II", "standard", 95),
        ("Knowledge/Gc", "KABC-II", "standard", 84), ("Number Recall", "KABC-II", "scaled", 5),
        ("Word Order", "KABC-II", "scaled", 7), ("Rover", "KABC-II", "scaled", 10),
        ("Triangles", "KABC-II", "scaled", 9), ("Riddles", "KABC-II", "scaled", 7)]
    scores = find_scores(KABC, scales)
    # its own ranges: 85-115 "average" (87 was "low average"), 70-84 "below average"
    assert "the KABC-II calls this range average." in scores[0].explain()
    assert "the KABC-II calls this range below average." in scores[5].explain()
    assert scores[1].stated == 6


def test_the_chc_letters_do_not_make_kabc_ii_scales_wj_iv_clusters(scales: Scales) -> None:
    text = "WJ IV COG (2024): Fluid Reasoning (Gf) 101.\nKABC-II (2026): Planning/Gf 95, Gf 95"
    assert read(text, scales) == [("Fluid Reasoning", "WJ IV", "standard", 101),
                                  ("Planning/Gf", "KABC-II", "standard", 95)]


SLP = """OWLS-II                              Standard Score   Percentile   Descriptor
  Listening Comprehension (LC)             78             7        Below Average
  Oral Language Composite                  73             4        Below Average

PPVT-5: standard score 88, percentile rank of 21, age equivalent 5:8 (receptive vocabulary).
EVT-3: SS = 79, PR=8, age equivalent 5:0 (expressive vocabulary).
GFTA-3 Sounds-in-Words: standard score 70 (2nd %ile).
"""


def test_a_speech_language_report_s_tests(scales: Scales) -> None:
    # the PPVT-5 and EVT-3 scores were both "Area not named", with no test: a parent could
    # not tell receptive from expressive vocabulary; "Sounds-in-Words" was cut to "Words";
    # the OWLS-II's scores had no test
    assert read(SLP, scales) == [
        ("Listening Comprehension", "OWLS-II", "standard", 78),
        ("Oral Language Composite", "OWLS-II", "standard", 73),
        ("Receptive Vocabulary", "PPVT-5", "standard", 88),
        ("Expressive Vocabulary", "EVT-3", "standard", 79),
        ("Sounds-in-Words", "GFTA-3", "standard", 70)]
    ppvt = find_scores(blank(SLP), scales)[2]
    assert ppvt.stated == 21
    assert ppvt.explain().startswith("Receptive Vocabulary (PPVT-5), standard score 88")


def test_a_one_score_test_s_score_in_a_table_row(scales: Scales) -> None:
    text = ("Test                   SS    %ile\nPPVT-5                 88     21\n"
            "EVT-3 Standard Score   79      8\nWISC-V                 85     16\n")
    assert read(text, scales) == [("Receptive Vocabulary", "PPVT-5", "standard", 88),
                                  ("Expressive Vocabulary", "EVT-3", "standard", 79),
                                  ("WISC-V", "WISC-V", "standard", 85)]


@pytest.mark.parametrize("text", [
    "The PPVT-5 and EVT-3 standard scores were 88.",  # one score for two tests: whose?
    "PPVT-5 score of 150",  # (a raw or growth score may be meant)
    "PPVT-5 was given in March. A standard score of 88 on another measure.",
])
def test_a_score_not_said_to_be_the_test_s_own_is_not_its_total(text: str,
                                                                scales: Scales) -> None:
    assert all(s.label not in ("Receptive Vocabulary", "Expressive Vocabulary")
               for s in find_scores(blank(text), scales)), text


WISC = ("Index                  SS   %ile\n"
        "Working Memory         85    16\n"
        "Processing Speed       92    30\n")
DAS_II_WISC = ("Earlier testing: DAS-II (2023)\n" + DAS.split("\n", 2)[2] + "\nWISC-V (2026)\n"
               + WISC)


def test_a_wisc_v_working_memory_index_is_still_the_wisc_v_s(scales: Scales) -> None:
    # a comparison of a DAS-II and a WISC-V: both tests' areas as each test names them (the
    # DAS-II's Working Memory 79 was told as a second WISC-V Working Memory Index)
    found = read(DAS_II_WISC, scales)
    assert found[-2:] == [("Working Memory Index", "WISC-V", "standard", 85),
                          ("Processing Speed Index", "WISC-V", "standard", 92)]
    # (the DAS-II's under its heading "Earlier testing: DAS-II (2023)": that year's)
    assert ("Working Memory (2023)", "DAS-II", "standard", 79) in found
    assert [s for s in found if s[1] == "WISC-V"] == found[-2:]
    prose = ("On the DAS-II in 2023 his Working Memory was 79. On the WISC-V in 2026, his "
             "Working Memory was 85. The DAS-II and WISC-V agree.")
    assert read(prose, scales) == [("Working Memory", "DAS-II", "standard", 79),
                                   ("Working Memory Index", "WISC-V", "standard", 85)]
    # a WISC-V report that only mentions a DAS-II after its scores reads as before
    assert read("WISC-V\n" + WISC + "\nA DAS-II was given in 2023.", scales) == [
        ("Working Memory Index", "WISC-V", "standard", 85),
        ("Processing Speed Index", "WISC-V", "standard", 92)]


def test_an_area_with_no_test_named_is_named_as_written(scales: Scales) -> None:
    # the DAS-II and SB5 call it "Working Memory": with no test named, the WISC-V's "Working
    # Memory Index" would name a test the text does not
    assert read("Working Memory: SS = 79", scales) == [("Working Memory", "", "standard", 79)]
    assert read("FSIQ 88", scales) == [("Full Scale IQ", "", "standard", 88)]


def test_the_cvlt_c_learning_total_is_an_ability_t_score(scales: Scales) -> None:
    """The CVLT-C was not in the scales file: "List A Trials 1-5 Total: T = 41" was told as a
    T-score of no test, whose direction could not be said (for a learning total, higher is
    stronger). Its z-scores stay of no known kind."""
    text = ("Memory\nOn the California Verbal Learning Test, Children's Version (CVLT-C), "
            "Zainab learned the list slowly.\n  List A Trials 1-5 Total      T = 41\n"
            "  Short-Delay Free Recall      z = -1.0\n")
    assert read(text, scales) == [("List A Trials 1-5 Total", "CVLT-C", "t-ability", 41)]


def test_nepsy_ii_visuomotor_precision_is_named_as_its_combined_score(scales: Scales) -> None:
    assert read("NEPSY-II: Visuomotor Precision scaled score 5.", scales) == [
        ("Visuomotor Precision Combined", "NEPSY-II", "scaled", 5)]
