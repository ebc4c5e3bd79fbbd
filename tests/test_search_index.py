"""The search index finds exactly what the plain search finds, and follows every save."""

from __future__ import annotations

import random
from pathlib import Path

from iepwizard.core.notes import search
from iepwizard.core.search_index import SearchIndex
from iepwizard.core.store import Store

WORDS = ["reading", "Reading", "READING", "math", "speech", "Straße", "STRASSE", "İstanbul",
         "naïve", "ﬁle", "Ms. Carter", "carter's", "OT", "IEP", "504", "homework", "écrit"]
QUERIES = ["reading", "READING", "strasse", "straße", "ss", "i̇stanbul", "istanbul", "naïve",
           "file", "fi", "carter", "carter's", "ot", "iep", "504", "work", "É", "x", " a ",
           "ms. c", "nothing like this", "e", "\x00", "r\x00", "ding ma"]


def fill(store: Store, seed: int = 7, meetings: int = 12, notes: int = 40) -> str:
    rng = random.Random(seed)
    child = store.add_child("Sam")
    for n in range(meetings):
        meeting = store.add_meeting(child.id, f"2026-{1 + n % 12:02d}-{1 + n % 27:02d}",
                                    rng.choice(["IEP", "504", "other"]))
        store.add_entries(meeting.id, [(" ".join(rng.choices(WORDS, k=rng.randint(1, 6))),
                                        rng.choice(["", "decision", "action"]))
                                       for _ in range(notes)])
    for n in range(30):
        store.add_journal(child.id, f"2026-0{1 + n % 9}-1{n % 10}",
                          " ".join(rng.choices(WORDS, k=4)))
        store.add_contact(child.id, f"2026-0{1 + n % 9}-1{n % 10}", rng.choice(WORDS), "email",
                          " ".join(rng.choices(WORDS, k=3)))
    for _ in range(5):
        store.add_question(child.id, " ".join(rng.choices(WORDS, k=5)))
    store.flush()
    return child.id


def same(store: Store, index: SearchIndex, child_id: str, limit: int = 200) -> None:
    for query in QUERIES:
        assert index.search(child_id, query, limit) == search(store, child_id, query, limit), \
            query


def test_the_index_finds_what_the_plain_search_finds(store: Store) -> None:
    child_id = fill(store)
    index = SearchIndex(store)
    same(store, index, child_id)
    same(store, index, child_id, limit=7)  # cut at the same place
    assert len(index.search(child_id, "e")) == 200  # more than the limit exist
    assert index.search(child_id, "  ") == []


def test_the_index_follows_every_save(store: Store) -> None:
    child_id = fill(store, meetings=3)
    index = SearchIndex(store)
    same(store, index, child_id)
    meeting = store.meetings(child_id)[1]
    part = index._parts[(f"meeting:{child_id}", meeting.id)]
    entry, saved = store.add_entry(meeting.id, "A new note about the bus ride and reading")
    saved.result()
    assert [h.text for h in index.search(child_id, "bus ride")] == [entry.text]
    assert index._parts[(f"meeting:{child_id}", meeting.id)] is part  # appended, not rebuilt
    same(store, index, child_id)
    store.edit_entry(meeting.id, entry.doc_id, text="The bus ride became a van ride").result()
    assert [h.text for h in index.search(child_id, "van ride")] == [
        "The bus ride became a van ride"]
    same(store, index, child_id)
    first = store.entries(meeting.id)[0]
    store.delete_entry(meeting.id, first.doc_id).result()
    same(store, index, child_id)
    store.restore_entry(meeting.id, first).result()
    same(store, index, child_id)
    later = store.add_meeting(child_id, "2025-01-01", "IEP")  # sorts first
    store.add_entry(later.id, "reading at the earliest meeting")
    store.add_journal(child_id, "2026-12-31", "Reading log started")
    store.add_contact(child_id, "2026-12-30", "Mr. Diaz", "phone", "about reading")
    question = store.add_question(child_id, "How is reading measured?")
    same(store, index, child_id)
    store.update_question(child_id, question.id, asked=True, answer="With a fluency probe")
    assert index.search(child_id, "fluency probe")[0].kind == "question"
    same(store, index, child_id)


