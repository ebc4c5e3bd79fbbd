"""Text from people and files, made safe to put on a terminal.

No raw control character (an escape sequence that sets the terminal's title or clears the
screen) from user or file text may reach a terminal: each is shown as a visible symbol
(␛ for ESC). The bidirectional controls (embeddings, overrides, isolates, the direction marks),
which would make a terminal show text in another order than it is, are controls too (shown as
�). Newline and tab stay where they are the output's own structure. Text that UTF-8 cannot
hold (the lone surrogates Python uses for undecodable bytes in arguments and file names) is
shown as � rather than stopping the output with an error.
"""

from __future__ import annotations

import re

from . import lazy_re

_CONTROL = lazy_re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                           r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_LINE_BREAKS = lazy_re.compile(r"[\t\n]")


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def is_text(character: str) -> bool:
    """Whether a character typed is text though Python does not call it printable (and
    Textual's text boxes drop it): a no-break space and the other spaces, a zero-width joiner,
    a soft hyphen, a word joiner (Unicode's space separators and format characters). Control
    characters, line and paragraph separators are not."""
    import unicodedata

    return len(character) == 1 and unicodedata.category(character) in ("Zs", "Cf")


def printable(text: str) -> str:
    """Control characters as symbols; newlines and tabs kept."""
    return _CONTROL.sub(_symbol, text)


#: How much of one text is drawn (the store keeps every character).
DISPLAY_LIMIT = 2000
#: How much of one line of a document (an IEP's finding quoting it, its file's name) is drawn.
DOCUMENT_LIMIT = 100_000


def visible(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Text safe to draw: control characters (escape sequences) shown as symbols, very long
    pastes cut for display only (the store keeps every character)."""
    shown = printable(text)
    if len(shown) > limit:
        shown = shown[:limit] + f" … ({len(text) - limit:,} more characters, all saved)"
    return shown


def clipped(text: str, limit: int = 200) -> str:
    """A name the parent typed (a file's path), safe to draw and cut to `limit` characters: it
    is quoted in a message, and nothing of it is saved, so the cut says no more than "…"."""
    shown = one_line(text)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def one_line(text: str) -> str:
    """For one field of a line (a tab-separated column, a title): newlines and tabs become
    spaces as well."""
    return printable(_LINE_BREAKS.sub(" ", text))
