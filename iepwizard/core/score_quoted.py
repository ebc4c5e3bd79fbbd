"""Scores a letter quotes from another evaluation: an independent evaluator's letter gives the
district's scores before its own ("The district's WIAT-4 gave Oliwia a Reading Composite of
86"), the district's evaluation dated once, near the top ("the district's evaluation of
Oliwia, dated November 18, 2025"). Told without a year, the district's scores stood beside
the letter's own as scores of now, in a letter whose point is that the two differ.

A score is the district's evaluation's when its sentence speaks of the district's (or the
school's) evaluation, test, report or scores, or of what the district did with them; the
text says it is an independent evaluation or the writer's own testing; and the district's
evaluation is dated with one year. Said again after the letter's own scores, such a score
is told once, not put on the letter's test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lazy_re
from .score_raters import sentence_start
from .scores import Score, dated

#: The district (or the school), as the letter names the one whose evaluation it quotes.
_WHOSE = r"\b(?:[Dd]istrict|[Ss]chool)"
#: The district's (or school's) evaluation, a test of it, its report or its scores; or the
#: district as the one that did or said something of them ("The district compared ...").
_THEIRS = lazy_re.compile(
    _WHOSE + r"(?:['\u2019]s\s+(?:own\s+)?(?:[A-Z]{2,}|evaluation|testing|"
    r"report|summary|scores?|psychologist|results)|\s+(?:compared|found|reported|called|"
    r"concluded|gave|used|tested|measured|described|said))\b")
#: The district's evaluation and its year: "the District's evaluation of Oliwia, dated
#: November 18, 2025" (group 1: the year).
_DATED = lazy_re.compile(
    _WHOSE + r"['\u2019]s\s+(?:\w+\s+){0,2}?(?:evaluation|testing|"
    r"assessment|report)\b[^.;:]{0,80}?\b((?:19|20)\d\d)\b")
#: The text is another evaluator's: an independent evaluation, or the writer's own testing.
_ANOTHERS = lazy_re.compile(
    r"\b(?:[Ii]ndependent [Ee]ducational [Ee]valuation|IEE|I (?:tested|evaluated|assessed)|"
    r"[Mm]y (?:evaluation|testing|assessment))\b")
#: How far back the sentence is read, and the text for the evaluation's date and whose it is.
_SENTENCE_REACH = 300
_LETTER_REACH = 5000


def quoted_year(text: str, start: int) -> re.Match[str] | None:
    """The year of the district's evaluation the score at `start` is quoted from (group 1),
    or None: not quoted from it, or its year not told once."""
    low = max(0, start - _SENTENCE_REACH)
    if "istrict" not in (before := text[low:start]) and "chool" not in before:
        return None  # (a look, then the patterns)
    if _THEIRS.search(text, sentence_start(text, low, start), start) is None:
        return None
    top = max(0, start - _LETTER_REACH)
    dated = list(_DATED.finditer(text, top, start))
    if len({m.group(1) for m in dated}) != 1 or _ANOTHERS.search(text, top, start) is None:
        return None
    return dated[0]


def said_again(found: Iterable[Score], kind: str, value: float, year: str, test: str) -> bool:
    """Whether a quoted score of `year` is one already told, said again and put on another
    test: "The district compared her Full Scale IQ of 97 with her Reading Composite of 86",
    after the letter's own KTEA-3 table (the 86 is the district's WIAT-4 Reading, told before,
    not a KTEA-3 Reading Composite)."""
    said = dated("", year)
    return any(s.value == value and s.kind == kind and s.test != test
               and s.label.endswith(said) for s in found)
