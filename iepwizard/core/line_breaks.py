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
