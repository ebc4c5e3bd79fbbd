"""Terminal escape sequences in pasted or opened text, blanked before reading it.

A report file may hold escape sequences (an OSC 52 clipboard write, a title change, colours):
their numbers ("52", "0", "31") are no scores and their words no terms. `blank` replaces each
sequence, and every other control character but tab and newline, by spaces of the same length,
so positions in the text stay where they were.
"""

from __future__ import annotations

import re

#: A string sequence (OSC, DCS, …) counts only with its terminator and within one line: an
#: unterminated introducer is blanked alone, never the rest of the report after it.
SEQUENCE = re.compile(
    r"\x1b\][^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"  # OSC ... BEL or ST
    r"|\x9d[^\x07\x1b\x9c\x9d\n]{0,4096}(?:\x07|\x1b\\|\x9c)"  # 8-bit OSC
    r"|\x1b[PX^_][^\x1b\x9c\n]{0,4096}(?:\x1b\\|\x9c)"  # DCS, SOS, PM, APC strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"  # CSI (colours, clear screen)
    r"|\x1b[ -/]*[0-~]?"  # other ESC sequences
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def blank(text: str) -> str:
    """`text` with escape sequences and control characters as spaces (same length)."""
    if _ANY.search(text) is None:
        return text
    return SEQUENCE.sub(lambda m: " " * len(m.group()), text)
