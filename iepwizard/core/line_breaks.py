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

#: A word's first part, a hyphen ending the line, its second part in small letters.
_BROKEN = lazy_re.compile(r"(?<![A-Za-z-])([A-Za-z]{2,})-\n([ \t]*)([a-z]{2,})(?![A-Za-z-])")


def rejoin(text: str, words: Container[str]) -> str:
    """`text` with each word broken across a line ("percen-" / "tile") whose whole (or its
    singular) is in `words` (lower case) written on the first line."""
    if "-\n" not in text:
        return text
    parts: list[str] = []
    last = 0
    for broken in _BROKEN.finditer(text):
        joined = broken[1] + broken[3]
        low = joined.lower()
        if low not in words and not (low.endswith("s") and low[:-1] in words):
            continue
        parts += (text[last:broken.start()], joined, " \n", broken[2])
        last = broken.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
