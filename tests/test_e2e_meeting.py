"""End-to-end in a real terminal (tmux): meeting mode at any input speed, and kill -9.

Keys are sent the way a paste without bracketed paste, a macro or SSH delivers them: all at
once, in one `send-keys`, with no delay at all.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepwizard.core.records import Entry
from iepwizard.core.store import Store

from .terminal import Terminal, app_env, installed_command, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]
MARKS = ["", "! ", "> Ms. Shah: ", "* ", "= "]
WORD = {"": "", "! ": "DECISION ", "> Ms. Shah: ": "ACTION Ms. Shah: ", "* ": "CONCERN ",
        "= ": "REPEAT BACK So you're saying "}


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(width=120, height=36)
    yield term
    term.close()


def open_meeting(terminal: Terminal, data: Path) -> int:
    pid = terminal.start(installed_command(), "--child", "Sam", env=app_env(data))
    terminal.wait_for("Step 1.")
    terminal.keys("m")
    terminal.wait_for("Meeting mode")
    terminal.keys("Enter")
    terminal.wait_for("Questions to ask")
    return pid


def burst(terminal: Terminal, *keys: str) -> None:
    """Every key in one tmux command: no delay between them at all."""
    terminal.tmux("send-keys", "-t", terminal.session, *keys)


def stored(data: Path) -> tuple[list[Entry], str]:
    with Store.open(data, readonly=True) as store:
        child = store.find_child("Sam")
        meetings = store.meetings(child.id) if child else []
        if not meetings or child is None:
            return [], ""
        return store.entries(meetings[0].id), store.draft(child.id,
                                                          f"meeting:{meetings[0].id}")


def wait_stored(data: Path, count: int, timeout: float = 20.0) -> list[Entry]:
    deadline = time.monotonic() + timeout
    entries: list[Entry] = []
    while time.monotonic() < deadline:
        entries = stored(data)[0]
        if len(entries) >= count:
            return entries
        time.sleep(0.1)
    raise AssertionError(f"only {len(entries)} of {count} notes reached the disk")


def test_fifty_notes_in_one_burst_are_exactly_fifty_notes(terminal: Terminal,
                                                          tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_meeting(terminal, data)
    notes = [f"{MARKS[n % len(MARKS)]}point {n:02d} of the meeting" for n in range(50)]
    burst(terminal, *[k for note in notes for k in (note, "Enter")])
    entries = wait_stored(data, 50)
    expected_marks = ["", "decision", "action", "concern", "repeat"]
    assert [e.mark for e in entries] == [expected_marks[n % 5] for n in range(50)]
    for n, entry in enumerate(entries):
        assert f"point {n:02d} of the meeting" in entry.text
    assert entries[4].text == "So you're saying point 04 of the meeting. Is that right?"
    assert stored(data)[1] == ""  # nothing left half-typed
    # On screen, paging back through the note list: every note, in order, each saved (✓).
    screen = terminal.wait_for("point 49 of the meeting")
    seen = {n for n in range(50) if f"point {n:02d} of the meeting" in screen}
    terminal.keys("BTab")  # shift+tab: from the note line to the note list
    for _ in range(12):
        terminal.tmux("send-keys", "-t", terminal.session, *["Up"] * 5)
        time.sleep(0.15)
        screen = terminal.screen()
        seen |= {n for n in range(50) if f"point {n:02d} of the meeting" in screen}
    terminal.keys("Home")
    screen = terminal.wait_for("point 00 of the meeting")
    seen |= {n for n in range(50) if f"point {n:02d} of the meeting" in screen}
    assert seen == set(range(50))
    assert "…" not in terminal.screen().replace("earlier notes", "")
    terminal.keys("C-q")
    terminal.wait_exit()
    with Store.open(data, readonly=True) as store:
        from iepwizard.core.export import child_markdown

        sam = store.find_child("Sam")
        assert sam is not None
        export = child_markdown(store, sam)
    positions = [export.index(f"point {n:02d} of the meeting", export.index("### Notes"))
                 for n in range(50)]
    assert positions == sorted(positions)


def test_a_bracketed_paste_of_three_lines_is_three_notes(terminal: Terminal,
                                                         tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_meeting(terminal, data)
    terminal.tmux("set-buffer", "-b", "notes", "first pasted line\n! a decision\nthird line")
    terminal.tmux("paste-buffer", "-p", "-b", "notes", "-t", terminal.session)
    entries = wait_stored(data, 3)
    assert [(e.mark, e.text) for e in entries] == [
        ("", "first pasted line"), ("decision", "a decision"), ("", "third line")]
    terminal.wait_for("3 notes, one per line")


def test_the_welcome_form_typed_as_one_burst(terminal: Terminal, tmp_path: Path) -> None:
    data = tmp_path / "data"
    terminal.start(installed_command(), env=app_env(data))
    terminal.wait_for("Welcome to iepwizard")
    burst(terminal, "Dana", "Tab", "Maya", "Enter")
    terminal.wait_for("Step 1.")
    terminal.keys("C-q")
    terminal.wait_exit()
    with Store.open(data, readonly=True) as store:
        assert store.parent().name == "Dana"
        assert [c.nickname for c in store.children()] == ["Maya"]


def test_kill_9_right_after_a_burst_loses_nothing_shown_as_saved(terminal: Terminal,
                                                                tmp_path: Path) -> None:
    data = tmp_path / "data"
    pid = open_meeting(terminal, data)
    notes = [f"burst note {n}" for n in range(12)]
    burst(terminal, *[k for note in notes for k in (note, "Enter")], "half a thought")
    screen = terminal.wait_for("✓ burst note 11")
    shown = [n for n in notes if f"✓ {n}" in screen]
    os.kill(pid, signal.SIGKILL)
    terminal.wait_exit()
    saved = [e.text for e in stored(data)[0]]
    assert saved[:len(shown)] == shown and set(shown) <= set(saved)
    assert saved == notes  # the app said every one was on disk

    # The meeting was left open: the next start offers it, scrolled to the latest note.
    terminal.kill_session()
    terminal.start(installed_command(), env=app_env(data))
    terminal.wait_for("was not closed")
    terminal.keys("Enter")
    screen = terminal.wait_for("burst note 11")
    # (the draft as last kept: a second after a key, so under load the start of the line)
    assert "half a thought" in screen or "half a thought".startswith(stored(data)[1])
