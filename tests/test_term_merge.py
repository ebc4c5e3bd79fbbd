"""Merging the term matches with the few extra ones (score cues, service shorthand): the
bisecting merge against the first one, a walk over both lists, on generated matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core.term_match import Match, merge


def walk_merge(matches: list[Match], extra: list[Match]) -> list[Match]:
    """The merge as first written (a walk over both lists), but for one thing: the extra
    matches after the last match are checked one by one (the first version let two of them
    that overlap each other through)."""
    if not extra:
        return matches
    extra = sorted(extra)
    merged: list[Match] = []
    i = 0
    for match in matches:
        while i < len(extra) and extra[i].start < match.start:
            if extra[i].end <= match.start and (not merged or merged[-1].end <= extra[i].start):
                merged.append(extra[i])
            i += 1
        merged.append(match)
    for match in extra[i:]:
        if not merged or merged[-1].end <= match.start:
            merged.append(match)
    return merged


def _spans(draw: st.DrawFn, limit: int, overlapping: bool) -> list[Match]:
    cuts = sorted(draw(st.lists(st.integers(0, 200), max_size=limit)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if end > start:
            spans.append(Match(start, end, draw(st.sampled_from(["a", "b", "c"]))))
    if overlapping:
        spans += [Match(s, s + draw(st.integers(1, 9)), "x") for s in
                  draw(st.lists(st.integers(0, 200), max_size=6))]
    return spans


@st.composite
def lists(draw: st.DrawFn) -> tuple[list[Match], list[Match]]:
    return _spans(draw, 40, False), _spans(draw, 10, True)


@settings(max_examples=800, deadline=None)
@given(lists())
def test_merge_agrees_with_the_walk(given_lists: tuple[list[Match], list[Match]]) -> None:
    matches, extra = given_lists
    merged = merge(list(matches), list(extra))
    assert merged == walk_merge(matches, extra)
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:], strict=False))
    assert set(matches) <= set(merged)


def test_an_extra_match_between_two_is_kept_and_one_across_a_match_is_not() -> None:
    matches = [Match(0, 3, "a"), Match(10, 14, "b")]
    assert merge(matches, [Match(5, 8, "x"), Match(12, 16, "y"), Match(15, 18, "z")]) == [
        Match(0, 3, "a"), Match(5, 8, "x"), Match(10, 14, "b"), Match(15, 18, "z")]
