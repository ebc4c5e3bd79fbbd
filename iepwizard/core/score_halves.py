"""A score table printed as two (or more) side by side to save space: its header repeats its
columns ("Subtest  Scaled Score  %ile  Subtest  Scaled Score  %ile"), and each row holds two
areas' scores, each half read as a row of its own.

Only a header that starts over exactly counts (the same column names, in the same order, after
a cell naming the rows as the first does): two years' columns under one label ("Subtest
Scaled Score  %ile  Scaled Score  %ile") are one table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .score_tables import Column

#: What a label column names: a second label column naming another ("Verbal Subtests",
#: "Nonverbal Subtests") starts the header over as well as one written the same.
_ROW_WORDS = frozenset({"subtest", "index", "composite", "scale", "cluster", "domain", "area",
                        "test", "measure", "subscale", "subdomain", "skill"})


def starts_over(found: list[tuple[int, str]]) -> list[int]:
    """Where a header's columns start over: the index of each of its cells (`found`) that
    begins another copy of them ([] where they do not)."""
    count = len(found)
    if count < 4:
        return []
    first = found[0][1].casefold()
    for width in range(2, count // 2 + 1):
        if count % width or not _names_rows(first, found[width][1].casefold()):
            continue
        names = [text.casefold() for _, text in found[1:width]]
        copies = range(width, count, width)
        if all(_names_rows(first, found[at][1].casefold())
               and [text.casefold() for _, text in found[at + 1:at + width]] == names
               for at in copies):
            return list(copies)
    return []


def _names_rows(first: str, again: str) -> bool:
    """Whether a header cell names the rows as the first does: written the same, or both
    ending in a word such as "subtest" ("Verbal Subtests", "Nonverbal Subtests")."""
    return first == again or (_row_word(first) and _row_word(again))


def _row_word(cell: str) -> bool:
    last = cell.rsplit(" ", 1)[-1]
    return last in _ROW_WORDS or last.removesuffix("s") in _ROW_WORDS or (
        last.endswith("es") and last[:-2] in _ROW_WORDS)


def halves(line: str, columns: list[Column],
           found: list[tuple[int, str]]) -> list[tuple[list[Column], list[tuple[int, str]]]]:
    """A row's cells shared out among the tables set side by side (each with its columns);
    a part whose first cell holds no letter, so no label, is left out (a half left empty,
    or numbers without their area). A cell's table is told
    by the tabs before it in a row split at tabs, by its place where the row has a cell for
    every column, by the bars before it in a row split at "|", and else by where it starts
    (before or after halfway between the last column of one table and the next's label)."""
    labels = [i for i, column in enumerate(columns) if i and column.kind == "label"]
    if not labels:
        return [(columns, found)]
    parts = [0, *labels]
    if columns[-1].tab >= 0 and "\t" in line and "|" not in line:
        bounds = [columns[i].tab for i in labels]
        places = [line.count("\t", 0, offset) for offset, _ in found]
    elif len(found) == len(columns):
        bounds, places = labels, list(range(len(found)))
    elif "|" in line and columns[labels[0]].bars >= 0:
        bounds = [columns[i].bars for i in labels]
        places = [line.count("|", 0, offset) for offset, _ in found]
    else:
        bounds = [(columns[i - 1].start + columns[i].start + 1) // 2 for i in labels]
        places = [offset for offset, _ in found]
    shared: list[list[tuple[int, str]]] = [[] for _ in parts]
    for place, cell in zip(places, found, strict=True):
        shared[sum(place >= bound for bound in bounds)].append(cell)
    ends = [*labels, len(columns)]
    result = []
    for part, (start, end) in zip(shared, zip(parts, ends, strict=True), strict=True):
        if part and any(c.isalpha() for c in part[0][1]):
            result.append((columns[start:end], part))
    return result
