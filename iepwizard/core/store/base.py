"""The store's machinery: the data folder and its lock, the writer, the open data files.

Data lives in several small files so that years of notes never slow down a tick (see
`locations.DataLayout`). Each file is a `DataFile`: held in memory, every change logged by the
one writer thread, compacted now and then. Reads come from memory; a change applies in memory
at once and returns a future that is done once it is on disk.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Self, TypeVar

from ..locations import DataLayout
from ..records.base import Record
from . import files
from .datafile import MAX_BYTES, SCHEMA_VERSION, DataFile, Schema, TooNew, encode
from .lock import DirLock, LockHeld
from .writer import Writer

R = TypeVar("R", bound=Record)


class StoreError(Exception):
    """The data folder cannot be used; the message says what to do."""


class StoreLocked(StoreError):
    pass


def done() -> Future[None]:
    future: Future[None] = Future()
    future.set_result(None)
    return future


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def slug(name: str) -> str:
    """A file-name-safe form of a name a person typed ("notes-[red]Sam/x" -> "notes-red-sam-x")."""
    kept = "".join(c if c.isalnum() else "-" for c in name.casefold())
    return "-".join(part for part in kept.split("-") if part)[:60] or "file"


class BaseStore:
    """Folder, lock, writer and files: what the record methods stand on."""

    def __init__(self, data_dir: Path, readonly: bool = False) -> None:
        # The data folder may be a link (a synced folder): its files are then named through
        # the folder it points to, so that no path written to has a link in it.
        data_dir = data_dir.resolve() if data_dir.is_symlink() else data_dir
        self.data_dir = data_dir
        self.layout = DataLayout(data_dir)
        self.readonly = readonly
        self.notices: list[str] = []
        #: Called (from the writer thread) with a sentence when writing fails, None when it
        #: works again.
        self.on_trouble: Callable[[str | None], None] | None = None
        self._lock = threading.RLock()
        self._files: dict[Path, DataFile] = {}
        self._cache: dict[tuple[Path, str], tuple[int, list[Any]]] = {}
        self._file_lock: DirLock | None = None
        self._writer: Writer | None = None
        #: Called with each notice as it arises (a file opened later, e.g. a meeting's, may be
        #: found damaged long after the store was opened); notices are kept in `notices` too.
        self.on_notice: Callable[[str], None] | None = None
        self._unsaved_at_close = 0
        if data_dir.exists() and not data_dir.is_dir():
            raise StoreError(f"{data_dir} is a file, not a folder; choose a data folder with "
                             f"--data-dir.")
        if not readonly:
            self._take(data_dir)
        if data_dir.is_dir():
            self._inspect(data_dir)
        if not readonly:
            self._writer = Writer(on_trouble=self._trouble)

    def _take(self, data_dir: Path) -> None:
        """Create the folder (0700) and take its lock."""
        try:
            files.prepare_root(data_dir)
            self._file_lock = DirLock(self.layout.lock)
            self._file_lock.acquire()
        except LockHeld as exc:
            raise StoreLocked("iepwizard is already open in another window; close it there "
                              "first (or use another --data-dir).") from exc
        except files.Refused as exc:
            raise StoreError(f"{exc}: remove it, then try again.") from exc
        except OSError as exc:
            raise StoreError(f"iepwizard cannot use the data folder {data_dir} "
                             f"({exc.strerror or exc}); choose another with --data-dir.") from exc

    def _inspect(self, data_dir: Path) -> None:
        """Refuse links in the folder's structure, make loose modes private (a reader only
        warns), and clear temporary files left by a crash."""
        try:
            found = files.survey(data_dir)
        except OSError as exc:
            raise StoreError(f"iepwizard cannot read the data folder {data_dir} "
                             f"({exc.strerror or exc}).") from exc
        folders = {self.layout.lock, *self.layout.folders()}
        linked = sorted(p for p in found.links if p in folders)
        if linked:
            self.close()
            raise StoreError(f"{linked[0]} is a link; iepwizard does not follow links inside "
                             f"its data folder (the data folder itself may be one): put the "
                             f"real folder there.")
        if found.loose and self.readonly:
            self._note(f"{len(found.loose)} file(s) or folder(s) in {data_dir} can be read by "
                       f"others; open iepwizard (not a read-only command) to make them "
                       f"private.")
        elif found.loose:
            tightened = files.tighten(found.loose)
            self._note(f"{tightened} file(s) or folder(s) in {data_dir} could be read by "
                       f"others; iepwizard made them private (0700 folders, 0600 files).")
        if found.foreign:
            self._note(f"{len(found.foreign)} file(s) in {data_dir} belong to another user "
                       f"and can be read by others, e.g. {found.foreign[0]}; iepwizard cannot "
                       f"change them.")
        if not self.readonly:
            for pattern in (".*.tmp", "*/.*.tmp"):
                for stale in data_dir.glob(pattern):
                    if stale.is_file() and not stale.is_symlink():
                        files.remove(stale)

    def _note(self, notice: str) -> None:
        self.notices.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

    def _trouble(self, message: str | None) -> None:
        if self.on_trouble is not None:
            self.on_trouble(message)

    # -- files --------------------------------------------------------------------------------
    def _file(self, path: Path, schema: Schema) -> DataFile:
        with self._lock:
            found = self._files.get(path)
            if found is not None:
                return found
            file = DataFile(path, schema, self._writer, self._lock)
            try:
                file.load()
            except TooNew as exc:
                raise StoreError(f"{path} was written by a newer iepwizard; update iepwizard "
                                 f"to open it.") from exc
            except OSError as exc:
                raise StoreError(f"iepwizard cannot read {path} ({exc.strerror or exc}); check "
                                 f"the data folder.") from exc
            if file.notice:
                self._note(file.notice)
            if self._writer is not None:
                file.set_meta(schema=SCHEMA_VERSION)
            self._files[path] = file
            if file.restarted and self._writer is not None:
                self._after_restart(path)
            return file

    def _after_restart(self, path: Path) -> None:
        """A file was damaged beyond repair and started afresh: rebuild what other files
        tell about it (see `Store`)."""

    def _change(self, path: Path, schema: Schema, change: Callable[[Any], object]
                ) -> Future[None]:
        """Apply a change to a file's TinyDB under the lock; the future says when it is
        durable."""
        if self._writer is None:
            raise PermissionError("the store was opened read-only")
        with self._lock:
            file = self._file(path, schema)
            before = file.last_write
            change(file.db)
            after = file.last_write
            return after if after is not None and after is not before else done()

    def _rows(self, path: Path, schema: Schema, record: type[R]) -> list[R]:
        """Every record of one table, as typed records (kept until the table changes)."""
        with self._lock:
            file = self._file(path, schema)
            table = file.data.get(record.TABLE, {})
            key = (path, record.TABLE)
            stamp = file.version
            cached = self._cache.get(key)
            if cached is not None and cached[0] == stamp:
                return list(cached[1])
            rows = [record.from_valid(doc, int(doc_id)) for doc_id, doc in table.items()]
            self._cache[key] = (stamp, rows)
            return list(rows)

    def _drop_file(self, path: Path) -> Future[None]:
        with self._lock:
            file = self._files.pop(path, None) or DataFile(path, {}, self._writer, self._lock)
            return file.delete()

    # -- files the parent asked for (saved letters, exports) --------------------------------
    def save_new(self, kind: str, name: str, suffix: str, text: str) -> Future[Path]:
        """A new dated private file in `letters/` or `exports/`, written by the writer thread;
        the future gives its path once it is on disk."""
        if self._writer is None:
            raise PermissionError("the store was opened read-only")
        folder = {"letters": self.layout.letters, "exports": self.layout.exports}[kind]
        result: Future[Path] = Future()
        stem = slug(name)

        def work() -> None:
            result.set_result(files.new_file(folder, stem, suffix, text.encode("utf-8")))

        def failed(job: Future[None]) -> None:
            if job.exception() is not None and not result.done():
                result.set_exception(job.exception())
        self._writer.call(work).add_done_callback(failed)
        return result

    # -- durability ---------------------------------------------------------------------------
    @property
    def trouble(self) -> str | None:
        """Why the last write failed, while it is still failing."""
        return self._writer.trouble if self._writer is not None else None

    @property
    def unsaved(self) -> int:
        """Changes made and not yet on disk (after a failed `close`: the changes given up)."""
        return self._writer.pending if self._writer is not None else self._unsaved_at_close

    def flush(self, timeout: float = 10.0) -> bool:
        return self._writer.flush(timeout) if self._writer is not None else True

    def retry_now(self) -> None:
        if self._writer is not None:
            self._writer.retry_now()

    def rescue(self, folder: Path) -> list[Path]:
        """Write a complete copy of the data to another folder (when the data folder cannot
        be written, e.g. the disk is full): every file held in memory as a whole snapshot with
        every change in it, the files not opened copied as they are. `folder` must be new or
        empty and outside the data folder; open it with --data-dir. Returns the files written.
        """
        folder = Path(folder)
        root = self.data_dir.resolve()
        target = folder.resolve()
        if target == root or root in target.parents:
            raise files.Refused(f"{folder} is inside the data folder; choose another folder")
        if folder.exists() and any(folder.iterdir()):
            raise files.Refused(f"{folder} is not empty; choose a new or empty folder")
        written = []
        with self._lock:
            snapshots = {path: encode(file.data) for path, file in self._files.items()}
        for path in self.layout.data_files():
            if path in snapshots:
                raw = snapshots[path]
            else:
                try:
                    raw = files.read_data(path, MAX_BYTES)
                except OSError:
                    continue
                log = path.with_name(path.name + ".log")
                try:
                    tail = files.read_data(log, MAX_BYTES)
                except OSError:
                    tail = b""
                if tail:
                    files.atomic_write(folder / log.relative_to(self.data_dir), tail)
            out = folder / path.relative_to(self.data_dir)
            files.atomic_write(out, raw)
            written.append(out)
        for path, raw in snapshots.items():
            out = folder / path.relative_to(self.data_dir)
            if out not in written:
                files.atomic_write(out, raw)
                written.append(out)
        return written

    def close(self, timeout: float = 10.0) -> bool:
        """Write every change, compact the files that changed (best effort: a failed
        compaction loses nothing), let go of the folder. False if some changes could not be
        written: `unsaved` says how many, and `rescue` can still save them elsewhere (nothing
        more is written to the data folder)."""
        saved = True
        writer = self._writer
        if writer is not None:
            saved = writer.flush(timeout)
            if saved:
                with self._lock:
                    for file in self._files.values():
                        if file.dirty:
                            file.compact()
            else:
                self._unsaved_at_close = writer.pending
            writer.close(timeout if saved else 0.0)
            self._writer = None
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
        return saved

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
