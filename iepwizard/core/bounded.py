"""Bounded reads: files people hand us (`read_input`), iepwizard's own data files
(`read_data`: never through a link, regular files only, a size known before reading), and one
walk of the data folder (`survey`: loose modes, links, files owned by others)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import NamedTuple

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
FILE_MODE = 0o600
DIR_MODE = 0o700


class Refused(OSError):
    """A path iepwizard will not write to or read from; the message says why, plainly
    (`what` is the reason alone: "a folder")."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what

    def __str__(self) -> str:
        return str(self.args[0])


class TooLarge(OSError):
    """A data file larger than iepwizard reads."""


def _read_upto(fd: int, most: int, piece: int) -> bytes:
    """At most `most` bytes from `fd`, read `piece` bytes at a time, until its end."""
    chunks: list[bytes] = []
    while most > 0:
        chunk = os.read(fd, min(most, piece))
        if not chunk:
            break
        chunks.append(chunk)
        most -= len(chunk)
    return b"".join(chunks)


def read_input(path: Path, limit: int) -> tuple[bytes, bool]:
    """A file someone gave us, up to `limit` bytes: (its bytes, whether it was cut).

    Devices, named pipes, folders and the like are refused: only regular files are read.
    """
    fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = ("a folder" if stat.S_ISDIR(info.st_mode)
                    else "not a regular file (a device or a pipe)")
            raise Refused(f"{path} is {what}", what)
        data = _read_upto(fd, limit + 1, 1 << 20)
    finally:
        os.close(fd)
    return data[:limit], len(data) > limit


def read_data(path: Path, limit: int) -> bytes:
    """One of iepwizard's own data files, whole: never through a link (Refused), only a
    regular file (Refused), at most `limit` bytes (TooLarge, known before reading).
    FileNotFoundError when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (exc.errno is not None and path.is_symlink()):
            raise Refused(f"{path.name} is a link") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise TooLarge(f"{path.name} is larger than {limit // 2**20} MB")
        data = _read_upto(fd, limit + 1, 1 << 24)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise TooLarge(f"{path.name} is larger than {limit // 2**20} MB")
    return data


class Survey(NamedTuple):
    """What one walk of the data folder found (links are never followed)."""

    #: Files and folders others may read or write (not 0600 / 0700).
    loose: list[Path]
    #: Links inside the folder.
    links: list[Path]
    #: Files and folders owned by someone else (their modes cannot be changed).
    foreign: list[Path]


def survey(folder: Path) -> Survey:
    found = Survey([], [], [])
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    for root, dirs, names in os.walk(folder):
        for name, wanted in [(d, DIR_MODE) for d in dirs] + [(n, FILE_MODE) for n in names]:
            path = Path(root, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode):
                found.links.append(path)
            elif stat.S_IMODE(info.st_mode) & ~wanted:
                if uid is not None and info.st_uid != uid:
                    found.foreign.append(path)
                else:
                    found.loose.append(path)
    return found


