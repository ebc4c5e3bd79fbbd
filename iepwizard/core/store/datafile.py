"""One data file: a TinyDB JSON snapshot, a log of the changes since, and a backup.

- Every change appends one line (the documents it touched) to `X.json.log`, fsynced: the cost of a
  save is the size of the change, not of the file. A torn last line (a crash mid-write) is
  ignored on reading.
- Now and then (when the log outgrows the snapshot, and on close) the writer thread compacts:
  it writes the whole snapshot `X.json` atomically, reads it back, makes it the backup
  `X.json.bak`, and empties the log. Replaying a log over a newer snapshot changes nothing, so
  a crash at any point loses nothing. The snapshot's `gen` counts compactions; a backup is
  only ever replaced by a newer generation that was read back.
- Everything read is validated (`validate`): strict JSON, tables of documents, each document
  against its typed record. A file that fails is kept aside as `X.json.corrupt-<time>` and its
  backup used, and the parent is told what was restored.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from ..records.base import InvalidRecord, Record, check_doc
from . import files
from .tables import FileStorage, LoggedDB
from .writer import Writer

SCHEMA_VERSION = 2
MAX_BYTES = 512 * 1024 * 1024
COMPACT_AT = 1024 * 1024
Schema = dict[str, type[Record]]
Tables = dict[str, dict[str, dict[str, Any]]]


class Damaged(ValueError):
    """The file's content cannot be used; the message says why."""


class TooNew(Exception):
    """The file was written by a newer iepwizard."""


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _reject_constant(name: str) -> None:
    raise Damaged(f"holds {name}, which is not a number")


