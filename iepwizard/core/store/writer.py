"""The single writer thread: every byte of user data reaches disk through here, in order."""

from __future__ import annotations

import os
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, rename over it, fsync the folder: all or nothing."""
    path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tmp = temp_path(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, path)
    fsync_dir(path.parent)


@dataclass
class _Job:
    path: Path
    data: bytes | None  # None deletes the file
    futures: list[Future[None]] = field(default_factory=list)


class Writer:
    """One daemon thread that writes jobs in submission order, merging queued jobs on one file."""

    def __init__(self) -> None:
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="iepwizard-writer", daemon=True)
        self._closed = False
        self._thread.start()

    def submit(self, path: Path, data: bytes | None) -> Future[None]:
        """Queue a whole-file write (or a delete, with None); the future is done when durable."""
        future: Future[None] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the store is closed"))
            return future
        self._queue.put(_Job(path, data, [future]))
        return future

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything submitted so far is on disk."""
        self.submit(Path(os.devnull), None).result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        if self._closed:
            return
        self.flush(timeout)
        self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)

    def _drain(self, first: _Job) -> list[_Job]:
        jobs: dict[Path, _Job] = {first.path: first}
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is None:
                self._queue.put(None)
                break
            earlier = jobs.pop(job.path, None)
            if earlier is not None:
                job.futures[:0] = earlier.futures
            jobs[job.path] = job
        return list(jobs.values())

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            for job in self._drain(first):
                try:
                    if str(job.path) != os.devnull:
                        if job.data is None:
                            job.path.unlink(missing_ok=True)
                        else:
                            atomic_write(job.path, job.data)
                except BaseException as exc:  # report every failure to its callers
                    for future in job.futures:
                        future.set_exception(exc)
                else:
                    for future in job.futures:
                        future.set_result(None)
