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
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for part in word:
            node = node.setdefault(part, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [unit(part) + build(child) for part, child in sorted(node.items()) if part]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
