"""What a report writes right after a score: its percentile, confidence interval and grade
equivalent ("SS = 84, PR = 14, 90% CI 79-90, GE = 2.6", "81 (10th percentile), with a grade
equivalent of 2.1", "78, at the 7th percentile").

Only what follows the score directly counts, with commas, brackets, dashes and a few words
("with a", "at the", "in the low range") between; anything else ends the chain.
"""

from __future__ import annotations

import re

from . import lazy_re

_SEPARATORS = lazy_re.compile(
    r"(?:[\s,;:()\[\]\u2013\u2014|-]|\b(?:with|a|an|at|the|and|which|is|was|in|fell|falls|"
    r"within|range|very|low|high|average|below|above|borderline|extremely|elevated|"
    r"clinically|significant|at-risk|risk|marginal|superior|deficient)\b)*", re.IGNORECASE)
_ATTACHED = lazy_re.compile(
    r"(?:" + _SEPARATORS.pattern + r")(?:"
    r"(?P<prcue>(?-i:PR)|percentile\s+rank|percentile|%ile)\s*(?:[:=]|of|is|was)?\s*"
    r"(?P<pr>\d{1,2}(?:\.\d)?)(?![\d\-/\u2013%]|\.\d)"
    r"|(?P<ord>\d{1,2}(?:\.\d)?)(?:st|nd|rd|th)?\s*(?P<ordcue>percentile(?:\s+rank)?|%ile)"
    r"|(?:(?P<lvl>\d{2})\s*%\s*)?(?P<cicue>(?-i:CI|C\.I\.)|confidence\s+interval|confidence"
    r"\s+band)\s*(?:\(\s*(?P<lvl2>\d{2})\s*%\s*\))?\s*(?:[:=]|of|is)?\s*[\[(]?\s*"
    r"(?P<lo>\d{1,3})\s*(?:-|\u2013|\u2014|to)\s*(?P<hi>\d{1,3})(?!\d)\s*[\])]?"
    r"|(?P<gecue>(?-i:GE|G\.E\.)|grade[\s-]+equivalent(?:\s+score)?)\s*(?:[:=]|of|was|is)?"
    r"\s*(?P<ge>(?:K|\d{1,2})\.\d{1,2})(?![\d]))",
    re.IGNORECASE)
#: A range in brackets right after a score: its confidence interval, if the score is in it.
_BARE_INTERVAL = lazy_re.compile(r"\s?\(\s*(\d{1,3})\s*[-\u2013\u2014]\s*(\d{1,3})\s*\)")
#: How far the chain may run after a score, in characters.
REACH = 160
#: Something that may follow a score is near: the quick test before the full pattern.
_MAYBE = lazy_re.compile(r"PR|CI|C\.I\.|GE|G\.E\.|[Pp]ercentile|%ile|[Cc]onfidence|[Ee]quivalent"
                         r"|\d(?:st|nd|rd|th)\b")
#: `_MAYBE` for text in ASCII, three times quicker: every alternative starts with a letter
#: written out, so the regex engine skips to the places that start with one of them.
_MAYBE_ASCII = lazy_re.compile("|".join(
    ["PR", "CI", r"C\.I\.", "GE", r"G\.E\.", "Percentile", "percentile", "%ile", "Confidence",
     "confidence", "Equivalent", "equivalent"] + [rf"{d}(?:st|nd|rd|th)\b" for d in "0123456789"]))


class Attached:
    """What is written after a score, filled in as it is read."""

    __slots__ = ("ci", "ci_level", "cues", "end", "grade_equivalent", "stated")

    def __init__(self, end: int) -> None:
        self.stated: float | None = None
        self.ci: tuple[float, float] | None = None
        self.ci_level: int | None = None
        #: (start, end, value) of a grade equivalent written with the score.
        self.grade_equivalent: tuple[int, int, float] | None = None
        self.cues: list[tuple[int, int, str]] = []
        self.end = end


def grade_value(written: str) -> float:
    """3.2 for "3.2"; kindergarten is grade 0 ("K.8" -> 0.8)."""
    grade, _, month = written.partition(".")
    return (0 if grade.upper() == "K" else int(grade)) + int(month[:1] or 0) / 10


def attachments(text: str, end: int, value: float | None = None) -> Attached | None:
    """The percentile, interval and grade equivalent that follow a score ending at `end`
    (None when nothing does). A range in brackets right after the score, around its `value`,
    is its confidence interval ("FSIQ: 68 (65-74)")."""
    found: Attached | None = None  # (made only where something follows: most have nothing)
    position = end
    if value is not None and text.startswith((" (", "("), end) and (
            bare := _BARE_INTERVAL.match(text, end)) and float(bare[1]) <= value <= float(bare[2]):
        found = Attached(end=end)
        found.ci = float(bare[1]), float(bare[2])
        position = found.end = bare.end()
    if _MAYBE_ASCII.search(text, position, position + 48) is None and (
            text[position:position + 48].isascii()
            or _MAYBE.search(text, position, position + 48) is None):
        return found  # (elsewhere than in ASCII, \d is more than 0-9)
    if found is None:
        found = Attached(end=end)
    limit = min(len(text), end + REACH)
    while position < limit:
        hit = _ATTACHED.match(text, position, limit)
        if hit is None:
            break
        pr, ordinal, low, grade = hit.group("pr", "ord", "lo", "ge")  # which one it is
        if pr is not None and found.stated is None:
            found.stated = float(pr)
            found.cues.append((*hit.span("prcue"), "percentile"))
        elif ordinal is not None and found.stated is None:
            found.stated = float(ordinal)
            found.cues.append((*hit.span("ordcue"), "percentile"))
        elif low is not None and found.ci is None:
            ci = float(low), float(hit.group("hi"))
            if ci[0] > ci[1]:
                break
            found.ci = ci
            level = hit.group("lvl") or hit.group("lvl2")
            found.ci_level = int(level) if level else None
            found.cues.append((*hit.span("cicue"), "ci"))
        elif grade is not None and found.grade_equivalent is None:
            found.grade_equivalent = (*hit.span("ge"), grade_value(grade))
            found.cues.append((*hit.span("gecue"), "ge"))
        else:
            break
        position = found.end = hit.end()
    return found if found.end > end else None
