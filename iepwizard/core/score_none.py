"""Numbers that stand where a score would, and are none; and words that stand where an
area's name would, and are none (asked by score_finder and score_prose)."""

from __future__ import annotations

import re

from . import lazy_re
from .scores import NORMED, Score, percentile_of

#: "predicted" and what follows it up to a number, in one clause and with no number between.
_PREDICTED = lazy_re.compile(r"[Pp]redict(?:ed|s|ing|ion)?\b[^\d;.]{0,70}$")
#: Words that rank a kind of score among others: a one-word area after them is no area's name.
_RANKING = {"lowest", "highest", "weakest", "strongest", "best", "worst", "poorest", "lower",
            "higher", "weaker", "stronger", "other", "another", "each", "every", "all"}
_WORD_BEFORE = lazy_re.compile(r"([A-Za-z]+)[ \t\n]+$")
#: A capitalised word right before another on the same line ("Social Communication").
_NAME_BEFORE = lazy_re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Za-z]+)*)[ \t]+$")
#: Capitalised words that start no longer name: a sentence's first word, a rater.
_NOT_A_NAME = {"her", "his", "their", "the", "a", "an", "in", "on", "at", "and", "or", "parent",
               "teacher", "mother", "father", "self", "student", "report", "rating", "form"}


def ends_something(text: str, start: int) -> bool:
    """Whether a number starting at `start` ends a date, a time, a range or a test's edition
    ("3/14", "10:30", "76-91", "WIAT-4"), or is negative ("ADHD Score: -4.21", "a z-score of
    -1.5": no scale here has a score below 0; the 4.21 was told as a score "ADHD"): no score,
    told before the number is even read."""
    sign = text[start - 1] if start else ""
    return sign in ("/", "-", "\u2212") or (sign in (":", "\u2013") and start >= 2 and
                                            text[start - 2].isdigit())


def predicted(text: str, start: int) -> bool:
    """Whether the number at `start` is a predicted score, not the child's ("his predicted
    Basic Reading score is 101; his obtained score of 75", "the regression table predicts a
    Total Test score of 89": "predict" in its clause, with no number between)."""
    at = text.rfind("redict", max(0, start - 80), start)
    return at > 0 and _PREDICTED.match(text, at - 1, start) is not None


#: "a standard score of" opening a sentence, a clause or a bullet: any score, not the child's.
_ANY_SCORE = lazy_re.compile(
    r"(?:^|(?<=[.:;!?(]))[ \t]*(?:[-*\u2022][ \t]+)?(?:a|an|any)[ \t]+(?:(?:standard|scaled|t|"
    r"composite|index)[ \t-]+)?score[ \t]+(?:of[ \t]+)?$", re.IGNORECASE | re.MULTILINE)
#: What such a number is then said to be: "is average", "means", "would be".
_SAID_TO_BE = lazy_re.compile(r"[ \t]+(?:is|means|would\s+be|represents|indicates|equals|falls"
                              r"|sits)\b", re.IGNORECASE)


#: "The average standard score is", "the mean scaled score is", "the average is": the scale's
#: middle said, before its number.
_AVERAGE_IS = lazy_re.compile(
    r"\b(?:the|an?)[ \t\n]+(?:average|mean|typical)[ \t\n]+(?:(?:standard|scaled|t|index|"
    r"composite|subtest)[ \t-]+)?(?:scores?[ \t\n]+)?(?:is|are|was|=|:)[ \t\n]+(?:about[ \t]+|"
    r"around[ \t]+)?$", re.IGNORECASE)


def any_score(text: str, start: int, end: int) -> bool:
    """Whether the number at `start` (to `end`) is any child's score, said to explain the scale
    ("a standard score of 100 is dead average", "A scaled score of 10 means average", "The
    average standard score is 100"), not the child's ("he earned a standard score of 71": a
    verb before it)."""
    return ((_SAID_TO_BE.match(text, end) is not None
             and _ANY_SCORE.search(text, max(0, start - 40), start) is not None)
            or _AVERAGE_IS.search(text, max(0, start - 50), start) is not None)


def ranked(text: str, word: str, pos: int) -> bool:
    """Whether a one-word area written in lower case before the number at `pos` follows a
    word that ranks it among others ("Nonsense Word Decoding was his lowest reading score:
    71": a kind of score, not the KTEA-3's Reading Composite)."""
    before = _before(text, word, pos, _WORD_BEFORE)
    return before is not None and before.lower() in _RANKING


def in_longer_name(text: str, word: str, pos: int) -> bool:
    """Whether a capitalised one-word area before the number at `pos` ends a longer name
    written in capitals ("Social Communication" on the SRS-2, "Overall Reading" on i-Ready): a
    name the scales file does not know, not the one-word area's ("Communication", the
    Vineland-3's: heldout6's review)."""
    before = _before(text, word, pos, _NAME_BEFORE)
    return before is not None and not _NOT_A_NAME.intersection(before.lower().split("-"))


def _before(text: str, word: str, pos: int, pattern: re.Pattern[str]) -> str | None:
    """The word `pattern` finds right before the last `word` ahead of `pos`, or None."""
    at = text.rfind(word, max(0, pos - 80), pos)  # (as far back as `Before` reads)
    found = pattern.search(text, max(0, at - 24), at) if at > 0 else None
    return found[1] if found is not None else None


#: How a bound is written before its number: "<1", "> 99", "\u2264 40", "&lt;1" (HTML pasted).
_BELOW = ("<", "\u2264", "&lt;")
_BOUNDS = (*_BELOW, ">", "\u2265", "&gt;")
_LAST_OF_BOUND = frozenset(bound[-1] for bound in _BOUNDS)


def loose_bound(text: str, score: Score) -> bool:
    """Whether the score's number is a bound ("<1", ">16", "(<2nd percentile)": the child's
    score is below or above it) that its number would misstate: one not at the end of the
    scale it points to. Below the 1st percentile ("<1", a standard score "<40") or above the
    99th (">99") the number says nearly what the bound does, and is kept; "Trails A >16" is
    somewhere from the 17th to the 99th percentile, and was told as the 16th."""
    at = score.start - 1
    if text[at:at + 1] in (" ", "\t"):
        at -= 1
    if at < 0 or text[at] not in _LAST_OF_BOUND:
        return False  # (a look before the endings are tried)
    before = text[max(0, score.start - 5):score.start].rstrip(" \t")
    sign = next((b for b in _BOUNDS if before.endswith(b)), "")
    if not sign:
        return False
    if score.kind == "percentile":
        p = score.value
    elif score.kind in NORMED:
        p = percentile_of(score.kind, score.value)
    else:
        return True  # (a grade equivalent "<1.0", below the lowest grade the test gives: no
        # grade; a number of no known kind: nothing sure to say of it)
    return p > 1 if sign in _BELOW else p < 99
