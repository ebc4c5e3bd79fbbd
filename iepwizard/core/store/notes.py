"""A child's prepared questions, home journal, contact log and letters being filled in."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from tinydb import Query

from .. import records
from ..records.base import check_fields, storable
from .base import BaseStore, new_id
from .family import now

Q = Query()
#: What correcting a logged contact may change.
CORRECTABLE = frozenset({"date", "who", "how", "summary", "direction"})


class NotesStore(BaseStore):
    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        return [(len(self.questions(child_id)), "prepared question", "prepared questions"),
                (len(self.journal(child_id)), "journal entry", "journal entries"),
                (len(self.contacts(child_id)), "contact-log entry", "contact-log entries"),
                *super()._holdings(child_id)]

    # -- prepared questions -------------------------------------------------------------------
    def questions(self, child_id: str) -> list[records.Question]:
        rows = self._child_rows(child_id, records.Question)
        return sorted(rows, key=lambda q: q.order)

    def ensure_closing_questions(self, child_id: str, closing: dict[str, str]) -> None:
        """The guide's two closing questions are always on the list, last."""
        have = {q.id for q in self.questions(child_id)}
        docs = [records.Question(id=question_id, text=text, order=100_000 + number,
                                 fixed=True).to_doc()
                for number, (question_id, text) in enumerate(closing.items())
                if question_id not in have]
        if docs:
            self._child_change(child_id, lambda db: db.table(
                records.Question.TABLE).insert_multiple(docs))

    def add_question(self, child_id: str, text: str) -> records.Question:
        order = max((q.order for q in self.questions(child_id) if not q.fixed), default=0) + 1
        question = records.Question(id=new_id(), text=storable(text), order=order)
        self._child_change(child_id, lambda db: db.table(records.Question.TABLE).insert(
            question.to_doc()))
        return question

    def update_question(self, child_id: str, question_id: str, **fields: Any) -> Future[None]:
        values = check_fields(records.Question, fields)
        return self._child_change(child_id, lambda db: db.table(records.Question.TABLE).update(
            values, Q.id == question_id))

    def delete_question(self, child_id: str, question_id: str) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.Question.TABLE).remove(
            Q.id == question_id))

    def restore_question(self, child_id: str, question: records.Question) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.Question.TABLE).insert(
            question.to_doc()))

    def move_question(self, child_id: str, question_id: str, delta: int) -> Future[None]:
        ids = [q.id for q in self.questions(child_id) if not q.fixed]
        if question_id not in ids:
            raise KeyError(question_id)
        index = ids.index(question_id)
        target = max(0, min(len(ids) - 1, index + delta))
        ids.insert(target, ids.pop(index))

        def change(db: Any) -> None:
            for order, qid in enumerate(ids, 1):
                db.table(records.Question.TABLE).update({"order": order}, Q.id == qid)
        return self._child_change(child_id, change)

    # -- letters being filled in --------------------------------------------------------------
    def letter_draft(self, child_id: str, letter_id: str) -> dict[str, str]:
        rows = [r for r in self._child_rows(child_id, records.LetterDraft)
                if r.letter_id == letter_id]
        return dict(rows[0].values) if rows else {}

    def set_letter_draft(self, child_id: str, letter_id: str,
                         values: dict[str, str]) -> Future[None]:
        doc = records.LetterDraft.from_doc({"letter_id": letter_id,
                                            "values": {storable(k): storable(v)
                                                       for k, v in values.items()}})
        if self.letter_draft(child_id, letter_id) == doc.values:
            from .base import done

            return done()
        return self._child_change(child_id, lambda db: db.table(records.LetterDraft.TABLE).upsert(
            doc.to_doc(), Q.letter_id == letter_id))

    # -- home journal and contact log ---------------------------------------------------------
    def journal(self, child_id: str) -> list[records.JournalEntry]:
        rows = self._child_rows(child_id, records.JournalEntry)
        return sorted(rows, key=lambda j: (j.date, j.created))

    def add_journal(self, child_id: str, date: str, text: str) -> Future[None]:
        doc = records.JournalEntry.from_doc({"date": date, "text": storable(text),
                                             "created": now()})
        return self._child_change(child_id, lambda db: db.table(records.JournalEntry.TABLE).insert(
            doc.to_doc()))

    def update_journal(self, child_id: str, entry_id: int, date: str,
                       text: str) -> Future[None]:
        """Correct a journal entry's date and text (it keeps when it was written)."""
        values = check_fields(records.JournalEntry, {"date": date, "text": text})
        return self._child_change(child_id, lambda db: db.table(records.JournalEntry.TABLE).update(
            values, doc_ids=[entry_id]))

    def delete_journal(self, child_id: str, entry_id: int) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.JournalEntry.TABLE).remove(
            doc_ids=[entry_id]))

    def contacts(self, child_id: str) -> list[records.Contact]:
        rows = self._child_rows(child_id, records.Contact)
        return sorted(rows, key=lambda c: (c.date, c.created))

    def add_contact(self, child_id: str, date: str, who: str, how: str, summary: str,
                    **extra: str) -> Future[None]:
        """Log a contact with the school; letters sent carry `letter_id` and `subject`."""
        values = check_fields(records.Contact, {"date": date, "who": who, "how": how,
                                                "summary": summary, "created": now(), **extra})
        return self._child_change(child_id, lambda db: db.table(
            records.Contact.TABLE).insert(values))

    def update_contact(self, child_id: str, entry_id: int, **fields: str) -> Future[None]:
        """Correct a logged contact (date, who, how, summary, direction); a letter marked as
        sent stays linked to its letter (`letter_id` is not changed here)."""
        if not fields.keys() <= CORRECTABLE:
            raise ValueError(f"not correctable: {sorted(fields.keys() - CORRECTABLE)}")
        values = check_fields(records.Contact, fields)
        return self._child_change(child_id, lambda db: db.table(records.Contact.TABLE).update(
            values, doc_ids=[entry_id]))

    def delete_contact(self, child_id: str, entry_id: int) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.Contact.TABLE).remove(
            doc_ids=[entry_id]))
