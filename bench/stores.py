"""Data folders for the benches: notes in the current meeting or spread over years, and a
child with five years of history. Built through the store (so the files are what the app
writes), notes a meeting at a time (one change per meeting, as a paste would make them).
"""

from __future__ import annotations

import random
from pathlib import Path

from iepwizard.core.score_history import SavedScore
from iepwizard.core.store import Store

WORDS = ["reading", "fluency", "math", "speech", "occupational", "therapy", "behavior",
         "plan", "accommodations", "extended", "time", "small", "group", "teacher", "aide",
         "bus", "schedule", "homework", "goals", "progress", "report", "evaluation",
         "consent", "services", "minutes", "weekly", "daily", "classroom", "recess", "lunch",
         "anxiety", "writing", "spelling", "attention", "focus", "breaks", "visual",
         "schedule", "counselor", "nurse", "principal", "case", "manager", "data", "probe",
         "baseline", "benchmark", "assessment"]
MARKS = ["", "", "", "decision", "action", "question", "concern"]


def note_text(rng: random.Random, n: int) -> str:
    """About 60 characters, like a typed meeting note."""
    return f"{n}: " + " ".join(rng.choices(WORDS, k=rng.randint(5, 9)))


def add_notes(store: Store, meeting_id: str, count: int, rng: random.Random) -> None:
    notes = [(note_text(rng, n), rng.choice(MARKS)) for n in range(count)]
    for start in range(0, len(notes), 5000):  # (a change is at most a few MB)
        store.add_entries(meeting_id, notes[start:start + 5000])


def meetings_store(data: Path, earlier: int, per_meeting: int, current: int,
                   seed: int = 7) -> None:
    """A child ("Bench") with `earlier` past meetings of `per_meeting` notes and one current
    meeting (open, the latest) of `current` notes."""
    rng = random.Random(seed)
    with Store.open(data) as store:
        child = store.add_child("Bench")
        for number in range(earlier):
            meeting = store.add_meeting(child.id, f"{2020 + number // 40}-"
                                        f"{1 + number % 12:02d}-{1 + number % 28:02d}")
            add_notes(store, meeting.id, per_meeting, rng)
            store.end_meeting(child.id, meeting.id)
        current_meeting = store.add_meeting(child.id, "2026-12-31")
        add_notes(store, current_meeting.id, current, rng)
        store.flush()


def five_years(data: Path, seed: int = 7) -> None:
    """A child with five years of history: 200 meetings of 50 notes, 2,000 journal entries,
    1,000 contacts, 5 evaluations with scores, key dates, an address book of 20 people."""
    rng = random.Random(seed)
    with Store.open(data) as store:
        child = store.add_child("Bench")
        for number in range(200):
            year, day = 2021 + number // 40, number % 40
            meeting = store.add_meeting(child.id, f"{year}-{1 + day % 12:02d}-"
                                        f"{1 + day % 28:02d}")
            add_notes(store, meeting.id, 50, rng)
            store.end_meeting(child.id, meeting.id)
        for n in range(2000):
            store.add_journal(child.id, f"{2021 + n // 400}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                              note_text(rng, n))
        for n in range(1000):
            store.add_contact(child.id, f"{2021 + n // 200}-{1 + n % 12:02d}-"
                              f"{1 + n % 28:02d}", rng.choice(["Ms. Carter", "Mr. Diaz"]),
                              rng.choice(["email", "phone", "letter"]), note_text(rng, n))
        for n in range(5):
            store.save_evaluation(child.id, f"Evaluation {2021 + n}", f"{2021 + n}-03-14", [
                SavedScore(f"Area {k}", "WISC-V", "standard", 80.0 + k, 10 + k)
                for k in range(20)])
        for n, event in enumerate(["request-sent", "consent-received", "evaluation-finished",
                                   "eligibility-decided", "iep-meeting", "services-start"]):
            for year in range(2021, 2026):
                store.record_event(child.id, event, f"{year}-{1 + n:02d}-10")
        for n in range(20):
            store.save_person(child.id, name=f"Person {n}", role="teacher",
                              email=f"p{n}@school.example")
        for n in range(40):
            store.add_question(child.id, note_text(rng, n))
        store.flush()


def fresh_child(data: Path) -> None:
    """A child with nothing kept yet (the reference for `five_years`)."""
    with Store.open(data) as store:
        store.add_child("Bench")
        store.flush()
