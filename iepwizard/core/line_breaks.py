"""Words a PDF broke across two lines with a hyphen ("stan-" / "dard score of 77"), joined
again before the text is read, where the word joined is one the glossary uses.

Copied from a PDF, a justified report keeps its hyphenation: the decoder read "dard" as the
name of an area and lost the score's type. The text keeps its length (each position is where
it was, so matches still point into the parent's own text): the word's second part moves up
to the first line, and the line break after it ("standard " / " score of 77"). A hyphen at a
line's end between two parts whose join the glossary does not know ("low-" / "average",
"follow-" / "up") is left as written.
"""

from __future__ import annotations

from collections.abc import Container

from . import lazy_re

#: A word's first part, right before a hyphen that ends its line (read back from the hyphen).
_FIRST = lazy_re.compile(r"(?<![A-Za-z-])[A-Za-z]{2,}$")
#: After the hyphen: the line break, the next line's indent and the word's second part.
_SECOND = lazy_re.compile(r"\n([ \t]*)([a-z]{2,})(?![A-Za-z-])")


def rejoin(text: str, words: Container[str]) -> str:
    """`text` with each word broken across a line ("percen-" / "tile") whose whole (or its
    singular) is in `words` (lower case) written on the first line. (Each "-" and line break
    is found by `str.find`; a pattern searched over the whole text took 19 ms at 340 KB.)"""
    parts: list[str] = []
    last = 0
    hyphen = text.find("-\n")
    while hyphen >= 0:
        first = _FIRST.search(text, max(last, hyphen - 40), hyphen)
        second = _SECOND.match(text, hyphen + 1) if first is not None else None
        if first is not None and second is not None:
            joined = first[0] + second[2]
            low = joined.lower()
            if low in words or (low.endswith("s") and low[:-1] in words):
                parts += (text[last:first.start()], joined, " \n", second[1])
                last = second.end()
        hyphen = text.find("-\n", hyphen + 2)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: A soft hyphen (U+00AD): where a word processor may break a word, invisible where it does
#: not. Copied from a PDF it stays in the word ("Compre\xadhension"), which then names no area.
SOFT = "\u00ad"
#: After a soft hyphen at a line's end: the line break, the next line's indent and the rest.
_SOFT_SECOND = lazy_re.compile(r"\n([ \t]*)([^\W\d_]+)")


def join_soft_hyphens(text: str) -> str:
    """`text` with each word a soft hyphen splits written whole, the text keeping its length:
    the soft hyphens go as spaces to where the words and single spaces after the word end (a
    table's gap, a figure, a tab, the line's end), so no figure moves and no name gains a
    gap ("Process\u00ading Speed   79" reads "Processing Speed    79"); a word broken at a
    line's end by one moves up, as `rejoin` does."""
    parts: list[str] = []
    last = 0
    soft = text.find(SOFT)
    while soft >= 0:
        start = soft
        while start > last and text[start - 1].isalpha():
            start -= 1
        if text[soft + 1:soft + 2] == "\n" and start < soft and (
                second := _SOFT_SECOND.match(text, soft + 1)) is not None:
            # "Pro\u00ad" / "cessing": the line's last word goes on below
            parts += (text[last:start], text[start:soft] + second[2], " \n", second[1])
            last = second.end()
        else:
            end = soft + 1
            while end < len(text) and text[end] not in "\n\t" and not text[end].isdigit() \
                    and text[end:end + 2] != "  ":
                end += 1
            piece = text[start:end]
            parts += (text[last:start], piece.replace(SOFT, ""), " " * piece.count(SOFT))
            last = end
        soft = text.find(SOFT, last)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
