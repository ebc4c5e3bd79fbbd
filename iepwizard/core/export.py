"""Notes as Markdown: what a parent brings to the next meeting.

Markdown is the export's one source; `export_formats` turns it into plain text for an email
and into a printable page. The parent's own text is escaped for Markdown (`md_text`), so a note
can never become a link, an image or markup in any of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .dates import long_form
from .md_text import md_line, md_one_line
from .notes import CLOSING_QUESTIONS, MARK_LABELS, parse_action
from .records import FROM_SCHOOL, SENT_TO_SCHOOL, Child, Entry, Meeting
from .score_export import scores_markdown

if TYPE_CHECKING:
    from .deadline_rules import Rules
    from .scales import Scales
    from .store import Store


def _time(ts: str) -> str:
    return ts[11:16] if len(ts) >= 16 else ts


def meeting_markdown(meeting: Meeting, entries: Sequence[Entry]) -> str:
    out = [f"## {md_one_line(meeting.label)}, {long_form(meeting.date)}", ""]
    if meeting.attendees:
        out += [f"Attendees: {md_line(', '.join(meeting.attendees))}", ""]
    decisions = [e for e in entries if e.mark == "decision"]
    actions = [e for e in entries if e.mark == "action"]
    if decisions:
        out += ["### Decisions", ""] + [f"- {md_line(e.text)}" for e in decisions] + [""]
    if actions:
        out += ["### Action items", ""]
        for entry in actions:
            item = parse_action(entry.text)
            who = item.who or "who?"
            due = f" (by {md_line(item.due)})" if item.due else " (no date set)"
            out.append(f"- [ ] {md_line(who)}: {md_line(item.what)}{due}")
        out.append("")
    out += ["### Notes", ""]
    if not entries:
        out += ["(no notes)", ""]
    for entry in entries:
        label = MARK_LABELS.get(entry.mark, "note")
        tag = "" if label == "note" else f"**{label}** "
        edited = " (edited)" if entry.edited else ""
        out.append(f"- {_time(entry.ts)} {tag}{md_line(entry.text)}{edited}")
    out.append("")
    return "\n".join(out)


def _joined(lines: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """`"\n".join(lines)`, given a piece at a time (each about `size` characters)."""
    batch: list[str] = []
    held = 0
    first = True
    for line in lines:
        batch.append(line)
        held += len(line) + 1
        if held >= size:
            yield ("" if first else "\n") + "\n".join(batch)
            first, batch, held = False, [], 0
    if batch or first:
        yield ("" if first else "\n") + "\n".join(batch)


def child_markdown(store: Store, child: Child, rules: Rules | None = None,
                   scales: Scales | None = None) -> str:
    return "".join(child_parts(store, child, rules, scales))


def child_parts(store: Store, child: Child, rules: Rules | None = None,
                scales: Scales | None = None) -> Iterator[str]:
    """A child's export, a piece at a time: each meeting's notes are read when they are
    written out (a meeting file not open is read and let go), so years of notes never sit in
    memory at once. The open action items come first: the meetings are read twice.
    `rules` and `scales`, the guide's, name key dates' settings and saved scores' ranges in
    its words (each is left out if the guide's file has problems)."""
    return _joined(_child_lines(store, child, rules, scales))


def _child_lines(store: Store, child: Child, rules: Rules | None,
                 scales: Scales | None) -> Iterator[str]:
    cid = child.id
    name = md_one_line(child.full_name or child.nickname)
    yield from [f"# {name}: notes and records", "",
                f"Exported {dt.datetime.now():%B %d, %Y at %H:%M} by iepwizard. Private: it "
                f"describes a child's needs.", ""]
    meetings = store.meetings(cid)
    yield from ["## Open action items", ""]
    actions = 0
    for meeting in meetings:
        for entry in store.read_entries(meeting.id):
            if entry.mark != "action":
                continue
            actions += 1
            item = parse_action(entry.text)
            due = f" by {md_line(item.due)}" if item.due else ""
            yield (f"- [ ] {md_line(item.who or 'who?')}: {md_line(item.what)}{due} "
                   f"(from the meeting of {long_form(meeting.date)})")
    if not actions:
        yield "(none)"
    out = ["", "## Questions still open", ""]
    questions = store.questions(cid)
    open_texts = [q.text for q in questions if not q.answer]
    have = {q.id for q in questions}
    open_texts += [text for qid, text in CLOSING_QUESTIONS.items() if qid not in have]
    out += [f"- {md_line(text)}" for text in open_texts] or ["(none)"]
    answered = [q for q in questions if q.answer]
    if answered:
        out += ["", "## Questions answered", ""]
        out += [f"- {md_line(q.text)}\n  Answer: {md_line(q.answer)}" for q in answered]
    from .iep.export_section import iep_markdown  # the IEP review and the services ledger

    out += ["", *iep_markdown(store, child)]
    out += ["# Meetings", ""]
    if not meetings:
        out += ["(no meetings yet)", ""]
    yield from out
    for meeting in reversed(meetings):
        yield meeting_markdown(meeting, store.read_entries(meeting.id))
    yield from ["# Home journal", ""]
    journal = store.journal(cid)
    yield from [f"- {long_form(j.date)}: {md_line(j.text)}" for j in journal] or [
        "(no entries yet)"]
    from .dates_export import key_dates_markdown

    yield from ["", *key_dates_markdown(store, cid, rules)]
    yield from ["# Contact log", ""]
    contacts = store.contacts(cid)
    if not contacts:
        yield "(no contacts yet)"
    for contact in contacts:
        arrow = {SENT_TO_SCHOOL: "→", FROM_SCHOOL: "←"}.get(contact.direction, "·")
        yield (f"- {long_form(contact.date)} {arrow} {md_line(contact.who)} "
               f"({md_line(contact.how)}): {md_line(contact.summary)}")
    yield ""
    yield from scores_markdown(store, cid, scales)  # saved test scores (issue 12)


def everything_markdown(store: Store | None, children: Sequence[Child],
                        rules: Rules | None = None, scales: Scales | None = None) -> str:
    return "".join(everything_parts(store, children, rules, scales))


def everything_parts(store: Store | None, children: Sequence[Child],
                     rules: Rules | None = None,
                     scales: Scales | None = None) -> Iterator[str]:
    """Every child's export, one after the other, a piece at a time (see `child_parts`)."""
    if store is None or not children:
        yield "# iepwizard notes\n\nNo children, meetings or notes are stored yet.\n"
        return
    for number, child in enumerate(children):
        if number:
            yield "\n"
        yield from child_parts(store, child, rules, scales)
