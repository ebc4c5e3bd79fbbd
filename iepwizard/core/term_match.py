"""A term found in a text (start, end, term id), the text lowered in place, and merging two
lists of matches (see glossary.py)."""

from __future__ import annotations

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
    match of `matches` is dropped."""
    if not extra:
        return matches
    extra.sort()
    merged: list[Match] = []
    i = 0
    for match in matches:
        while i < len(extra) and extra[i].start < match.start:
            if extra[i].end <= match.start and (not merged or merged[-1].end <= extra[i].start):
                merged.append(extra[i])
            i += 1
        merged.append(match)
    merged += [m for m in extra[i:] if not merged or merged[-1].end <= m.start]
    return merged
