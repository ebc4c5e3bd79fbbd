"""The search index: a child's notes, journal, contact log and questions, folded once (casefolded,
accents dropped: `notes.fold`).

A plain search (`notes.search`) casefolds every text of every meeting on every key. Here each
source (a meeting's notes; the journal, the contacts and the questions in the child's file) is
kept as one casefolded string, the texts joined by NUL, with where each text starts, and the
meetings' strings are joined once more, in meeting order (`Joined`): a search is a few
`str.find` passes, and a hit is mapped back to its text by bisection. Results are exactly
`notes.search`'s: the same hits, in the same order, cut at the same limit.

Kept up to date by each source's state (`Store.notes_states`, `Store.child_stamp`): at each
search only what changed since it was indexed is read again: notes added at the end of a
meeting are appended (only the new ones are read), any other change rebuilds that one meeting.
Meeting files the store does not hold open are read once and let go (the index keeps their
texts, not the files). Thread-safe: searches run in a worker.

Size: about the texts twice more, casefolded, plus three pointers a text (about 12 MB at 50,000
notes of 60 characters over 1,000 meetings; `bench/search.py` measures it).
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from itertools import count as numbers
from typing import TYPE_CHECKING

from .notes import Hit, fold, search

if TYPE_CHECKING:
    from .records import Meeting
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


_versions = numbers()


class Part:
    """One source: its texts (as stored), each one's date (none for a meeting's notes: their
    hits take the meeting's date), and the casefolded string."""

    __slots__ = ("stamp", "texts", "dates", "blob", "starts", "count", "version")

    def __init__(self, stamp: Stamp, texts: list[str], dates: list[str]) -> None:
        self.stamp, self.texts, self.dates = stamp, texts, dates
        self.blob, self.starts = _fold(texts) if texts else ("", array("q"))
        #: How many texts the source had when read (for notes: -1 if its file was not open).
        self.count = len(texts)
        #: New at each change (what `Joined` was made from).
        self.version = next(_versions)

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
        self.version = next(_versions)

    def current(self, stamp: Stamp, count: int) -> bool:
        """Whether it holds the source as `stamp` and `count` say it is now (a count below 0:
        a file not held open, whose stamp alone tells)."""
        return self.stamp == stamp and (count < 0 or self.count == count)

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


class Joined:
    """A child's meetings' notes as one string (each meeting's casefolded string, in meeting
    order, joined by NUL): a search is one `str.find` pass over all of them, not one for each
    meeting (at 1,000 meetings the calls took twice as long as the finding). Made again from
    the meetings' own strings when one of them changed (a copy: about 1 ms at 50,000 notes)."""

    __slots__ = ("key", "parts", "places", "blob", "offsets")

    def __init__(self, parts: list[Part]) -> None:
        #: What it was made from: each meeting's part, as it was.
        self.key = tuple(p.version for p in parts)
        #: The meetings with notes, their places in `parts`, and where each one's string
        #: starts in `blob`.
        self.places = [n for n, p in enumerate(parts) if p.texts]
        self.parts = [parts[n] for n in self.places]
        self.blob = SEP.join(p.blob for p in self.parts)
        self.offsets = array("q", [0])
        self.offsets.extend(accumulate(len(p.blob) + 1 for p in self.parts))
        self.offsets.pop()

    def find(self, wanted: str, room: int) -> list[tuple[int, str]]:
        """The texts containing `wanted` (casefolded, without NUL), in order, at most `room`:
        each with its meeting's place in the parts it was made from."""
        found: list[tuple[int, str]] = []
        blob, offsets, parts = self.blob, self.offsets, self.parts
        at = blob.find(wanted)
        while at >= 0 and len(found) < room:
            which = bisect_right(offsets, at) - 1
            part, offset = parts[which], offsets[which]
            index = bisect_right(part.starts, at - offset) - 1
            found.append((self.places[which], part.texts[index]))
            if index + 1 < len(part.starts):
                at = blob.find(wanted, offset + part.starts[index + 1])
            elif which + 1 < len(parts):
                at = blob.find(wanted, offsets[which + 1])
            else:
                break
        return found


class SearchIndex:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._parts: dict[tuple[str, str], Part] = {}
        self._joined: dict[str, Joined] = {}
        self._lock = threading.Lock()

    # -- keeping it up to date --------------------------------------------------------------
    def refresh(self, child_id: str) -> None:
        """Bring every source of the child up to date (e.g. in a worker as search opens)."""
        with self._lock:
            self._refresh(child_id)

    def _refresh(self, child_id: str) -> list[Meeting]:
        """(The child's meetings, in order, as their notes were indexed.)"""
        store = self.store
        listed = store.meetings(child_id)
        meetings = {m.id for m in listed}
        for key in [k for k in self._parts if k[0] == f"meeting:{child_id}"
                    and k[1] not in meetings]:
            del self._parts[key]
        states, prefix, held = store.notes_states(meetings), f"meeting:{child_id}", self._parts
        parts = []
        for meeting in listed:  # (at every search: the meetings that did not change, quickly)
            stamp, count = states[meeting.id]
            part = held.get((prefix, meeting.id))
            if part is None or not part.current(stamp, count):
                part = self._meeting(child_id, meeting.id, stamp, count)
            parts.append(part)
        joined = self._joined.get(child_id)
        if joined is None or joined.key != tuple(p.version for p in parts):
            self._joined[child_id] = Joined(parts)
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
        return listed

    def _meeting(self, child_id: str, meeting_id: str, stamp: Stamp, count: int) -> Part:
        """The meeting's part, brought up to date."""
        key = (f"meeting:{child_id}", meeting_id)
        old = self._parts.get(key)
        if old is not None and old.current(stamp, count):
            return old
        if old is not None and old.stamp == stamp and count > old.count:
            read, added = self.store.notes_once(meeting_id, old.count)
            if read == stamp:  # notes added at the end only: read and index just those
                old.extend(read, [str(doc.get("text", "")) for _, doc in added], [])
                return old
        read, docs = self.store.notes_once(meeting_id)
        part = Part(read, [str(doc.get("text", "")) for _, doc in docs], [])
        if read[0] == "closed":
            part.count = -1
        self._parts[key] = part
        return part

    # -- searching --------------------------------------------------------------------------
    def search(self, child_id: str, query: str, limit: int = 200) -> list[Hit]:
        """What `notes.search` finds, the same way round."""
        wanted = fold(query).strip()
        if not wanted:
            return []
        if SEP in wanted:  # a NUL would match across texts: the plain search is right
            return search(self.store, child_id, query, limit)
        with self._lock:
            meetings = self._refresh(child_id)
            hits = [Hit("note", meetings[n].date, text, meetings[n].label)
                    for n, text in self._joined[child_id].find(wanted, limit)]
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
