"""Two raters' scores of one scale side by side, as an email or a summary writes them:

    - Inattention/Executive Dysfunction: 74 (mom) / 69 (Ms. Ferris)
    - Hyperactivity: 68 / 71

The first pair says whose each is, in brackets (a parent's word, or a person the text says
who is: "his teacher, Ms. Ferris"); the bare pairs under it, in the same block of lines, keep
that order. Before, the second of each pair was lost and the first was told as no one's.

A sentence says it in words: "Hyperactivity was 71 from his father and 64 from his teacher",
"72 by parent report and 65 by teacher report" (and one rater alone: "71 from his father").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lazy_re
from .score_raters import RATER_KINDS, titled_rater, you_are
from .scores import Score, plausible, said_by

if TYPE_CHECKING:
    from .score_finder import _Finder

#: "74 (mom) / 69 (Ms. Ferris)", read after the first number: its rater, the second number
#: and its rater.
_NAMED = lazy_re.compile(
    r"[ \t]*\(([^()\n]{1,30})\)[ \t]*/[ \t]*(\d{1,3})\b[ \t]*\(([^()\n]{1,30})\)")
#: Between two words of a sentence: spaces, or one line break (a sentence wrapped).
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: "from his father", "by parent report", "from her math teacher, Ms. Okafor": whose a score
#: is, said right after it (the rater's word; a person named after a comma is left unread).
_FROM = (r"_(?:from|by)_(?:(?:the|his|her|their|[A-Z][a-z]+['\u2019]s)_)?(?:[a-z]+_)?("
         + "|".join(sorted(RATER_KINDS, key=len, reverse=True))
         + r")(?![\w-])(?:['\u2019]s)?(?:_(?:reports?|ratings?|forms?)\b)?").replace("_", _SPACE)
_SAID = lazy_re.compile(_FROM)
#: After the first rater's words: ", and 64 from his teacher", " while 66 by teacher report".
_AND_SAID = lazy_re.compile((r",?_(?:and|while|but|with|vs\.?|versus)_(?:an?_|a T-score of_)?"
                             r"(\d{1,3})(?![\d.%/])").replace("_", _SPACE) + _FROM)
#: A score's percentile in brackets after its rater's words: "by her mother's ratings (4th
#: percentile)" (group 1).
_PERCENTILE = lazy_re.compile(r"[ \t]*\((\d{1,2}(?:\.\d)?)(?:st|nd|rd|th)?[ \t]+percentile\)")
#: Whose the pairs after it are, in order, before a colon: "Domain standard scores, mother /
#: teacher: Communication 77 / 83" (the last such heading before the pair, in its sentence).
_HEADING = lazy_re.compile(
    r"\b(" + "|".join(sorted(RATER_KINDS, key=len, reverse=True)) + r")[ \t]*/[ \t]*("
    + "|".join(sorted(RATER_KINDS, key=len, reverse=True)) + r")[ \t]*:[^.:;\n]*"
    r"(?:\n[^.:;\n]*)?$", re.IGNORECASE)
_HEADING_REACH = 160
#: "68 / 71", read after the first number.
_BARE = lazy_re.compile(r"[ \t]*/[ \t]*(\d{1,3})(?![\d/:%]|\.\d)")  # (a full stop may end it)


def _whose(text: str, words: str) -> str:
    low = words.strip().lower()
    if low in ("you", "yours"):  # ("74 (you) / 66 (Ms. Varga)", in an email to a parent)
        return you_are(text)
    return RATER_KINDS.get(low) or titled_rater(text, words)


def rater_pair(finder: _Finder, first: Score, taken_to: int) -> tuple[list[Score], int] | None:
    """The score and its pair's (see the module's docstring), and where they end; None where
    no pair of raters follows the score."""
    text = finder.text
    if (named := _NAMED.match(text, taken_to)) is not None:
        raters = _whose(text, named[1]), _whose(text, named[3])
        if not all(raters) or raters[0] == raters[1]:
            return None
        both = _both(text, first, named.start(2), named.end(2), raters)
        if both is None:
            return None
        finder.rater_pair = named.end(), raters
        return both, named.end()
    if (said := _SAID.match(text, taken_to)) is not None:
        return _said(text, first, said)
    if (bare := _BARE.match(text, taken_to)) is None:
        return None
    if (heading := _HEADING.search(text, max(0, first.start - _HEADING_REACH), first.start)
            ) is not None and (raters := (RATER_KINDS[heading[1].lower()],
                                          RATER_KINDS[heading[2].lower()]))[0] != raters[1]:
        finder.rater_pair = heading.end(1), raters  # "mother / teacher: Communication 77 / 83"
    if finder.rater_pair is None:
        return None
    since, raters = finder.rater_pair
    if text.find("\n\n", since, first.start) >= 0 or first.start - since > 2_000:
        return None  # (the pairs' block ended)
    both = _both(text, first, bare.start(1), bare.end(1), raters)
    if both is None:
        return None
    finder.rater_pair = bare.end(), raters
    return both, bare.end()


def _said(text: str, first: Score, said: re.Match[str]) -> tuple[list[Score], int]:
    """The score as the rater's its sentence names right after it, with the second rater's
    score after "and" where one follows (see the module's docstring)."""
    whose = RATER_KINDS[said[1].lower()]
    end = said.end()
    if first.stated is None and (own := _PERCENTILE.match(text, end)) is not None:
        first, end = first._replace(stated=float(own[1])), own.end()  # "by her mother's
        # ratings (4th percentile)"
    second = _AND_SAID.match(text, end)
    if second is not None and (other := RATER_KINDS[second[2].lower()]) != whose and (
            both := _both(text, first, second.start(1), second.end(1), (whose, other))):
        end = second.end()
        if (theirs := _PERCENTILE.match(text, end)) is not None:
            both[1], end = both[1]._replace(stated=float(theirs[1])), theirs.end()
        return both, end
    return [first._replace(label=first.label + said_by(whose))], end


def _both(text: str, first: Score, start: int, end: int,
          raters: tuple[str, str]) -> list[Score] | None:
    """The first score as the first rater's, and the number at start:end as the second's
    score of the same scale; None where that number cannot be such a score."""
    value = float(text[start:end])
    if not plausible(first.kind, value):
        return None
    return [first._replace(label=first.label + said_by(raters[0])),
            first._replace(start=start, end=end, value=value,
                           label=first.label + said_by(raters[1]), stated=None, ci=None,
                           ci_level=None, cues=())]