def parse(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except RecursionError as exc:
        raise Damaged("is nested too deeply") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Damaged(f"is not readable JSON ({exc})") from exc


def validate_doc(schema: Schema, table: str, key: str, doc: Any) -> None:
    if not key.isdigit() or len(key) > 12:
        raise Damaged(f"table {table!r} has a bad document id {key[:20]!r}")
    if not isinstance(doc, dict):
        raise Damaged(f"table {table!r} holds something that is not a document")
    record = schema.get(table)
    if record is not None:
        try:
            check_doc(record, doc)
        except InvalidRecord as exc:
            raise Damaged(str(exc)) from exc


def validate(data: Any, schema: Schema) -> Tables:
    """The file's tables, checked; Damaged if anything does not fit, TooNew for a newer one."""
    if not isinstance(data, dict):
        raise Damaged("is not a table of tables")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise Damaged(f"table {name[:40]!r} is not a table")
        if name == "_meta":
            continue
        for key, doc in table.items():
            validate_doc(schema, name, key, doc)
    meta = data.get("_meta")
    if meta is not None:
        version = meta.get("1", {}).get("schema") if isinstance(meta.get("1"), dict) else None
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise Damaged("has no schema version")
        if version > SCHEMA_VERSION:
            raise TooNew
    return data


def generation(data: Tables) -> int:
    gen = data.get("_meta", {}).get("1", {}).get("gen", 0)
    return gen if isinstance(gen, int) else 0


def apply_line(data: Tables, line: Any, schema: Schema) -> None:
    """Replay one logged change (validated first): {"t": table, "c": cleared,
    "s": {id: document}, "d": [ids]}."""
    if not isinstance(line, dict) or not isinstance(line.get("t"), str):
        raise Damaged("log line without a table")
    sets, drops = line.get("s", {}), line.get("d", [])
    if not isinstance(sets, dict) or not isinstance(drops, list):
        raise Damaged("log line of the wrong shape")
    for key, doc in sets.items():
        validate_doc(schema, line["t"], key, doc)
    if not all(isinstance(k, str) and k.isdigit() for k in drops):
        raise Damaged("log line with a bad document id")
    table = data.setdefault(line["t"], {})
    if line.get("c") is True:
        table.clear()
    for key in drops:
        table.pop(key, None)
    table.update(sets)


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
        #: Goes up with every change (readers cache typed records against it).
        self.version = 0
        self.db = LoggedDB(self, storage=FileStorage)

    # -- reading ----------------------------------------------------------------------------
    def _read(self, path: Path) -> Tables | None:
        """A snapshot's validated tables, None if there is none; Damaged if unusable."""
        if path.is_symlink():
            raise files.Refused(f"{path} is a link; iepwizard does not follow links inside "
                                f"its data folder")
        try:
            raw, cut = files.read_input(path, MAX_BYTES)
        except FileNotFoundError:
            return None
        if cut:
            raise Damaged(f"is larger than {MAX_BYTES // 2**20} MB")
        self.snapshot_bytes = len(raw)
        return validate(parse(raw), self.schema)

    def load(self) -> None:
        """Read the snapshot (or its backup) and replay the log; see the module docstring."""
        try:
            data = self._read(self.path)
            if data is not None and self.writer is not None and not self.backup.exists():
                self.writer.write(self.backup, encode(data))
        except Damaged as exc:
            data = self._recover(str(exc))
        self.data = data or {}
        self._replay()
        self.db = LoggedDB(self, storage=FileStorage)

    def _recover(self, why: str) -> Tables | None:
        try:
            saved = self._read(self.backup)
        except (Damaged, OSError):
            saved = None
        when = ""
        if saved is not None:
            when = time.strftime(" (%Y-%m-%d %H:%M)",
                                 time.localtime(self.backup.stat().st_mtime))
        if self.writer is None:
            self.notice = (f"{self.path} is damaged ({why}); "
                           + (f"read its backup{when} instead." if saved is not None
                              else "no backup could be read."))
            return saved
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        self.path.rename(aside)
        if saved is not None:
            self.writer.write(self.path, encode(saved)).result()
            self.notice = (f"{self.path.name} could not be read ({why}), so iepwizard restored "
                           f"its last backup{when}; changes made since then may be missing. "
                           f"The damaged file was kept as {aside}.")
        else:
            self.restarted = True
            self.notice = (f"{self.path.name} could not be read ({why}) and its backup could "
                           f"not be used either, so iepwizard started it afresh. The damaged "
                           f"file was kept as {aside}.")
        return saved

    def _replay(self) -> None:
        try:
            raw = self.log_path.read_bytes() if self.log_path.exists() else b""
        except OSError:
            raw = b""
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
            note = f"{skipped} damaged change(s) in {self.log_path.name} were skipped."
            self.notice = f"{self.notice} {note}" if self.notice else note

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

    def set_meta(self, **values: int) -> None:
        """Keep the schema version (and such) in the file's `_meta` table, logged."""
        meta = self.data.setdefault("_meta", {}).setdefault("1", {})
        if any(meta.get(k) != v for k, v in values.items()):
            meta.update(values)
            self.logged("_meta", {1}, False)

    def compact(self) -> Future[None]:
        """Write the whole snapshot (on the writer thread), back it up and empty the log."""
        assert self.writer is not None
        self._compacting = True
        writer = self.writer

        def work() -> None:
            with self.lock:
                meta = self.data.setdefault("_meta", {}).setdefault("1", {})
                meta.setdefault("schema", SCHEMA_VERSION)
                meta["gen"] = generation(self.data) + 1
                raw = encode(self.data)
            files.atomic_write(self.path, raw)
            if self.path.read_bytes() != raw:
                raise OSError(f"{self.path} did not read back as written")
            files.atomic_write(self.backup, raw)
            files.remove(self.log_path)
            writer.known_size(self.log_path, 0)
            with self.lock:
                self.snapshot_bytes, self.log_bytes = len(raw), 0
                self._compacting = False

        self.last_write = writer.call(work)
        return self.last_write

    def delete(self) -> Future[None]:
        assert self.writer is not None
        for path in (self.backup, self.log_path):
            self.writer.delete(path)
        return self.writer.delete(self.path)

    @property
    def dirty(self) -> bool:
        """Changes are logged that the snapshot does not hold yet."""
        return self.log_bytes > 0
