"""End-to-end in a real terminal (tmux): `iepwizard decode` fits a narrow terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .terminal import Terminal, app_env, installed_command, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]
REPORT = ("On the WISC-V her Working Memory Index was 82 (12th percentile) and her Processing "
          "Speed Index 76. BASC-3 parent ratings: Hyperactivity T = 71.\n")


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(width=60, height=80)
    yield term
    term.close()


def test_decode_wraps_at_a_narrow_terminals_width(terminal: Terminal, tmp_path: Path) -> None:
    # wrapped at 79 in 60 columns, each chart row broke in two (a new-user walk)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    terminal.start(installed_command(), "decode", str(report), env=app_env(tmp_path))
    terminal.wait_exit()
    lines = terminal.tmux("capture-pane", "-p", "-J", "-S", "-", "-t",
                          terminal.session).splitlines()
    assert any(line.startswith("Working Memory") and line.rstrip().endswith("SS 82    12th")
               for line in lines), "\n".join(lines)
    assert max(len(line.rstrip()) for line in lines) <= 60, "\n".join(lines)
