"""Read an IEP from a file, standard input or a paste, within bounds.

FILE is a regular file or "-" (a device or a named pipe is refused, as is a folder). Text is
read up to 20 MB and the rest is cut (the review says so); a PDF over 20 MB is refused, and its
text is taken by pypdf in a separate process that is stopped after 30 seconds.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Literal

from .. import lazy_re
from ..text_input import InputError, read_file_bytes

MAX_BYTES = 20 * 1024 * 1024
MAX_MB = MAX_BYTES // (1024 * 1024)
ASK_FOR_TEXT = "ask the school for a text copy of the IEP (a Word or text file)"
#: What to give instead of a file that cannot be read, on the command line (the app's review
#: screen has its own words: it has a box to paste into, and no standard input).
FILE_HINT = "give an IEP saved as a .txt or .pdf file, or - to read standard input"
_FILE_NAME = lazy_re.compile(r"\.(?:txt|text|pdf)[\'\"]?$", re.IGNORECASE)


class UnreadableIep(Exception):
    """The input cannot be reviewed; the message is one plain sentence."""


@dataclass(frozen=True)
class IepText:
    text: str
    source: str  # the name given, or "standard input", or "the pasted text"
    kind: Literal["text", "pdf"] = "text"
    cut: bool = False  # True when the text was longer than the bound and was cut
    pages: int = 0


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252 (what older forms export)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_bounded(stream: BinaryIO) -> tuple[bytes, bool]:
    data = stream.read(MAX_BYTES + 1)
    return data[:MAX_BYTES], len(data) > MAX_BYTES


def from_bytes(data: bytes, source: str, cut: bool = False) -> IepText:
    if data[:1024].lstrip().startswith(b"%PDF-"):
        if cut:
            raise UnreadableIep(f"{source} is larger than {MAX_MB} MB, the limit for a PDF; "
                                f"{ASK_FOR_TEXT}, or a smaller file.")
        from .pdf import pdf_text

        text, pages = pdf_text(data, source)
        return IepText(text, source, "pdf", False, pages)
    text = decode(data)
    if not text.strip():
        raise UnreadableIep(f"{source} has no text in it.")
    return IepText(text, source, "text", cut)


def looks_like_text(given: str) -> bool:
    """A paste that is an IEP's text rather than a file's path: it has line breaks, or it is a
    run of words (a dozen or more) that does not end as a file's name does."""
    given = given.strip()
    if "\n" in given or "\r" in given:
        return True
    return len(given.split()) >= 12 and not _FILE_NAME.search(given)


def read_iep(path: str, stdin: BinaryIO | None = None, *, hint: str = FILE_HINT) -> IepText:
    """The IEP's text from a path, or from standard input when the path is "-"; `hint` ends
    the sentence that says a file cannot be read."""
    if path == "-":
        data, cut = _read_bounded(stdin or sys.stdin.buffer)
        return from_bytes(data, "standard input", cut)
    try:
        data, cut = read_file_bytes(path, MAX_BYTES)
    except InputError as exc:
        raise UnreadableIep(f"{exc}; {hint}.") from exc
    if path.lower().endswith(".pdf") and not data[:1024].lstrip().startswith(b"%PDF-"):
        raise UnreadableIep(f"{path} is named .pdf but is not a PDF; {ASK_FOR_TEXT}.")
    return from_bytes(data, path, cut)


def from_paste(text: str) -> IepText:
    """A pasted IEP, cut at the same bound (in characters)."""
    cut = len(text) > MAX_BYTES
    text = text[:MAX_BYTES]
    if not text.strip():
        raise UnreadableIep("the pasted text is empty.")
    return IepText(text, "the pasted text", "text", cut)
