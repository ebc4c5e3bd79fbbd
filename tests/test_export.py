"""Exports: what a parent brings to the next meeting, from the store and the command line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from iepwizard.core.export import child_markdown, everything_markdown, meeting_markdown
from iepwizard.core.notes import parse_action, search, split_mark
from iepwizard.core.safe_text import visible
from iepwizard.core.store import Store


def seed(store: Store) -> dict[str, str]:
    child = store.add_child("Sam", full_name="Sam Lopez")
    meeting = store.add_meeting(child.id, "2026-12-01", "IEP", "Annual IEP",
                                ["case manager"])
    store.add_entry(meeting.id, "Reading 30 minutes daily with Mr. Diaz", "decision")
    store.add_entry(meeting.id, "Ms. Carter: send the final IEP by December 19", "action")
    store.add_entry(meeting.id, "Evaluate handwriting", "action")
    store.add_entry(meeting.id, "pasted \x1b[31m [b]", "")
    store.add_question(child.id, "Who is the case manager?")
    store.add_journal(child.id, "2026-11-20", "Homework took 2 hours")
    store.add_contact(child.id, "2026-11-21", "Ms. Carter", "email", "Asked for a meeting",
                      direction="to school")
    store.flush()
    return {"child": child.id, "meeting": meeting.id}


def test_marks_actions_and_visible_text() -> None:
    assert split_mark("! agreed") == ("decision", "agreed")
    assert split_mark("> Bo: call by Friday") == ("action", "Bo: call by Friday")
    assert split_mark("?! odd") == ("", "?! odd")
    assert split_mark("plain") == ("", "plain")
    item = parse_action("Ms. Carter: send the final IEP by December 19")
    assert (item.who, item.what, item.due) == ("Ms. Carter", "send the final IEP",
                                               "December 19")
    assert parse_action("Evaluate handwriting").who == ""
    assert visible("a\x1b[31mb\x07\tc\n") == "a␛[31mb␇\tc\n"
    assert visible("x" * 10, limit=4).startswith("xxxx … (6 more characters")


def test_child_export_leads_with_what_to_bring(store: Store) -> None:
    ids = seed(store)
    child = store.child(ids["child"])
    assert child is not None
    text = child_markdown(store, child)
    assert text.startswith("# Sam Lopez: notes and records")
    assert ("- [ ] Ms. Carter: send the final IEP by December 19 (from the meeting of "
            "December 1, 2026)") in text
    assert "- [ ] who?: Evaluate handwriting" in text
    assert "- Who is the case manager?" in text
    assert "- How will we track whether these supports are working?" in text
    assert "### Decisions\n\n- Reading 30 minutes daily with Mr. Diaz" in text
    assert "pasted ␛\\[31m \\[b\\]" in text and "\x1b" not in text
    assert "- November 20, 2026: Homework took 2 hours" in text
    assert "- November 21, 2026 → Ms. Carter (email): Asked for a meeting" in text
    meeting = store.meetings(ids["child"])[0]
    assert "Attendees: case manager" in meeting_markdown(meeting, store.entries(ids["meeting"]))


def test_search_across_records(store: Store) -> None:
    ids = seed(store)
    kinds = sorted(h.kind for h in search(store, ids["child"], "carter"))
    assert kinds == ["contact", "note"]
    assert search(store, ids["child"], "HOMEWORK")[0].kind == "journal"
    assert search(store, ids["child"], "  ") == []


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iepwizard", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ})


def test_cli_export_with_no_data_writes_a_short_private_file(tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    result = run("--data-dir", str(tmp_path / "empty"), "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text() == everything_markdown(None, [])


def test_cli_export_all_children_or_one(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        seed(store)
        other = store.add_child("Alex")
        store.add_journal(other.id, "2026-11-22", "Alex slept well")
    both = run("--data-dir", str(data_dir), "export")
    assert both.returncode == 0
    assert "# Sam Lopez: notes and records" in both.stdout
    assert "# Alex: notes and records" in both.stdout
    one = run("--data-dir", str(data_dir), "export", "--child", "alex")
    assert "Sam Lopez" not in one.stdout and "Alex slept well" in one.stdout
    assert "\x1b" not in both.stdout
    missing = run("--data-dir", str(data_dir), "export", "--child", "Robin")
    assert missing.returncode == 2
    assert "there is no child called 'Robin'" in missing.stderr


def test_export_works_while_the_app_holds_the_lock(data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        seed(store)
        result = run("--data-dir", str(data_dir), "export", "--child", "Sam")
        assert result.returncode == 0, result.stderr
        assert "Reading 30 minutes daily" in result.stdout
    finally:
        store.close()


def test_a_journal_entry_of_two_paragraphs_stays_one_item_in_plain_text(store: Store) -> None:
    """The second paragraph sits under its entry, not as an entry of its own without a date."""
    from iepwizard.core.export_formats import to_text

    child = store.add_child("Sam")
    store.add_journal(child.id, "2026-11-02", "Tired after school.\n\nCried over spelling.")
    store.add_journal(child.id, "2026-11-03", "A good day")
    plain = "".join(to_text([child_markdown(store, store.children()[0])]))
    journal = plain.split("Home journal", 1)[1].split("\n\n\n", 1)[0]
    assert "• November 2, 2026: Tired after school.\n\n  Cried over spelling.\n" in journal
    assert journal.count("• ") == 2  # two entries, two bullets
