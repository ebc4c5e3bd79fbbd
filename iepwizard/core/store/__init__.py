"""The store: the only writer of the family's data. See `base` and `datafile` for how."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from .drafts import DraftStore, meeting_line
from .errors import StoreError, StoreLocked
from .family import FamilyStore
from .ieps import IepStore
from .keydates import KeyDatesStore
from .meetings import MeetingStore
from .notes import NotesStore
from .people import PeopleStore
from .scores import ScoreStore

if TYPE_CHECKING:
    from ..records import EvaluationRecord
    from ..score_history import SavedScore

__all__ = ["Store", "StoreError", "StoreLocked"]
#: The key date a school's evaluation or reevaluation fills: "last evaluation or
#: reevaluation", from which the next reevaluation is counted.
LAST_EVALUATION = "reevaluation"


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

    def save_evaluation(self, child_id: str, name: str, date: str,
                        scores: Iterable[SavedScore], report_text: str | None = None,
                        by_school: bool = False) -> EvaluationRecord:
        """Keep an evaluation's scores (see ScoreStore). One done `by_school` (the school's
        evaluation or reevaluation, not an outside one) also fills the key dates' last
        evaluation ("one event, one entry"): the next reevaluation is counted from it. A date
        the key dates refuse (before 1900) is left out of them."""
        saved = super().save_evaluation(child_id, name, date, scores, report_text)
        if by_school:
            from ..keydates import KeyDateError

            with contextlib.suppress(KeyDateError):
                self.record_event(child_id, LAST_EVALUATION, saved.date)
        return saved
