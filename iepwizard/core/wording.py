"""Small pieces of plain English: counts with the right plural, lists joined with "and", a
long text shortened at a word."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence


def plural(count: int, one: str, many: str) -> str:
    """"1 note", "2 notes", "no notes"."""
    if count == 0:
        return f"no {many}"
    return f"{count:,} {one if count == 1 else many}"


def and_list(items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def gist(text: str, width: int = 80) -> str:
    """`text` on one line, whole if it fits in `width`, else the words that fit and "…" (the
    palette cut definitions mid-word); a first word longer than the room is cut."""
    words = " ".join(text.split())
    if len(words) <= width:
        return words
    kept = textwrap.wrap(words, width - 2, break_on_hyphens=False)
    return f"{kept[0]} …"


def whole_items(items: Sequence[str], width: int, gap: str = "  ") -> list[str]:
    """`items` on lines of at most `width` characters, `gap` between two on a line, broken
    only between items (a legend read "= repeat" at a line's end and "back" on the next); an
    item wider than a line is wrapped on lines of its own."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(gap) + len(item) <= width:
            lines[-1] += gap + item
        elif len(item) <= width:
            lines.append(item)
        else:
            lines.extend(textwrap.wrap(item, max(width, 1), break_on_hyphens=False))
    return lines
