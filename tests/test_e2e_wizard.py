"""End-to-end: the installed app in a real terminal remembers the step and the tick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .terminal import Terminal, app_env, installed_command, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal()
    yield term
    term.close()


def test_quit_and_come_back_to_the_same_step_and_tick(terminal: Terminal,
                                                      tmp_path: Path) -> None:
    command = installed_command()
    env = app_env(tmp_path / "data")
    terminal.start(command, "--child", "Sam", env=env)
    terminal.wait_for("Step 1. Does my child need an IEP or a 504 plan?")
    terminal.keys("n", "n")
    terminal.wait_for("Step 3. What the school tries first")
    terminal.keys("Space", "Space")
    terminal.wait_for("1 of 71 checklist items")
    terminal.keys("C-q")
    terminal.wait_exit()
    terminal.kill_session()

    terminal.start(command, env=env)
    screen = terminal.wait_for("Step 3. What the school tries first")
    assert "1 of 71 checklist items" in screen
    assert "Sam" in screen
