"""The CASL-2 (a speech-language test): its tests and indexes are standard scores (mean 100,
SD 15). Before, the scales file did not know it: its scores were "Area not named" with no
type, and its General Language Ability Index 81 was told as a score of no known test."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales

from .score_reading import read

TEXT = ("Speech and language. On the Comprehensive Assessment of Spoken Language, Second "
        "Edition (CASL-2), Maya's standard scores were 91 on Antonyms, 82 on Syntax "
        "Construction and 77 on Pragmatic Language. Her General Language Ability Index (84) "
        "is in the below average range.\nOn the CELF-5 her Sentence Comprehension was 7.\n")


def test_casl2_scores_are_standard_scores_of_their_tests(scales: Scales) -> None:
    assert read(TEXT, scales) == [
        ("Antonyms", "CASL-2", "standard", 91),
        ("Syntax Construction", "CASL-2", "standard", 82),
        ("Pragmatic Language", "CASL-2", "standard", 77),
        ("General Language Ability Index", "CASL-2", "standard", 84),
        ("Sentence Comprehension", "CELF-5", "scaled", 7)]  # (a name both have: the named
    # test's)


def test_the_glossary_names_the_casl2(content: Content) -> None:
    found = {term.id for term in decode("Given: the CASL-2 and the CELF-5.", content).terms}
    assert {"casl-2", "celf-5"} <= found


def test_the_type_said_before_the_test_s_name(scales: Scales) -> None:
    """"standard scores on the CASL-2 were 91 on Antonyms": read back from 91, the words stop
    at the test's digit, so the type was not seen and no score was found."""
    text = ("Maya's standard\nscores on the CASL-2 were 91 on Antonyms, 82 on Syntax "
            "Construction, 80 on Paragraph\nComprehension and 77 on Pragmatic Language.\n")
    assert read(text, scales) == [
        ("Antonyms", "CASL-2", "standard", 91),
        ("Syntax Construction", "CASL-2", "standard", 82),
        ("Paragraph Comprehension", "CASL-2", "standard", 80),
        ("Pragmatic Language", "CASL-2", "standard", 77)]
