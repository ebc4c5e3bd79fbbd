"""Reading a text the parent gives (a report file, or standard input), bounded.

Regular files only: a device (/dev/zero), a named pipe or a folder given as a file is refused
with one sentence, so nothing blocks or fills memory. At most `limit` bytes are read, and the
caller is told when the text was cut.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from .notes import visible

#: The most of a file or of standard input that is read (20 MB).
MAX_INPUT = 20_000_000


class InputError(Exception):
    """The input cannot be read; the message says why, as the start of a sentence the
    caller ends ("... is a folder" + "; give a text file.")."""


def read_bounded(handle: BinaryIO, limit: int = MAX_INPUT) -> tuple[str, bool]:
    """Up to `limit` bytes as text (bad UTF-8 replaced), and whether there was more."""
    data = handle.read(limit + 1)
    return data[:limit].decode("utf-8", errors="replace"), len(data) > limit


def read_text_file(path: str | os.PathLike[str], limit: int = MAX_INPUT) -> tuple[str, bool]:
    """The text of a regular file, at most `limit` bytes, and whether it was cut."""
    shown = visible(os.fspath(path), 200)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
            raise InputError(f"{shown} is {what}")
        with open(path, "rb") as handle:
            return read_bounded(handle, limit)
    except OSError as exc:
        raise InputError(f"cannot read {shown} ({exc.strerror})") from exc
