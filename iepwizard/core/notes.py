"""Meeting notes as plain data: marks, action items, safe display, search."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lazy_re
from .records import MARK_NAMES, MARKS

if TYPE_CHECKING:
    from .store import Store

#: Typed at the start of a note, these mark it; each mark's word for the list.
PREFIXES = {prefix: name for name, _, prefix in MARKS if prefix}
MARK_LABELS = {name: word for name, word, _ in MARKS}
REPEAT_BACK = "So you're saying ___. Is that right?"
CLOSING_QUESTIONS = {
    "closing-track": "How will we track whether these supports are working?",
    "closing-next": "When will we meet again to check?",
}


def split_mark(text: str) -> tuple[str, str]:
    """('decision', 'text') from '! text'; ('', text) when there is no prefix."""
    stripped = text.lstrip()
    if stripped[:1] in PREFIXES and not stripped.startswith("?!"):
        return PREFIXES[stripped[0]], stripped[1:].strip()
    return "", text.strip()


def note_from_line(line: str, chosen: str = "") -> tuple[str, str]:
    """(mark, text) of a typed line: its own prefix wins over the mark chosen with ctrl+r.

    The parent's words are kept as typed (only the prefix and the space after it go); a
    repeat-back takes them into its frame, so no blank is left: "= she reads daily" becomes
    "So you're saying she reads daily. Is that right?". A blank line is no note.
    """
    if not line.strip():
        return "", ""
    head = line.lstrip()
    mark, text = chosen, line
    if head[:1] in PREFIXES and not head.startswith("?!"):
        mark, text = PREFIXES[head[0]], head[1:].removeprefix(" ")
        if not text.strip():
            return "", ""
    if mark == "repeat" and not text.strip().casefold().startswith("so you're saying"):
        words = text.strip().rstrip(".?!")
        text = REPEAT_BACK.replace("___", words)
    return mark, text


def next_mark(mark: str) -> str:
    return MARK_NAMES[(MARK_NAMES.index(mark) + 1) % len(MARK_NAMES)]


@dataclass(frozen=True)
class ActionItem:
    who: str
    what: str
    due: str


_DUE = lazy_re.compile(r"\s+(?:by|before|due)\s+(?P<due>[^,;]+?)\.?$", re.IGNORECASE)


def parse_action(text: str) -> ActionItem:
    """'Ms. Carter: send the draft by Dec 19' -> who, what and by when (each may be empty)."""
    who, what = "", text.strip()
    head, sep, rest = what.partition(":")
    if sep and 0 < len(head) <= 40 and rest.strip():
        who, what = head.strip(), rest.strip()
    due = ""
    found = _DUE.search(what)
    if found:
        due = found.group("due").strip()
        what = what[:found.start()].strip()
    return ActionItem(who, what, due)


@dataclass(frozen=True)
class Hit:
    kind: str  # meeting note, journal, contact, question
    date: str
    text: str
    where: str


#: Letters with a stroke or a ligature, which lose nothing of their base letter to NFKD.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "æ": "ae",
                        "œ": "oe", "þ": "th", "ð": "d"})


def fold(text: str) -> str:
    """What a search compares: the text casefolded, accents and strokes dropped ("Żak" and
    "zak", "Ørsted" and "orsted" are one; a parent types names without their accents)."""
    if text.isascii():
        return text.lower()
    marked = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in marked if not unicodedata.combining(c)).translate(_PLAIN)


def search(store: Store, child_id: str, query: str, limit: int = 200) -> list[Hit]:
    """Every note, journal entry, contact and question of a child containing the query (as
    `fold` reads both)."""
    wanted = fold(query).strip()
    if not wanted:
        return []
    hits: list[Hit] = []
    for meeting in store.meetings(child_id):
        where = meeting.label  # (the hit's date is the meeting's)
        for entry in store.entries(meeting.id):
            if wanted in fold(entry.text):
                hits.append(Hit("note", meeting.date, entry.text, where))
    for item in store.journal(child_id):
        if wanted in fold(item.text):
            hits.append(Hit("journal", item.date, item.text, "home journal"))
    for contact in store.contacts(child_id):
        joined = f"{contact.who} {contact.how} {contact.summary}"
        if wanted in fold(joined):
            hits.append(Hit("contact", contact.date, joined, "contact log"))
    for question in store.questions(child_id):
        joined = f"{question.text} {question.answer}"
        if wanted in fold(joined):
            hits.append(Hit("question", "", joined, "prepared questions"))
    return hits[:limit]
