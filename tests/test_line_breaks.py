"""Words a PDF broke across lines with a hyphen ("stan-" / "dard score") are read whole."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.line_breaks import rejoin

REPORT = ("Owen's reading is the area of most concern. On the WIAT-4 Dyslexia Index his stan-\n"
          "dard score was 74 (4th percen-\n"
          "tile). His Processing Speed Index stan-\n"
          "dard score of 78 pulls the FSIQ down; a follow-\n"
          "up is planned.\n")


def test_a_broken_score_word_is_read_whole(content: Content) -> None:
    """Before, "dard" was read as the area's name: the Dyslexia Index and the Processing
    Speed Index were lost, told as scores of an area "dard" of no known kind."""
    found = decode(REPORT, content)
    assert [(s.label, s.type_name, s.value, s.stated) for s in found.scores] == [
        ("Dyslexia Index", "standard", 74, 4),
        ("Processing Speed Index", "standard", 78, None)]
    assert found.text == REPORT  # (the parent's text as given)
    terms = {m.term_id for m in found.matches}
    assert {"standard-score", "percentile-rank"} <= terms


def test_the_text_keeps_its_length_and_unknown_joins_stay() -> None:
    words = {"standard", "percentile"}
    joined = rejoin(REPORT, words)
    assert len(joined) == len(REPORT)
    assert joined.count("\n") == REPORT.count("\n")
    assert "his standard \n score was 74 (4th percentile \n)" in joined
    assert "a follow-\nup is planned" in joined  # ("followup" is no word the glossary uses)
    assert rejoin("no break here", words) == "no break here"


SOFT_REPORT = ("WISC-V Composite Scores\nComposite            Score   Percentile\n"
               "Verbal Compre\u00adhension   103     58\n"
               "Process\u00ading Speed      79      8\n\n"
               "On the KTEA-3 her Letter & Word Recog\u00adnition standard score was 82. "
               "Her Pro\u00ad\ncessing Speed Index is her lowest score.\n")


def test_a_soft_hyphen_inside_a_name_is_read_as_nothing(content: Content) -> None:
    """heldout15's review: a PDF's soft hyphens (U+00AD) stayed in the names, "Verbal
    Compre\u00adhension, 103" told as an area of no known kind and "Letter & Word
    Recog\u00adnition" with the hyphen in its label."""
    found = decode(SOFT_REPORT, content)
    assert [(s.label, s.test, s.value) for s in found.scores] == [
        ("Verbal Comprehension Index", "WISC-V", 103),
        ("Processing Speed Index", "WISC-V", 79),
        ("Letter & Word Recognition", "KTEA-3", 82)]
    assert found.text == SOFT_REPORT


def test_soft_hyphens_keep_the_text_s_length() -> None:
    from iepwizard.core.line_breaks import join_soft_hyphens

    for text in (SOFT_REPORT, "\u00ad", "a\u00ad", "\u00ad\u00adb", "x\u00ad\n  \u00ad"):
        assert len(join_soft_hyphens(text)) == len(text)
    assert join_soft_hyphens("Recog\u00adni\u00adtion 82") == "Recognition   82"
