"""The records the store keeps, typed and validated (see `base`)."""

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

__all__ = ["InvalidRecord", "Record", "is_safe_id", "storable", "STEP_STATES", "TRACKS",
           "Child", "Parent", "Progress", "Settings", "DIRECTIONS", "FROM_SCHOOL", "MARK_NAMES",
           "MARKS", "MEETING_KINDS", "SENT_TO_SCHOOL", "Contact", "Draft", "Entry",
           "JournalEntry", "LetterDraft", "Meeting", "Person", "Question",
           "IEP_STATUSES", "SESSION_STATUSES", "IepService", "LedgerSession", "SavedIep",
           "DateSettings", "KeyDateEntry", "SchoolBreak",
           "SCORE_KINDS", "SCORE_ROLES", "AreaLinkRecord", "EvaluationRecord", "ScoreRecord"]
