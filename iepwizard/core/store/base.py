"""The store's machinery: files, the data-dir lock, the writer and schema versions.

Data lives in several small TinyDB files so that years of notes never slow down a checkbox:
`iepwizard.json` (profile, children, progress, settings), `children/<child>.json` (meetings,
questions, journal, contact log) and `meetings/<meeting>.json` (one meeting's note entries).
Every change is applied in memory at once (so reads see it) and written to disk, atomically and
in order, by one writer thread; each write returns a future that is done once it is durable.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, cast

from tinydb import TinyDB

from .jsonfile import MemoryFileStorage, read_or_recover
from .lock import DirLock, LockHeld
from .writer import DIR_MODE, Writer

SCHEMA_VERSION = 1
#: Upgrades of a raw file, keyed by the version they upgrade from (the hook for later schemas).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {}
MAIN_FILE = "iepwizard.json"
LOCK_FILE = ".iepwizard.lock"
Doc = dict[str, Any]


class StoreError(Exception):
    """The data folder cannot be used; the message says what to do."""


class StoreLocked(StoreError):
    pass


def _done() -> Future[None]:
    future: Future[None] = Future()
    future.set_result(None)
    return future


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def prepare_dir(folder: Path) -> None:
    """Create the data folder private to this user (0700), tightening an existing one."""
    try:
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(folder, DIR_MODE)
    except OSError as exc:
        raise StoreError(f"iepwizard cannot use the data folder {folder} ({exc.strerror}); "
                         f"choose another with --data-dir.") from exc


class BaseStore:
    """Files, lock, writer and schema: the machinery the record methods stand on."""

    def __init__(self, data_dir: Path, readonly: bool = False) -> None:
        self.data_dir = data_dir
        self.readonly = readonly
        self.notices: list[str] = []
        self._lock = threading.RLock()
        self._dbs: dict[Path, TinyDB] = {}
        self._file_lock: DirLock | None = None
        self._writer: Writer | None = None
        if readonly:
            return
        prepare_dir(data_dir)
        self._file_lock = DirLock(data_dir / LOCK_FILE)
        try:
            self._file_lock.acquire()
        except LockHeld as exc:
            raise StoreLocked("iepwizard is already open in another window; close it there "
                              "first (or use another --data-dir).") from exc
        self._remove_stale_temps()
        self._writer = Writer()
        self._db(MAIN_FILE)

    def _remove_stale_temps(self) -> None:
        for pattern in (".*.json.tmp", "*/.*.json.tmp"):
            for stale in self.data_dir.glob(pattern):
                stale.unlink(missing_ok=True)

    def _tinydb(self, path: Path, raw: bytes | None) -> TinyDB:
        return TinyDB(path, self._writer, raw, storage=MemoryFileStorage)

    def _db(self, relative: str) -> TinyDB:
        path = self.data_dir / relative
        db = self._dbs.get(path)
        if db is not None:
            return db
        try:
            raw, notice = read_or_recover(path, self._writer)
        except OSError as exc:
            raise StoreError(f"iepwizard cannot read {path} ({exc.strerror}); check the "
                             f"folder's permissions.") from exc
        if notice:
            self.notices.append(notice)
        db = self._tinydb(path, raw)
        self._dbs[path] = db
        meta = db.table("_meta")
        version = meta.get(doc_id=1)
        if version is None:
            if not self.readonly:
                meta.insert({"schema": SCHEMA_VERSION})
        elif version["schema"] > SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer iepwizard; update iepwizard to "
                             f"open it.")
        elif version["schema"] < SCHEMA_VERSION and not self.readonly:
            self._migrate(db, version["schema"])
        return db

    def _migrate(self, db: TinyDB, version: int) -> None:
        storage = cast(MemoryFileStorage, db.storage)
        data = storage.read() or {}
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](data)
            version += 1
        data["_meta"] = {"1": {"schema": version}}
        storage.write(data)
        db.clear_cache()

    def _write(self, relative: str, change: Callable[[TinyDB], object]) -> Future[None]:
        """Apply a change under the lock; the future says when that file is durable."""
        with self._lock:
            db = self._db(relative)
            storage = cast(MemoryFileStorage, db.storage)
            before = storage.last_write
            change(db)
            after = storage.last_write
            return after if after is not None and after is not before else _done()

    def _read(self, relative: str, table: str) -> list[Doc]:
        with self._lock:
            return [{**doc, "doc_id": doc.doc_id} for doc in self._db(relative).table(table)]

    def _delete_file(self, relative: str) -> Future[None]:
        assert self._writer is not None
        path = self.data_dir / relative
        with self._lock:
            self._dbs.pop(path, None)
            self._writer.submit(path.with_name(path.name + ".bak"), None)
            return self._writer.submit(path, None)

    def flush(self, timeout: float = 10.0) -> None:
        if self._writer is not None:
            self._writer.flush(timeout)

    def close(self) -> None:
        """Back up every file this session opened (as a clean start does), then let go."""
        if self._writer is not None:
            with self._lock:
                for path, db in self._dbs.items():
                    raw = cast(MemoryFileStorage, db.storage).raw
                    if raw is not None:
                        self._writer.submit(path.with_name(path.name + ".bak"), raw)
            self._writer.close()
            self._writer = None
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self) -> BaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

