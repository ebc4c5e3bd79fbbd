"""Where the tests' names may start in a text, and the hits of their pattern there (the
scales' `test_mentions`): the pattern is tried only where a name's first two characters stand.
"""

from __future__ import annotations

import functools
import re

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


#: How many of a name's first letter `hits` reads one by one before it reads the rest of the
#: text with `_letter`: the regex engine passes the text in a quarter of a millisecond (300
#: KB) and a step of the loop costs half a microsecond, so a letter as frequent as a report's
#: capitals ("She", "The", "Standard") is found quicker so, and a rare one is not.
_DENSE = 256


@functools.lru_cache(maxsize=64)
def _letter(first: str, heads: tuple[str, ...]) -> re.Pattern[str]:
    """Finds where `text.startswith(heads, at)` holds, `first` being every head's first
    character: that character, then one of the second ones (none after it where a head is
    that character alone)."""
    if any(len(head) == 1 for head in heads):
        return re.compile(re.escape(first))
    return re.compile(re.escape(first) + "(?=[" + "".join(re.escape(head[1]) for head in heads)
                      + "])")


def hits(pattern: re.Pattern[str], starts: dict[str, tuple[str, ...]],
          lower: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, quicker: every name starts with one of a few characters,
    which `str.find` skips to (the regex engine would test every character against them);
    the pattern is tried only where a name's first two characters stand, and not inside the
    last hit, as `finditer` does."""
    found: list[int] = []
    for first, two in starts.items():
        if first.islower():
            continue  # (found by `lower`, below)
        heads = tuple(t[0] if t[1:] == " " else t for t in two)  # (any separator second)
        at = text.find(first)
        seen = 0
        while at >= 0:
            if text.startswith(heads, at):
                found.append(at)
            seen += 1
            if seen == _DENSE:  # a capital in most sentences ("S", "T"): the rest by a pattern
                found += [m.start() for m in _letter(first, heads).finditer(text, at + 1)]
                break
            at = text.find(first, at + 1)
    for letter in lower:
        found += [m.start() for m in letter.finditer(text)]
    found.sort()
    matches: list[re.Match[str]] = []
    taken = 0
    for start in found:
        if start >= taken and (hit := pattern.match(text, start)) is not None:
            matches.append(hit)
            taken = hit.end()
    return matches
