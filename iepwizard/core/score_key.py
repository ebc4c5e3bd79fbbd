"""A report's key to how it writes its scores, said once: "SS/PR = standard score / percentile
rank", "T (%ile) = T-score with its percentile in parentheses".

A summary table may head its scores' column with a plain "Score" and write each cell as
"88/21" or "T 78 (99)". Only a key that says what the numbers are makes "88/21" a score and
its percentile (see score_pairs: "6/10" elsewhere is a count, items right of items given), and
the bare "(99)" after a T-score its percentile (elsewhere a number in brackets may be a raw
score, a count or a page).
"""

from __future__ import annotations

from . import lazy_re
from .score_tables import Column, column_kind

#: A notation of two types defined: "SS/PR =", "SS / %ile:" (the types checked after).
_KEY = lazy_re.compile(r"(?<![\w/])([A-Za-z]{1,3}|%ile)\s?/\s?([A-Za-z]{2}|%ile)\s*[=:]")
#: A key of a score with its percentile in brackets: "T (%ile) =", "SS (PR):".
_BRACKET_KEY = lazy_re.compile(r"(?<![\w(])(T|SS)(?:[ -]?scores?)?[ \t]?"
                               r"\((%ile|PR|percentile(?: rank)?)\)[ \t]*[=:]")
#: A percentile in brackets right after a score: " (99)".
BRACKETED = lazy_re.compile(r" ?\((\d{1,2})\)")
#: How far before a table's header (and after it: a note under the table) a key is looked for.
_REACH = 4000
#: The types a key may give the first of its two numbers.
_KEYED = ("standard", "scaled", "t")


def keyed(text: str, start: int, columns: list[Column]) -> list[Column]:
    """A table's columns (its header's line starts at `start`), each plain "Score" column
    reading "a/b" cells as the text's key says (`Column.keyed`); as they were where the
    header says what its cells are, or no key is near."""
    if any(c.pair for c in columns) or not any(c.kind == "score" for c in columns):
        return columns
    kind = key_kind(text, start)
    if not kind:
        return columns
    return [c._replace(pair=True, keyed=kind) if c.kind == "score" else c for c in columns]


def key_kind(text: str, at: int) -> str:
    """The type of score a key near `at` gives the first number of "a/b" (its second a
    percentile): the nearest key before `at`, else the first after it; "" where none is."""
    before = after = ""
    for key in _KEY.finditer(text, max(0, at - _REACH), at + _REACH):
        first, second = column_kind(key[1]).kind, column_kind(key[2]).kind
        if first in _KEYED and second == "percentile":
            if key.start() >= at:
                after = after or first
            else:
                before = first
    return before or after


def bracket_kind(text: str) -> str:
    """The type of score ("t", "standard") the text's key says is written with its percentile
    in brackets after it ("T 78 (99)"); "" where no key says so."""
    key = _BRACKET_KEY.search(text)
    return column_kind(key[1]).kind if key is not None else ""


#: A key that says what "ss" in small letters stands for: "ss = scaled score", "ss: standard
#: score" (reports use it for either; group 1: the type).
_SMALL_SS = lazy_re.compile(r"(?<![\w/])ss\s*[=:]\s*(scaled|standard)\s+scores?\b")


def metric_keyed(text: str, start: int, columns: list[Column]) -> list[Column]:
    """A table's columns, its "Metric" column reading "ss" cells as the text's key near its
    header (at `start`) says ("ss = scaled score": `Column.keyed`); as they were where it has
    none, or no key says (an "ss" cell's type is then its area's)."""
    if not any(c.kind == "metric" for c in columns) or (
            key := _SMALL_SS.search(text, max(0, start - _REACH), start + _REACH)) is None:
        return columns
    return [c._replace(keyed=key[1]) if c.kind == "metric" else c for c in columns]
