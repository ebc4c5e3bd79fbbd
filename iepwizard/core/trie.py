"""One regular expression for many words, their shared beginnings written once.

`WI(?:SC|AT)` rather than `WISC|WIAT`: the regex engine then looks at each place in a text
once, not once per word, so finding a few hundred words costs about one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any


def trie_pattern(words: Iterable[list[str]], unit: Callable[[str], str] = re.escape,
                 order: Callable[[str], Any] | None = None) -> str:
    """A pattern matching any of `words` (each a list of units, as `unit` writes them in a
    pattern); where one word begins another, the longer is tried first. `order` sorts the
    first units (the regex engine tries them in that order); the rest are sorted."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for part in word:
            node = node.setdefault(part, {})
        node[""] = {}

    def build(node: dict[str, Any], first: bool = False) -> str:
        parts = sorted(node.items()) if not (first and order) else sorted(
            node.items(), key=lambda item: order(item[0]))
        branches = [unit(part) + build(child) for part, child in parts if part]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, True)
