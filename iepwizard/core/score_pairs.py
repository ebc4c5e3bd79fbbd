"""A score table's cell that holds two numbers, "58 / 81" or "88 (21)": a score and its
percentile.

Some reports save a column by writing each score with its percentile after a slash, or in
brackets, and say so in the header ("T / %ile", "SS/PR", "SS (PR)", or once, in the label cell:
"Composite Scores (T / %ile)" over raters' columns). Only a header that says so makes "a / b" or
"a (b)" a score and a percentile: "6/10" elsewhere is a count (items right of items given), and
"(93)" may be a raw score.
"""

from __future__ import annotations

import re

from . import lazy_re

#: A cell read as a score, then its percentile ("58 / 81", "36/9", "120 / >99", "88 (21)",
#: "79 (8)", "131 (>99)").
PAIR = lazy_re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)(?:\s*/\s*[<>]?(\d{1,2}(?:\.\d{1,2})?)"
                       r"|\s*\(\s*[<>]?(\d{1,2}(?:\.\d{1,2})?)\s*\))$")


def pair_numbers(pair: re.Match[str]) -> tuple[int, int]:
    """The groups of a `PAIR` match that hold the score and the percentile."""
    return 1, 2 if pair.group(2) is not None else 3


def split_pair(text: str) -> tuple[str, str] | None:
    """The two types a header's "a / b" names ("t", "%ile" for "(T / %ile)"), brackets
    dropped, or None where the text is no such pair."""
    first, slash, second = text.strip(" ()[]").partition("/")
    first, second = first.strip(), second.strip()
    if not slash or not first or not second or "/" in second:
        return None
    return first, second


def is_pair_row(found: list[tuple[int, str]]) -> bool:
    """Whether a line's cells (`found`) are a table's row by its "a / b" cells: a label, then
    one such cell at least. (Asked only of lines that are no row without them.)"""
    return (len(found) >= 2 and any(c.isalpha() for c in found[0][1])
            and any(PAIR.match(text) for _, text in found[1:]))
