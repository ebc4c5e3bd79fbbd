"""Notes as Markdown: what a parent brings to the next meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .notes import CLOSING_QUESTIONS, MARK_LABELS, parse_action, visible


def _time(ts: str) -> str:
    return ts[11:16] if len(ts) >= 16 else ts


def _line(text: str) -> str:
    """One Markdown list item; later lines of the note stay inside the item. Control
    characters (pasted escape sequences) are written as visible symbols."""
    return visible(text.strip(), limit=10**9).replace("\n", "\n  ")


def meeting_markdown(meeting: dict[str, Any], entries: list[dict[str, Any]]) -> str:
    title = meeting.get("title") or f"{meeting.get('kind', '')} meeting"
    out = [f"## {title}, {meeting.get('date', '')}", ""]
    if meeting.get("attendees"):
        out += [f"Attendees: {', '.join(meeting['attendees'])}", ""]
    decisions = [e for e in entries if e.get("mark") == "decision"]
    actions = [e for e in entries if e.get("mark") == "action"]
    if decisions:
        out += ["### Decisions", ""] + [f"- {_line(e['text'])}" for e in decisions] + [""]
    if actions:
        out += ["### Action items", ""]
        for entry in actions:
            item = parse_action(entry["text"])
            who = item.who or "who?"
            due = f" (by {item.due})" if item.due else " (no date set)"
            out.append(f"- [ ] {who}: {_line(item.what)}{due}")
        out.append("")
    out += ["### Notes", ""]
    if not entries:
        out += ["(no notes)", ""]
    for entry in entries:
        label = MARK_LABELS.get(entry.get("mark", ""), "note")
        tag = "" if label == "note" else f"**{label}** "
        edited = " (edited)" if entry.get("edited") else ""
        out.append(f"- {_time(entry.get('ts', ''))} {tag}{_line(entry['text'])}{edited}")
    out.append("")
    return "\n".join(out)


def child_markdown(store: Any, child: dict[str, Any]) -> str:
    cid = child["id"]
    name = child.get("full_name") or child.get("nickname", "")
    out = [f"# {name}: notes and records", "",
           f"Exported {dt.datetime.now():%B %d, %Y at %H:%M} by iepwizard. Private: it "
           f"describes a child's needs.", ""]
    meetings = store.meetings(cid)
    entries = {m["id"]: store.entries(m["id"]) for m in meetings}
    open_actions = [(m, e) for m in meetings for e in entries[m["id"]]
                    if e.get("mark") == "action"]
    out += ["## Open action items", ""]
    if not open_actions:
        out.append("(none)")
    for meeting, entry in open_actions:
        item = parse_action(entry["text"])
        due = f" by {item.due}" if item.due else ""
        out.append(f"- [ ] {item.who or 'who?'}: {_line(item.what)}{due} "
                   f"(from the {meeting['date']} meeting)")
    out += ["", "## Questions still open", ""]
    questions = [q for q in store.questions(cid) if not q.get("answer")]
    closing = {q["id"] for q in store.questions(cid)}
    questions += [{"text": text} for qid, text in CLOSING_QUESTIONS.items() if qid not in closing]
    out += [f"- {_line(q['text'])}" for q in questions] or ["(none)"]
    answered = [q for q in store.questions(cid) if q.get("answer")]
    if answered:
        out += ["", "## Questions answered", ""]
        out += [f"- {_line(q['text'])}\n  Answer: {_line(q['answer'])}" for q in answered]
    out += ["", "# Meetings", ""]
    if not meetings:
        out += ["(no meetings yet)", ""]
    for meeting in reversed(meetings):
        out.append(meeting_markdown(meeting, entries[meeting["id"]]))
    out += ["# Home journal", ""]
    journal = store.journal(cid)
    out += [f"- {j['date']}: {_line(j['text'])}" for j in journal] or ["(no entries yet)"]
    out += ["", "# Contact log", ""]
    contacts = store.contacts(cid)
    if not contacts:
        out.append("(no contacts yet)")
    for contact in contacts:
        direction = contact.get("direction", "")
        arrow = {"to school": "→", "from school": "←"}.get(direction, "·")
        out.append(f"- {contact['date']} {arrow} {contact.get('who', '')} "
                   f"({contact.get('how', '')}): {_line(contact.get('summary', ''))}")
    out.append("")
    return "\n".join(out)


def everything_markdown(store: Any, children: list[dict[str, Any]]) -> str:
    if not children:
        return ("# iepwizard notes\n\nNo children, meetings or notes are stored yet.\n")
    return "\n".join(child_markdown(store, child) for child in children)
