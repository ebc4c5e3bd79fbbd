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
from typing import Any, Self, TypeVar, cast

from ..locations import DataLayout
from ..records.base import Record
from . import files, folder, schemas
from .datafile import SCHEMA_VERSION, DataFile, Schema, TooNew, encode
from .errors import StoreError, StoreLocked
from .lock import DirLock, LockHeld
from .writer import Writer

R = TypeVar("R", bound=Record)
T = TypeVar("T")


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


def load(file: DataFile) -> DataFile:
    """`file`, read from disk; what keeps it from being read, said as a StoreError."""
    try:
        file.load()
    except TooNew as exc:
        raise StoreError(f"{file.path} was written by a newer iepwizard; update iepwizard to "
                         f"open it.") from exc
    except OSError as exc:
        raise StoreError(f"iepwizard cannot read {file.path} ({exc.strerror or exc}); check the "
                         f"data folder.") from exc
    return file


def read_whole(path: Path, schema: Schema) -> dict[str, Any]:
    """A data file's tables as they are on disk, its change log replayed (after a crash a file
    may be only its log); {} when it cannot be read. For finding records again, not for
    changing them."""
    try:
        return load(DataFile(path, schema, None, threading.RLock())).data
    except StoreError:
        return {}


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
        self._derived: dict[str, tuple[tuple[object, ...], Any]] = {}
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
        warns), and clear temporary files left by a crash (see `folder.inspect`)."""
        try:
            notes = folder.inspect(data_dir, self.layout, self.readonly)
        except StoreError:
            self.close()
            raise
        for note in notes:
            self._note(note)

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
            file = load(DataFile(path, schema, self._writer, self._lock))
            if file.notice:
                self._note(file.notice)
            if self._writer is not None:
                file.set_meta(schema=SCHEMA_VERSION)
            self._files[path] = file
            if file.restarted:
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

    def _kept(self, name: str, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept under `name` until `key` changes (item by item: the same object,
        or an equal one)."""
        with self._lock:
            kept = self._derived.get(name)
            if kept is not None and len(kept[0]) == len(key) and all(
                    a is b or a == b for a, b in zip(kept[0], key, strict=True)):
                return cast(T, kept[1])
            value = make()
            self._derived[name] = (key, value)
            return value

    def _child_stamp(self, child_id: str) -> tuple[object, ...]:
        """Changes when the child's file or the family's file changes: for keeping what is
        worked out from them (each file object is in it too, as a file dropped and opened
        again counts its versions from 0 again)."""
        with self._lock:
            child = self._file(self.layout.child(child_id), schemas.CHILD)
            main = self._file(self.layout.main, schemas.MAIN)
            return (child, child.version, main, main.version)

    def _child_change(self, child_id: str, change: Callable[[Any], object]) -> Future[None]:
        """`_change` on the child's own file (where every kind of child record is kept)."""
        return self._change(self.layout.child(child_id), schemas.CHILD, change)

    def _child_rows(self, child_id: str, record: type[R]) -> list[R]:
        """`_rows` of one table of the child's own file."""
        return self._rows(self.layout.child(child_id), schemas.CHILD, record)

    def _child_holds(self, child_id: str, *tables: str) -> bool:
        """Whether any of these tables of the child's file holds a document, asked without
        making their record classes (the first screen asks for key dates and an open
        meeting, which most children do not have)."""
        unknown = set(tables) - set(schemas.CHILD)
        if unknown:
            raise ValueError(f"no such table in a child's file: {sorted(unknown)}")
        with self._lock:
            data = self._file(self.layout.child(child_id), schemas.CHILD).data
            return any(data.get(table) for table in tables)

    def _drop_file(self, path: Path) -> Future[None]:
        with self._lock:
            file = self._files.pop(path, None) or DataFile(path, {}, self._writer, self._lock)
            return file.delete()

    # -- what each kind of record adds to "delete this child" ---------------------------------
    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        """(count, one, many) of each kind of record kept about a child; every record store
        adds its own and calls super(), so "delete this child" names them all."""
        return []

    def _delete_child_files(self, child_id: str) -> None:
        """Remove the child's files of each kind of record (each store adds its own)."""

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

    def rescue(self, target: Path) -> list[Path]:
        """Write a complete copy of the data to another folder (when the data folder cannot
        be written, e.g. the disk is full): every file held in memory as a whole snapshot with
        every change in it, the files not opened copied as they are. `target` must be new or
        empty and outside the data folder; open it with --data-dir. Returns the files written.
        """
        with self._lock:
            snapshots = {path: encode(file.data) for path, file in self._files.items()}
        return folder.rescue(self.layout, snapshots, Path(target))

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
