"""A score explained in plain sentences: `Score.explain` (scores.py holds what a score is;
this, how it is said), each kind of score in its own words, with its interval."""

from __future__ import annotations

from .dates import ordinal
from .own_scale_words import concern, concern_percentile, own_scale
from .percentile_words import (
    HIGH,
    LOW,
    SAME_AGE,
    SAME_GRADE,
    compared,
    figure,
    own_band,
    phrase,
    rated,
    share,
    side,
)
from .scores import (
    ADAPTIVE_CUTS,
    NAMES,
    NO_BAND,
    NORMED,
    PROBLEM_BANDS,
    RATED,
    SCALES,
    UNNAMED_TEST,
    Score,
    percentile_of,
    plausible,
)


def explain(score: Score) -> str:
    """One paragraph of plain sentences; the head and the score first."""
    value = f"{score.value:g}"
    p = score.percentile
    if score.kind == "ge":  # (tenths always: "3.0" is the start of grade 3, not "3")
        return (f"{score.head}, grade equivalent {score.value:.1f}: "
                f"{_grade_equivalent(score.value)}")
    if score.kind == "unknown":
        text = (f"{score.head}, {value}: the report does not say here what kind of score "
                f"this is (a standard score, a scaled score and a T-score of the same "
                f"number mean very different things), so it is not explained; ask the "
                f"evaluator.")
        if p is not None:
            text += f" The report gives it as {phrase(score.said)}."
        return text
    if score.disagrees:
        name = score.called or NAMES[score.kind]
        own = figure(percentile_of(score.kind, score.value), tenths=score.kind != "t")
        return (f"{score.head}, {name} {value}, given in the report as {phrase(score.said)}: "
                f"these two do not agree (a {name} of {value} is usually "
                f"{phrase(own, about=True)}), so neither is explained here. The test may "
                f"use a scale of its own (some give \"standard scores\" with an average "
                f"of 50), or one may come from another column; ask the evaluator."
                + _ci(score))
    said = score.said
    if score.unsure:
        what = (f"{said} percentile" if score.kind == "percentile" else
                f"{NAMES[score.kind]} {value}, {phrase(said, about=True)}")
        text = f"{score.head}, {what}: {compared(said)}. {UNNAMED_TEST}"
    elif score.kind == "percentile" and score.role == "problem" and score.called:
        text = concern_percentile(score.head, said, score.called)
    elif score.role == "problem" and score.kind in ("standard", "scaled", "v"):
        text = concern(score.head, NAMES[score.kind], value, said, score.test, score.bands,
                       score.problem_band() if score.bands else "")
    elif score.kind == "percentile" and score.role in RATED:
        text = _rated(score, said)
    elif score.kind == "percentile" and not score.test:
        text = (f"{score.head}, {said} percentile: {compared(said)}. {UNNAMED_TEST}")
    elif score.kind == "percentile":
        number = said[:-2] if side(said) == 0 else value  # (whole, as the head says)
        peers = SAME_GRADE if score.by_grade else SAME_AGE
        words = _screener_words(score)
        text = (f"{score.head}, {said} percentile: {share(said, peers=peers)} (not {number}% "
                f"correct){'; ' + words if words else ''}.")
        if score.percentile_note:
            text += f" {score.percentile_note}"
    elif score.kind == "t" and score.role != "ability":
        text = _t(score, value, p or 1)
    else:  # "about" even for the report's whole percentile, as before: it is rounded
        about = side(said) == 0 or score.stated is None
        own = own_scale(score.test, score.called or NAMES[score.kind],
                        *SCALES[score.kind][:2]) if score.called or score.kind == "scale15" else ""
        text = (f"{score.head}, {score.called or NAMES[score.kind]} {value}{own}: "
                f"{phrase(said, about)} "
                f"({share(said, about)}); {score.described}.")
    return text + _ci(score)

