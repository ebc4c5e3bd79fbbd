"""Bidirectional controls (embeddings, overrides, isolates, the direction marks) reorder what a
terminal shows: wherever text from people or files is made safe (`safe_text`), they are shown
as � like every other control character, on screen and on the command line."""

from __future__ import annotations

from pathlib import Path

from iepwizard.core.safe_text import one_line, printable, visible
from iepwizard.core.store import Store

from .faults_support import BIDI, cli, raw_controls

#: "Sam" followed by a right-to-left override that would show "txt.exe" as "exe.txt".
SPOOF = "Sam\u202etxt.exe"


def test_every_bidi_control_is_shown_as_a_symbol() -> None:
    assert len(BIDI) == 12
    for char in sorted(BIDI):
        text = f"a{char}b\tc\nd"
        assert printable(text) == "a\ufffdb\tc\nd", hex(ord(char))
        assert one_line(text) == "a\ufffdb c d"
        assert visible(text) == "a\ufffdb\tc\nd"
    assert printable("\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627") == (
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627")  # the letters themselves stay


def test_a_bidi_query_on_the_command_line_is_shown_as_a_symbol() -> None:
    result = cli("glossary", SPOOF)
    assert result.code == 2
    assert not raw_controls(result.err) and "Sam\ufffdtxt.exe" in result.err


def test_a_bidi_name_in_the_export_on_the_terminal(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        child = store.add_child("Sam", full_name=SPOOF)
        store.add_journal(child.id, "2026-11-02", f"note \u2067{SPOOF}\u2069 \u200f")
    result = cli("--data-dir", str(data_dir), "export")
    assert result.code == 0, result.err
    assert not raw_controls(result.out) and "Sam\ufffdtxt.exe" in result.out
