"""A percentile in words: as a report writes it, and what it says about a child.

Whole percentiles from the 1st to the 99th; beyond them tenths ("0.1", "99.9"), as the
publishers' tables give them. Rounded to whole ones, a scaled score of 1 (the 0.1 percentile)
was "about the 1st percentile, as well as or better than about 1 of every 100 children": ten
times as common as it is.
"""

from __future__ import annotations

from .dates import ordinal

#: Beyond the tenths: "below the 0.1 percentile", "above the 99.9 percentile".
LOW, HIGH = "<0.1", ">99.9"


def figure(percentile: float, tenths: bool = True) -> str:
    """'12th' (whole, from the 1st to the 99th); beyond them '0.4', '99.6', or `LOW` and
    `HIGH` past the tenths. Without `tenths`, always whole (T-scores of rating scales, whose
    percentiles from the normal curve are rough at the ends)."""
    tenth = round(percentile, 1)
    if not tenths or 1 <= tenth <= 99:
        return ordinal(max(1, min(99, round(percentile))))
    if tenth < 0.1:
        return LOW
    return HIGH if tenth > 99.9 else f"{tenth:g}"


def side(said: str) -> int:
    """-1 for a figure below the 1st percentile, 1 above the 99th, 0 between."""
    if said[-1:].isalpha():  # "12th"
        return 0
    return -1 if said == LOW or (said != HIGH and float(said) < 50) else 1


def phrase(said: str, about: bool = False) -> str:
    """'about the 12th percentile', 'the 0.1 percentile', 'below the 0.1 percentile'."""
    if said == LOW:
        return "below the 0.1 percentile"
    if said == HIGH:
        return "above the 99.9 percentile"
    return f"{'about ' if about else ''}the {said} percentile"


#: Whom a percentile compares a child with: most tests' norms are by age; a screener's
#: national norms are by grade and time of year (i-Ready, MAP Growth, Star, aimswebPlus).
SAME_AGE, SAME_GRADE = "of the same age", "in the same grade"


def share(said: str, about: bool = False, peers: str = SAME_AGE) -> str:
    """How many children of 100 (of the same age, or `peers`) a child at this percentile did
    as well as or better than."""
    where = side(said)
    if where < 0:
        return f"fewer than 1 of every 100 children {peers} score this low or lower"
    if where > 0:
        return f"as well as or better than more than 99 of every 100 children {peers}"
    return (f"as well as or better than {'about ' if about else ''}{said[:-2]} of every 100 "
            f"children {peers}")


def rated(said: str) -> str:
    """The same on a rating scale, where the child's behaviour is rated, not tested."""
    where = side(said)
    if where < 0:
        return "fewer than 1 of every 100 children of the same age are rated this low or lower"
    if where > 0:
        return ("rated as high as or higher than more than 99 of every 100 children of the "
                "same age")
    return (f"rated as high as or higher than {said[:-2]} of every 100 children of the same "
            f"age (not {said[:-2]}% of the time)")


def compared(said: str) -> str:
    """The same where which way is better is not known (a percentile of a test the text does
    not name): where the child stands in the test's comparison group, and nothing more."""
    where = side(said)
    if where < 0:
        return "lower than more than 99 of every 100 in the group the test compares with"
    if where > 0:
        return "higher than more than 99 of every 100 in the group the test compares with"
    return (f"higher than about {said[:-2]} of every 100 in the group the test compares with "
            f"(not {said[:-2]}% correct)")


def own_band(percentile: int, bands: tuple[tuple[int, str], ...]) -> tuple[str, str]:
    """Where a whole percentile stands in a test's own bands (each from its floor up, lowest
    first): the band's span in words ("the 1st to 10th percentile") and its name; ("", "")
    where the bands start above it."""
    for nth, (floor, words) in enumerate(bands):
        top = bands[nth + 1][0] - 1 if nth + 1 < len(bands) else 99
        if floor <= percentile <= top:
            span = (f"the {ordinal(floor)} percentile" if floor == top else
                    f"the {ordinal(floor)} to {ordinal(top)} percentile")
            return span, words
    return "", ""
