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
