"""One regular expression for many words, their shared beginnings written once.

`WI(?:SC|AT)` rather than `WISC|WIAT`: the regex engine then looks at each place in a text
once, not once per word, so finding a few hundred words costs about one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any


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
