"""End-to-end: kill -9 in the middle of a meeting loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepwizard.core.store import Store

from .terminal import Terminal, app_env, installed_command, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(width=120, height=36)
    yield term
    term.close()


def test_kill_9_mid_meeting_keeps_every_note(terminal: Terminal, tmp_path: Path) -> None:
    command = installed_command()
    data = tmp_path / "data"
    env = app_env(data)
    pid = terminal.start(command, "--child", "Sam", env=env)
    terminal.wait_for("Step 1.")
    terminal.keys("m")
    terminal.wait_for("Meeting mode")
    terminal.keys("Enter")
    terminal.wait_for("Questions to ask")
    notes = [f"note {n} from the meeting" for n in range(1, 6)] + ["! we agreed on reading"]
    for note in notes:
        terminal.type(note)
        terminal.keys("Enter")
        # As a person would: see the note land before typing the next one.
        terminal.wait_for("✓ " + note.removeprefix("! ").replace("we agreed", "DECISION we")[:12])
    terminal.wait_for("✓ DECISION we agreed on reading")
    terminal.type("half a thought")
    time.sleep(1.6)  # one idle second: the draft is saved
    os.kill(pid, signal.SIGKILL)
    terminal.wait_exit()
    terminal.kill_session()

    with Store.open(data, readonly=True) as store:
        child = store.find_child("Sam")
        assert child is not None
        meeting = store.meetings(child.id)[0]
        assert [e.text for e in store.entries(meeting.id)] == [
            n.removeprefix("! ") for n in notes]
        assert store.draft(child.id, f"meeting:{meeting.id}") == "half a thought"

    terminal.start(command, env=env)
    terminal.wait_for("Step 1.")
    terminal.keys("m")
    terminal.wait_for("Continue: IEP meeting")
    terminal.keys("Enter")
    screen = terminal.wait_for("note 5 from the meeting")
    assert "note 1 from the meeting" in screen
    assert "half a thought" in screen


def test_a_burst_of_notes_loses_and_repeats_nothing(terminal: Terminal, tmp_path: Path) -> None:
    """Keys sent faster than the app handles them (a busy moment, a fast typist): whatever the
    order Enter is handled in, every character is saved exactly once."""
    data = tmp_path / "data"
    terminal.start(installed_command(), "--child", "Sam", env=app_env(data))
    terminal.wait_for("Step 1.")
    terminal.keys("m")
    terminal.wait_for("Meeting mode")
    terminal.keys("Enter")
    terminal.wait_for("Questions to ask")
    typed = [f"n{n}" for n in range(20)]
    for text in typed:
        terminal.tmux("send-keys", "-t", terminal.session, "-l", text)
        terminal.tmux("send-keys", "-t", terminal.session, "Enter")
    # Notes may be split anywhere in a burst; what matters is what reached the disk.
    deadline = time.monotonic() + 15
    saved_text = ""
    while time.monotonic() < deadline:
        with Store.open(data, readonly=True) as store:
            child = store.find_child("Sam")
            meetings = store.meetings(child.id) if child else []
            if meetings:
                saved = [e.text for e in store.entries(meetings[0].id)]
                saved_text = "".join(saved) + store.draft(child.id, f"meeting:{meetings[0].id}")
        if saved_text == "".join(typed):
            break
        time.sleep(0.2)
    terminal.keys("C-q")
    terminal.wait_exit()
    assert saved_text == "".join(typed)
    with Store.open(data, readonly=True) as store:
        child = store.find_child("Sam")
        assert child is not None
        meeting = store.meetings(child.id)[0]
        saved = [e.text for e in store.entries(meeting.id)]
        assert "".join(saved) + store.draft(child.id, f"meeting:{meeting.id}") == "".join(typed)
