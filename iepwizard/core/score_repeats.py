"""A score the text gives more than once is kept once: repeated whole, or repeated in a
summary with less said (no rater, no year, no area)."""

from __future__ import annotations

from .scores import GROUP_SAID, Score


def unique(scores: list[Score]) -> list[Score]:
    """A score repeated in the text (same area, test, type and value) is kept once; so is one
    a summary repeats with less said: without the rater or year its table gives ("rated
    Learning Problems At-Risk (T = 65)" after the teacher's column), as the percentile its
    score was given with, or without its area ("(T = 34)", "at the 8th percentile") where a
    score of that type and value has one."""
    seen: set[tuple[str, str, str, str, float]] = set()
    kept: list[Score] = []
    for score in scores:
        key = (score.label.casefold(), score.test, score.kind, score.role, score.value)
        if key not in seen:
            seen.add(key)
            kept.append(score)
    said = {(base.casefold(), s.test, s.kind, s.role, s.value) for s in kept
            if (base := GROUP_SAID.sub("", s.label)) != s.label}
    said |= {(s.label.casefold(), s.test, "percentile", s.role, s.stated) for s in kept
             if s.stated is not None}  # ("Word Reading  85  16", then "at the 16th")
    named = {(s.kind, s.value) for s in kept if s.label} | {
        ("percentile", s.stated) for s in kept if s.label and s.stated is not None}
    return [s for s in kept if not (
        (s.kind, s.value) in named if not s.label else
        (s.label.casefold(), s.test, s.kind, s.role, s.value) in said)]
