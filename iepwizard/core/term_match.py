"""A term found in a text (start, end, term id), the text lowered in place, and merging two
lists of matches (see glossary.py)."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple


def lower_in_place(text: str) -> str:
    """The text in lower case, each character where it was (a character that grows when
    lowered, like "\u0130", is left as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


class Match(NamedTuple):
    """Where a term was found (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    term_id: str

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def merge(matches: list[Match], extra: list[Match]) -> list[Match]:
    """Both lists (each in order, without overlaps) as one; an extra match overlapping a
    match of `matches`, or an extra match kept before it, is dropped.

    The extra matches are few (a report's score cues, its service shorthand) and the matches
    many: each extra one finds its place by bisection, and `matches` is copied in slices."""
    if not extra:
        return matches
    extra.sort()
    kept: list[tuple[int, Match]] = []
    last_end = -1  # the end of the last extra match kept
    for match in extra:
        at = bisect_left(matches, match.start, key=_start)
        if at and matches[at - 1].end > match.start:
            continue  # overlaps the match before it
        if at < len(matches) and match.end > matches[at].start:
            continue  # overlaps the match after it
        if kept and last_end > match.start:
            continue  # overlaps the extra match kept before it
        kept.append((at, match))
        last_end = match.end
    if not kept:
        return matches
    merged: list[Match] = []
    done = 0
    for at, match in kept:
        merged += matches[done:at]
        merged.append(match)
        done = at
    merged += matches[done:]
    return merged


def _start(match: Match) -> int:
    return match.start
