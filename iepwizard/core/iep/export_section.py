"""The IEP part of the child's printable export (the meeting prep): the last saved IEP's
findings and questions, the saved IEPs, and the services ledger. Text from the parent or the
IEP's file (its name, findings that quote it, service names, notes) is literal Markdown
(`md_text`); the ledger's table is an indented code block, which no text can leave."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..dates import long_form
from ..md_text import md_one_line
from ..records.ieps import SESSION_WORDS
from .ledger_text import services_lines
from .ledger_view import ledger_view
from .review import review_doc
from .saved import label, reread

if TYPE_CHECKING:
    from ..records import Child
    from ..store import Store


def iep_markdown(store: Store, child: Child, today: dt.date | None = None) -> list[str]:
    """Markdown lines; empty when nothing about IEPs is kept for the child."""
    ieps = store.ieps(child.id)
    sessions = store.sessions(child.id)
    if not ieps and not sessions:
        return []
    out = ["# IEP review", ""]
    if ieps:
        last = ieps[-1]
        out += [f"From {label(last)} (saved from {md_one_line(last.source_name)}). General "
                f"information, not legal advice: federal rules are shown; your state may add "
                f"its own.", ""]
        from ..store import StoreError

        try:
            review = review_doc(reread(store, child.id, last), child.name)
        except StoreError as exc:  # the text file is gone or changed: say so, go on
            out += [f"({md_one_line(str(exc))})", ""]
        else:
            out += ["## Findings", ""]
            out += [f"- {md_one_line(f.line())}" for f in review.findings] or ["(none)"]
            out += ["", "## Questions to ask about it", ""]
            out += [f"- {md_one_line(q)}" for q in review.questions()] or ["(none)"]
            out.append("")
        out += ["## Saved IEPs", ""]
        out += [f"- {i.iep_date or '(no date)'} {i.status} {i.kind}, from "
                f"{md_one_line(i.source_name)}" for i in reversed(ieps)]
        out.append("")
    out += ["## Services ledger", ""]
    view = ledger_view(store, child.id)
    if view.ieps:
        # An indented code block: the table's tabs kept, and no text can close it.
        out += [f"    {line}" if line else "" for line in
                services_lines(view, today or dt.date.today())] + [""]
    for session in reversed(sessions):
        note = f" ({md_one_line(session.note)})" if session.note else ""
        out.append(f"- {long_form(session.date)} {md_one_line(session.service)}: "
                   f"{session.minutes} "
                   f"minutes, {SESSION_WORDS[session.status]}{note}")
    if not sessions:
        out.append("(no sessions recorded)")
    out.append("")
    return out
