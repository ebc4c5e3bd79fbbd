"""A score the text gives more than once is kept once: repeated whole, or repeated in a
summary with less said (no rater, no year, no area)."""

from __future__ import annotations

from collections.abc import Callable

from .scores import GROUP_SAID, NORMED, Score, disagree


def unique(scores: list[Score]) -> list[Score]:
    """A score repeated in the text (same area, test, type and value) is kept once; so is one
    a summary repeats with less said: without the rater or year its table gives ("rated
    Learning Problems At-Risk (T = 65)" after the teacher's column), as the percentile its
    score was given with, or without its area ("(T = 34)", "at the 8th percentile") where a
    score of that type and value has one."""
    seen: dict[tuple[str, str, str, str, float], int] = {}
    kept: list[Score] = []
    for score in scores:
        key = (score.label.casefold(), score.test, score.kind, score.role, score.value)
        if (at := seen.get(key)) is None:
            seen[key] = len(kept)
            kept.append(score)
        elif score.cues:  # (its cue words still name a term: "Mr. Chen's ratings of
            kept[at] = kept[at]._replace(cues=kept[at].cues + score.cues)  # Hyperactivity
            # (T = 74)" after the teacher's column)
    said = {(base.casefold(), s.test, s.kind, s.role, s.value): n for n, s in enumerate(kept)
            if (base := GROUP_SAID.sub("", s.label)) != s.label}
    for n, s in enumerate(kept):  # ("Word Reading  85  16", then "at the 16th")
        if s.stated is not None:
            said.setdefault((s.label.casefold(), s.test, "percentile", s.role, s.stated), n)
    named: dict[tuple[str, float | None], int] = {}
    for n, s in enumerate(kept):
        if s.label:
            named.setdefault((s.kind, s.value), n)
            if s.stated is not None:
                named.setdefault(("percentile", s.stated), n)
    result: list[Score | None] = list(kept)
    for n, s in enumerate(kept):
        into = named.get((s.kind, s.value)) if not s.label else said.get(
            (s.label.casefold(), s.test, s.kind, s.role, s.value))
        if into is None or into == n:
            continue
        result[n] = None
        target = result[into]
        if target is not None:  # what the repeat says more: its cue words (a term to
            # explain), and where it is the same number, its percentile and interval
            same = (target.kind, target.value) == (s.kind, s.value)
            result[into] = target._replace(
                cues=target.cues + s.cues,
                stated=target.stated if target.stated is not None or not same else s.stated,
                ci=target.ci or (s.ci if same else None),
                ci_level=target.ci_level if target.ci else (s.ci_level if same else None))
    return _percentiles_said_later([s for s in result if s is not None])


def _percentiles_said_later(scores: list[Score]) -> list[Score]:
    """A percentile given alone for an area whose score came earlier without one
    ("Quantitative Reasoning 78 ...", then "Quantitative Reasoning (PR = 7)") is that score's
    percentile, where the two agree (see `disagree`): not a second result of the area."""
    bare = {(s.label.casefold(), s.test, s.role): n for n, s in enumerate(scores)
            if s.label and s.kind in NORMED and s.stated is None}
    if not bare:
        return scores
    result: list[Score | None] = list(scores)
    for n, s in enumerate(scores):
        into = bare.get((s.label.casefold(), s.test, s.role)) if s.kind == "percentile" else None
        if into is None or into > n or (target := result[into]) is None or \
                target.stated is not None or disagree(target.kind, target.value, s.value):
            continue
        result[into] = target._replace(stated=s.value, cues=target.cues + s.cues)
        result[n] = None
    return [s for s in result if s is not None]


def untested_repeats(scores: list[Score], first_named: Callable[[str], int]) -> list[Score]:
    """A score of no test, given before a test is named, whose area that test's score of the
    same name, type and value gives ("Spelling (SS 83)" in a summary's list, then "her WIAT-4
    Spelling score of 83") is that score said early: kept once. One given after the test is
    named is not ("WISC-V Working Memory Index 86. DAS-II Working Memory 86": the second is
    another test's, whose name the decoder did not put on it). `first_named`: where the
    text first names the test a score gives (its name)."""
    tested = {(s.label.casefold(), s.kind, s.role, s.value): s.test for s in scores
              if s.test and s.label}
    if not tested:
        return scores
    return [s for s in scores if s.test or not s.label
            or (test := tested.get((s.label.casefold(), s.kind, s.role, s.value))) is None
            or s.start >= first_named(test)]
