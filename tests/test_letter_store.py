"""A letter and the child's record (core.letter_store), on a real store: where typed values
go, and what a letter is filled from; the same for the letters screen and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from iepwizard.core import letter_store
from iepwizard.core.content import Content
from iepwizard.core.store import Store


def test_what_is_typed_goes_where_every_letter_finds_it(store: Store, content: Content) -> None:
    template = content.letters["evaluation-request"]
    child = store.add_child("Sam").id
    shared = letter_store.keep_typed(store, child, template, {
        "parent_name": "Zoë Ørsted-Lopez", "child_date_of_birth": "3/14/2017",
        "reply_by": "January 8 2027", "_to": "someone"})
    assert shared  # (the profile and the child: the screen says so once)
    assert store.parent().name == "Zoë Ørsted-Lopez"
    record = store.child(child)
    assert record is not None and record.date_of_birth == "2017-03-14"
    assert store.letter_draft(child, "evaluation-request") == {
        "reply_by": "2027-01-08", "_to": "someone"}
    # the letter's own field only: nothing shared
    assert not letter_store.keep_typed(store, child, template, {"reply_by": "2027-02-01"})
    assert store.letter_draft(child, "evaluation-request")["reply_by"] == "2027-02-01"
    # and the next letter is filled from the profile
    other = letter_store.sources(store, child, "records-request")
    assert other.parent.name == "Zoë Ørsted-Lopez" and other.draft == {}


def test_the_meeting_summary_starts_from_the_last_meetings_decisions(store: Store) -> None:
    child = store.add_child("Sam").id
    meeting = store.add_meeting(child, "2026-11-20", "IEP")
    store.add_entry(meeting.id, "Reading 30 min daily", mark="decision")[1].result()
    store.add_entry(meeting.id, "Ms. C sends the draft by Dec 1", mark="action")[1].result()
    draft = letter_store.sources(store, child, "meeting-summary").draft
    assert draft["decisions"] == "- [still considering] Reading 30 min daily"
    assert draft["meeting_date"] == "November 20, 2026"
    # once the parent has typed the decisions, theirs are kept
    store.set_letter_draft(child, "meeting-summary", {"decisions": "- [I agree] Reading"})
    assert letter_store.sources(store, child, "meeting-summary").draft["decisions"] == \
        "- [I agree] Reading"


def test_the_command_line_fills_the_summary_from_the_meeting_as_the_app_does(
        tmp_path: Path, content: Content) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        child = store.add_child("Sam").id
        meeting = store.add_meeting(child, "2026-11-20", "IEP")
        store.add_entry(meeting.id, "Speech 2x30 min weekly", mark="decision")[1].result()
        store.add_entry(meeting.id, "Ms. C sends the IEP by Dec 19", mark="action")[1].result()
    result = subprocess.run(
        [sys.executable, "-m", "iepwizard", "--data-dir", str(data), "letter", "meeting-summary",
         *[arg for f in content.letters["meeting-summary"].fields
           if f.name not in {"meeting_date", "decisions", "open_actions"}
           for arg in ("--set", f"{f.name}={f.example}")]],
        capture_output=True, text=True, timeout=60, env={**os.environ})
    assert result.returncode == 0, result.stderr
    assert "Speech 2x30 min weekly" in result.stdout and "Ms. C sends the IEP" in result.stdout
    assert "November 20, 2026" in result.stdout
