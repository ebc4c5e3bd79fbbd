"""Every section of the export writes the parent's own text as literal Markdown: an IEP's file
name, its services and the ledger's notes, key-date breaks, evaluation names and scores show as
typed in the Markdown, the printable page and the plain text, and make no heading, list, link,
emphasis or HTML."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from iepwizard.core.export import child_markdown
from iepwizard.core.export_formats import to_html, to_text
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep
from iepwizard.core.iep.source import read_iep
from iepwizard.core.md_text import md_escape, md_line, md_one_line
from iepwizard.core.score_history import SavedScore
from iepwizard.core.store import Store

from .ledger_fixture import iep_text

HOSTILE_SERVICE = "**Speech** <script>x</script> [go](http://evil.example) & `tick`"
HOSTILE_FILE = "# Maya _IEP_ [x](evil.example) <img src=x>.txt"
SESSION_NOTE = "- out sick\n# not a heading *really*"
BREAK_NAME = "1. Winter **break** <b>"
EVALUATION = "# Triennial <script>"
AREA, TEST = "**Reading** [x](http://evil.example)", "<b>WIAT</b>"
#: What no parent text may turn into on the printable page (the ledger's table is the one
#: code block).
MADE = re.compile(r"<(?:strong|em|a |img|script|b>|ol|blockquote)|(?<!<pre>)<code")
HEADINGS = ["Maya: notes and records", "Open action items", "Questions still open",
            "IEP review", "Findings", "Questions to ask about it", "Saved IEPs",
            "Services ledger", "Meetings", "Home journal", "Key dates", "Contact log",
            "Test scores", "# Triennial &lt;script&gt;, March 14, 2024", "Re-eval, March 14, 2026",
            "Year to year"]


def _hostile_child(store: Store, tmp_path: Path) -> str:
    """A child with an IEP saved from a file of a hostile name, with a hostile service, a
    session, a school break and two evaluations."""
    child = store.add_child("Maya")
    text = iep_text("08/31/2026", 2, "09/07/2026").replace("Speech Therapy", HOSTILE_SERVICE)
    path = tmp_path / HOSTILE_FILE
    path.write_text(text, encoding="utf-8")
    source = read_iep(str(path))
    keep(store, child.id, source, find_parts(source.text), "final", None)
    store.add_session(child.id, "2026-09-08", HOSTILE_SERVICE, 30, "delivered", SESSION_NOTE)
    store.add_break(child.id, dt.date(2026, 12, 21), dt.date(2027, 1, 1), BREAK_NAME)
    for name, day, value in ((EVALUATION, "2024-03-14", 84.0), ("Re-eval", "2026-03-14", 80.0)):
        store.save_evaluation(child.id, name, day,
                              [SavedScore(AREA, TEST, "standard", value, 14)])
    store.flush()
    return child.id


def test_every_section_writes_the_parents_text_as_literal_markdown(
        store: Store, tmp_path: Path) -> None:
    child = store.child(_hostile_child(store, tmp_path))
    assert child is not None
    markdown = child_markdown(store, child)
    for section in ("# IEP review", "# Key dates", "# Test scores", "## Year to year"):
        assert section in markdown
    # Each piece is escaped where it stands (the session's note on one line).
    assert f"saved from {md_one_line(str(tmp_path / HOSTILE_FILE))})" in markdown
    assert f"September 8, 2026 {md_one_line(HOSTILE_SERVICE)}: 30 minutes" in markdown
    assert f"({md_one_line(SESSION_NOTE)})" in markdown
    assert f"January 1, 2027: {md_line(BREAK_NAME)}" in markdown
    assert f"## {md_one_line(EVALUATION)}, March 14, 2024" in markdown
    assert md_escape(AREA) in markdown and md_escape(TEST) in markdown
    # No line the parent wrote starts a block: every line is one the export made.
    for line in markdown.splitlines():
        assert not line.startswith(("# Maya _", "# not", "1. Winter", "# Triennial")), line
    page = "".join(to_html([markdown], "Maya"))
    assert not MADE.search(page), MADE.findall(page)
    assert re.findall(r"<h\d>(.*?)</h\d>", page) == HEADINGS
    for typed in (HOSTILE_SERVICE, HOSTILE_FILE, BREAK_NAME, AREA, TEST,
                  "out sick # not a heading *really*", EVALUATION):
        assert html.escape(typed, quote=False) in page, typed
    plain = "".join(to_text([markdown]))
    for typed in (HOSTILE_SERVICE, HOSTILE_FILE, BREAK_NAME, AREA, TEST, EVALUATION):
        assert typed in plain, typed


def test_md_line_and_md_one_line() -> None:
    assert md_line("  a *b*\n# c ") == "a \\*b\\*\n  \\# c"
    assert md_one_line("a\n# c\td") == "a # c d"
    assert md_escape("1. a\n2) b\n- c\n+ d\n1.5 e") == "1\\. a\n2\\) b\n\\- c\n\\+ d\n1\\.5 e"
    assert md_one_line("AT&T &lt;b&gt; \x1b]0;x\x07") == "AT\\&T \\&lt;b\\&gt; ␛\\]0;x␇"
