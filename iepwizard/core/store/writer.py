"""The single writer thread: every byte of family data reaches disk through here, in order.

Jobs run in the order they were submitted. Queued jobs on one file are merged (a burst of
appends to a meeting's log is one write and one fsync). A job that fails with an OS error (a
full disk, a folder gone read-only) is kept and retried, with everything behind it waiting, so
nothing acknowledged is ever reordered or dropped; `on_trouble` says so, and says again when
writing works again. Each job's future is done only once its bytes are durable.

Not retried: a job submitted with `retry=False` (a compaction: the log still holds its
changes), and a `call` refused on principle (`files.Refused`: a link where a saved letter would
go); their futures fail and the store is not "in trouble". A write of the family's data is
retried whatever the error, so it is never dropped. `close` on a failing disk gives up: the jobs
still queued fail with `Unsaved`, and nothing is written after it returns (the store's `rescue`
can still save what is held in memory elsewhere).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from . import files

RETRY_SECONDS = 1.0
Trouble = Callable[[str | None], None]


class Unsaved(OSError):
    """The store was closed before this change could be written."""


class _Job:
    """One piece of the writer's work (a plain class: made at start-up, where a dataclass
    costs about a millisecond to define)."""

    __slots__ = ("kind", "path", "data", "call", "futures", "retry", "counts", "changes")

    def __init__(self, kind: str, path: Path | None = None, data: bytes = b"",
                 call: Callable[[], None] | None = None, retry: bool = True,
                 counts: bool = True) -> None:
        self.kind = kind  # write, append, delete, call
        self.path, self.data, self.call = path, data, call
        self.futures: list[Future[None]] = []
        #: Retried on OS errors until it works (False: fail at once).
        self.retry = retry
        #: A change of the family's data (counted in `pending`), not housekeeping.
        self.counts = counts
        #: How many of `futures` are changes (merged jobs carry theirs along).
        self.changes = 0


def _merge(jobs: list[_Job]) -> list[_Job]:
    """Jobs between two calls grouped by file (first-seen order); appends joined, a later
    whole-file write or delete replacing what came before it on that file."""
    out: list[_Job] = []
    group: dict[Path, list[_Job]] = {}
    for job in jobs:
        if job.kind == "call" or job.path is None:
            out += [j for run in group.values() for j in run] + [job]
            group = {}
            continue
        run = group.setdefault(job.path, [])
        last = run[-1] if run else None
        if last is not None and last.kind == job.kind == "append":
            last.data += job.data
            last.futures += job.futures
            last.changes += job.changes
        elif last is not None and job.kind in {"write", "delete"}:
            job.futures[:0] = [f for j in run for f in j.futures]
            job.changes += sum(j.changes for j in run)
            run[:] = [job]
        else:
            run.append(job)
    return out + [j for run in group.values() for j in run]


class Writer:
    def __init__(self, on_trouble: Trouble | None = None) -> None:
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._sizes: dict[Path, int] = {}
        self._pending = 0
        self._count_lock = threading.Lock()
        self._poke = threading.Event()
        self._closed = False
        self._abandoned = False
        self.on_trouble = on_trouble
        self.trouble: str | None = None
        self._thread = threading.Thread(target=self._run, name="iepwizard-writer", daemon=True)
        self._thread.start()

    # -- submitting ---------------------------------------------------------------------------
    def _submit(self, job: _Job) -> Future[None]:
        future: Future[None] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the store is closed"))
            return future
        job.futures.append(future)
        if job.counts:
            job.changes = 1
            with self._count_lock:
                self._pending += 1
        self._queue.put(job)
        return future

    def write(self, path: Path, data: bytes) -> Future[None]:
        """Replace a whole file atomically."""
        return self._submit(_Job("write", path, data))

    def append(self, path: Path, data: bytes) -> Future[None]:
        """Append to a log (fsynced)."""
        return self._submit(_Job("append", path, data))

    def delete(self, path: Path) -> Future[None]:
        return self._submit(_Job("delete", path))

    def call(self, work: Callable[[], None], retry: bool = True,
             counts: bool = True) -> Future[None]:
        """Run work on the writer thread, in order with the writes around it (retried on OS
        errors unless `retry` is False; `counts` says it is a change of the family's data)."""
        return self._submit(_Job("call", call=work, retry=retry, counts=counts))

    def known_size(self, path: Path, size: int) -> None:
        """The size of a log's good part (its torn end, if any, is cut at the next append)."""
        self._sizes[path] = size

    # -- waiting ----------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Changes submitted and not yet on disk."""
        return self._pending

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is on disk; False if that did not happen
        in time (the disk is failing: see `trouble`)."""
        if self._closed:
            return self._pending == 0
        done = self.call(lambda: None, counts=False)
        self._poke.set()
        try:
            done.result(timeout)
        except TimeoutError:
            return False
        return True

    def retry_now(self) -> None:
        self._poke.set()

    def close(self, timeout: float = 10.0) -> bool:
        """Write what is queued and stop; False if some of it could not be written (then
        the rest is given up: its futures fail with `Unsaved`, nothing more is written)."""
        if self._closed:
            return self._pending == 0
        flushed = self.flush(timeout)
        self._closed = True
        if not flushed:
            self._abandoned = True
            self._poke.set()
        self._queue.put(None)
        self._thread.join(timeout if flushed else 5.0)
        return flushed

    # -- the thread -------------------------------------------------------------------------
    def _perform(self, job: _Job) -> None:
        if job.kind == "call":
            assert job.call is not None
            job.call()
            return
        assert job.path is not None
        if job.kind == "write":
            files.atomic_write(job.path, job.data)
            self._sizes[job.path] = len(job.data)
        elif job.kind == "delete":
            files.remove(job.path)
            self._sizes[job.path] = 0
        else:
            size = self._sizes.get(job.path)
            if size is None:
                size = job.path.stat().st_size if job.path.exists() else 0
            self._sizes[job.path] = files.append(job.path, job.data, size)

    def _attempt(self, job: _Job) -> None:
        """Run one job until it works (OS errors are retried), then resolve its futures."""
        while True:
            if self._abandoned:
                self._fail(job, Unsaved("iepwizard was closed before this change was written"))
                return
            try:
                self._perform(job)
            except OSError as exc:
                # A file someone asked for (a saved letter) refused on principle (a link in
                # its place), or a compaction: fail at once. The family's data: retry.
                if not job.retry or (job.kind == "call" and isinstance(exc, files.Refused)):
                    self._fail(job, exc)
                    return
                where = exc.filename or job.path
                self._report(f"{exc.strerror or exc}" + (f" ({where})" if where else ""))
                self._poke.wait(RETRY_SECONDS)
                self._poke.clear()
                continue
            except Exception as exc:  # a bug, not the disk: tell the callers, carry on
                self._fail(job, exc)
                return
            if self.trouble is not None:
                self._report(None)
            for future in job.futures:
                future.set_result(None)
            self._done(job)
            return

    def _fail(self, job: _Job, exc: BaseException) -> None:
        for future in job.futures:
            future.set_exception(exc)
        self._done(job)

    def _done(self, job: _Job) -> None:
        with self._count_lock:
            self._pending -= job.changes

    def _report(self, trouble: str | None) -> None:
        changed = trouble != self.trouble
        self.trouble = trouble
        if changed and self.on_trouble is not None:
            self.on_trouble(trouble)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            jobs = [first]
            stop = False
            while True:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                jobs.append(job)
            for job in _merge(jobs):
                self._attempt(job)
            if stop:
                return


