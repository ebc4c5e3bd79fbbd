"""Getting a letter out: the system clipboard (verified), the terminal's, or a private file.

pyperclip can "succeed" while copying nothing (a stale DISPLAY), so a copy only counts once the
clipboard reads back the same text. The terminal route (OSC 52) cannot be checked, so a file is
written as well.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Copies text out (from a worker thread): (text, "letters" or "exports", a name for the file).
CopyOut = Callable[[str, str, str], "CopyResult"]


@dataclass(frozen=True)
class CopyResult:
    method: str  # "clipboard", "terminal" or "file"
    message: str
    path: Path | None = None


def reset_pyperclip() -> None:
    """Make pyperclip choose its mechanism again (it remembers its first choice)."""
    import pyperclip

    pyperclip.copy, pyperclip.paste = pyperclip.lazy_load_stub_copy, pyperclip.lazy_load_stub_paste


def copy_verified(text: str, detach_output: bool = False) -> bool:
    """Copy with pyperclip and read it back; False if there is no working clipboard.

    xclip leaves a process behind to serve the clipboard, holding our stdout and stderr open;
    from the command line (`detach_output`) those are pointed at /dev/null while it starts, so
    a pipe such as `iepwizard letter … --copy | less` still ends.
    """
    saved: list[int] = []
    try:
        import pyperclip

        if detach_output:
            devnull = os.open(os.devnull, os.O_WRONLY)
            for fd in (1, 2):
                saved.append(os.dup(fd))
                os.dup2(devnull, fd)
            os.close(devnull)
        pyperclip.copy(text)
        return bool(pyperclip.paste() == text)
    except Exception:  # pyperclip raises its own and OS errors when no clipboard exists
        return False
    finally:
        for fd, copy in zip((1, 2), saved, strict=False):
            os.dup2(copy, fd)
            os.close(copy)


def copy_chain(text: str, save_file: Callable[[str], Path],
               terminal_copy: Callable[[str], None] | None = None) -> CopyResult:
    """Try each route in turn and say which one worked (`save_file` keeps a private copy in
    the data folder, through the store)."""
    if copy_verified(text):
        return CopyResult("clipboard", "Copied to the clipboard: paste it into your email.")
    path = save_file(text)
    if terminal_copy is not None:
        terminal_copy(text)
        return CopyResult("terminal", f"Sent to your terminal's clipboard (it cannot be "
                                      f"checked from here). Also saved as {path}", path)
    return CopyResult("file", f"No clipboard could be reached, so the letter was saved as "
                              f"{path}", path)
