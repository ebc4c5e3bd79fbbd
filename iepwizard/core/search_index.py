"""The search index: a child's notes, journal, contact log and questions, folded once (casefolded,
accents dropped: `notes.fold`).

A plain search (`notes.search`) casefolds every text of every meeting on every key. Here each
source (a meeting's notes; the journal, the contacts and the questions in the child's file) is
kept as one casefolded string, the texts joined by NUL, with where each text starts: a search
is a few `str.find` passes, and a hit is mapped back to its text by bisection. Results are
exactly `notes.search`'s: the same hits, in the same order, cut at the same limit.

Kept up to date by each source's state (`Store.notes_states`, `Store.child_stamp`): at each
search only what changed since it was indexed is read again: notes added at the end of a
meeting are appended (only the new ones are read), any other change rebuilds that one meeting.
Meeting files the store does not hold open are read once and let go (the index keeps their
texts, not the files). Thread-safe: searches run in a worker.

Size: about the texts once more, casefolded, plus three pointers a text (about 10 MB at 50,000
notes of 60 characters; `bench/search.py` measures it).
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from .notes import Hit, fold, search

if TYPE_CHECKING:
    from .store import Store
    from .store.once import Stamp

SEP = "\x00"


def _fold(texts: Sequence[str]) -> tuple[str, array[int]]:
    """The texts casefolded and joined by NUL, and where each starts in that string."""
    joined = SEP.join(texts)
    if joined.isascii():  # folding keeps every length: fold the whole at once
        folded, lengths = joined.lower(), [len(t) for t in texts]
    else:
        parts = [fold(t) for t in texts]
        folded, lengths = SEP.join(parts), [len(t) for t in parts]
    starts = array("q", [0])
    starts.extend(accumulate(n + 1 for n in lengths))
    starts.pop()
    return folded, starts


class Part:
    """One source: its texts (as stored), each one's date (none for a meeting's notes: their
    hits take the meeting's date), and the casefolded string."""

    __slots__ = ("stamp", "texts", "dates", "blob", "starts", "count")

    def __init__(self, stamp: Stamp, texts: list[str], dates: list[str]) -> None:
        self.stamp, self.texts, self.dates = stamp, texts, dates
        self.blob, self.starts = _fold(texts) if texts else ("", array("q"))
        #: How many texts the source had when read (for notes: -1 if its file was not open).
        self.count = len(texts)

    def extend(self, stamp: Stamp, texts: list[str], dates: list[str]) -> None:
        """Texts added at the end."""
        blob, starts = _fold(texts)
        offset = len(self.blob) + 1 if self.texts else 0
        self.blob = f"{self.blob}{SEP}{blob}" if self.texts else blob
        self.starts.extend(at + offset for at in starts)
        self.texts += texts
        self.dates += dates
        self.stamp = stamp
        self.count = len(self.texts)

    def find(self, wanted: str, room: int) -> list[int]:
        """The texts containing `wanted` (casefolded, without NUL), in order, at most `room`."""
        found: list[int] = []
        blob, starts = self.blob, self.starts
        at = blob.find(wanted)
        while at >= 0 and len(found) < room:
            index = bisect_right(starts, at) - 1
            found.append(index)
            if index + 1 >= len(starts):
                break
            at = blob.find(wanted, starts[index + 1])
        return found


class SearchIndex:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._parts: dict[tuple[str, str], Part] = {}
        self._lock = threading.Lock()

    # -- keeping it up to date --------------------------------------------------------------
    def refresh(self, child_id: str) -> None:
        """Bring every source of the child up to date (e.g. in a worker as search opens)."""
        with self._lock:
            self._refresh(child_id)

    def _refresh(self, child_id: str) -> None:
        store = self.store
        meetings = {m.id for m in store.meetings(child_id)}
        for key in [k for k in self._parts if k[0] == f"meeting:{child_id}"
                    and k[1] not in meetings]:
            del self._parts[key]
        for meeting_id, (stamp, count) in store.notes_states(meetings).items():
            self._meeting(child_id, meeting_id, stamp, count)
        stamp = store.child_stamp(child_id)
        if self._parts.get(("journal", child_id), None) is None or \
                self._parts[("journal", child_id)].stamp != stamp:
            journal = store.journal(child_id)
            contacts = store.contacts(child_id)
            questions = store.questions(child_id)
            self._parts[("journal", child_id)] = Part(
                stamp, [j.text for j in journal], [j.date for j in journal])
            self._parts[("contacts", child_id)] = Part(
                stamp, [f"{c.who} {c.how} {c.summary}" for c in contacts],
                [c.date for c in contacts])
            self._parts[("questions", child_id)] = Part(
                stamp, [f"{q.text} {q.answer}" for q in questions], ["" for _ in questions])

    def _meeting(self, child_id: str, meeting_id: str, stamp: Stamp, count: int) -> None:
        key = (f"meeting:{child_id}", meeting_id)
        old = self._parts.get(key)
        if old is not None and old.stamp == stamp and (count < 0 or old.count == count):
            return
        if old is not None and old.stamp == stamp and count > old.count:
            read, added = self.store.notes_once(meeting_id, old.count)
            if read == stamp:  # notes added at the end only: read and index just those
                old.extend(read, [str(doc.get("text", "")) for _, doc in added], [])
                return
        read, docs = self.store.notes_once(meeting_id)
        part = Part(read, [str(doc.get("text", "")) for _, doc in docs], [])
        if read[0] == "closed":
            part.count = -1
        self._parts[key] = part

    # -- searching --------------------------------------------------------------------------
    def search(self, child_id: str, query: str, limit: int = 200) -> list[Hit]:
        """What `notes.search` finds, the same way round."""
        wanted = fold(query).strip()
        if not wanted:
            return []
        if SEP in wanted:  # a NUL would match across texts: the plain search is right
            return search(self.store, child_id, query, limit)
        with self._lock:
            self._refresh(child_id)
            hits: list[Hit] = []
            for meeting in self.store.meetings(child_id):
                part = self._parts[(f"meeting:{child_id}", meeting.id)]
                where = meeting.label
                hits += [Hit("note", meeting.date, part.texts[i], where)
                         for i in part.find(wanted, limit - len(hits))]
                if len(hits) >= limit:
                    return hits
            for kind, source, where in (("journal", "journal", "home journal"),
                                        ("contact", "contacts", "contact log"),
                                        ("question", "questions", "prepared questions")):
                part = self._parts[(source, child_id)]
                hits += [Hit(kind, part.dates[i], part.texts[i], where)
                         for i in part.find(wanted, limit - len(hits))]
                if len(hits) >= limit:
                    return hits
            return hits
