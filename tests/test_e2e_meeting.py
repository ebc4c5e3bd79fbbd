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
    terminal.wait_for("✓ DECISION we agreed on reading")
    terminal.type("half a thought")
    time.sleep(1.6)  # one idle second: the draft is saved
    os.kill(pid, signal.SIGKILL)
    terminal.wait_exit()
    terminal.kill_session()

    with Store.open(data, readonly=True) as store:
        child = store.find_child("Sam")
        assert child is not None
        meeting = store.meetings(child["id"])[0]
        assert [e["text"] for e in store.entries(meeting["id"])] == [
            n.removeprefix("! ") for n in notes]
        assert store.draft(meeting["id"]) == "half a thought"

    terminal.start(command, env=env)
    terminal.wait_for("Step 1.")
    terminal.keys("m")
    terminal.wait_for("Continue: IEP meeting")
    terminal.keys("Enter")
    screen = terminal.wait_for("note 5 from the meeting")
    assert "note 1 from the meeting" in screen
    assert "half a thought" in screen