def test_meetings_not_open_are_read_once_and_let_go(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as writer:
        child_id = fill(writer, meetings=4)
    store = Store.open(tmp_path / "data")
    try:
        index = SearchIndex(store)
        meetings = store.meetings(child_id)
        assert index.search(child_id, "reading") == search(store, child_id, "reading")
        # (the plain search opened every meeting's file; a fresh store shows the index did not)
    finally:
        store.close()
    store = Store.open(tmp_path / "data", readonly=True)
    try:
        index = SearchIndex(store)
        hits = index.search(child_id, "reading")
        assert hits and all(store.layout.meeting(m.id) not in store._files for m in meetings)
        assert hits == search(store, child_id, "reading")
    finally:
        store.close()


def test_a_meeting_opened_after_indexing_is_followed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as writer:
        child_id = fill(writer, meetings=2)
    store = Store.open(tmp_path / "data")
    try:
        index = SearchIndex(store)
        same(store, index, child_id)
        meeting = store.meetings(child_id)[0]
        store.add_entry(meeting.id, "zebra crossing on the way to school")[1].result()
        assert [h.text for h in index.search(child_id, "zebra")] == [
            "zebra crossing on the way to school"]
        same(store, index, child_id)
    finally:
        store.close()


def test_a_note_s_hit_names_its_meeting_by_title(store: Store) -> None:
    child = store.add_child("Sam")
    titled = store.add_meeting(child.id, "2026-11-20", "IEP", "Eligibility")
    plain = store.add_meeting(child.id, "2026-11-21", "504")
    store.add_entry(titled.id, "reading goals")
    store.add_entry(plain.id, "reading at home")
    store.flush()
    hits = SearchIndex(store).search(child.id, "reading")
    assert [(h.where, h.date) for h in hits] == [("Eligibility", "2026-11-20"),
                                                 ("504 meeting", "2026-11-21")]
    assert hits == search(store, child.id, "reading")


def test_a_name_is_found_without_its_accents(store: Store) -> None:
    """A parent types "zak" for Mr. Żak, "orsted" for Ørsted: both searches find them (a
    new-user walk found "Nothing found."), and an accented query finds the plain spelling."""
    child = store.add_child("Zoë").id
    meeting = store.add_meeting(child, "2026-11-20", "IEP")
    store.add_entry(meeting.id, "Reading group with Mr. Żak starts Monday")[1].result()
    store.add_journal(child, "2026-11-21", "Talked to Ms. Ørsted about the bus").result()
    store.add_journal(child, "2026-11-22", "Zak said the group went well").result()
    index = SearchIndex(store)
    for query, texts in (("zak", 2), ("ŻAK", 2), ("orsted", 1), ("Ørsted", 1), ("łódź", 0)):
        plain, indexed = search(store, child, query), index.search(child, query)
        assert plain == indexed and len(plain) == texts, (query, plain)


def test_notes_are_searched_as_one_string_made_again_only_after_a_change(store: Store) -> None:
    """All meetings' notes are found in one pass over one string (meetings without notes
    between them included); it is kept from search to search until a note changes."""
    child_id = fill(store, meetings=4, notes=10)
    for date in ("2026-02-15", "2025-01-01", "2027-01-01"):  # empty: between, first, last
        store.add_meeting(child_id, date, "IEP")
    index = SearchIndex(store)
    same(store, index, child_id)
    same(store, index, child_id, limit=3)
    joined = index._joined[child_id]
    same(store, index, child_id)
    assert index._joined[child_id] is joined  # nothing changed: kept
    empty = store.meetings(child_id)[0]
    store.add_entry(empty.id, "the first note of the earliest meeting, about reading")
    assert index.search(child_id, "earliest meeting")[0].where == empty.label
    assert index._joined[child_id] is not joined
    same(store, index, child_id)
