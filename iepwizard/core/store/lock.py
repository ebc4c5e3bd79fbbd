"""One app per data folder: an exclusive, non-blocking lock on a sidecar file.

A few lines of `fcntl.flock` (or `msvcrt.locking` on Windows) instead of the filelock package,
whose import alone cost about 11 ms of the app's start-up, measured. The lock goes with the
process: a crash or kill -9 never leaves it held.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class LockHeld(Exception):
    """Another process holds the lock."""


class DirLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; LockHeld if another process has it, Refused if the lock's place
        holds a folder or a link (which it never follows)."""
        from .files import Refused

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                         0o600)
        except (IsADirectoryError, NotADirectoryError) as exc:
            raise Refused(f"the lock file {self.path} is a folder") from exc
        except OSError as exc:
            if os.path.islink(self.path):
                raise Refused(f"{self.path} is a link; iepwizard does not follow links inside "
                              f"its data folder") from exc
            raise
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise LockHeld(str(self.path)) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