def _screener_words(score: Score) -> str:
    """How a percentile's range is named: by its screener's own bands where the scales
    file gives them, with the span they cover, since a parent reads them beside the
    report's ("aimswebPlus calls the 1st to 10th percentile well below average"); the
    common word too where it differs, as the bell curve in words and the other tests'
    scores are named by it."""
    p = score.percentile
    span, own = own_band(p, score.percentile_bands) if p is not None else ("", "")
    if not own:  # (a screener that fixes no names: the common ones would contradict the
        # report's benchmark level, "average" at the 25th for "Some risk"; its note says why)
        return "" if score.percentile_note else score.described
    text = f"{score.test} calls {span} {own}"
    if own.split(" (")[0].casefold() != score.range_name:
        text += f". Most other tests call this percentile {score.range_name}"
    return text

def _rated(score: Score, said: str) -> str:
    """A percentile on a problem or adaptive scale: what it says, and why no band."""
    if score.role == "problem":
        scale, cuts = "a problem scale, where higher", ", ".join(
            f"{floor} and up {words}" for floor, words in (score.bands or PROBLEM_BANDS))
    else:
        scale, cuts = "an adaptive scale, where lower", ADAPTIVE_CUTS
    return (f"{score.head}, {said} percentile on {scale} means more concern: {rated(said)}. "
            f"{NO_BAND.capitalize()}: the cut-offs ({cuts}) are T-scores, and a rating "
            f"scale's percentile does not tell for sure which side of them it is on; its "
            f"T-score or the evaluator says.")

def _t(score: Score, value: str, p: int) -> str:
    head = f"{score.head}, T-score {value}"
    if score.role == "problem":
        band = score.problem_band()
        floors = ", ".join(f"{floor} and up {words}" for floor, words in
                           (score.bands or PROBLEM_BANDS))
        verdict = f"this one is {band}" if band else "this one is in the usual range"
        return (f"{head} on a problem scale, where higher means more concern: rated "
                f"higher than about {p} of every 100 children of the same age "
                f"({floors}; {verdict}).")
    if score.role == "adaptive":
        band = score.adaptive_band()
        return (f"{head} on an adaptive scale, where lower means more concern: about the "
                f"{ordinal(p)} percentile (31-40 is usually called at risk, 30 and below "
                f"clinically significant; this one is {band}).")
    return (f"{head}: about the {ordinal(p)} percentile. The text does not say which kind "
            f"of scale this is: on a problem scale higher means more concern (60-69 at "
            f"risk, 70 and up clinically significant), on an adaptive scale lower does "
            f"(31-40 at risk, 30 and below clinically significant); the report's table "
            f"should say.")

def _ci(score: Score) -> str:
    if score.ci is None:
        return ""
    low, high = score.ci
    level = f"{score.ci_level}% " if score.ci_level else ""
    text = f" Its {level}confidence interval is {low:g}-{high:g}"
    if score.kind in NORMED and plausible(score.kind, low) and \
            plausible(score.kind, high):
        lo, hi = (figure(percentile_of(score.kind, v)) for v in (low, high))
        return text + f": the true score is likely {_interval_words(lo, hi)}."
    return text + ": the true score is likely in that range."


def _interval_words(lo: str, hi: str) -> str:
    """Where an interval's ends sit, as percentiles (`figure`'s words): "between about the
    4th and 19th percentile"; beyond the 1st or 99th, in tenths, and open-ended past them
    (its ends at 48 and 58 were "between about the 1st and 1st percentile")."""
    if lo == hi:
        return phrase(lo) if lo in (LOW, HIGH) else "at " + phrase(lo, about=True)
    if lo == LOW:
        return f"no higher than about the {hi} percentile"
    if hi == HIGH:
        return f"no lower than about the {lo} percentile"
    return f"between about the {lo} and {hi} percentile"


def _grade_equivalent(value: float) -> str:
    grade, month = int(value), round((value - int(value)) * 10)
    where = "kindergarten" if grade == 0 else f"grade {grade}"
    when = "at the start" if month == 0 else f"about month {month}"
    # (not "the raw score": a computer-adaptive screener such as Star works its grade
    # equivalents out from its own scale, and gives no raw score; nor a standard score)
    return (f"the score that children in {where}, {when} of the school year, got on "
            f"average in the test's sample. It does not mean the child works at that grade "
            f"level or should be taught at it, and it makes small differences look large; "
            f"the percentile (and the standard score, where the test gives one) says more.")
