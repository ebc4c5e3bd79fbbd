"""Reading a text the parent gives (a report file, or standard input), bounded.

Regular files only: a device (/dev/zero), a named pipe or a folder given as a file is refused
with one sentence, so nothing blocks or fills memory. At most `limit` bytes are read, and the
caller is told when the text was cut.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from .safe_text import clipped

#: The most of a file or of standard input that is read (20 MB).
MAX_INPUT = 20_000_000


class InputError(Exception):
    """The input cannot be read; the message says why, as the start of a sentence the
    caller ends ("... is a folder" + "; give a text file.")."""


def read_bounded(handle: BinaryIO, limit: int = MAX_INPUT) -> tuple[str, bool]:
    """Up to `limit` bytes as text (bad UTF-8 replaced), and whether there was more."""
    data = handle.read(limit + 1)
    return data[:limit].decode("utf-8", errors="replace"), len(data) > limit


def read_file_bytes(path: str | os.PathLike[str], limit: int = MAX_INPUT) -> tuple[bytes, bool]:
    """The bytes of a regular file, at most `limit`, and whether it was cut. The file is opened
    first and checked after (no window for a swap), without blocking on a named pipe."""
    from .bounded import Refused, read_input  # (not through the store: it is slow to import)

    shown = clipped(os.fspath(path), 200)
    try:
        return read_input(Path(path), limit)
    except Refused as exc:
        raise InputError(f"{shown} is {exc.what or 'not a regular file'}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{shown} is a folder") from exc
    except FileNotFoundError as exc:
        raise InputError(f"cannot read {shown}: there is no such file") from exc
    except OSError as exc:
        raise InputError(f"cannot read {shown} ({exc.strerror})") from exc


def read_text_file(path: str | os.PathLike[str], limit: int = MAX_INPUT) -> tuple[str, bool]:
    """The text of a regular file, at most `limit` bytes, and whether it was cut."""
    data, cut = read_file_bytes(path, limit)
    return data.decode("utf-8", errors="replace"), cut
