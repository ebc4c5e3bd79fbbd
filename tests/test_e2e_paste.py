"""End-to-end in a real terminal (tmux): text that comes right after a Tab, in the same burst,
lands in the field the Tab moved to, typed or pasted (a bracketed paste)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iepwizard.core.store import Store

from .terminal import Terminal, app_env, installed_command, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(width=100, height=30)
    yield term
    term.close()


@pytest.mark.parametrize("how", ["typed", "pasted"])
def test_text_after_tab_lands_in_the_next_field(how: str, terminal: Terminal,
                                                tmp_path: Path) -> None:
    data = tmp_path / "data"
    terminal.start(installed_command(), env=app_env(data))
    terminal.wait_for("first name or nickname")  # the first run's two fields
    session = terminal.session
    if how == "typed":
        terminal.tmux("send-keys", "-t", session, "-l", "Maria Lopez\tSam")
    else:  # one tmux command: the name, Tab and the paste reach the app in one write
        terminal.tmux("set-buffer", "-b", "burst", "Sam")
        terminal.tmux("send-keys", "-t", session, "-l", "Maria Lopez", ";",
                      "send-keys", "-t", session, "Tab", ";",
                      "paste-buffer", "-p", "-b", "burst", "-t", session)
    terminal.keys("Enter")  # in the nickname field: starts
    terminal.wait_for("Step 1.")
    terminal.keys("C-q")
    terminal.wait_exit()
    with Store.open(data, readonly=True) as store:
        assert store.parent().name == "Maria Lopez"
        assert store.find_child("Sam") is not None


def test_a_paste_with_escape_sequences_is_kept_whole_and_in_order(terminal: Terminal,
                                                                  tmp_path: Path) -> None:
    """Textual's parser sent the escape sequences of a bracketed paste as keys, before the
    paste: "AAA \\x1b[31mBBB\\x1b[0m CCC" was saved as "^[31mBBB^[0m CCCAAA " (paste_guard.py)."""
    data = tmp_path / "data"
    text = "AAA \x1b[31mBBB\x1b[0m CCC"
    terminal.start(installed_command(), env=app_env(data))
    terminal.wait_for("first name or nickname")
    session = terminal.session
    terminal.tmux("set-buffer", "-b", "hostile", text)
    terminal.tmux("paste-buffer", "-p", "-b", "hostile", "-t", session)
    terminal.wait_for("AAA ␛[31mBBB␛[0m CCC")  # shown as symbols, in order
    terminal.tmux("send-keys", "-t", session, "Tab", ";", "send-keys", "-t", session, "-l",
                  "Sam")
    terminal.keys("Enter")
    terminal.wait_for("Step 1.")
    terminal.keys("C-q")
    terminal.wait_exit()
    with Store.open(data, readonly=True) as store:
        assert store.parent().name == text
