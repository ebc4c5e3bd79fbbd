"""What a family keeps about school: meetings and their notes, questions, journal, contacts."""

from __future__ import annotations

from dataclasses import dataclass

from . import base as f
from .base import Record

MEETING_KINDS = ("IEP", "504", "evaluation review", "other")
#: A note's mark: (name stored, word shown in the list, prefix typed). One table.
MARKS = (("", "note", ""), ("decision", "DECISION", "!"), ("action", "ACTION", ">"),
         ("question", "QUESTION", "?"), ("concern", "CONCERN", "*"),
         ("repeat", "REPEAT BACK", "="))
MARK_NAMES = tuple(name for name, _, _ in MARKS)
SENT_TO_SCHOOL = "to school"
FROM_SCHOOL = "from school"
DIRECTIONS = ("", SENT_TO_SCHOOL, FROM_SCHOOL)


@dataclass(frozen=True, repr=False, eq=False)
class Meeting(Record):
    TABLE = "meetings"
    id: str = f.ident()
    date: str = f.date("Date")
    kind: str = f.text("Kind of meeting", default="IEP")
    title: str = f.text("Title (optional)")
    attendees: tuple[str, ...] = f.texts("Who is there")
    created: str = f.stamp()
    #: When the parent pressed "End meeting"; empty while it is open.
    ended: str = f.stamp()

    @property
    def label(self) -> str:
        return self.title or f"{self.kind} meeting"


@dataclass(frozen=True, repr=False, eq=False)
class Entry(Record):
    """One note of a meeting."""

    TABLE = "entries"
    ts: str = f.stamp()
    text: str = f.text()
    mark: str = f.choice(MARK_NAMES)
    edited: str = f.text()
    doc_id: int = 0


@dataclass(frozen=True, repr=False, eq=False)
class Question(Record):
    TABLE = "questions"
    id: str = f.ident()
    text: str = f.text()
    order: int = f.number(0, 10**6)
    asked: bool = f.flag()
    answer: str = f.text()
    fixed: bool = f.flag()


@dataclass(frozen=True, repr=False, eq=False)
class JournalEntry(Record):
    TABLE = "journal"
    date: str = f.date("Date")
    text: str = f.text()
    created: str = f.stamp()
    doc_id: int = 0


@dataclass(frozen=True, repr=False, eq=False)
class Contact(Record):
    TABLE = "contacts"
    date: str = f.date("Date")
    who: str = f.text("Who")
    how: str = f.text("How")
    summary: str = f.text("What was said or asked")
    created: str = f.stamp()
    direction: str = f.choice(DIRECTIONS)
    letter_id: str = f.text()
    subject: str = f.text()
    doc_id: int = 0


@dataclass(frozen=True, repr=False, eq=False)
class LetterDraft(Record):
    TABLE = "letter_drafts"
    letter_id: str = f.ident()
    values: dict[str, str] = f.text_map()


@dataclass(frozen=True, repr=False, eq=False)
class Draft(Record):
    """Text typed into a box and not yet saved as what it is for (a note, an answer, …)."""

    TABLE = "drafts"
    key: str = f.text()
    text: str = f.text()
    ts: str = f.stamp()
