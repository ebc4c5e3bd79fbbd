"""One data file: a TinyDB JSON snapshot, a log of the changes since, and a backup.

- Every change appends one line (the documents it touched) to `X.json.log`, fsynced: the cost of a
  save is the size of the change, not of the file. A torn last line (a crash mid-write) is
  ignored on reading.
- Now and then (when the log outgrows the snapshot, and on close) the writer thread compacts:
  it writes the whole snapshot `X.json` atomically, reads it back and validates it, makes it the
  backup `X.json.bak`, and empties the log. Replaying a log over a newer snapshot changes
  nothing, so a crash at any point loses nothing. A compaction that fails (a full disk) is
  dropped, not retried: the log still holds every change, and the backup is untouched.
- Everything read is validated (`check.validate`). A file that fails, is a link, or is missing
  beside its backup is kept aside as `X.json.corrupt-<time>` (a link as `X.json.link-<time>`)
  and its backup used; the parent is told what was restored. A log with damaged lines is
  copied aside, its good lines replayed, and the file compacted at once.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from . import files
from .check import (
    SCHEMA_VERSION,
    Damaged,
    Schema,
    Tables,
    TooNew,
    apply_line,
    encode,
    generation,
    parse,
    validate,
)
from .tables import FileStorage, LoggedDB
from .writer import Writer

__all__ = ["SCHEMA_VERSION", "Damaged", "DataFile", "Schema", "Tables", "TooNew", "encode",
           "parse", "validate"]

#: The largest data file (or log) iepwizard reads; a larger one is handled as damaged.
MAX_BYTES = 128 * 1024 * 1024
COMPACT_AT = 1024 * 1024


def _not_a_file(path: Path) -> bool | None:
    """None if nothing is there, False for a plain file, True for a link, folder or such."""
    try:
        return not stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return None


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


class DataFile:
    """See the module docstring. All methods run under the store's lock."""

    def __init__(self, path: Path, schema: Schema, writer: Writer | None,
                 lock: threading.RLock) -> None:
        self.path, self.schema, self.writer, self.lock = path, schema, writer, lock
        self.log_path = path.with_name(path.name + ".log")
        self.backup = path.with_name(path.name + ".bak")
        self.data: Tables = {}
        self.notice: str | None = None
        #: True when the file was damaged and nothing could be restored.
        self.restarted = False
        self.last_write: Future[None] | None = None
        self.log_bytes = 0
        self.snapshot_bytes = 0
        self._compacting = False
        self._gen = 0
        #: Goes up with every change (readers cache typed records against it).
        self.version = 0
        self.db = LoggedDB(self, storage=FileStorage)

    # -- reading ----------------------------------------------------------------------------
    def _read(self, path: Path) -> tuple[Tables, bytes] | None:
        """A snapshot's validated tables and bytes, None if there is none; Damaged if it
        cannot be used (a link, not a file, too large, not JSON, not fitting the records);
        TooNew if a newer iepwizard wrote it."""
        try:
            raw = files.read_data(path, MAX_BYTES)
        except FileNotFoundError:
            return None
        except (files.Refused, files.TooLarge) as exc:
            raise Damaged(str(exc).removeprefix(f"{path.name} ")) from exc
        return validate(parse(raw), self.schema), raw

    def load(self) -> None:
        """Read the snapshot (or its backup) and replay the log; see the module docstring."""
        recovered = True
        try:
            found = self._read(self.path)
            if found is None and os.path.lexists(self.backup):
                found = self._recover("is missing")
            else:
                recovered = False
        except Damaged as exc:
            found = self._recover(str(exc))
        if self.writer is not None and not recovered and _not_a_file(self.backup):
            target = self._aside(self.backup)
            note = (f"{self.backup.name} was a link or a folder, not a file; iepwizard set it "
                    f"aside as {target} and makes a new backup.")
            self.notice = f"{self.notice} {note}" if self.notice else note
        if found is not None and self.writer is not None and _not_a_file(self.backup) is None:
            self.writer.write(self.backup, found[1])
        if found is not None:
            self.data, raw = found
            self.snapshot_bytes = len(raw)
        self._gen = generation(self.data)
        self._replay()
        self.db = LoggedDB(self, storage=FileStorage)

    def _aside(self, path: Path) -> Path:
        """Name a place for a damaged file and (for a writer) move it there, in order with the
        writes around it."""
        kind = "link" if path.is_symlink() else "corrupt"
        target = files.aside_name(path, kind, _stamp())
        if self.writer is not None:
            self.writer.call(lambda: files.set_aside(path, target))
        return target

    def _recover(self, why: str) -> tuple[Tables, bytes] | None:
        try:
            saved = self._read(self.backup)
            backup_problem = "" if saved is not None else "there was no backup"
        except (Damaged, OSError) as exc:
            saved, backup_problem = None, f"its backup could not be used either ({exc})"
        when = ""
        if saved is not None:
            self._gen = generation(saved[0])
            when = time.strftime(" (%Y-%m-%d %H:%M)",
                                 time.localtime(self.backup.stat().st_mtime))
        missing = why == "is missing"
        what = f"{self.path.name} was missing" if missing else \
            f"{self.path.name} could not be read ({why})"
        if self.writer is None:
            self.restarted = saved is None
            self.notice = (f"{self.path} {'is missing' if missing else f'is damaged ({why})'}; "
                           + (f"read its backup{when} instead." if saved is not None
                              else f"{backup_problem}, so nothing in it could be read."))
            return saved
        kept = "" if missing else f" The damaged file was kept as {self._aside(self.path)}."
        if saved is not None:
            self.writer.write(self.path, saved[1])
            self.notice = (f"{what}, so iepwizard restored its last backup{when}; changes made "
                           f"since then may be missing.{kept}")
        else:
            if os.path.lexists(self.backup):
                kept += f" The backup was kept as {self._aside(self.backup)}."
            self.restarted = True
            self.notice = f"{what} and {backup_problem}, so iepwizard started it afresh.{kept}"
        return saved

    def _replay(self) -> None:
        """Apply the log's lines; a torn last line is ignored, damaged lines skipped (and, for
        a writer, the log copied aside and the file compacted at once)."""
        try:
            raw = files.read_data(self.log_path, MAX_BYTES)
        except FileNotFoundError:
            raw = b""
        except OSError as exc:
            self._bad_log(f"{self.log_path.name} could not be read ({exc}); the changes in it "
                          f"were not used", whole=True)
            return
        good = 0
        skipped = 0
        for line in raw.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # a torn last line: written when the app stopped mid-write
            try:
                apply_line(self.data, parse(line), self.schema)
            except Damaged:
                skipped += 1
            good += len(line)
        self.log_bytes = good
        if self.writer is not None:
            self.writer.known_size(self.log_path, good)
        if skipped:
            self._bad_log(f"{skipped} damaged change(s) in {self.log_path.name} were skipped",
                          whole=False)

    def _bad_log(self, note: str, whole: bool) -> None:
        if self.writer is not None:
            if whole:
                target = self._aside(self.log_path)
                self.writer.known_size(self.log_path, 0)
                self.log_bytes = 0
            else:
                target = files.aside_name(self.log_path, "corrupt", _stamp())
                log = self.log_path
                self.writer.call(lambda: files.copy_aside(log, target, MAX_BYTES))
                self.compact()
            note += f" (the log was kept as {target})"
        self.notice = f"{self.notice} {note}." if self.notice else f"{note}."

    # -- writing ----------------------------------------------------------------------------
    def logged(self, table: str, ids: set[int], cleared: bool) -> None:
        """Called by the tables after a change: append the touched documents to the log."""
        if not ids and not cleared:
            return
        self.version += 1
        if self.writer is None:
            raise PermissionError("the store was opened read-only")
        docs = self.data.get(table, {})
        line: dict[str, Any] = {"t": table}
        if cleared:
            line["c"] = True
        sets = {str(i): docs[str(i)] for i in ids if str(i) in docs}
        drops = [str(i) for i in ids if str(i) not in docs]
        if sets:
            line["s"] = sets
        if drops:
            line["d"] = drops
        raw = encode(line) + b"\n"
        self.log_bytes += len(raw)
        self.last_write = self.writer.append(self.log_path, raw)
        if self.log_bytes > max(COMPACT_AT, self.snapshot_bytes) and not self._compacting:
            self.compact()

    def set_meta(self, **values: int | str) -> None:
        """Keep the schema version (and such) in the file's `_meta` table, logged."""
        meta = self.data.setdefault("_meta", {}).setdefault("1", {})
        if any(meta.get(k) != v for k, v in values.items()):
            meta.update(values)
            self.logged("_meta", {1}, False)

    def compact(self) -> Future[None]:
        """Write the whole snapshot (on the writer thread), read it back and validate it, make
        it the backup, empty the log. Not retried: on failure the log keeps every change."""
        assert self.writer is not None
        self._compacting = True
        writer = self.writer
        self._gen += 1
        gen = self._gen

        def work() -> None:
            try:
                with self.lock:
                    meta = self.data.setdefault("_meta", {}).setdefault("1", {})
                    meta.setdefault("schema", SCHEMA_VERSION)
                    meta["gen"] = max(gen, generation(self.data))
                    raw = encode(self.data)
                files.atomic_write(self.path, raw)
                if files.read_data(self.path, MAX_BYTES) != raw:
                    raise OSError(f"{self.path} did not read back as written")
                validate(parse(raw), self.schema)
                files.atomic_write(self.backup, raw)
                files.remove(self.log_path)
                writer.known_size(self.log_path, 0)
                with self.lock:
                    self.snapshot_bytes, self.log_bytes = len(raw), 0
            finally:
                self._compacting = False

        return writer.call(work, retry=False, counts=False)

    def delete(self) -> Future[None]:
        assert self.writer is not None
        for path in (self.backup, self.log_path):
            self.writer.delete(path)
        return self.writer.delete(self.path)

    @property
    def dirty(self) -> bool:
        """Changes are logged that the snapshot does not hold yet."""
        return self.log_bytes > 0
