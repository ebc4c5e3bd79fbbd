"""A score compared, in its own sentence, with the same area's score of an earlier year:
"81 (10th percentile), down from 90 in 2022"; "94, about the same as in 2022, when it was
96". The earlier number is that area's, of that year (its own bracket, "(21st percentile)",
is its percentile); without a year it is not told (when it was, the text does not say).
"""

from __future__ import annotations

import re

from . import lazy_re
from .score_tables import WHEN

#: The score's own bracket or percentile, if any ("(10th percentile)", ", which is at the 5th
#: percentile"), and a comma, after the score the sentence gives first.
_ASIDE = (r"(?:[ \t\n]*\([^()\n]{1,40}\)|,?[ \t\n]+which[ \t\n]+is[ \t\n]+(?:at[ \t\n]+)?the"
          r"[ \t\n]+\d{1,2}(?:st|nd|rd|th)[ \t\n]+percentile)?,?[ \t\n]+")
_YEAR = r"((?:19|20)\d\d)\b(?![-\u2013/]\d)"
#: Between that score and the earlier one, said first: "(10th percentile), down from ".
_FROM = lazy_re.compile(
    _ASIDE + r"(?:which[ \t\n]+is[ \t\n]+|(?:is|was|are|were)[ \t\n]+|a[ \t\n]+)?"
    r"(?:(?:down|up|dropping|rising|a[ \t\n]+"
    r"(?:drop|rise|decline|gain))[ \t\n]+from|compared[ \t\n]+(?:with|to))[ \t\n]+"
    r"(?:an?[ \t\n]+|the[ \t\n]+)?(?:(?:standard|scaled)[ \t\n]+score[ \t\n]+of[ \t\n]+)?$",
    re.IGNORECASE)
#: ... then its year: "90 in 2022", "88 (21st percentile) in the spring of 2022", "90 (2022)".
_YEAR_AFTER = lazy_re.compile(
    r"(?:[ \t\n]*\([^()\n]{1,40}\))?(?:[ \t\n]+(?:back[ \t\n]+)?in[ \t\n]+" + WHEN + r"?"
    + _YEAR + r"|[ \t]*\(" + _YEAR + r"\))", re.IGNORECASE)
#: The year said first, then the earlier score: ", about the same as in 2022, when it was ".
_YEAR_FIRST = lazy_re.compile(
    _ASIDE + r"(?:about[ \t\n]+|roughly[ \t\n]+|nearly[ \t\n]+|much[ \t\n]+|a[ \t\n]+little"
    r"[ \t\n]+|slightly[ \t\n]+)?(?:the[ \t\n]+same[ \t\n]+as|similar[ \t\n]+to|close[ \t\n]+"
    r"to|(?:higher|lower|better|worse)[ \t\n]+than)[ \t\n]+(?:it[ \t\n]+was[ \t\n]+)?in[ \t\n]+"
    + WHEN + r"?" + _YEAR + r",?[ \t\n]+when[ \t\n]+(?:it|she|he|they)[ \t\n]+"
    r"(?:was|were|scored|had)[ \t\n]+(?:an?[ \t\n]+)?$", re.IGNORECASE)
#: How far after the score the earlier one may stand, in characters.
REACH = 90


def earlier_year(text: str, last_end: int, start: int, end: int) -> str | None:
    """The year of the earlier score at `start`..`end`, compared with the score that ended
    at `last_end` in the same sentence; None where it is no such score."""
    if not last_end < start <= last_end + REACH:
        return None
    between = text[last_end:start]
    if "from" in between or "ompared" in between:
        if _FROM.fullmatch(between) and (year := _YEAR_AFTER.match(text, end)):
            return year.group(1) or year.group(2)
        return None
    if "when" in between and (said := _YEAR_FIRST.fullmatch(between)):
        return said.group(1)
    return None
