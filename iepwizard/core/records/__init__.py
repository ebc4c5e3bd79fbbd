"""The records the store keeps, typed and validated (see `base`).

Each name is imported from its module when it is first used (a command that only needs the
notes' marks does not build every record class: each class costs a millisecond or two to make).
A module added here with a plain import works as well.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import InvalidRecord, Record, is_safe_id, storable
    from .family import STEP_STATES, TRACKS, Child, Parent, Progress, Settings
    from .ieps import IEP_STATUSES, SESSION_STATUSES, IepService, LedgerSession, SavedIep
    from .keydates import DateSettings, KeyDateEntry, SchoolBreak
    from .notes import (
        DIRECTIONS,
        FROM_SCHOOL,
        MARK_NAMES,
        MARKS,
        MEETING_KINDS,
        SENT_TO_SCHOOL,
        Contact,
        Draft,
        Entry,
        JournalEntry,
        LetterDraft,
        Meeting,
        Question,
    )
    from .people import Person
    from .scores import SCORE_KINDS, SCORE_ROLES, AreaLinkRecord, EvaluationRecord, ScoreRecord

_MODULES = {
    "base": ["InvalidRecord", "Record", "is_safe_id", "storable"],
    "family": ["STEP_STATES", "TRACKS", "Child", "Parent", "Progress", "Settings"],
    "ieps": ["IEP_STATUSES", "SESSION_STATUSES", "IepService", "LedgerSession", "SavedIep"],
    "keydates": ["DateSettings", "KeyDateEntry", "SchoolBreak"],
    "notes": ["DIRECTIONS", "FROM_SCHOOL", "MARK_NAMES", "MARKS", "MEETING_KINDS",
              "SENT_TO_SCHOOL", "Contact", "Draft", "Entry", "JournalEntry", "LetterDraft",
              "Meeting", "Question"],
    "people": ["Person"],
    "scores": ["SCORE_KINDS", "SCORE_ROLES", "AreaLinkRecord", "EvaluationRecord",
               "ScoreRecord"],
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = ["InvalidRecord", "Record", "is_safe_id", "storable", "STEP_STATES", "TRACKS",
           "Child", "Parent", "Progress", "Settings", "DIRECTIONS", "FROM_SCHOOL", "MARK_NAMES",
           "MARKS", "MEETING_KINDS", "SENT_TO_SCHOOL", "Contact", "Draft", "Entry",
           "JournalEntry", "LetterDraft", "Meeting", "Person", "Question",
           "IEP_STATUSES", "SESSION_STATUSES", "IepService", "LedgerSession", "SavedIep",
           "DateSettings", "KeyDateEntry", "SchoolBreak",
           "SCORE_KINDS", "SCORE_ROLES", "AreaLinkRecord", "EvaluationRecord", "ScoreRecord"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
