"""An email thread pasted whole quotes each earlier message under ">" marks (">>" for the
reply's reply). The marks are no part of the lines they stand on: `unquoted` makes each a
space, so that a sentence or a score wrapped onto the next quoted line reads on, and every
position in the text stays where it was.
"""

from __future__ import annotations

import re

from . import lazy_re

#: The marks at a line's start: ">", "> >", ">>", with the space after each.
_MARKS = lazy_re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)


def unquoted(text: str) -> str:
    """`text` with the quote marks at its lines' starts as spaces (the same object where it
    has none)."""
    if "\n>" not in text and not text.startswith(">") and "\n >" not in text:
        return text
    return _MARKS.sub(lambda mark: " " * len(mark[0]), text)
