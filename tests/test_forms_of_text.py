"""Dates as people type them, grades as letters print them, and the export in its three forms:
plain text with no Markdown marks, Markdown, and a page that can never fetch anything."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.dates import grade_label, long_date, parse_date
from iepwizard.core.export import child_markdown
from iepwizard.core.export_formats import to_html, to_text
from iepwizard.core.store import Store

D = dt.date


@pytest.mark.parametrize(("typed", "meant"), [
    ("2017-03-14", D(2017, 3, 14)), ("3/14/2017", D(2017, 3, 14)),
    ("03/14/2017", D(2017, 3, 14)), ("3-14-17", D(2017, 3, 14)),
    ("March 14 2017", D(2017, 3, 14)), ("March 14, 2017", D(2017, 3, 14)),
    ("Mar. 14, 2017", D(2017, 3, 14)), ("sept 3 2026", D(2026, 9, 3)),
    ("14 March 2017", D(2017, 3, 14)), ("  march 14th, 2017 ", D(2017, 3, 14)),
    ("2/29/2024", D(2024, 2, 29)),
    ("2/29/2023", None), ("13/1/2017", None), ("next Tuesday", None), ("", None),
    ("2017-3", None), ("March 2017", None),
])
def test_the_one_date_validator(typed: str, meant: dt.date | None) -> None:
    assert parse_date(typed) == meant


def test_long_dates_and_grades() -> None:
    assert long_date(D(2026, 9, 3)) == "September 3, 2026"
    assert [grade_label(g) for g in ("2", "K", "1st", "grade 11", "12th grade", "Pre-K",
                                     "3rd grade", "ungraded")] == [
        "2nd grade", "kindergarten", "1st grade", "11th grade", "12th grade",
        "pre-kindergarten", "3rd grade", "ungraded"]


HOSTILE = ("![x](http://evil.example/x.png) <img src=http://evil.example/y.png> "
           "[link](http://evil.example) **bold** # not a heading\n# nor this\n- nor a list")


def seeded(store: Store) -> str:
    child = store.add_child("Sam", full_name="Sam Lopez")
    meeting = store.add_meeting(child.id, "2026-12-01", "IEP", "Annual", ["case manager"])
    store.add_entries(meeting.id, [("Reading 30 minutes daily", "decision"),
                                   ("Ms. Carter: send the IEP by December 19", "action"),
                                   (HOSTILE, "")])
    store.add_journal(child.id, "2026-11-20", HOSTILE)
    return child_markdown(store, store.child(child.id))  # type: ignore[arg-type]


def test_plain_text_for_email_has_no_markdown_marks(store: Store) -> None:
    text = "".join(to_text([seeded(store)]))
    assert not [line for line in text.splitlines() if line.startswith(("#", "- "))]
    for mark in ("**DECISION**", "- [ ]", "\\[", "\\*"):
        assert mark not in text, mark
    assert "Sam Lopez: notes and records\n=====" in text
    assert "• (to do) Ms. Carter: send the IEP (by December 19)" in text
    assert "• November 20, 2026: ![x](http://evil.example/x.png)" in text  # the words, as typed


def test_the_page_can_never_fetch_anything(store: Store) -> None:
    page = "".join(to_html([seeded(store)], "Sam: notes"))
    assert page.startswith("<!doctype html>") and "@media print" in page
    assert "<img" not in page and "href" not in page and "src=" not in page.replace(
        "src=http", "")
    assert "&lt;img src=http://evil.example/y.png&gt;" in page
    assert "<strong>bold</strong>" not in page and "<strong>DECISION</strong>" in page or \
        "<h3>Decisions</h3>" in page


def test_export_command_formats(store: Store, tmp_path: Path) -> None:
    seeded(store)
    store.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir",
                               str(store.data_dir), "export", *args], capture_output=True,
                              text=True, timeout=60)
    assert "### Decisions" in run().stdout
    assert "###" not in run("--format", "text").stdout
    out = tmp_path / "notes.html"
    assert run("--format", "html", "--out", str(out)).returncode == 0
    assert "<img" not in out.read_text()
    assert oct(out.stat().st_mode & 0o777) == "0o600"
