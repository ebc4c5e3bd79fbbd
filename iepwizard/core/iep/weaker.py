"""Is this year's wording of an accommodation weaker than last year's?"""

from __future__ import annotations

import re

from .. import lazy_re

_QUALIFIER = lazy_re.compile(
    r"\b(?:when|if|upon|as) (?:requested|needed|necessary|appropriate|"
    r"available|possible)|\bon request\b|\bupon request\b|\bat (?:the )?"
    r"teacher'?s? discretion\b|\bteacher discretion\b|\bmay be (?:provided|"
    r"offered|given)\b|\bstudent[- ]requested\b|\bwhen (?:he|she|they) "
    r"(?:asks?|requests?)\b", re.IGNORECASE)
_FACTOR = lazy_re.compile(r"(\d(?:\.\d+)?)\s*x\b|\((\d(?:\.\d+)?)\)|(\d{3})\s*%", re.IGNORECASE)
_WORDS = (("double time", 2.0), ("time and a half", 1.5), ("time and one-half", 1.5),
          ("time and one half", 1.5), ("time and a quarter", 1.25))
_RANKS = ((lazy_re.compile(
    r"\b(?:daily|each day|every day|end of each day|each class|every class|"
    r"each period|every period|all (?:classes|tests|assignments))\b", re.I), 3),
          (lazy_re.compile(r"\b(?:weekly|once a week|each week|every week)\b", re.I), 2),
          (lazy_re.compile(r"\b(?:monthly|once a month|each month|every month)\b", re.I), 1))


def factor(text: str) -> float | None:
    lower = text.lower()
    for phrase, value in _WORDS:
        if phrase in lower:
            return value
    found = _FACTOR.search(text)
    if not found:
        return None
    if found.group(3):
        return int(found.group(3)) / 100
    return float(found.group(1) or found.group(2))


def _rank(text: str) -> int | None:
    return next((rank for pattern, rank in _RANKS if pattern.search(text)), None)


def weakened(old: str, new: str) -> bool:
    if _QUALIFIER.search(new) and not _QUALIFIER.search(old):
        return True
    was, now = factor(old), factor(new)
    if was is not None and now is not None and now < was:
        return True
    rank_was, rank_now = _rank(old), _rank(new)
    return rank_was is not None and rank_now is not None and rank_now < rank_was
