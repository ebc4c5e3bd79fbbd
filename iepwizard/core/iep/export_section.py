"""The IEP part of the child's printable export (the meeting prep): the last saved IEP's
findings and questions, the saved IEPs, and the services ledger."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..notes import visible
from ..records.ieps import SESSION_WORDS
from .ledger_text import services_lines
from .ledger_view import ledger_view
from .review import review_doc
from .saved import label, reread

if TYPE_CHECKING:
    from ..records import Child
    from ..store import Store


def _line(text: str) -> str:
    return visible(text.strip(), limit=10**6).replace("\n", " ")


def iep_markdown(store: Store, child: Child, today: dt.date | None = None) -> list[str]:
    """Markdown lines; empty when nothing about IEPs is kept for the child."""
    ieps = store.ieps(child.id)
    sessions = store.sessions(child.id)
    if not ieps and not sessions:
        return []
    out = ["# IEP review", ""]
    if ieps:
        last = ieps[-1]
        out += [f"From {label(last)} (saved from {_line(last.source_name)}). General "
                f"information, not legal advice: federal rules are shown; your state may add "
                f"its own.", ""]
        from ..store import StoreError

        try:
            review = review_doc(reread(store, child.id, last), child.name)
        except StoreError as exc:  # the text file is gone or changed: say so, go on
            out += [f"({_line(str(exc))})", ""]
        else:
            out += ["## Findings", ""]
            out += [f"- {_line(f.line())}" for f in review.findings] or ["(none)"]
            out += ["", "## Questions to ask about it", ""]
            out += [f"- {_line(q)}" for q in review.questions()] or ["(none)"]
            out.append("")
        out += ["## Saved IEPs", ""]
        out += [f"- {i.iep_date or '(no date)'} {i.status} {i.kind}, from "
                f"{_line(i.source_name)}" for i in reversed(ieps)]
        out.append("")
    out += ["## Services ledger", ""]
    view = ledger_view(store, child.id)
    if view.ieps:
        # An indented code block: the table's tabs kept, and no text can close it.
        out += [f"    {line}" if line else "" for line in
                services_lines(view, today or dt.date.today())] + [""]
    for session in reversed(sessions):
        note = f" ({_line(session.note)})" if session.note else ""
        out.append(f"- {session.date} {_line(session.service)}: {session.minutes} minutes, "
                   f"{SESSION_WORDS[session.status]}{note}")
    if not sessions:
        out.append("(no sessions recorded)")
    out.append("")
    return out
