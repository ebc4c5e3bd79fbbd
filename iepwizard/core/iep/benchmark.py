"""Does the present levels text show the child still far from the benchmark in an area?"""

from __future__ import annotations

import re

from .. import lazy_re
from .areas import mentions
from .textutil import indexed

_PERCENTILE = lazy_re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+percentile", re.IGNORECASE)
_STANDARD = lazy_re.compile(r"\bstandard score (?:is |of |was )?(\d{2,3})\b", re.IGNORECASE)
_BELOW = lazy_re.compile(
    r"\b(?:well|significantly|far|substantially|considerably) below\b|"
    r"\b(?:\d+|one|two|three|four|several) (?:or more )?(?:grade )?(?:levels?|"
    r"years?) below\b|\bbelow (?:the )?(?:grade[- ]level|benchmark|expectations)\b"
    r"|\bat[- ]risk\b|\bintensive (?:range|level|support)\b", re.IGNORECASE)
_BENCHMARK = lazy_re.compile(r"\bbenchmark (?:is|of) (\d+) (\w+)", re.IGNORECASE)
#: A percentile at or below this, a standard score at or below 85 (one deviation below the mean).
FAR_PERCENTILE = 25


#: A score below this share of the benchmark stated beside it is far from it.
FAR_SHARE = 0.8


def _under_benchmark(sentence: str, before: str) -> bool:
    """"The benchmark is 90 words ..." after "read 71 words ...": 71 is under 80% of 90."""
    found = _BENCHMARK.search(sentence)
    if not found:
        return False
    score = re.search(rf"\b(\d+) {re.escape(found.group(2))}\b", before)
    return score is not None and int(score.group(1)) < FAR_SHARE * int(found.group(1))


def far_behind(present_levels: str, area: str) -> str:
    """The sentence that shows it, or ""."""
    before = ""
    for sentence in indexed(present_levels).sentences:
        if not mentions(area, sentence):
            before = sentence
            continue
        if _under_benchmark(sentence, before):
            return f"{before} {sentence}"
        before = sentence
        percentile = _PERCENTILE.search(sentence)
        if percentile and int(percentile.group(1)) <= FAR_PERCENTILE:
            return sentence
        standard = _STANDARD.search(sentence)
        if standard and int(standard.group(1)) <= 85:
            return sentence
        if _BELOW.search(sentence):
            return sentence
    return ""
