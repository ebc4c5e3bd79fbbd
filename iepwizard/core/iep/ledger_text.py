"""The services ledger as plain text: a sentence, then tab-separated tables (the command line
and the printable export)."""

from __future__ import annotations

import datetime as dt

from ..dates import long_date
from ..safe_text import one_line
from ..wording import and_list, plural
from .ledger_report import Span
from .ledger_report import assign as assign_sessions
from .ledger_view import LedgerView
from .model import number

HEADER = "service\trequired\tdelivered\tnot provided\tchild absent\tshort"
ROW_HEADER = "from\tto\tservice\trequired\tdelivered\tnot provided\tchild absent\tshort\trunning"
EXPLAIN = ("Minutes. Short = required - delivered - child absent (a negative short is minutes "
           "ahead); 'child absent' is shown and not counted as owed, 'not provided' is owed; "
           "these are the ledger's rules, not a federal formula.")
EXPLAIN_COUNTED = ("Minutes. Short = required - delivered (child-absent minutes counted as "
                   "owed too); these are the ledger's rules, not a federal formula.")


def _cells(*values: object) -> str:
    return "\t".join(one_line(str(v)) for v in values)


def services_lines(view: LedgerView, as_of: dt.date, by: Span | None = None,
                   count_absences: bool = False) -> list[str]:
    """Required against delivered per service, from the first saved final IEP to `as_of`."""
    start = view.start
    if start is None:
        return ["No service with an amount of minutes is in a saved final IEP yet."]
    if as_of < start:
        return [f"The services start on {long_date(start)}, after {long_date(as_of)}."]
    lines = [f"Services from {long_date(start)} to {long_date(as_of)}, as set out in "
             f"{view.plan_names()}."]
    if view.calendar_note:
        lines.append(view.calendar_note)
    lines += ["", HEADER]
    totals = view.summary(as_of, count_absences)
    for s in totals:
        lines.append(_cells(s.service, number(s.required), s.delivered, s.not_provided,
                            s.absent, number(s.shortfall)))
    lines.append(EXPLAIN_COUNTED if count_absences else EXPLAIN)
    missed = [f"{s.service}: {', '.join(long_date(d) for d in s.missed_dates)}"
              for s in totals if s.missed_dates]
    if missed:
        lines.append("Not provided on: " + "; ".join(one_line(m) for m in missed) + ".")
    if view.plan.uncounted:
        lines.append("Not counted (no amount of minutes stated, such as 'as needed'): "
                     + one_line(and_list(list(view.plan.uncounted))) + ".")
    _, unknown = assign_sessions(view.ledger, view.sessions)
    if unknown:
        names = sorted({s.service for s in unknown})
        lines.append(f"{plural(len(unknown), 'session names', 'sessions name')} a service not "
                     f"in the IEP, not counted: " + one_line(and_list(names)) + ".")
    for saved in view.undated:
        lines.append(f"Left out: a final {saved.kind} saved from {one_line(saved.source_name)} "
                     f"has no date; save it again with its date.")
    if by is not None:
        lines += ["", f"By {by}:", ROW_HEADER]
        for row in view.rows(as_of, by, count_absences):
            lines.append(_cells(row.start.isoformat(), row.end.isoformat(), row.service,
                                number(row.required), row.delivered, row.not_provided,
                                row.absent, number(row.shortfall), number(row.running)))
    return lines
