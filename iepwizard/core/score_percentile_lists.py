"""Percentiles a sentence gives after its scores, each for the score before it in order:

    "... standard scores were 84, 79 and 95, respectively, placing them at the 14th, 8th and
    37th percentiles."     "Applied Problems was 97, about the 42nd percentile, ..."

Read one number at a time, the list's last percentile was a score of its own ("Area not
named, 37th percentile ... this does not say whether that is good or a concern") and the
others were no score; the report's percentile of each score was lost. Here, after the
finder's pass, such a list is put on the scores right before it, when it has as many
percentiles as they are, in the same sentence, with only a few words between.
"""

from __future__ import annotations

import re

from . import lazy_re
from .scores import NORMED, Score

#: Ordinals ending in "percentile(s)": "the 14th, 8th and 37th percentiles".
_LIST = lazy_re.compile(
    r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)(?:\s*,\s*(?:and\s+)?\d{1,2}(?:st|nd|rd|th)"
    r"|\s*,?\s*and\s+\d{1,2}(?:st|nd|rd|th))*\s+(?:national\s+)?"
    r"(?:percentiles?|%iles?)\b(?:\s*,?\s*respectively)?", re.IGNORECASE)
_ORDINAL = lazy_re.compile(r"(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)
#: What may stand between the last score and its percentiles: signs and the few words that
#: place a score ("respectively, placing them at the", ", about the", " ("), never another
#: area's name ("84, and Fluency was at the 12th percentile" is no percentile of the 84).
_BETWEEN = lazy_re.compile(
    r"(?:[\s,:(\-\u2013]|\b(?:respectively|and|about|around|approximately|roughly|nearly|at"
    r"|in|the|placing|places|placed|put|puts|putting|them|it|him|her|his|their|its|which|that"
    r"|is|was|were|are|falls?|fell|ranks?|ranked|ranking|a|rank|of|or|scores?|score|each"
    r"|equal|equals|to|corresponding|corresponds|within|range)\b){0,30}", re.IGNORECASE)


def with_percentile_lists(text: str, found: list[Score]) -> list[Score]:
    """The scores with each list of percentiles that follows them put on them (see the
    module's docstring); the list's own percentile score dropped."""
    if not any(s.kind == "percentile" and not s.label for s in found):
        return found
    result = list(found)
    for at in range(len(result) - 1, 0, -1):
        lone = result[at]
        if lone.kind != "percentile" or lone.label or lone.test:
            continue
        listed = _LIST.search(text, max(0, lone.start - 40), lone.end + 30)
        if listed is None or not listed.start() <= lone.start < listed.end():
            continue
        values = [float(v) for v in _ORDINAL.findall(listed.group())]
        before = result[at - len(values):at] if len(values) <= at else []
        if not before or any(s.kind not in NORMED or s.stated is not None for s in before):
            continue
        if not _BETWEEN.fullmatch(text, before[-1].end, listed.start()):
            continue
        if not all(_LISTED.fullmatch(text, earlier.end, later.start)
                   for earlier, later in zip(before, before[1:], strict=False)):
            continue  # (the scores must be one list: "84, 79 and 95")
        result[at - len(values):at] = [s._replace(stated=v) for s, v in zip(
            before, values, strict=True)]
        del result[at]
    return result


#: Between two scores of one list: "84, 79 and 95".
_LISTED = lazy_re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s*or\s+)\s*")
