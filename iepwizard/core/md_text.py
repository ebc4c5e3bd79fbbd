"""The parent's own text (names, notes, labels, file names) made literal Markdown, for every
section of the export.

Markdown is the export's one source (the plain text and the printable page are made from it),
so text escaped here can never become a heading, a list, a link, an image, emphasis or HTML in
any of them. Control characters (pasted escape sequences) are written as visible symbols.
"""

from __future__ import annotations

import re

from . import lazy_re
from .safe_text import one_line, printable

_MD_SPECIAL = lazy_re.compile(r"([\\`*_\[\]<>|~&])")
#: What starts a block at a line's start: a heading, quote, bullet or setext line, and the
#: "." or ")" of a numbered item (escaped after its number: a backslash before a digit is
#: no escape and would be shown).
_MD_LINE_START = lazy_re.compile(r"^(\s*\d*)((?<=\d)[.)]|(?<!\d)[#>+=-])", re.M)


def md_escape(text: str) -> str:
    """The text as literal Markdown: no emphasis, link, image, HTML, entity or block marker
    can come out of it."""
    return _MD_LINE_START.sub(r"\1\\\2", _MD_SPECIAL.sub(r"\\\1", text))


def md_line(text: str) -> str:
    """Text inside one Markdown list item: escaped, its later lines kept inside the item."""
    return md_escape(printable(text.strip())).replace("\n", "\n  ")


def md_one_line(text: str) -> str:
    """Text that must stay on its line (a heading, a field beside others): escaped, its line
    breaks and tabs as spaces."""
    return md_escape(one_line(text.strip()))
