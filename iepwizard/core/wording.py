"""Small pieces of plain English: counts with the right plural, lists joined with "and"."""

from __future__ import annotations

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
