"""Text typed and not yet saved as what it is for: the meeting line, an answer, a journal
entry, a question, a paste. Kept apart from the records (its own file per child), so a draft
saved every second never touches the notes' files."""

from __future__ import annotations

from concurrent.futures import Future

from tinydb import Query

from .. import records
from ..records.base import storable
from . import schemas
from .base import BaseStore, done
from .family import now

Q = Query()


def meeting_line(meeting_id: str) -> str:
    """The draft key of a meeting's note line."""
    return f"meeting:{meeting_id}"


class DraftStore(BaseStore):
    def draft(self, child_id: str, key: str) -> str:
        rows = self._rows(self.layout.drafts(child_id), schemas.DRAFTS, records.Draft)
        return next((d.text for d in rows if d.key == key), "")

    def set_draft(self, child_id: str, key: str, text: str) -> Future[None]:
        """Keep (or, with empty text, drop) the draft of one box."""
        key, text = storable(key), storable(text)
        if self.draft(child_id, key) == text:
            return done()
        path = self.layout.drafts(child_id)
        if not text:
            return self._change(path, schemas.DRAFTS, lambda db: db.table(
                records.Draft.TABLE).remove(Q.key == key))
        doc = records.Draft(key=key, text=text, ts=now()).to_doc()
        return self._change(path, schemas.DRAFTS, lambda db: db.table(records.Draft.TABLE).upsert(
            doc, Q.key == key))
