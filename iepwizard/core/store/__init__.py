"""The store: the only writer of the family's data. See `base` and `datafile` for how."""

from __future__ import annotations

from pathlib import Path

from .drafts import DraftStore
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
