"""One store file: a TinyDB storage held in memory, persisted by the writer, recovered on open."""

from __future__ import annotations

import json
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .writer import Writer


class Recovery(Exception):
    """A file was unreadable; `notice` says in plain words what was done about it."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice


def encode(data: Any) -> bytes:
    """Serialise a whole file, failing (before anything is written) on values JSON cannot hold."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _parse(raw: bytes) -> dict[str, Any]:
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a TinyDB file")
    return data


def read_or_recover(path: Path, writer: Writer | None) -> tuple[bytes | None, str | None]:
    """The file's bytes (None if new) and a notice if it had to be recovered.

    A file that does not parse is never overwritten: with a writer it is moved aside as
    `X.json.corrupt-<timestamp>` and the backup `X.json.bak` restored if it parses; a good file
    refreshes the backup. Without a writer (read-only use) nothing on disk changes.
    """
    backup = path.with_name(path.name + ".bak")
    if not path.exists():
        return None, None
    raw = path.read_bytes()
    try:
        _parse(raw)
    except (ValueError, UnicodeDecodeError):
        pass
    else:
        if writer is not None:
            writer.submit(backup, raw)
        return raw, None
    saved_raw: bytes | None = None
    if backup.exists():
        try:
            saved_raw = backup.read_bytes()
            _parse(saved_raw)
        except (OSError, ValueError, UnicodeDecodeError):
            saved_raw = None
    if writer is None:
        where = "its backup" if saved_raw is not None else "nothing"
        return saved_raw, f"{path} is damaged; read {where} instead."
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    path.rename(aside)
    if saved_raw is not None:
        writer.submit(path, saved_raw).result()
        taken = time.strftime("%Y-%m-%d %H:%M", time.localtime(backup.stat().st_mtime))
        notice = (f"A data file could not be read, so iepwizard restored it from its last "
                  f"backup ({taken}). The damaged file was kept as {aside}.")
    else:
        notice = (f"A data file could not be read and there was no backup, so iepwizard started "
                  f"it afresh. The damaged file was kept as {aside}.")
    return saved_raw, notice


class MemoryFileStorage(Storage):
    """TinyDB storage whose reads come from memory and whose writes go to the single writer.

    TinyDB reads the whole file, changes it and writes it back on every operation; parsing it
    again each time is what made saving slow as a meeting grew, so reads return the parsed
    copy kept here. A write that cannot be encoded (a value JSON cannot hold) raises before
    anything reaches the writer, and the kept copy is restored from the last good bytes.
    """

    def __init__(self, path: Path, writer: Writer | None, initial: bytes | None) -> None:
        self.path = path
        self.writer = writer
        self._raw = initial
        self._data: dict[str, Any] | None = None if initial is None else _parse(initial)
        self.last_write: Future[None] | None = None

    @property
    def raw(self) -> bytes | None:
        """The file's current bytes, as last handed to the writer."""
        return self._raw

    def read(self) -> dict[str, Any] | None:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if self.writer is None:
            raise PermissionError("the store was opened read-only")
        try:
            raw = encode(data)
        except (TypeError, ValueError):
            self._data = None if self._raw is None else _parse(self._raw)
            raise
        self._raw, self._data = raw, data
        self.last_write = self.writer.submit(self.path, raw)

    def close(self) -> None:
        pass
