"""Every byte iepwizard writes goes through here: atomic replace, fsynced append, new private
files, files kept aside, and `--out` files. Files are private (0600), folders 0700, and no write
follows a link. (Bounded reads are in `reading`, re-exported here.)
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from .reading import Refused, TooLarge, read_data, read_input, survey

__all__ = ["Refused", "TooLarge", "read_data", "read_input", "survey", "atomic_write", "append",
           "remove", "set_aside", "aside_name", "copy_aside", "new_file", "write_out",
           "tighten", "ensure_dir", "prepare_root", "fsync_dir", "FILE_MODE", "DIR_MODE"]

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

#: Test-only: called as FAULT(operation, path) before each write ("write", "append",
#: "remove", "rename"); raising an OSError there is how the fault tests fail a write (where a
#: tiny tmpfs cannot be mounted). Always None in the app.
FAULT: Callable[[str, Path], None] | None = None


def _fault(operation: str, path: Path) -> None:
    if FAULT is not None:
        FAULT(operation, path)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare_root(folder: Path) -> None:
    """The data folder itself: created where missing, made 0700. It may be a link (a synced
    folder); what it points to is used."""
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if not folder.is_dir():
        raise Refused(f"{folder} is not a folder")
    os.chmod(folder, DIR_MODE)


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
    _fault("write", path)
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
    _fault("append", path)
    ensure_dir(path.parent)
    created = not os.path.lexists(path)
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
    _fault("remove", path)
    path.unlink(missing_ok=True)


def set_aside(path: Path, target: Path) -> None:
    """Move a damaged file (or a link, or a folder in a file's place) out of the way; the
    link itself is moved, never what it points to. Nothing there: nothing to do."""
    if not os.path.lexists(path):
        return
    _fault("rename", path)
    os.rename(path, target)
    fsync_dir(path.parent)


def aside_name(path: Path, why: str, when: str) -> Path:
    """`X.json.corrupt-20261128-101500` (or `-2`, `-3`, … when taken): never an existing
    file, so nothing kept aside is ever overwritten."""
    for counter in range(1, 1000):
        name = f"{path.name}.{why}-{when}" + (f"-{counter}" if counter > 1 else "")
        candidate = path.with_name(name)
        if not os.path.lexists(candidate):
            return candidate
    raise Refused(f"too many files kept aside beside {path}")


def copy_aside(path: Path, target: Path, limit: int) -> None:
    """Keep a copy of a damaged log (its good lines are still replayed from the original)."""
    atomic_write(target, read_data(path, limit))


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


def write_out(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write a file the user named: a regular file only, atomically, never through a link;
    on failure (the data's own included, when it comes a piece at a time) the old file is left
    as it was."""
    check_out_path(path)
    _fault("write", path)
    tmp = path.with_name(f".{path.name}.iepwizard-tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, FILE_MODE)
    try:
        try:
            for piece in [data] if isinstance(data, bytes) else data:
                _write_all(fd, piece)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def tighten(paths: list[Path]) -> int:
    """Make each folder 0700 and each file 0600 (as `survey` found them); links are never
    followed. Returns how many changed."""
    changed = 0
    for path in paths:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue
            os.chmod(path, DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)
            changed += 1
        except OSError:
            continue
    return changed
