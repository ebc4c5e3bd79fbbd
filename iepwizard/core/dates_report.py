"""Key dates and deadlines in words: the `dates` command's lines, the header's summary, and the
running-deadline sentence a letter cites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import lazy_re
from .dates import EXAMPLE, long_date, parse_date
from .deadlines import PLANNED, Deadline, Schedule

_CONTROL = lazy_re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _cell(text: str) -> str:
    """One tab-separated cell: no tab, newline or other control character inside it."""
    return _CONTROL.sub(" ", text)


def parse_as_of(text: str) -> dt.date:
    """`--as-of DATE` in any form the one date validator reads; ValueError says how to write it."""
    day = parse_date(text)
    if day is None:
        raise ValueError(f"--as-of takes a date, like {EXAMPLE}; {text.strip()[:40]!r} is not")
    return day


def rule_cell(d: Deadline) -> str:
    """The rule and its citation, then whether the number is the federal default or the
    parent's own setting (a sentence of its own, so the citation stays with the law)."""
    basis = f". {d.basis[0].upper()}{d.basis[1:]}" if d.own_setting else f"; {d.basis}"
    return f"{d.text} {d.citation}{basis}" + (f". Note: {d.note}" if d.note else "")


def what_cell(d: Deadline, day: Callable[[dt.date], str] = dt.date.isoformat) -> str:
    """What a deadline is, and what it is counted from (its date written by `day`: ISO in
    the command's tab-separated lines, the long form on screen)."""
    if d.status == "needs":
        return f"{d.label}: needs {d.needs}"
    if d.rule.kind == "threshold" or d.start is None:
        return d.label
    if d.count.unit == "age" and d.moved_to is not None:
        return f"{d.label} (in the first IEP: none recorded by age {d.count.number})"
    if d.count.unit == "age":
        return f"{d.label} (your child turns {d.count.number})"
    return f"{d.label} ({d.count.words()} from {day(d.start.day)})"


def dates_lines(schedule: Schedule) -> list[str]:
    """One line per key date and deadline, sorted by date, tab-separated:
    YYYY-MM-DD, done|due|overdue, what it is, the rule and citation; lines that need a start
    date come last with `needs` as their status and an empty date."""
    rows: list[tuple[dt.date, int, str]] = []
    for entry in schedule.dates.entries:
        if entry.day > schedule.today and entry.event not in PLANNED:
            continue
        status = "done" if entry.day <= schedule.today else "due"
        rows.append((entry.day, 0, "\t".join((entry.day.isoformat(), status,
                                             _cell(entry.label()), "key date"))))
    needs: list[str] = []
    for d in schedule.deadlines:
        line = "\t".join((d.due.isoformat() if d.due else "", d.status, _cell(what_cell(d)),
                          _cell(rule_cell(d))))
        if d.due is None:
            needs.append(line)
        else:
            rows.append((d.due, 1, line))
    rows.sort(key=lambda row: (row[0], row[1]))
    return [row[2] for row in rows] + needs


def summary(schedule: Schedule) -> str:
    """The header's one line: what is next, and how many are overdue (in words, not colour)."""
    parts = []
    if (nxt := schedule.next_due) and nxt.due:
        if (nxt.due - schedule.today).days > 366:  # years away (the transition plan, age 16)
            parts.append(f"Nothing due within a year (then: {nxt.label}, "
                         f"{long_date(nxt.due)})")
        else:
            parts.append(f"Next: {nxt.label}, due {long_date(nxt.due)}")
    if overdue := schedule.overdue:
        first = overdue[0]
        more = f" and {len(overdue) - 1} more" if len(overdue) > 1 else ""
        parts.append(f"OVERDUE: {first.label} (due {long_date(first.due or schedule.today)})"
                     f"{more}")
    return " · ".join(parts) if parts else "No deadline running."


def clock_sentence(schedule: Schedule, rule_id: str) -> str | None:
    """The running deadline, as a letter cites it: "the school received my consent on
    September 3, 2026; the 60-day evaluation period ended on November 2, 2026".

    The latest clock of the rule that is still open (due or overdue); None when there is none
    or the rule has no letter wording. A consent not yet confirmed as received is cited as
    signed, and only if the rule says how.
    """
    open_clocks = [d for d in schedule.of(rule_id) if d.status in ("due", "overdue")
                   and d.start is not None and d.due is not None]
    if not open_clocks:
        return None
    d = max(open_clocks, key=lambda c: c.start.day if c.start else dt.date.min)
    assert d.start is not None and d.due is not None
    rule = d.rule
    signed_only = d.start.event == "consent-received" and not d.start.confirmed
    wording = rule.letter_unconfirmed if signed_only else rule.letter
    if not wording:
        return None
    start = wording.replace("{start}", long_date(d.start.day))
    counted = "counted from that date, " if signed_only else ""
    # (a parent's own setting is their state's or school's timeline, never the regulation's:
    # the letter says so, as the screen does, beside the citation the template gives)
    period = f"the {d.count.adjective()} {rule.period_name}" + (
        " (our state's timeline, as I understand it)" if d.own_setting else "")
    if d.limit is not None and d.count_due is not None:
        verb = "ended" if d.count_due < schedule.today else "ends"
        return (f"{start}; {counted}{period} {verb} on {long_date(d.count_due)}, and the "
                f"{d.limit.label()} on {long_date(d.limit.day)} comes first")
    verb = "ended" if d.due < schedule.today else "ends"
    return f"{start}; {counted}{period} {verb} on {long_date(d.due)}"


def clock_sentences(schedule: Schedule) -> dict[str, str]:
    """rule id -> the running-deadline sentence, for every rule with an open clock and letter
    wording (what a letter template may cite)."""
    found = {d.rule.id: clock_sentence(schedule, d.rule.id) for d in schedule.deadlines}
    return {rule_id: text for rule_id, text in found.items() if text}
