"""Where the tests' names may start in a text, and the hits of their pattern there (the
scales' `test_mentions`): the names that start with a small letter are tried only where their
first two characters stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from .trie import Finder, Span

#: What stands between the words of a test's name ("WISC-V", "WJ IV", "i\u2013Ready").
SEPARATOR = r"[\s\-\u2010-\u2014]+"


def first_two(units: list[list[str]]) -> dict[str, tuple[str, ...]] | None:
    """The first character of every name -> the names' first two characters (one where the
    name has one; the first and a space where a separator is second, as in "i-Ready"); None
    if a name starts with a separator."""
    starts: dict[str, set[str]] = {}
    for word in units:
        if word[0] == " ":
            return None
        starts.setdefault(word[0], set()).add("".join(word[:2]))
    return {first: tuple(sorted(two)) for first, two in starts.items()}


def lower_starts(starts: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], ...]:
    """Where a name starting with a small letter may start: its first two characters (a
    separator where a space stands second). A small letter is in most words of a text, and a
    name's first letter alone ("i" of "i-Ready", "a" of "aimswebPlus") was tried at each.
    One pattern per first letter, that letter then a look-ahead for the second: the regex
    engine skips to the letter as `str.find` does (a pattern starting with a look-ahead, or
    with one of several letters, was tried at every character: five times as long), and a
    match takes the letter alone, so starts that overlap are all found."""
    return tuple(re.compile(re.escape(first) + "(?=" + "|".join(
        SEPARATOR[:-1] if two[1:] == " " else re.escape(two[1:]) for two in twos) + ")")
        for first, twos in starts.items() if first.islower())


def hits(capitals: Finder, small: Finder | None, lower: tuple[re.Pattern[str], ...], text: str,
         whole: Callable[[], Finder]) -> list[Span]:
    """`whole().finditer(text)` (the scales' `test_pattern`), quicker: the names that start
    with no small letter are found by a pattern of their own (`capitals`: the regex engine
    skips from one of their first characters to the next, which are few in a text), and
    those that do ("i-Ready", "aimswebPlus") by theirs (`small`) only where their first two
    characters stand (`lower`: a small letter is in most words, and the whole pattern tried
    at each "i" and "a" took most of its time). Each kind's hits are those `finditer` finds
    where no hit of one kind overlaps one of the other (the engine, at a place, tries the one
    branch of the trie that begins with its character); where one does (no test's name is so
    written in another's), the whole pattern reads the text. (A loop of `str.find` over each
    first character, trying the pattern where two stood, took twice as long as this in a
    report dense with capitals.)"""
    found = list(capitals.finditer(text))
    found_small: list[Span] = []
    taken = 0
    for start in sorted(m.start() for letter in lower for m in letter.finditer(text)):
        if start >= taken and small is not None and (hit := small.match(text, start)):
            found_small.append(hit)
            taken = hit.end()
    if not found_small:
        return found
    found += found_small
    found.sort(key=_start)
    if any(one.end() > after.start() for one, after in pairwise(found)):
        return list(whole().finditer(text))
    return found


def _start(match: Span) -> int:
    return match.start()
