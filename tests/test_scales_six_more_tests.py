"""Six more tests the scales file did not list (WPPSI-IV, NEPSY-II, WRAML-3, Bayley-4, PLS-5,
TOVA): their scores were read with no test (a WPPSI-IV composite table, the NEPSY-II's combined
scaled scores, the WRAML-3's indexes), not at all (the TOVA's, the Bayley-4's one-word
composites), or put on another test (a Bayley-4 Fine Motor scaled score on the Vineland-3 as a
v-scale score). Where two of the tests share an area's name (the WPPSI-IV and WISC-V, the
WPPSI-IV's and WRAML-3's Picture Memory, the PLS-5's and Bayley-4's Expressive
Communication), the test named nearest before the score decides."""

from __future__ import annotations

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import Row, read

WPPSI_TABLE = """Wechsler Preschool and Primary Scale of Intelligence, Fourth Edition (WPPSI-IV)
Age at testing: 5 years, 2 months

Index                         Composite   Percentile   90% CI
Verbal Comprehension (VCI)        95          37        89-102
Visual Spatial (VSI)             104          61        96-111
Fluid Reasoning (FRI)             88          21        82-96
Working Memory (WMI)              82          12        76-91
Processing Speed (PSI)            76           5        70-86
Full Scale IQ (FSIQ)              87          19        82-93
Vocabulary Acquisition (VAI)      93          32        87-100
Cognitive Proficiency (CPI)       77           6        72-85
"""


def test_wppsi_iv_composite_table(scales: Scales) -> None:
    # every row was a standard score of no test
    assert read(WPPSI_TABLE, scales) == [
        ("Verbal Comprehension Index", "WPPSI-IV", "standard", 95),
        ("Visual Spatial Index", "WPPSI-IV", "standard", 104),
        ("Fluid Reasoning Index", "WPPSI-IV", "standard", 88),
        ("Working Memory Index", "WPPSI-IV", "standard", 82),
        ("Processing Speed Index", "WPPSI-IV", "standard", 76),
        ("Full Scale IQ", "WPPSI-IV", "standard", 87),
        ("Vocabulary Acquisition Index", "WPPSI-IV", "standard", 93),
        ("Cognitive Proficiency Index", "WPPSI-IV", "standard", 77)]
    assert [s.stated for s in find_scores(blank(WPPSI_TABLE), scales)] == [
        37, 61, 21, 12, 5, 19, 32, 6]


def test_wppsi_iv_younger_battery_in_prose(scales: Scales) -> None:
    text = ("Because Mia is 3 years old, the younger battery of the WPPSI-IV was given. Her "
            "Receptive Vocabulary scaled score was 8 and Picture Naming 6, for a Vocabulary "
            "Acquisition Index of 81. Block Design 9, Object Assembly 10; Picture Memory 5 and "
            "Zoo Locations 4 (WMI 70). Her Information score was 7 and her FSIQ 84.")
    assert read(text, scales) == [
        ("Receptive Vocabulary", "WPPSI-IV", "scaled", 8),
        ("Picture Naming", "WPPSI-IV", "scaled", 6),
        ("Vocabulary Acquisition Index", "WPPSI-IV", "standard", 81),
        ("Block Design", "WPPSI-IV", "scaled", 9), ("Object Assembly", "WPPSI-IV", "scaled", 10),
        ("Picture Memory", "WPPSI-IV", "scaled", 5), ("Zoo Locations", "WPPSI-IV", "scaled", 4),
        ("Working Memory Index", "WPPSI-IV", "standard", 70),
        ("Information", "WPPSI-IV", "scaled", 7), ("Full Scale IQ", "WPPSI-IV", "standard", 84)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Testing history: at age 5 Noah took the WPPSI-IV (Full Scale IQ 92, Verbal Comprehension "
     "Index 88, Similarities 9, Bug Search 6).\n\nCurrent results (WISC-V, age 9): Full Scale "
     "IQ 85, Verbal Comprehension Index 80, Similarities 6, Digit Span 5.",
     [("Full Scale IQ", "WPPSI-IV", "standard", 92),
      ("Verbal Comprehension Index", "WPPSI-IV", "standard", 88),
      ("Similarities", "WPPSI-IV", "scaled", 9), ("Bug Search", "WPPSI-IV", "scaled", 6),
      ("Full Scale IQ", "WISC-V", "standard", 85),
      ("Verbal Comprehension Index", "WISC-V", "standard", 80),
      ("Similarities", "WISC-V", "scaled", 6), ("Digit Span", "WISC-V", "scaled", 5)]),
    # the WISC-V named first keeps its own, and the WPPSI-IV after it takes the same names
    ("WISC-V (this year): FSIQ 79, Block Design 7, Cancellation 6.\nWPPSI-IV (age 6): FSIQ 90, "
     "Block Design 10, Cancellation 9, Animal Coding 8.",
     [("Full Scale IQ", "WISC-V", "standard", 79), ("Block Design", "WISC-V", "scaled", 7),
      ("Cancellation", "WISC-V", "scaled", 6), ("Full Scale IQ", "WPPSI-IV", "standard", 90),
      ("Block Design", "WPPSI-IV", "scaled", 10), ("Cancellation", "WPPSI-IV", "scaled", 9),
      ("Animal Coding", "WPPSI-IV", "scaled", 8)]),
])
def test_the_nearest_named_wechsler_test_has_the_score(text: str, wanted: list[Row],
                                                        scales: Scales) -> None:
    # the WPPSI-IV's scores were kept off the WISC-V, with no test of their own
    assert read(text, scales) == wanted


