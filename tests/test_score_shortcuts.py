"""The score finder's shortcuts answer exactly as the regexes they stand in for.

Each shortcut (issue 12: the finder made cheaper per score) skips a regex where plain string
operations give its answer; if a regex changes, these tests say which shortcut must too.
bench/score_parity.py compares whole results with an earlier commit's.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from iepwizard.core.scales import scales_for
from iepwizard.core.score_attachments import _MAYBE, _MAYBE_ASCII
from iepwizard.core.score_before import _TOK, Before, tokens, window_low
from iepwizard.core.score_finder import _CELL_BEFORE, _cell_before
from iepwizard.core.score_prose import _AFTER_NOT
from iepwizard.core.score_tables import cells, split_cells

CONTENT = Path(__file__).resolve().parent.parent / "content"
#: The characters the shortcuts look at, and some that only look like them.
_TRICKY = (" \t\n\u00a0\u2009_-\u2010\u2013\u2014|<>/:,.;%()=&'\u2019"
           "0123456789\u0663\u00b2\u00bd" "aAdhimopstwyPRCIGEbcfgxz\u017f\u0131\u0130\u212a\u00e9")
_WORDS = ["12th", "3rd", "PR", "CI", "C.I.", "GE", "G.E.", "Percentile", "%ile", "confidence",
          "Equivalent", "rock'n'roll", "1.2.3", "don\u2019t", "score:", "(WMI)"]
#: score_prose._AFTER_NOT as first written: one word after another.
_AFTER_NOT_PLAIN = re.compile(
    r"(?:\s*(?:%|percent\b|pts?\b|points?\b|min(?:ute)?s?\b|hours?\b|hrs?\b|days?\b|weeks?\b"
    r"|months?\b|years?\b|yrs?\b|times\b|sessions?\b|items?\b|words\b|students\b|of\b|out\b"
    r"|problems?\b|per\b|digits?\b|wc?pm\b|wcm\b|cwpm\b|sounds?\b|secs?\b|seconds?\b"
    r"|correct\b|errors?\b|questions?\b|letters?\b|responses?\b"
    r"|lbs?\b|pounds?\b|kg\b|inch\b|inches\b|feet\b|foot\b|ft\b|cm\b"
    r"|[ap]\.?m\b)|[/:,.]\d|\s*(?:-|\u2013|\u2014|to)\s*\d{1,3}(?:\.\d+)?(?![\w])"
    r"|\s*(?:or|and)\s+(?:above|below|more|higher|lower|less|over|under|up|greater)\b"
    r"|\s*(?:vs\.?|versus)\s*\d)",
    re.IGNORECASE)
_UNITS = ["percent", "Pts", "points", "min", "minutes", "HOURS", "hrs", "day", "weeks", "months",
          "years", "yrs", "times", "sessions", "items", "words", "students", "of", "out", "a.m",
          "pm", "To", "or above", "AND higher", "or", "andy", "often", "items5", "problems", "per",
          "percentile", "digit", "WCPM", "wpm", "cwpm", "wcm", "sec", "seconds", "sounds",
          "correct", "errors", "question", "letters", "responses", "pert", "wcpms", "vs.", "vs",
          "versus", "VS. ", "vsx", "lb", "LBS", "lbx", "pound", "kg", "inch", "inches", "feet",
          "foot", "ft", "fit", "cm"]
texts = st.lists(st.sampled_from(list(_TRICKY)) | st.sampled_from(_WORDS + _UNITS),
                 max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(texts, st.integers(0, 12), st.integers(0, 12))
def test_tokens_are_the_patterns(text: str, start: int, end: int) -> None:
    assert tokens(text, start, end) == _TOK.findall(text, start, end)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_cell_test_is_the_patterns(text: str) -> None:
    for start in range(len(text) + 1):
        want = _CELL_BEFORE.search(text, max(0, start - 3), start) is not None
        assert _cell_before(text, start) == want, (text, start)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_quick_attachment_test_in_ascii(text: str) -> None:
    if text.isascii():
        assert (_MAYBE_ASCII.search(text) is None) == (_MAYBE.search(text) is None)


@settings(max_examples=600, deadline=None)
@given(texts)
@example("__ __")  # (a bold cell's marks around nothing: once a cell of no text)
@example("_____")  # (marks around a mark: once "_" by the pattern, "_____" without it)
@example("__7__")  # (a bold cell alone on its line: once "__7__" without the pattern)
def test_a_line_without_separators_is_one_cell_as_the_pattern_says(text: str) -> None:
    assert cells(text) == split_cells(text)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_what_follows_a_number_is_read_as_first_written(text: str) -> None:
    for end in range(len(text) + 1):
        assert (_AFTER_NOT.match(text, end) is None) == (
            _AFTER_NOT_PLAIN.match(text, end) is None), (text, end)


_NAMES = ["Externalizing", "Problems", "composite", "Working", "Memory", "Index", "Verbal",
          "Comprehension", "Reading", "Oral", "Language", "Score", "Digit", "Span", "the",
          "was", "of", "T", "SS", "=", ":", "(", ")", "(VCI)", "(WMI)", "-", "&", "\u2019s", "'n'"]
long_texts = st.lists(st.sampled_from(_NAMES) | st.sampled_from([" ", "  ", ".", "7"]),
                      max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(long_texts)
def test_a_widened_window_is_read_as_if_read_anew(text: str) -> None:
    lengths = scales_for(CONTENT).lengths
    for start in range(len(text) + 1):
        before = Before(text, start, lengths)
        if before.low != window_low(text, start, 40):  # widened: the same as reading 80
            anew = Before(text, start, lengths, 80)
            assert [getattr(before, f) for f in Before.__slots__] == [
                getattr(anew, f) for f in Before.__slots__], (text, start)


def test_the_shortcuts_meet_their_edge_cases() -> None:
    assert tokens("rock'n'roll 3.14 a_b", 2, 20) == _TOK.findall("rock'n'roll 3.14 a_b", 2, 20)
    assert _cell_before("x\t\n84", 3) and not _cell_before("a 84", 2)  # "$" before "\n"
    assert _cell_before("Coding  7", 8) and _cell_before("|7", 1)
    assert cells(" Working Memory 82 ") == split_cells(" Working Memory 82 ") == [
        (1, "Working Memory 82")]
