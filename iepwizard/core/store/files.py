"""Every byte iepwizard writes goes through here: atomic replace, fsynced append, new private
files, and `--out` files. Files are private (0600), folders 0700, and no write follows a link.

Reads of files people hand us (`read_input`) are bounded and refuse what is not a regular file.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class Refused(OSError):
    """A path iepwizard will not write to or read from; the message says why, plainly
    (`what` is the reason alone: "a folder")."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what

    def __str__(self) -> str:
        return str(self.args[0])


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_dir(folder: Path) -> None:
    """A private folder (created 0700 where missing); a link or a file there is refused."""
    try:
        info = folder.lstat()
    except FileNotFoundError:
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        return
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise Refused(f"{folder} is not a plain folder (a link or a file is in its place)")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def atomic_write(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write beside the target, fsync, rename over it, fsync the folder: all or nothing.

    A failure (a full disk) leaves the old file as it was and no temporary file behind.
    """
    ensure_dir(path.parent)
    if path.is_symlink():
        raise Refused(f"{path} is a link; iepwizard does not write through links")
    tmp = temp_path(path)
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, mode)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def append(path: Path, data: bytes, good_size: int) -> int:
    """Append to a log and fsync; return its new size.

    `good_size` is the size the log had after the last append that succeeded: anything past it
    (the torn end of a failed write) is cut off first, so a retried line starts cleanly.
    """
    ensure_dir(path.parent)
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | _NOFOLLOW, FILE_MODE)
    try:
        size = os.fstat(fd).st_size
        if size != good_size:
            os.ftruncate(fd, good_size)
        os.lseek(fd, good_size, os.SEEK_SET)
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_dir(path.parent)
    return good_size + len(data)


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def new_file(folder: Path, stem: str, suffix: str, data: bytes,
             today: dt.date | None = None) -> Path:
    """A new dated private file in folder (`2026-11-28-stem.txt`), never replacing one."""
    ensure_dir(folder)
    base = f"{(today or dt.date.today()):%Y-%m-%d}-{stem}"
    for counter in range(1, 10_000):
        path = folder / (f"{base}{suffix}" if counter == 1 else f"{base}-{counter}{suffix}")
        if not path.exists() and not path.is_symlink():
            atomic_write(path, data)
            return path
    raise Refused(f"too many files named {base} in {folder}")


def check_out_path(path: Path) -> None:
    """Refuse an `--out` target that is not a regular file or a new name in a folder."""
    if str(path) in {"", "."}:
        raise Refused("--out needs a file name")
    try:
        info = path.lstat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise Refused(f"the folder {path.parent} does not exist") from None
        return
    if stat.S_ISLNK(info.st_mode):
        raise Refused(f"{path} is a link; give the real file's path")
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"{path} is not a regular file")


def write_out(path: Path, data: bytes) -> None:
    """Write a file the user named: a regular file only, atomically, never through a link;
    on failure the old file is left as it was."""
    check_out_path(path)
    tmp = path.with_name(f".{path.name}.iepwizard-tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, FILE_MODE)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_input(path: Path, limit: int) -> tuple[bytes, bool]:
    """A file someone gave us, up to `limit` bytes: (its bytes, whether it was cut).

    Devices, named pipes, folders and the like are refused: only regular files are read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = ("a folder" if stat.S_ISDIR(info.st_mode)
                    else "not a regular file (a device or a pipe)")
            raise Refused(f"{path} is {what}", what)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data[:limit], len(data) > limit


def tighten(folder: Path) -> int:
    """Make every folder 0700 and every file 0600 under folder; return how many changed.
    Links are left alone (and never followed)."""
    changed = 0
    for root, dirs, names in os.walk(folder):
        for name, wanted in [(d, DIR_MODE) for d in dirs] + [(n, FILE_MODE) for n in names]:
            path = os.path.join(root, name)
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                continue
            if stat.S_IMODE(info.st_mode) != wanted:
                os.chmod(path, wanted)
                changed += 1
    return changed
