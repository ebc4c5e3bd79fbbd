"""A screener's percentile whose area is named earlier in its sentence, with other numbers
between:

    On the i-Ready Diagnostic, Sam's Overall Reading placement was Level 1, at the 9th
    percentile.
    On NWEA MAP Growth Math (fall 2026) her RIT score was 188, at the 21st percentile.
    Renaissance Star Math winter screening: Scaled Score (SS) 512   PR 58   GE 1.8

Screeners (i-Ready, MAP Growth, aimswebPlus, Star) report an area's scale score, its
placement and its national percentile side by side; only the percentile (and a grade
equivalent) is read as a score (the scales file's `percentile` lists), so a number with a
percentile cue (or a grade equivalent's) in such a sentence is the area's named nearest
before it, after the screener's name. The last test named in the sentence before the number
must be the screener, with no test the scales file does not know named after it; where the
sentence names none of its areas, a screener with one area (Star Math) gives that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scales import Area, tokens
from .score_raters import SENTENCE_END

if TYPE_CHECKING:
    from .score_finder import _Finder

#: How far back the sentence may start, in characters.
_REACH = 400


def screener_area(finder: _Finder, start: int, cue: str | None) -> tuple[Area, str] | None:
    """The screener's area (and its test's name) a percentile or grade equivalent at `start`
    belongs to, as the module doc says; None where that is not sure."""
    if cue not in ("percentile", "ge") or (found := screener_before(finder, start)) is None:
        return None
    test_id, end = found
    area = last_area(finder, test_id, tokens(finder.text[end:start]))
    if area is None:
        area = finder.scales.totals.get(test_id)
    if area is None or area.kind != "percentile":
        return None
    return area, finder.scales.tests[test_id].name


def screener_before(finder: _Finder, start: int) -> tuple[str, int] | None:
    """The id of the screener named last before `start` in its sentence, and where its name
    ends; None where the test named last there is none (or a test the scales file does not
    know is named after it). Any number there without a percentile's or grade equivalent's
    cue is one of the screener's own (a scale score, RIT, placement or count): no score."""
    named = finder.last_named(start)
    if named is None or named[1] < start - _REACH or not finder.scales.screener(named[0]):
        return None  # (the test named last, if any, is no screener, or is named too far
        # back: its name's end and the tests named after it are not even read)
    last = finder.last_test(start)
    if last is None:
        return None
    test_id, at, end = last
    if at < start - _REACH or not finder.scales.screener(test_id) or \
            SENTENCE_END.search(finder.text, at, start) is not None:
        return None  # (no screener, or one named in an earlier sentence)
    return test_id, end


def last_area(finder: _Finder, test_id: str, words: list[str]) -> Area | None:
    """The test's percentile area named last in the words (its longest name there)."""
    for end in range(len(words), 0, -1):
        areas, _ = finder.areas_named(words[:end])
        own = next((a for a in areas if a.test == test_id and a.kind == "percentile"), None)
        if own is not None:
            return own
    return None
