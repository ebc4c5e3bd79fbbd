"""A table row whose label wraps onto a line of its own, as PDFs print narrow label columns:

    Reading             82         78-86       12
    Comprehension
    Orthographic
    Fluency             74         67-81       4
    Written Expres-     88         81-95       21
    sion

A line that holds only words (the rest of a label, or its start) belongs to the row above it
when the two make an area's known name ("Reading Comprehension": alone, "Reading" is another
area, the composite), else to the row under it ("Orthographic Fluency"); a word cut by a
hyphen is joined whole ("Written Expression"). The table goes on past such lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lazy_re
from .score_tables import cells

if TYPE_CHECKING:
    from .score_finder import _Finder

#: A piece of a label, alone on its line: up to three words of letters
_PIECE = lazy_re.compile(r"[^\W\d_][^\W\d_&'/-]*(?:[ \t]?[&/-]?[ \t]?[^\W\d_][^\W\d_'/-]*){0,2}-?")
#: (its last word may be cut by a hyphen: "Bilat-", "Upper-Limb Co-")
_WORD = lazy_re.compile(r"[^\W_]+|&")
#: The longest line a piece stands alone on: a pipe or box table's row, its other cells empty.
_PIECE_LINE = 160


def is_label_piece(line: str) -> bool:
    """Whether a line is only a piece of a wrapped label (see the module's docstring)."""
    return label_piece(line) is not None


def label_piece(line: str) -> str | None:
    """The piece of a wrapped label the line holds alone (indented or not; in a pipe table's
    row whose other cells are empty: "|   Reasoning   |      |      |"), or None."""
    if len(line) > _PIECE_LINE:
        return None
    body = line.strip()
    if body[:1] == "|":
        first, *rest = body.strip("|").split("|")
        if any(cell.strip() for cell in rest):
            return None
        body = first.strip()
    return body if len(body) <= 30 and _PIECE.fullmatch(body) is not None else None


def wrapped_label(finder: _Finder, line_start: int, line_end: int, label: str) -> str:
    """The row's label with the piece on the line under it or over it, where the two make
    a known area's whole name; else the label as it is."""
    text = finder.text
    if line_end < len(text):
        below_end = text.find("\n", line_end + 1, line_end + _PIECE_LINE + 2)
        below = text[line_end + 1:line_end + _PIECE_LINE + 2 if below_end < 0 else below_end]
        # (a piece's line is short: no longer one is read, nor the rest of the text copied)
        if (piece := label_piece(below)) is not None and names_area(
                finder, joined := _join(label, piece)):
            return joined
    above_start = text.rfind("\n", max(0, line_start - _PIECE_LINE - 2), line_start - 1) + 1
    if line_start > 1 and (above_start > 0 or line_start <= _PIECE_LINE + 2):
        above = text[above_start:line_start - 1]  # (else longer than a piece's line)
        if (piece := label_piece(above)) is not None and names_area(
                finder, joined := _join(piece, label)) and not _owned_by_row_above(
                finder, above_start, piece):
            return joined
    return label


def _join(first: str, second: str) -> str:
    if second[:1].islower():  # "Written Expres-" over "sion" (the row's label comes with its
        return first.rstrip("-") + second  # hyphen taken off): a word's end, not a new word
    return f"{first} {second}"


def name_words(text: str) -> list[str]:
    """The words of a name as area names are looked up ("&" read as "and")."""
    return ["and" if w == "&" else w for w in _WORD.findall(text)]


def names_area(finder: _Finder, label: str) -> bool:
    """Whether the label is, whole, an area's known name."""
    words = name_words(label)
    areas, k = finder.areas_named(words)
    return bool(areas) and k == len(words)


def _owned_by_row_above(finder: _Finder, piece_start: int, piece: str) -> bool:
    """Whether the piece finishes the label of the row above it ("Reading Comprehension")."""
    if piece_start < 2:
        return False
    text = finder.text
    row_start = text.rfind("\n", max(0, piece_start - 402), piece_start - 1) + 1
    found = cells(text[row_start:piece_start - 1])
    return bool(found) and names_area(finder, _join(found[0][1], piece))