def test_wppsi_iv_and_ppvt_5_receptive_vocabulary(scales: Scales) -> None:
    # a scaled score on the WPPSI-IV, a standard score on the PPVT-5
    text = ("The PPVT-5 was given first: Receptive Vocabulary 84. Then the WPPSI-IV: Receptive "
            "Vocabulary 6, Picture Naming 5.")
    assert read(text, scales) == [
        ("Receptive Vocabulary", "PPVT-5", "standard", 84),
        ("Receptive Vocabulary", "WPPSI-IV", "scaled", 6),
        ("Picture Naming", "WPPSI-IV", "scaled", 5)]


NEPSY_TABLE = """NEPSY-II Scaled Scores (mean 10, SD 3)

Subtest                                 Scaled Score    Classification
Auditory Attention Combined                  7          Borderline
Response Set Combined                        5          Below Expected Level
Inhibition-Naming Combined                  10          At Expected Level
Inhibition-Inhibition Combined               6          Borderline
Inhibition-Switching Combined                3          Well Below Expected Level
Memory for Faces Delayed                    11          At Expected Level
Design Copying General                       6          Borderline
Affect Recognition                           4          Below Expected Level
Inhibition Total Errors                   11-25         Borderline
"""


def test_nepsy_ii_table(scales: Scales) -> None:
    # the scaled scores had no test; the percentile range is no score
    assert read(NEPSY_TABLE, scales) == [
        ("Auditory Attention Combined", "NEPSY-II", "scaled", 7),
        ("Response Set Combined", "NEPSY-II", "scaled", 5),
        ("Inhibition-Naming Combined", "NEPSY-II", "scaled", 10),
        ("Inhibition-Inhibition Combined", "NEPSY-II", "scaled", 6),
        ("Inhibition-Switching Combined", "NEPSY-II", "scaled", 3),
        ("Memory for Faces Delayed", "NEPSY-II", "scaled", 11),
        ("Design Copying General", "NEPSY-II", "scaled", 6),
        ("Affect Recognition", "NEPSY-II", "scaled", 4)]


def test_nepsy_ii_in_prose(scales: Scales) -> None:
    text = ("Selected subtests of the NEPSY-II were given. Leo named shapes at an expected rate "
            "(Inhibition-Naming scaled score of 9), but his Inhibition-Switching scaled score "
            "was 4 and his Inhibition-Switching Completion Time 5. His Speeded Naming Total "
            "Completion Time was 7. Word Generation-Semantic was 8 and Word Generation-Initial "
            "Letter 6. Clocks 5; Arrows 12. Theory of Mind: 11th-25th percentile.")
    assert read(text, scales) == [
        ("Inhibition-Naming Combined", "NEPSY-II", "scaled", 9),
        ("Inhibition-Switching Combined", "NEPSY-II", "scaled", 4),
        ("Inhibition-Switching Completion Time", "NEPSY-II", "scaled", 5),
        ("Speeded Naming Total Completion Time", "NEPSY-II", "scaled", 7),
        ("Word Generation-Semantic", "NEPSY-II", "scaled", 8),
        ("Word Generation-Initial Letter", "NEPSY-II", "scaled", 6),
        ("Clocks", "NEPSY-II", "scaled", 5), ("Arrows", "NEPSY-II", "scaled", 12)]


