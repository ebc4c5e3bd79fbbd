"""The streamed export gives the same bytes as the export made whole, in every format, from the
store and from the command line; it reads each meeting once without keeping it."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from iepwizard.core.dates import long_form
from iepwizard.core.export import (
    child_markdown,
    child_parts,
    everything_markdown,
    meeting_markdown,
)
from iepwizard.core.export_formats import to_html, to_text
from iepwizard.core.md_text import md_line, md_one_line
from iepwizard.core.notes import CLOSING_QUESTIONS, parse_action
from iepwizard.core.records import FROM_SCHOOL, SENT_TO_SCHOOL, Child
from iepwizard.core.safe_text import printable
from iepwizard.core.score_export import scores_markdown
from iepwizard.core.score_history import SavedScore
from iepwizard.core.store import Store

STAMP = re.compile(r"Exported \w+ \d\d, \d{4} at \d\d:\d\d by iepwizard")


def reference(store: Store, child: Child) -> str:
    """The export as it was made before it was streamed (every meeting's notes held at once):
    what the streamed export must equal, byte for byte."""
    from iepwizard.core.dates_export import key_dates_markdown

    cid = child.id
    name = md_one_line(child.full_name or child.nickname)
    out = [f"# {name}: notes and records", "",
           f"Exported {dt.datetime.now():%B %d, %Y at %H:%M} by iepwizard. Private: it "
           f"describes a child's needs.", ""]
    meetings = store.meetings(cid)
    entries = {m.id: store.entries(m.id) for m in meetings}
    open_actions = [(m, e) for m in meetings for e in entries[m.id] if e.mark == "action"]
    out += ["## Open action items", ""]
    if not open_actions:
        out.append("(none)")
    for meeting, entry in open_actions:
        item = parse_action(entry.text)
        due = f" by {md_line(item.due)}" if item.due else ""
        out.append(f"- [ ] {md_line(item.who or 'who?')}: {md_line(item.what)}{due} "
                   f"(from the meeting of {long_form(meeting.date)})")
    out += ["", "## Questions still open", ""]
    questions = store.questions(cid)
    open_texts = [q.text for q in questions if not q.answer]
    have = {q.id for q in questions}
    open_texts += [text for qid, text in CLOSING_QUESTIONS.items() if qid not in have]
    out += [f"- {md_line(text)}" for text in open_texts] or ["(none)"]
    answered = [q for q in questions if q.answer]
    if answered:
        out += ["", "## Questions answered", ""]
        out += [f"- {md_line(q.text)}\n  Answer: {md_line(q.answer)}" for q in answered]
    out += ["", "# Meetings", ""]
    if not meetings:
        out += ["(no meetings yet)", ""]
    for meeting in reversed(meetings):
        out.append(meeting_markdown(meeting, entries[meeting.id]))
    out += ["# Home journal", ""]
    journal = store.journal(cid)
    out += [f"- {long_form(j.date)}: {md_line(j.text)}" for j in journal] or [
        "(no entries yet)"]
    out += ["", *key_dates_markdown(store, cid)]
    out += ["# Contact log", ""]
    contacts = store.contacts(cid)
    if not contacts:
        out.append("(no contacts yet)")
    for contact in contacts:
        arrow = {SENT_TO_SCHOOL: "→", FROM_SCHOOL: "←"}.get(contact.direction, "·")
        out.append(f"- {long_form(contact.date)} {arrow} {md_line(contact.who)} "
                   f"({md_line(contact.how)}): {md_line(contact.summary)}")
    out.append("")
    out += scores_markdown(store, cid)
    return "\n".join(out)


def same_time(text: str) -> str:
    return STAMP.sub("Exported at one time by iepwizard", text)


def fill(store: Store, name: str, meetings: int) -> Child:
    rng = random.Random(name)
    child = store.add_child(name, full_name=f"{name} *Lopez* <b>")
    for n in range(meetings):
        meeting = store.add_meeting(child.id, f"2026-{1 + n % 12:02d}-0{1 + n % 9}",
                                    "IEP", f"Meeting # {n}", ["case manager", "Ms. [x]"])
        store.add_entries(meeting.id, [
            (rng.choice(["Ms. Carter: send the draft by Dec 19", "Reading daily", "# heading?",
                         "pasted \x1b[31m red", "two\nlines", "- a dash", "ok"]) + f" {k}",
             rng.choice(["", "action", "decision", "question", "concern"]))
            for k in range(rng.randint(0, 30))])
    store.add_question(child.id, "Who is the case manager?")
    answered = store.add_question(child.id, "How is *reading* measured?")
    store.update_question(child.id, answered.id, asked=True, answer="A probe\nweekly")
    store.add_journal(child.id, "2026-11-20", "Homework took 2 hours")
    store.add_contact(child.id, "2026-11-21", "Ms. Carter", "email", "Asked for a meeting",
                      direction="to school")
    store.record_event(child.id, "request-sent", "2026-09-01")
    store.save_evaluation(child.id, "Triennial 2026", "2026-03-14",
                          [SavedScore("Reading", "WIAT-4", "standard", 84.0, 14)])
    store.flush()
    return child


def test_the_streamed_export_is_the_export_made_whole(store: Store) -> None:
    children = [fill(store, "Sam", 9), fill(store, "Ana", 0)]
    for child in children:
        expected = reference(store, child)
        assert same_time(child_markdown(store, child)) == same_time(expected)
        pieces = list(child_parts(store, child))
        assert same_time("".join(pieces)) == same_time(expected)
    whole = "\n".join(reference(store, child) for child in children)
    assert same_time(everything_markdown(store, children)) == same_time(whole)


def test_text_and_page_do_not_depend_on_where_the_pieces_end(store: Store) -> None:
    markdown = reference(store, fill(store, "Sam", 6))
    rng = random.Random(3)
    cuts = sorted(rng.sample(range(1, len(markdown)), 40))
    pieces = [markdown[a:b] for a, b in zip([0, *cuts], [*cuts, len(markdown)], strict=True)]
    assert "".join(to_text(pieces)) == "".join(to_text([markdown]))
    assert "".join(to_html(pieces, "t")) == "".join(to_html([markdown], "t"))


def test_the_command_writes_the_same_bytes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        child = fill(store, "Sam", 12)
        expected = reference(store, child)
    env = {k: v for k, v in os.environ.items() if k != "IEPWIZARD_DATA_DIR"}
    for fmt, made in (("md", expected), ("text", "".join(to_text([expected]))),
                      ("html", "".join(to_html([expected], "iepwizard notes")))):
        out = tmp_path / f"export.{fmt}"
        done = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data),
                               "export", "--format", fmt, "--out", str(out)],
                              capture_output=True, text=True, timeout=60, env=env)
        assert done.returncode == 0, done.stderr
        assert same_time(out.read_bytes().decode("utf-8")) == same_time(made), fmt
        assert oct(out.stat().st_mode & 0o777) == "0o600"
        printed = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data),
                                  "export", "--format", fmt], capture_output=True, text=True,
                                 timeout=60, env=env)
        assert same_time(printed.stdout) == same_time(printable(made)), fmt
    assert not list(tmp_path.glob(".*iepwizard-tmp"))


def test_the_export_does_not_keep_the_meetings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        child = fill(store, "Sam", 5)
    reader = Store.open(tmp_path / "data", readonly=True)
    try:
        text = child_markdown(reader, child)
        assert "Meeting # 4" in text
        meetings = {reader.layout.meeting(m.id) for m in reader.meetings(child.id)}
        assert meetings and not meetings & set(reader._files)
    finally:
        reader.close()


def test_a_long_list_is_parsed_in_batches_with_the_same_result(store: Store) -> None:
    """Thousands of action items and a meeting of thousands of notes: the page and the text
    are what parsing each section whole gives."""
    from markdown_it import MarkdownIt

    from iepwizard.core import export_formats

    child = store.add_child("Sam")
    meeting = store.add_meeting(child.id, "2026-12-01", "IEP")
    rng = random.Random(5)
    store.add_entries(meeting.id, [
        (rng.choice(["Ms. Carter: send it by Friday", "two\nlines - - -", "# not a heading",
                     "  indented", "1. numbered", "---", "=== ", "*star*", "a\n\nb"]) + f" {n}",
         rng.choice(["action", "", "decision"])) for n in range(3 * export_formats.BATCH)])
    store.flush()
    markdown = child_markdown(store, child)
    parser = MarkdownIt("commonmark", {"html": False})
    parser.disable(["image", "link", "autolink", "html_inline", "html_block"])
    whole = "".join(parser.render(section) for section in export_formats.sections([markdown]))
    page = "".join(to_html([markdown], "t"))
    assert page.endswith(whole + "</body></html>\n")
    batched = [tokens for section in export_formats.sections([markdown])
               for tokens in export_formats._tokens(parser, section)]
    assert len(batched) > 6  # the long lists were cut
    export_formats.BATCH, kept = 10**9, export_formats.BATCH  # every section parsed whole
    try:
        text_whole, page_whole = "".join(to_text([markdown])), "".join(to_html([markdown], "t"))
    finally:
        export_formats.BATCH = kept
    assert "".join(to_text([markdown])) == text_whole
    assert page == page_whole
