"""End-to-end in a real terminal (tmux): the terminal closing, or a request to stop, ends the
app as quitting does, keeping what was typed in the last second (a draft is otherwise kept a
second after the last key)."""

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
TYPED = "Her Reading Composite was 85 (16th percentile), Zoë said"


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(width=100, height=30)
    yield term
    term.close()


def gone(pid: int, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:  # (ended, and not yet reaped by tmux: a zombie, "Z")
            if Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] == "Z":
                return True
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return True
        time.sleep(0.05)
    return False


def decoder_draft(data: Path) -> str:
    with Store.open(data, readonly=True) as store:
        child = store.find_child("Sam")
        assert child is not None
        return store.draft(child.id, "decoder")


@pytest.mark.parametrize("stop", ["hangup", "terminate"])
def test_what_was_just_typed_is_kept_when_the_terminal_closes(
        terminal: Terminal, tmp_path: Path, stop: str) -> None:
    pid = terminal.start(installed_command(), "--child", "Sam", env=app_env(tmp_path))
    terminal.wait_for("Step 1.")
    terminal.keys("d")
    terminal.wait_for("Decoder")
    terminal.type(TYPED)
    terminal.wait_for(TYPED[:30])  # on screen, and at once (well within the draft's second):
    if stop == "hangup":
        terminal.kill_session()  # the window closed: tmux hangs up the app's terminal
    else:
        os.kill(pid, signal.SIGTERM)
    assert gone(pid), "the app did not end"
    assert decoder_draft(tmp_path) == TYPED
    # and the data folder is free again: the app opens on it
    terminal.kill_session()
    terminal.start(installed_command(), "--child", "Sam", env=app_env(tmp_path))
    terminal.wait_for("Step 1.")


@pytest.mark.parametrize("round_", range(3))
def test_an_app_whose_terminal_closes_as_it_starts_ends(terminal: Terminal, tmp_path: Path,
                                                        round_: int) -> None:
    # Textual's exit could wait for good on writes to a terminal that is gone: the process
    # stayed, holding the data folder's lock (the next start was refused). It must end.
    pid = terminal.start(installed_command(), "--child", "Sam", env=app_env(tmp_path))
    terminal.wait_for("Step 1.")
    terminal.close()  # the whole terminal goes (tmux's server), as a window closing
    assert gone(pid), "the app was left running with its terminal gone"
