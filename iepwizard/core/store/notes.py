"""The store's records of meetings, prepared questions, the home journal and the contact log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from tinydb import Query

from .base import BaseStore, Doc, new_id

Q = Query()
MEETING_KINDS = ("IEP", "504", "evaluation review", "other")
ENTRY_MARKS = ("", "decision", "action", "question", "concern", "repeat")


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def storable(text: str) -> str:
    """Text exactly as typed or pasted, less what UTF-8 cannot hold (lone surrogates)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _inserter(table: str, doc: Doc) -> Callable[[Any], object]:
    return lambda db: db.table(table).insert(doc)


class NotesStore(BaseStore):
    @staticmethod
    def child_file(child_id: str) -> str:
        return f"children/{child_id}.json"

    @staticmethod
    def meeting_file(meeting_id: str) -> str:
        return f"meetings/{meeting_id}.json"

    # -- meetings ---------------------------------------------------------------------------
    def meetings(self, child_id: str) -> list[Doc]:
        rows = self._read(self.child_file(child_id), "meetings")
        return sorted(rows, key=lambda m: (m.get("date", ""), m.get("created", "")))

    def add_meeting(self, child_id: str, date: str, kind: str = "IEP", title: str = "",
                    attendees: list[str] | None = None) -> Doc:
        meeting: Doc = {"id": new_id(), "date": date, "kind": kind, "title": storable(title),
                   "attendees": [storable(a) for a in attendees or []], "created": now()}
        self._write(self.child_file(child_id), lambda db: db.table("meetings").insert(meeting))
        self._db(self.meeting_file(meeting["id"]))
        return meeting

    def update_meeting(self, child_id: str, meeting_id: str, **fields: Any) -> Future[None]:
        return self._write(self.child_file(child_id),
                           lambda db: db.table("meetings").update(fields, Q.id == meeting_id))

    # -- note entries of one meeting --------------------------------------------------------
    def entries(self, meeting_id: str) -> list[Doc]:
        return self._read(self.meeting_file(meeting_id), "entries")

    def add_entry(self, meeting_id: str, text: str, mark: str = "") -> tuple[Doc, Future[None]]:
        if mark not in ENTRY_MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        entry: Doc = {"ts": now(), "text": storable(text), "mark": mark}
        ids: list[int] = []

        def change(db: Any) -> None:
            ids.append(db.table("entries").insert(entry))
            if len(db.table("draft")):
                db.table("draft").truncate()  # the line typed so far is now this entry
        future = self._write(self.meeting_file(meeting_id), change)
        return {**entry, "doc_id": ids[0]}, future

    def edit_entry(self, meeting_id: str, entry_id: int, *, text: str | None = None,
                   mark: str | None = None) -> Future[None]:
        fields: Doc = {"edited": now()}
        if text is not None:
            fields["text"] = storable(text)
        if mark is not None:
            fields["mark"] = mark
        return self._write(self.meeting_file(meeting_id),
                           lambda db: db.table("entries").update(fields, doc_ids=[entry_id]))

    def delete_entry(self, meeting_id: str, entry_id: int) -> Future[None]:
        return self._write(self.meeting_file(meeting_id),
                           lambda db: db.table("entries").remove(doc_ids=[entry_id]))

    def draft(self, meeting_id: str) -> str:
        rows = self._read(self.meeting_file(meeting_id), "draft")
        return str(rows[0].get("text", "")) if rows else ""

    def set_draft(self, meeting_id: str, text: str) -> Future[None]:
        """Keep the line still being typed, so a crash loses at most the last idle second."""
        def change(db: Any) -> None:
            db.table("draft").truncate()
            if text:
                db.table("draft").insert({"text": storable(text), "ts": now()})
        return self._write(self.meeting_file(meeting_id), change)

    # -- prepared questions -----------------------------------------------------------------
    def questions(self, child_id: str) -> list[Doc]:
        rows = self._read(self.child_file(child_id), "questions")
        return sorted(rows, key=lambda q: q.get("order", 0))

    def ensure_closing_questions(self, child_id: str, closing: dict[str, str]) -> None:
        """The guide's two closing questions are always on the list, last."""
        have = {q["id"] for q in self.questions(child_id)}
        for question_id, text in closing.items():
            if question_id not in have:
                doc = {"id": question_id, "text": text, "order": 1000 + len(have),
                       "asked": False, "answer": "", "fixed": True}
                have.add(question_id)
                self._write(self.child_file(child_id), _inserter("questions", doc))

    def add_question(self, child_id: str, text: str) -> Doc:
        order = max((q.get("order", 0) for q in self.questions(child_id)
                     if not q.get("fixed")), default=0) + 1
        question = {"id": new_id(), "text": storable(text), "order": order, "asked": False,
                    "answer": ""}
        self._write(self.child_file(child_id), lambda db: db.table("questions").insert(question))
        return question

    def update_question(self, child_id: str, question_id: str, **fields: Any) -> Future[None]:
        values = {k: storable(v) if isinstance(v, str) else v for k, v in fields.items()}
        return self._write(self.child_file(child_id),
                           lambda db: db.table("questions").update(values, Q.id == question_id))

    def delete_question(self, child_id: str, question_id: str) -> Future[None]:
        return self._write(self.child_file(child_id),
                           lambda db: db.table("questions").remove(Q.id == question_id))

    def move_question(self, child_id: str, question_id: str, delta: int) -> Future[None]:
        ids = [q["id"] for q in self.questions(child_id)]
        if question_id not in ids:
            raise KeyError(question_id)
        index = ids.index(question_id)
        target = max(0, min(len(ids) - 1, index + delta))
        ids.insert(target, ids.pop(index))

        def change(db: Any) -> None:
            for order, qid in enumerate(ids, 1):
                db.table("questions").update({"order": order}, Q.id == qid)
        return self._write(self.child_file(child_id), change)

    # -- letters being filled in ------------------------------------------------------------
    def letter_draft(self, child_id: str, letter_id: str) -> dict[str, str]:
        rows = [r for r in self._read(self.child_file(child_id), "letter_drafts")
                if r.get("letter_id") == letter_id]
        return dict(rows[0].get("values", {})) if rows else {}

    def set_letter_draft(self, child_id: str, letter_id: str,
                         values: dict[str, str]) -> Future[None]:
        doc = {"letter_id": letter_id, "values": {k: storable(v) for k, v in values.items()}}
        return self._write(self.child_file(child_id), lambda db: db.table(
            "letter_drafts").upsert(doc, Q.letter_id == letter_id))

    # -- home journal and contact log -------------------------------------------------------
    def journal(self, child_id: str) -> list[Doc]:
        rows = self._read(self.child_file(child_id), "journal")
        return sorted(rows, key=lambda j: (j.get("date", ""), j.get("created", "")))

    def add_journal(self, child_id: str, date: str, text: str) -> Future[None]:
        doc = {"date": date, "text": storable(text), "created": now()}
        return self._write(self.child_file(child_id), lambda db: db.table("journal").insert(doc))

    def contacts(self, child_id: str) -> list[Doc]:
        rows = self._read(self.child_file(child_id), "contacts")
        return sorted(rows, key=lambda c: (c.get("date", ""), c.get("created", "")))

    def add_contact(self, child_id: str, date: str, who: str, how: str, summary: str,
                    **extra: str) -> Future[None]:
        """Log a contact with the school; letters sent carry `letter_id` and `subject`."""
        doc = {"date": date, "who": storable(who), "how": storable(how),
               "summary": storable(summary), "created": now(),
               **{k: storable(v) for k, v in extra.items()}}
        return self._write(self.child_file(child_id), lambda db: db.table("contacts").insert(doc))
