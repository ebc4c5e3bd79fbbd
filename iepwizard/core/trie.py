"""One regular expression for many words, their shared beginnings written once.

`WI(?:SC|AT)` rather than `WISC|WIAT`: the regex engine then looks at each place in a text
once, not once per word, so finding a few hundred words costs about one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol


def trie_pattern(words: Iterable[list[str]], unit: Callable[[str], str] = re.escape) -> str:
    """A pattern matching any of `words` (each a list of units, as `unit` writes them in a
    pattern); where one word begins another, the longer is tried first."""
    return _build(_trie(words), unit)


def trie_branches(words: Iterable[list[str]], unit: Callable[[str], str],
                  first: Callable[[str], tuple[int, str]]) -> list[str]:
    """The alternatives `trie_pattern` joins at its top, one per first unit, in the order of
    `first` (a sort key of the first units). The alternatives of a trie's top begin with
    different units: where each unit is one character, at most one of them can match at a
    place, so their order changes no match, only how soon the regex engine finds it (it
    tries them one by one). No word may be empty."""
    trie = _trie(words)
    return [unit(part) + _build(trie[part], unit) for part in sorted(trie, key=first)]


def _trie(words: Iterable[list[str]]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for part in word:
            node = node.setdefault(part, {})
        node[""] = {}
    return trie


def _build(node: dict[str, Any], unit: Callable[[str], str]) -> str:
    branches = [unit(part) + _build(child, unit) for part, child in sorted(node.items()) if part]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class Span(Protocol):
    """What is read of a match: an `re.Match`, or a `TrieWalk`'s `Hit`."""

    def start(self) -> int: ...

    def end(self) -> int: ...

    def span(self) -> tuple[int, int]: ...

    def group(self) -> str: ...


class Finder(Protocol):
    """What is asked of a trie's pattern: a compiled one, or a `TrieWalk`."""

    def match(self, string: str, pos: int = 0, /) -> Span | None: ...

    def fullmatch(self, string: str, pos: int = 0, /) -> Span | None: ...

    def finditer(self, string: str, /) -> Iterator[Span]: ...


class Hit:
    """A match found by `TrieWalk`, read as an `re.Match` is (its span and text)."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


class TrieWalk:
    """`re.compile(trie_pattern(words, unit))`, walked in Python: the same matches (`match`,
    `fullmatch`, `finditer`), without compiling the pattern. A few hundred words' pattern
    takes tens of milliseconds to compile; walking a short text takes microseconds.

    Each unit of a word is one character, matched exactly, or `run`, which `unit` writes as
    a class of characters repeated (`[...]+`) and which matches one or more characters that
    `joins` accepts. Walked as the regex engine does: at each place the branches of the trie
    in the pattern's (sorted) order, a run longest first, the word ending there last; the
    first way through wins."""

    def __init__(self, words: Iterable[list[str]], unit: Callable[[str], str], run: str,
                 joins: Callable[[str], bool]) -> None:
        words = list(words)
        if not all(words) or any(len(part) != 1 and part != run for w in words for part in w):
            raise ValueError("each unit must be one character or the run, no word empty")
        self._root = _trie(words)
        self._unit, self._run, self._joins = unit, run, joins
        self._firsts: re.Pattern[str] | None = None

    def match(self, string: str, pos: int = 0) -> Hit | None:
        end = self._walk(self._root, string, pos, False)
        return Hit(string, pos, end) if end >= 0 else None

    def fullmatch(self, string: str, pos: int = 0) -> Hit | None:
        end = self._walk(self._root, string, pos, True)
        return Hit(string, pos, end) if end >= 0 else None

    def finditer(self, string: str) -> Iterator[Hit]:
        """Each match, left to right, the next searched from the end of the last (a small
        pattern of the words' first characters skips to the places where one may start)."""
        if self._firsts is None:
            self._firsts = re.compile("|".join(
                [_escaped_class(sorted(p for p in self._root if p != self._run))]
                + ([self._unit(self._run)] if self._run in self._root else [])))
        pos = 0
        while (place := self._firsts.search(string, pos)) is not None:
            pos = place.start()
            end = self._walk(self._root, string, pos, False)
            if end >= 0:
                yield Hit(string, pos, end)
                pos = end
            else:
                pos += 1

    def _walk(self, node: dict[str, Any], string: str, pos: int, full: bool) -> int:
        """Where the first way through `node` from `pos` ends (at the string's end where
        `full`), or -1. Down one character at a time while no run branches off (one way on:
        the longest word wins), the rest in `_branch`."""
        found = -1
        while self._run not in node:
            if "" in node and (not full or pos == len(string)):
                found = pos  # (unless a longer word matches)
            if pos == len(string) or (child := node.get(string[pos])) is None:
                return found
            node, pos = child, pos + 1
        end = self._branch(node, string, pos, full)
        return end if end >= 0 else found

    def _branch(self, node: dict[str, Any], string: str, pos: int, full: bool) -> int:
        """`_walk` at a node where a run branches off: its branches in the pattern's order."""
        char = string[pos] if pos < len(string) else ""
        run = node[self._run] if char and self._joins(char) else None
        literal = node.get(char) if char and char != self._run else None
        if literal is not None and (run is None or char < self._run):
            if (end := self._walk(literal, string, pos + 1, full)) >= 0:
                return end
            literal = None  # (tried)
        if run is not None:
            stop = pos + 1
            while stop < len(string) and self._joins(string[stop]):
                stop += 1
            for after in range(stop, pos, -1):
                if (end := self._walk(run, string, after, full)) >= 0:
                    return end
        if literal is not None and (end := self._walk(literal, string, pos + 1, full)) >= 0:
            return end
        return pos if "" in node and (not full or pos == len(string)) else -1


def _escaped_class(chars: list[str]) -> str:
    """A character class of these characters (one that matches nothing where there are
    none)."""
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"

