"""Reading every meeting once (the search index, the export) without keeping them all in memory.

A file the store already holds open is read from memory; any other is read from disk and let go
afterwards, so going through years of notes costs one meeting at a time, not all of them at
once. A meeting's state says what changed since it was read: for a file the store holds open,
the file (`id`), how many times its notes were changed other than by adding notes at the end
(`rewrite`), and how many notes it has; a file not open has not changed (only the store
changes its files, and it holds open every file it changes until the file is deleted).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from .. import records
from . import schemas
from .base import BaseStore, load
from .datafile import DataFile, Schema

Stamp = tuple[object, ...]
Docs = list[tuple[str, dict[str, Any]]]
CLOSED: Stamp = ("closed",)


class OnceStore(BaseStore):
    def _rewrite(self, meeting_id: str, result: object = None) -> object:
        """Say that a meeting's notes changed other than at the end (an edit, a deletion, an
        undo): called inside the change, under the store's lock. Returns `result`."""
        counts = self.__dict__.setdefault("_rewrites", {})
        counts[meeting_id] = counts.get(meeting_id, 0) + 1
        return result

    def _table_once(self, path: Path, schema: Schema, table: str, start: int = 0) -> Docs:
        """(doc id, document) of one table from position `start` on, oldest first. The
        documents are the store's own: read them, never change them. Call it without holding
        the store's lock (a file not open is read from disk meanwhile)."""
        with self._lock:
            file = self._files.get(path)
            if file is not None:
                return list(islice(file.data.get(table, {}).items(), start, None))
        reader = load(DataFile(path, schema, None, threading.RLock()))
        if reader.notice is not None:
            if self._writer is None:
                self._note(reader.notice)
            else:  # damaged: open it for good, so that it is repaired (and said) once
                with self._lock:
                    self._file(path, schema)
                return self._table_once(path, schema, table, start)
        return list(islice(reader.data.get(table, {}).items(), start, None))

    # -- meetings ---------------------------------------------------------------------------
    def notes_states(self, meeting_ids: Iterable[str]) -> dict[str, tuple[Stamp, int]]:
        """Each meeting's state and number of notes (-1 for a file not open); see above."""
        folder = self.layout.meetings
        rewrites: dict[str, int] = self.__dict__.get("_rewrites", {})
        with self._lock:
            held = {path.stem: file for path, file in self._files.items()
                    if path.parent == folder}
            out = {}
            for meeting_id in meeting_ids:
                file = held.get(meeting_id)
                out[meeting_id] = (CLOSED, -1) if file is None else (
                    ("open", id(file), rewrites.get(meeting_id, 0)),
                    len(file.data.get(records.Entry.TABLE, {})))
            return out

    def notes_once(self, meeting_id: str, start: int = 0) -> tuple[Stamp, Docs]:
        """A meeting's notes as stored documents (from position `start` on), oldest first,
        and the meeting's state when they were read."""
        path = self.layout.meeting(meeting_id)
        with self._lock:
            if path in self._files:  # (the lock is held again inside: one consistent read)
                return (self.notes_states([meeting_id])[meeting_id][0],
                        self._table_once(path, schemas.MEETING, records.Entry.TABLE, start))
        return CLOSED, self._table_once(path, schemas.MEETING, records.Entry.TABLE, start)

    def read_entries(self, meeting_id: str) -> list[records.Entry]:
        """A meeting's notes, oldest first, read once (a file not open is not kept open)."""
        docs = self._table_once(self.layout.meeting(meeting_id), schemas.MEETING,
                                records.Entry.TABLE)
        return [records.Entry.from_valid(doc, int(doc_id)) for doc_id, doc in docs]

    # -- a child's own file -----------------------------------------------------------------
    def child_stamp(self, child_id: str) -> Stamp:
        with self._lock:
            file = self._files.get(self.layout.child(child_id))
            return CLOSED if file is None else ("open", id(file), file.version)