def test_nepsy_ii_rows_without_a_header(scales: Scales) -> None:
    # a number at a line's end, the next row starting "Response ...", was a count of responses
    text = "NEPSY-II, attention\nAuditory Attention Combined   7\nResponse Set Combined   5\n"
    assert read(text, scales) == [
        ("Auditory Attention Combined", "NEPSY-II", "scaled", 7),
        ("Response Set Combined", "NEPSY-II", "scaled", 5)]


WRAML_AND_WPPSI = """Prior testing (kindergarten): WPPSI-IV Working Memory Index 79;
Picture Memory 6, Zoo Locations 7.

Memory: WRAML-3 (current)
Index                                Standard Score   Percentile
Visual Immediate Memory Index             85              16
Verbal Immediate Memory Index            102              55
Attention/Concentration Index             91              27
General Immediate Memory Index            90              25

Subtest                  Scaled Score
Picture Memory                 8
Design Learning                6
Story Memory                  11
Verbal Learning               10
Finger Windows                 9
Number Letter                  8
"""


def test_wraml_3_after_a_wppsi_iv_picture_memory(scales: Scales) -> None:
    # both Picture Memory scores had no test, nor had the WRAML-3's indexes
    assert read(WRAML_AND_WPPSI, scales) == [
        ("Working Memory Index", "WPPSI-IV", "standard", 79),
        ("Picture Memory", "WPPSI-IV", "scaled", 6), ("Zoo Locations", "WPPSI-IV", "scaled", 7),
        ("Visual Immediate Memory Index", "WRAML-3", "standard", 85),
        ("Verbal Immediate Memory Index", "WRAML-3", "standard", 102),
        ("Attention/Concentration Index", "WRAML-3", "standard", 91),
        ("General Immediate Memory Index", "WRAML-3", "standard", 90),
        ("Picture Memory", "WRAML-3", "scaled", 8), ("Design Learning", "WRAML-3", "scaled", 6),
        ("Story Memory", "WRAML-3", "scaled", 11), ("Verbal Learning", "WRAML-3", "scaled", 10),
        ("Finger Windows", "WRAML-3", "scaled", 9), ("Number Letter", "WRAML-3", "scaled", 8)]


def test_a_wppsi_iv_named_after_the_wraml_3_keeps_its_picture_memory(scales: Scales) -> None:
    text = ("The WRAML-3 was given: Picture Memory 11 and Story Memory Delayed 12; General "
            "Delayed Memory Index 104. On the WPPSI-IV two years ago her Picture Memory was 7.")
    assert read(text, scales) == [
        ("Picture Memory", "WRAML-3", "scaled", 11),
        ("Story Memory Delayed", "WRAML-3", "scaled", 12),
        ("General Delayed Memory Index", "WRAML-3", "standard", 104),
        ("Picture Memory", "WPPSI-IV", "scaled", 7)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Early Intervention records: at 26 months the Bayley-4 showed a Cognitive composite of 95 "
     "and a Language composite of 72, with Receptive Communication 6 and Expressive "
     "Communication 4 (scaled scores).\n\nPreschool evaluation (age 3-8): on the PLS-5 his "
     "Auditory Comprehension standard score was 84, Expressive Communication 73 and Total "
     "Language 77.",
     [("Cognitive", "Bayley-4", "standard", 95), ("Language", "Bayley-4", "standard", 72),
      ("Receptive Communication", "Bayley-4", "scaled", 6),
      ("Expressive Communication", "Bayley-4", "scaled", 4),
      ("Auditory Comprehension", "PLS-5", "standard", 84),
      ("Expressive Communication", "PLS-5", "standard", 73),
      ("Total Language", "PLS-5", "standard", 77)]),
    ("PLS-5 (given 3/2/2026): Auditory Comprehension 88, Expressive Communication 79, Total "
     "Language Score 82.\nBayley-4 (given 3/9/2026): Expressive Communication 5, Receptive "
     "Communication 7; Motor 91 (Fine Motor 8, Gross Motor 9); Social-Emotional 100; Adaptive "
     "Behavior 86.",
     [("Auditory Comprehension", "PLS-5", "standard", 88),
      ("Expressive Communication", "PLS-5", "standard", 79),
      ("Total Language", "PLS-5", "standard", 82),
      ("Expressive Communication", "Bayley-4", "scaled", 5),
      ("Receptive Communication", "Bayley-4", "scaled", 7),
      ("Motor", "Bayley-4", "standard", 91), ("Fine Motor", "Bayley-4", "scaled", 8),
      ("Gross Motor", "Bayley-4", "scaled", 9),
      ("Social-Emotional", "Bayley-4", "standard", 100),
      ("Adaptive Behavior", "Bayley-4", "standard", 86)]),
])
def test_pls_5_and_bayley_4_expressive_communication(text: str, wanted: list[Row],
                                                     scales: Scales) -> None:
    # the Bayley-4's one-word composites were not read ("Language" was a score of no type),
    # its Fine and Gross Motor were v-scale scores of no test, the PLS-5's had no test
    assert read(text, scales) == wanted


