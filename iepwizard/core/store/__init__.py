"""The store: the only writer of the family's data. See `base` and `datafile` for how."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from .drafts import DraftStore, meeting_line
from .errors import StoreError, StoreLocked
from .family import FamilyStore
from .ieps import IepStore
from .keydates import KeyDatesStore
from .meetings import MeetingStore
from .notes import NotesStore
from .people import PeopleStore
from .scores import ScoreStore

__all__ = ["Store", "StoreError", "StoreLocked"]


class Store(IepStore, ScoreStore, KeyDatesStore, PeopleStore, MeetingStore, NotesStore,
            DraftStore, FamilyStore):
    """Everything the app and the command line read or write about a family."""

    def __init__(self, data_dir: Path, readonly: bool = False) -> None:
        super().__init__(data_dir, readonly)
        self._open_main()

    @classmethod
    def open(cls, data_dir: str | Path, readonly: bool = False) -> Store:
        return cls(Path(data_dir), readonly=readonly)

    def end_meeting(self, child_id: str, meeting_id: str) -> Future[None]:
        """End a meeting, the line left typed in its note line (its draft) made its last note
        first, as Enter would: ending keeps every note, however it is ended (meeting mode's
        F10, or "End it" when the app offers a meeting left open)."""
        from ..notes import note_from_line

        mark, text = note_from_line(self.draft(child_id, meeting_line(meeting_id)))
        if text:
            self.add_entries(meeting_id, [(text, mark)])
            self.set_draft(child_id, meeting_line(meeting_id), "")
        return super().end_meeting(child_id, meeting_id)
