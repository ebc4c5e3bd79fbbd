"""Which tables each kind of data file holds, and the record each table's documents must fit."""

from __future__ import annotations

from ..records import (
    AreaLinkRecord,
    Child,
    Contact,
    DateSettings,
    Draft,
    Entry,
    EvaluationRecord,
    IepService,
    JournalEntry,
    KeyDateEntry,
    LedgerSession,
    LetterDraft,
    Meeting,
    Parent,
    Person,
    Progress,
    Question,
    SavedIep,
    SchoolBreak,
    ScoreRecord,
    Settings,
)
from ..records.base import Record
from .datafile import Schema


def _schema(*records: type[Record]) -> Schema:
    return {record.TABLE: record for record in records}


#: iepwizard.json
MAIN = _schema(Parent, Child, Progress, Settings)
#: children/<child>.json (its own `children` table keeps a copy of the child, so the file can
#: be found again if the main file is lost)
CHILD = _schema(Child, Meeting, Question, JournalEntry, Contact, LetterDraft, Person,
                KeyDateEntry, DateSettings, SchoolBreak,
                EvaluationRecord, ScoreRecord, AreaLinkRecord)
CHILD |= _schema(SavedIep, IepService, LedgerSession)
#: meetings/<meeting>.json (its own `meetings` table keeps a copy of the meeting, and `_meta`
#: its child's id, so the meeting can be found again if the child's file is lost)
MEETING = _schema(Entry, Meeting)
#: drafts/<child>.json
DRAFTS = _schema(Draft)
