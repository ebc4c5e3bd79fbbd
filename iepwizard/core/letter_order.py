"""Which letters fit the moment: the order of the letters screen, and the one line saying why.

The follow-up to an evaluation request leads only while that request is outstanding (sent, and
nothing logged back from the school or held with it since). After a meeting has ended, its
summary letter leads until it is marked as sent (on or after the meeting's day). Then come the
letters of the step the family is on, then the others in the order of the guide's steps (at the
first step, which has none, the evaluation request leads); within each, letters already sent
come after those not yet sent. Letters for the other track (a 504-only letter for an IEP child)
are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .content import Content
from .dates import long_form
from .records import FROM_SCHOOL, Contact, Meeting

FOLLOW_UP = "follow-up-request"
SUMMARY = "meeting-summary"
REQUESTS = {"evaluation-request", FOLLOW_UP}


@dataclass(frozen=True)
class Ordering:
    letter_ids: tuple[str, ...]
    reason: str
    outstanding_since: str = ""


def outstanding_request(contacts: Sequence[Contact], meetings: Sequence[Meeting]) -> str:
    """The date of the last evaluation request still waiting for an answer, or ""."""
    sent = [c.date for c in contacts if c.letter_id in REQUESTS and c.date]
    if not sent:
        return ""
    last = max(sent)
    answered = any(c.direction == FROM_SCHOOL and c.date >= last for c in contacts) or any(
        m.date >= last for m in meetings)
    return "" if answered else last


def summary_due(contacts: Sequence[Contact], meetings: Sequence[Meeting]) -> str:
    """The date of the last meeting, if it has ended and its summary letter is not yet sent."""
    ended = [m.date for m in meetings if m.ended and m.date]
    if not ended:
        return ""
    last = max(ended)
    sent = any(c.letter_id == SUMMARY and c.date >= last for c in contacts)
    return "" if sent else last


def order_letters(content: Content, step_id: str, contacts: Sequence[Contact],
                  meetings: Sequence[Meeting] = (), track: str = "unknown") -> Ordering:
    step = content.step(step_id)
    sent = {c.letter_id for c in contacts if c.letter_id}
    fits = [i for i, t in content.letters.items()
            if track in {"unknown", ""} or t.track in {"both", track}]
    here = [i for i in (step.letters if step else ()) if i in fits]
    since = outstanding_request(contacts, meetings)
    follow = bool(since) and FOLLOW_UP in fits
    held = summary_due(contacts, meetings) if SUMMARY in fits else ""
    first = [FOLLOW_UP] * follow + [SUMMARY] * bool(held)

    def by_sent(ids: list[str]) -> list[str]:
        return [i for i in ids if i not in sent] + [i for i in ids if i in sent]

    on_path = [i for s in content.steps for i in s.letters]  # the guide's order
    by_path = [i for i in dict.fromkeys(on_path + fits) if i in fits]
    ordered = list(dict.fromkeys(first + by_sent(here) + by_sent(by_path)))
    if follow and held:
        reason = (f"Your evaluation request of {long_form(since)} has no reply logged yet, and "
                  f"your meeting of {long_form(held)} has ended: the follow-up and the "
                  f"meeting's summary come first; then this step's letters.")
    elif follow:
        reason = (f"Your evaluation request of {long_form(since)} has no reply logged yet, so "
                  f"the follow-up comes first; then this step's letters.")
    elif held:
        reason = (f"Your meeting of {long_form(held)} has ended: its summary letter comes "
                  f"first; then this step's letters.")
    elif here:
        reason = "This step's letters come first; letters you have marked as sent come after."
    else:
        reason = ("Letters in the order of the guide's steps; letters you have marked as sent "
                  "come after.")
    return Ordering(tuple(ordered), reason, since)
