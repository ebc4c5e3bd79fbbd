"""The store: the only writer of the family's data. See `base` and `datafile` for how."""

from __future__ import annotations

from pathlib import Path

from .drafts import DraftStore
from .errors import StoreError, StoreLocked
from .family import FamilyStore
from .meetings import MeetingStore
from .notes import NotesStore

__all__ = ["Store", "StoreError", "StoreLocked"]


class Store(MeetingStore, NotesStore, DraftStore, FamilyStore):
    """Everything the app and the command line read or write about a family."""

    def __init__(self, data_dir: Path, readonly: bool = False) -> None:
        super().__init__(data_dir, readonly)
        self._open_main()

    @classmethod
    def open(cls, data_dir: str | Path, readonly: bool = False) -> Store:
        return cls(Path(data_dir), readonly=readonly)

    def _delete_child_files(self, child_id: str) -> None:
        self.delete_meeting_files(child_id)
        super()._delete_child_files(child_id)

    def holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        """What "delete this child" removes, counted: (count, one, many) per kind."""
        meetings = self.meetings(child_id)
        return [
            (len(meetings), "meeting", "meetings"),
            (sum(len(self.entries(m.id)) for m in meetings), "meeting note", "meeting notes"),
            (len(self.questions(child_id)), "prepared question", "prepared questions"),
            (len(self.journal(child_id)), "journal entry", "journal entries"),
            (len(self.contacts(child_id)), "contact-log entry", "contact-log entries"),
        ]
