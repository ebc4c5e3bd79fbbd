"""Saved IEPs and the services ledger, in the child's file; each IEP's text in a file of its own
under `documents/<child>/` (written by the writer, 0600), checked against its hash when read."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from tinydb import Query

from .. import records
from ..records.base import check_fields, storable
from . import files
from .base import BaseStore, new_id
from .errors import StoreError
from .family import now

Q = Query()
#: The longest IEP text kept (characters; the review reads the same bound).
MAX_IEP_TEXT = 20 * 1024 * 1024


def iep_bytes(text: str) -> bytes:
    """The bytes kept of an IEP's text (and hashed): UTF-8, up to the bound."""
    return storable(text[:MAX_IEP_TEXT]).encode("utf-8")


def sha256(data: bytes) -> str:
    import hashlib  # (here: the first screen has no use for it)

    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    return sha256(iep_bytes(text))


class IepTextMissing(StoreError):
    """A saved IEP's text file is gone or does not match its hash; the message says which."""


class IepStore(BaseStore):
    def iep_path(self, child_id: str, iep_id: str) -> Path:
        return self.layout.documents(child_id) / f"iep-{iep_id}.txt"

    # -- saved IEPs ---------------------------------------------------------------------------
    def ieps(self, child_id: str) -> list[records.SavedIep]:
        """Oldest first (by its date, then when it was saved)."""
        rows = self._child_rows(child_id, records.SavedIep)
        return sorted(rows, key=lambda i: (i.iep_date or i.meeting_date, i.saved))

    def iep(self, child_id: str, iep_id: str) -> records.SavedIep | None:
        return next((i for i in self.ieps(child_id) if i.id == iep_id), None)

    def iep_services(self, child_id: str, iep_id: str) -> list[records.IepService]:
        rows = self._child_rows(child_id, records.IepService)
        return sorted((r for r in rows if r.iep_id == iep_id), key=lambda r: r.order)

    def save_iep(self, child_id: str, text: str, services: Sequence[records.IepService],
                 **fields: Any) -> tuple[records.SavedIep, Future[None]]:
        """Keep an IEP: its text first (its own file), then its record and services; the
        future is done once both are on disk."""
        if self._writer is None:
            raise PermissionError("the store was opened read-only")
        data = iep_bytes(text)
        record = records.SavedIep.from_doc({**fields, "id": new_id(), "saved": now(),
                                            "chars": len(text), "sha256": sha256(data)})
        rows = [records.IepService.from_doc({**s.to_doc(), "iep_id": record.id, "order": n})
                for n, s in enumerate(services)]
        # documents/ made private first (a write makes missing folders with default modes)
        documents = self.layout.documents(child_id).parent
        self._writer.call(lambda: files.ensure_dir(documents))
        self._writer.write(self.iep_path(child_id, record.id), data)

        def change(db: Any) -> None:
            db.table(records.SavedIep.TABLE).insert(record.to_doc())
            if rows:
                db.table(records.IepService.TABLE).insert_multiple([r.to_doc() for r in rows])
        return record, self._child_change(child_id, change)

    def update_iep(self, child_id: str, iep_id: str, **fields: Any) -> Future[None]:
        """Change its status or date (marking a draft final, say)."""
        values = check_fields(records.SavedIep, fields)
        return self._child_change(child_id, lambda db: db.table(records.SavedIep.TABLE).update(
            values, Q.id == iep_id))

    def iep_text(self, child_id: str, iep_id: str) -> str:
        """The saved text, read back and checked against its hash (IepTextMissing if it is
        gone, a link, or not what was saved)."""
        record = self.iep(child_id, iep_id)
        path = self.iep_path(child_id, iep_id)
        if record is None:
            raise IepTextMissing("that IEP is not in the record.")
        if self._writer is not None:
            self._writer.flush()
        try:  # (never through a link, a regular file only, its size known before reading)
            data = files.read_data(path, MAX_IEP_TEXT * 4)
        except OSError as exc:
            raise IepTextMissing(f"the text of the {record.kind} dated {record.iep_date or '?'} "
                                 f"cannot be read ({getattr(exc, 'strerror', None) or exc}); "
                                 f"save it again.") from exc
        if sha256(data) != record.sha256:
            raise IepTextMissing(f"the text of the {record.kind} dated {record.iep_date or '?'} "
                                 f"was changed outside iepwizard; save it again.")
        return data.decode("utf-8", errors="replace")

    def delete_iep(self, child_id: str, iep_id: str) -> Future[None]:
        """Remove an IEP, its services and its text file (the screen asks first)."""
        def change(db: Any) -> None:
            db.table(records.SavedIep.TABLE).remove(Q.id == iep_id)
            db.table(records.IepService.TABLE).remove(Q.iep_id == iep_id)
        self._child_change(child_id, change)
        assert self._writer is not None
        # The writer keeps order: once the file is gone, the record's change is on disk too.
        return self._writer.delete(self.iep_path(child_id, iep_id))

    # -- the services ledger ------------------------------------------------------------------
    def sessions(self, child_id: str) -> list[records.LedgerSession]:
        rows = self._child_rows(child_id, records.LedgerSession)
        return sorted(rows, key=lambda s: (s.date, s.created))

    def add_session(self, child_id: str, date: str, service: str, minutes: int,
                    status: str = "delivered", note: str = "") -> records.LedgerSession:
        session = records.LedgerSession.from_doc({"id": new_id(), "date": date,
                                          "service": storable(service.strip()),
                                          "minutes": minutes, "status": status,
                                          "note": storable(note.strip()), "created": now()})
        self._child_change(child_id, lambda db: db.table(records.LedgerSession.TABLE).insert(
            session.to_doc()))
        return session

    def delete_session(self, child_id: str, session_id: str) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.LedgerSession.TABLE).remove(
            Q.id == session_id))

    def restore_session(self, child_id: str, session: records.LedgerSession) -> Future[None]:
        """Put a deleted session back (undo)."""
        return self._child_change(child_id, lambda db: db.table(records.LedgerSession.TABLE).insert(
            session.to_doc()))

    # -- "delete this child" ------------------------------------------------------------------
    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        return [(len(self.ieps(child_id)), "saved IEP (and its text file)",
                 "saved IEPs (and their text files)"),
                (len(self.sessions(child_id)), "services-ledger session",
                 "services-ledger sessions"), *super()._holdings(child_id)]

    def _delete_child_files(self, child_id: str) -> None:
        """The IEP texts (also any left by a save cut short), then the folder if empty."""
        folder = self.layout.documents(child_id)

        def work() -> None:  # on the writer thread, after the writes before it
            with contextlib.suppress(OSError):  # an OS error here must not stall the writer
                if folder.is_symlink() or not folder.is_dir():
                    return
                for path in folder.iterdir():
                    if path.name.startswith(("iep-", ".iep-")) and not path.is_dir():
                        path.unlink(missing_ok=True)
                if not any(folder.iterdir()):
                    os.rmdir(folder)
        if self._writer is not None:
            self._writer.call(work)
        super()._delete_child_files(child_id)