def test_bayley_4_beside_the_vineland_3_and_abas_3(scales: Scales) -> None:
    # the Bayley-4's Fine and Gross Motor were put on the Vineland-3 as v-scale scores;
    # "Cognitive 8" is the Cognitive subtest's scaled score, "Motor 78" a composite
    text = ("Vineland-3 (parent interview): Motor Skills 80; Fine Motor v-scale 11, Gross Motor "
            "10.\nBayley-4: Motor 76, Fine Motor 5, Gross Motor 6, Cognitive 8.\nABAS-3 Parent "
            "Form: Motor 6.")
    assert read(text, scales) == [
        ("Motor Skills", "Vineland-3", "standard", 80),
        ("Fine Motor", "Vineland-3", "v-scale", 11), ("Gross Motor", "Vineland-3", "v-scale", 10),
        ("Motor", "Bayley-4", "standard", 76), ("Fine Motor", "Bayley-4", "scaled", 5),
        ("Gross Motor", "Bayley-4", "scaled", 6), ("Cognitive", "Bayley-4", "scaled", 8),
        ("Motor", "ABAS-3", "scaled", 6)]


TOVA = """Test of Variables of Attention (TOVA), visual version. Standard scores (higher is better):
Response Time Variability   71
Response Time               84
Commissions                 97
Omissions                   65

A year earlier the Conners CPT 3 had shown Commission Errors 68 (a T-score).
"""


def test_tova_standard_scores(scales: Scales) -> None:
    # none was read (the first row was taken for a count of responses); the Conners CPT 3's
    # errors, a T-score where higher means more errors, are not put on the TOVA
    assert read(TOVA, scales) == [
        ("Response Time Variability", "TOVA", "standard", 71),
        ("Response Time", "TOVA", "standard", 84), ("Commissions", "TOVA", "standard", 97),
        ("Omissions", "TOVA", "standard", 65)]


def test_tova_in_prose_and_its_errors_only_where_it_is_named(scales: Scales) -> None:
    text = ("On the TOVA, Sam's Response Time Variability standard score was 78 and his Response "
            "Time 92; Omissions were 70 and Commissions 101.")
    assert read(text, scales) == [
        ("Response Time Variability", "TOVA", "standard", 78),
        ("Response Time", "TOVA", "standard", 92), ("Omissions", "TOVA", "standard", 70),
        ("Commissions", "TOVA", "standard", 101)]
    assert read("Conners CPT 3: Commissions 62, Omissions 71.", scales) == [
        ("Commissions", "Conners CPT 3", "t-problem", 62),
        ("Omissions", "Conners CPT 3", "t-problem", 71)]  # (not the TOVA's)


def test_the_glossary_names_the_six_tests(content: Content) -> None:
    text = ("Tests given: WPPSI-IV, NEPSY-II, WRAML-3, Bayley-4, PLS-5 and the Test of "
            "Variables of Attention.")
    found = {term.id for term in decode(text, content).terms}
    assert {"wppsi-iv", "nepsy-ii", "wraml-3", "bayley-4", "pls-5", "tova"} <= found
