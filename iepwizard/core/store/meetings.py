"""Meetings (in the child's file) and their notes (one file per meeting).

Each meeting's file also keeps a copy of its meeting record and, in `_meta`, its child's id, so
that if a child's file is lost beyond repair its meetings are found again (`_after_restart`).
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from itertools import islice
from pathlib import Path
from typing import Any

from tinydb import Query

from .. import records
from ..records.base import check_fields, storable
from . import schemas
from .base import new_id, read_whole
from .family import now
from .once import OnceStore

Q = Query()


class MeetingStore(OnceStore):
    def meetings(self, child_id: str) -> list[records.Meeting]:
        rows = self._child_rows(child_id, records.Meeting)
        return sorted(rows, key=lambda m: (m.date, m.created))

    def meeting(self, child_id: str, meeting_id: str) -> records.Meeting | None:
        return next((m for m in self.meetings(child_id) if m.id == meeting_id), None)

    def open_meeting(self, child_id: str) -> records.Meeting | None:
        """The latest meeting not ended with "End meeting" (left open by a crash or a quit)."""
        if not self._child_holds(child_id, "meetings"):
            return None
        return next((m for m in reversed(self.meetings(child_id)) if not m.ended), None)

    def add_meeting(self, child_id: str, date: str, kind: str = "IEP", title: str = "",
                    attendees: Iterable[str] = ()) -> records.Meeting:
        meeting = records.Meeting.from_doc({"id": new_id(), "date": date, "kind": storable(kind),
                                            "title": storable(title),
                                            "attendees": [storable(a) for a in attendees],
                                            "created": now()})
        self._child_change(child_id, lambda db: db.table(records.Meeting.TABLE).insert(
            meeting.to_doc()))
        self._mirror_meeting(child_id, meeting)
        return meeting

    def update_meeting(self, child_id: str, meeting_id: str, **fields: Any) -> Future[None]:
        values = check_fields(records.Meeting, fields)
        future = self._child_change(child_id, lambda db: db.table(
            records.Meeting.TABLE).update(values, Q.id == meeting_id))
        with self._lock:
            loaded = self.layout.meeting(meeting_id) in self._files
        meeting = self.meeting(child_id, meeting_id) if loaded else None
        if meeting is not None:  # (a file not open is not read just for its copy)
            self._mirror_meeting(child_id, meeting)
        return future

    def _mirror_meeting(self, child_id: str, meeting: records.Meeting) -> None:
        path = self.layout.meeting(meeting.id)
        self._change(path, schemas.MEETING, lambda db: db.table(records.Meeting.TABLE).upsert(
            meeting.to_doc(), Q.id == meeting.id))
        with self._lock:
            self._files[path].set_meta(child=child_id)

    def _after_restart(self, path: Path) -> None:
        """A child's file was lost beyond repair: find its meetings again from their own
        files (and the child's copy from the main file)."""
        if path.parent != self.layout.children:
            return
        child_id = path.stem
        docs = self._meetings_of(child_id)
        kin = [c for c in self._rows(self.layout.main, schemas.MAIN, records.Child)
               if c.id == child_id]
        tables = {records.Meeting.TABLE: docs, records.Child.TABLE: [c.to_doc() for c in kin[:1]]}
        if self._writer is not None:
            def change(db: Any) -> None:
                for table, rows in tables.items():
                    if rows:
                        db.table(table).insert_multiple(rows)
            self._change(path, schemas.CHILD, change)
        else:
            with self._lock:
                file = self._files[path]
                for table, rows in tables.items():
                    file.data[table] = {str(n): row for n, row in enumerate(rows, 1)}
                file.version += 1
        if docs:
            name = kin[0].name if kin else child_id
            self._note(f"iepwizard found {len(docs)} meeting(s) of {name} again from their own "
                       f"files, with their notes.")

    def _meetings_of(self, child_id: str) -> list[dict[str, Any]]:
        found = []
        for path in self.layout.data_files():
            if path.parent != self.layout.meetings:
                continue
            data = read_whole(path, schemas.MEETING)
            if data.get("_meta", {}).get("1", {}).get("child") == child_id:
                found += [doc for doc in data.get(records.Meeting.TABLE, {}).values()
                          if doc.get("id") == path.stem]
        return sorted(found, key=lambda doc: (doc.get("date", ""), doc.get("created", "")))

    def end_meeting(self, child_id: str, meeting_id: str) -> Future[None]:
        future = self.update_meeting(child_id, meeting_id, ended=now())
        with self._lock:
            file = self._files.get(self.layout.meeting(meeting_id))
            if file is not None and file.dirty:
                file.compact()
        return future

    def _delete_child_files(self, child_id: str) -> None:
        for meeting in self.meetings(child_id):
            self._drop_file(self.layout.meeting(meeting.id))
        super()._delete_child_files(child_id)

    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        meetings = self.meetings(child_id)
        notes = sum(self.count_entries(m.id) for m in meetings)
        return [(len(meetings), "meeting", "meetings"),
                (notes, "meeting note", "meeting notes"), *super()._holdings(child_id)]

    # -- the notes of one meeting -------------------------------------------------------------
    def _notes(self, meeting_id: str, change: Any) -> Future[None]:
        return self._change(self.layout.meeting(meeting_id), schemas.MEETING, change)

    def entries(self, meeting_id: str) -> list[records.Entry]:
        """The meeting's notes, oldest first."""
        return self._rows(self.layout.meeting(meeting_id), schemas.MEETING, records.Entry)

    def count_entries(self, meeting_id: str) -> int:
        with self._lock:
            file = self._file(self.layout.meeting(meeting_id), schemas.MEETING)
            return len(file.data.get(records.Entry.TABLE, {}))

    def latest_entries(self, meeting_id: str, count: int, skip: int = 0) -> list[records.Entry]:
        """The `count` notes before the last `skip` ones, oldest first: a page of a long
        meeting without building every note."""
        with self._lock:
            file = self._file(self.layout.meeting(meeting_id), schemas.MEETING)
            table = file.data.get(records.Entry.TABLE, {})
            page = list(islice(reversed(table.items()), skip, skip + count))
        return [records.Entry.from_valid(doc, int(doc_id)) for doc_id, doc in reversed(page)]

    def add_entry(self, meeting_id: str, text: str, mark: str = ""
                  ) -> tuple[records.Entry, Future[None]]:
        [entry], future = self.add_entries(meeting_id, [(text, mark)])
        return entry, future

    def add_entries(self, meeting_id: str, notes: list[tuple[str, str]]
                    ) -> tuple[list[records.Entry], Future[None]]:
        """Several notes at once (a multi-line paste): one change, one write."""
        for _, mark in notes:
            if mark not in records.MARK_NAMES:
                raise ValueError(f"unknown mark {mark!r}")
        stamp = now()
        docs = [records.Entry(ts=stamp, text=storable(text), mark=mark).to_doc()
                for text, mark in notes]
        ids: list[int] = []
        future = self._notes(meeting_id, lambda db: ids.extend(
            db.table(records.Entry.TABLE).insert_multiple(docs)))
        entries = [records.Entry.from_valid(doc, doc_id)
                   for doc, doc_id in zip(docs, ids, strict=True)]
        return entries, future

    def edit_entry(self, meeting_id: str, entry_id: int, *, text: str | None = None,
                   mark: str | None = None) -> Future[None]:
        fields: dict[str, Any] = {"edited": now()}
        if text is not None:
            fields["text"] = text
        if mark is not None:
            fields["mark"] = mark
        values = check_fields(records.Entry, fields)
        return self._notes(meeting_id, lambda db: self._rewrite(meeting_id, db.table(
            records.Entry.TABLE).update(values, doc_ids=[entry_id])))

    def delete_entry(self, meeting_id: str, entry_id: int) -> Future[None]:
        return self._notes(meeting_id, lambda db: self._rewrite(meeting_id, db.table(
            records.Entry.TABLE).remove(doc_ids=[entry_id])))

    def restore_entry(self, meeting_id: str, entry: records.Entry) -> Future[None]:
        """Put a deleted note back (undo), under its old id."""
        from tinydb.table import Document

        def change(db: Any) -> None:
            db.table(records.Entry.TABLE).insert(Document(entry.to_doc(), entry.doc_id))
            table = db.storage.file.data[records.Entry.TABLE]  # keep the notes in time order
            ordered = sorted(table.items(), key=lambda item: int(item[0]))
            table.clear()
            table.update(ordered)
            self._rewrite(meeting_id)
        return self._notes(meeting_id, change)
