"""The words for scores on a test's own scale: a "standard score" that is not mean 100 (the
BOT-2's: mean 50, SD 10), and a standard or scaled score where higher means more concern (an
autism rating scale's: the GARS-3's). Kept apart from scores.py, which says the common cases.
"""

from __future__ import annotations

from .percentile_words import side

#: What a high score on a scale where higher means more concern is not: a parent reading
#: "84th percentile" beside a subtest name hears a strength.
NOT_A_STRENGTH = ("This is not a strength or an \"above average\" result: on this scale a "
                  "higher score means more of what it looks for was rated.")


def own_scale(test: str, name: str, mean: float, sd: float) -> str:
    """' (on the BOT-2 a standard score has an average of 50 ...)': why the number is read on
    a scale other than the one its name usually has."""
    where = f"on the {test}" if test else "on this test"
    usual = ("the scaled score of most tests, where 10" if name == "scale score" else
             "the usual standard score, where 100")
    return (f" ({where} a {name} has an average of {mean:g}, and most children score from "
            f"{mean - sd:g} to {mean + sd:g}; it is not {usual} is average)")


def concern(head: str, name: str, value: str, said: str, test: str,
            bands: tuple[tuple[int, str], ...], band: str) -> str:
    """A standard or scaled score where higher means more concern: where it stands, that it
    is no strength, and the test's own words for it where the scales file gives them."""
    text = (f"{head}, {name} {value}, on a scale where higher means more concern: "
            f"{_rated_among(said)}. {NOT_A_STRENGTH}")
    if bands:
        cuts = ", ".join(f"{floor} and up {words}" for floor, words in bands)
        verdict = f"this one is {band}" if band else "this one is below them"
        text += f" The {test or 'test'} calls {cuts}; {verdict}."
    return text


def concern_percentile(head: str, said: str, name: str) -> str:
    """A percentile of such a scale: where it stands, and that its own score tells more."""
    return (f"{head}, {said} percentile on a scale where higher means more concern: "
            f"{_rated_among(said)}. {NOT_A_STRENGTH} Its {name} and the evaluator say what it "
            f"means for the child.")


def _rated_among(said: str) -> str:
    """Where a rating stands in the group the test compares with (which group, a test's
    manual says: the GARS-2's was people with autism), not "of the same age"."""
    group = "in the group the test compares with"
    where = side(said)
    if where:
        return f"rated {'lower' if where < 0 else 'higher'} than more than 99 of every 100 {group}"
    return f"rated higher than about {said[:-2]} of every 100 {group}"
