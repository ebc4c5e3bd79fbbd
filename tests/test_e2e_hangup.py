"""End-to-end in a real terminal (tmux): the terminal closing, or a request to stop, ends the
app as quitting does, keeping what was typed in the last second (a draft is otherwise kept a
second after the last key, a letter's field 0.3 s after it).

The app runs here with those delays at a minute (`slow_drafts`: a `sitecustomize` on its
path), so what is found kept can only have been kept by the stop itself, however slow the
machine is between the typing and the signal."""

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


#: Imported by Python as it starts (on `PYTHONPATH`), before the app: the drafts' delays.
SLOW_DRAFTS = """\
import iepwizard.screens.drafts as drafts
import iepwizard.screens.letters as letters

drafts.DRAFT_DELAY = letters.SAVE_DELAY = 60.0
"""


def slow_drafts(tmp_path: Path) -> dict[str, str]:
    """The app's environment, with a draft kept a minute after the last key (not a second)."""
    (site := tmp_path / "site").mkdir()
    (site / "sitecustomize.py").write_text(SLOW_DRAFTS, encoding="utf-8")
    return {**app_env(tmp_path / "data"), "PYTHONPATH": str(site)}


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
    pid = terminal.start(installed_command(), "--child", "Sam", env=slow_drafts(tmp_path))
    terminal.wait_for("Step 1.")
    terminal.keys("d")
    terminal.wait_for("Decoder")
    terminal.type(TYPED)
    terminal.wait_for(TYPED[:30])
    if stop == "hangup":
        terminal.kill_session()  # the window closed: tmux hangs up the app's terminal
    else:
        os.kill(pid, signal.SIGTERM)
    assert gone(pid), "the app did not end"
    assert decoder_draft(tmp_path / "data") == TYPED
    # and the data folder is free again: the app opens on it
    terminal.kill_session()
    terminal.start(installed_command(), "--child", "Sam", env=app_env(tmp_path / "data"))
    terminal.wait_for("Step 1.")


def test_a_letters_field_just_typed_is_kept_when_the_terminal_closes(
        terminal: Terminal, tmp_path: Path) -> None:
    pid = terminal.start(installed_command(), "--child", "Sam", env=slow_drafts(tmp_path))
    terminal.wait_for("Step 1.")
    terminal.keys("l")
    terminal.wait_for("Exactly what is copied")
    # the form settled, its first field (the address book's list) focused: the test is of a
    # hang-up, not of keys that race the screen's opening
    terminal.wait_for("█someone else")
    time.sleep(0.5)
    terminal.keys("Tab")  # from the address book's list to "Your full name"
    terminal.type("Zoë Ørsted-Lopez")
    terminal.wait_for("Zoë Ørsted-Lopez")
    terminal.kill_session()
    assert gone(pid), "the app did not end"
    with Store.open(tmp_path / "data", readonly=True) as store:
        assert store.parent().name == "Zoë Ørsted-Lopez"


@pytest.mark.parametrize("round_", range(3))
def test_an_app_whose_terminal_closes_as_it_starts_ends(terminal: Terminal, tmp_path: Path,
                                                        round_: int) -> None:
    # Textual's exit could wait for good on writes to a terminal that is gone: the process
    # stayed, holding the data folder's lock (the next start was refused). It must end.
    pid = terminal.start(installed_command(), "--child", "Sam", env=app_env(tmp_path))
    terminal.wait_for("Step 1.")
    terminal.close()  # the whole terminal goes (tmux's server), as a window closing
    assert gone(pid), "the app was left running with its terminal gone"
