"""Terminal escape sequences in pasted or opened text, blanked before reading it.

A report file may hold escape sequences (an OSC 52 clipboard write, a title change, colours):
their numbers ("52", "0", "31") are no scores and their words no terms. `blank` replaces each
sequence, and every other control character but tab and newline, by spaces of the same length,
so positions in the text stay where they were.
"""

from __future__ import annotations

import re

from . import lazy_re

#: A string sequence (OSC, DCS, …) counts only with its terminator and within one line: an
#: unterminated introducer is blanked alone, never the rest of the report after it.
SEQUENCE = lazy_re.compile(
    r"\x1b\][^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"  # OSC ... BEL or ST
    r"|\x9d[^\x07\x1b\x9c\x9d\n]{0,4096}(?:\x07|\x1b\\|\x9c)"  # 8-bit OSC
    r"|\x1b[PX^_][^\x1b\x9c\n]{0,4096}(?:\x1b\\|\x9c)"  # DCS, SOS, PM, APC strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"  # CSI (colours, clear screen)
    r"|\x1b[ -/]*[0-~]?"  # other ESC sequences
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: What starts an escape sequence or is a control character alone (each sequence starts so);
#: tab, newline and return are text.
CONTROL = lazy_re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Bytes of UTF-8 that need no blanking: printable ASCII, tab, newline, return, and every
#: byte of a character written in several (a control character of one byte never is one).
_PLAIN_BYTES = bytes(range(32, 127)) + b"\t\n\r" + bytes(range(128, 256))
#: A control character U+0080-U+009F in UTF-8.
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def blank(text: str) -> str:
    """`text` with escape sequences and control characters as spaces (same length): as
    `SEQUENCE.sub` would make it (tests/test_decode_fast_paths.py), quicker.

    Most reports hold no control character, which a pass over their bytes tells several times
    quicker than a regex search (in UTF-8 the control characters U+0080-U+009F are the byte C2
    then 80-9F, and no other is a byte alone). Where there are some, the regex engine skips to
    each (every sequence starts with one; one alone is a sequence) and the sequence is read
    there, instead of a substitution trying every character."""
    data = text.encode("ascii") if text.isascii() else text.encode("utf-8", "surrogatepass")
    if not data.translate(None, _PLAIN_BYTES) and (
            data.isascii() or _C1_UTF8.search(data) is None):
        return text
    parts: list[str] = []
    done = 0
    hit = CONTROL.search(text)
    while hit is not None:
        start, end = (SEQUENCE.match(text, hit.start()) or hit).span()
        parts += (text[done:start], " " * (end - start))
        done = end
        hit = CONTROL.search(text, end)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)
