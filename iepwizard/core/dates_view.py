"""Key dates and deadlines as the app shows them: each status by a word and a glyph (never by
colour alone), one row per deadline, its rule in full, and the notes a step shows where the
child's setting differs from the federal timeline the step states."""

from __future__ import annotations

from . import lazy_re
from .date_settings import Settings, setting_notes
from .dates import long_date, long_form
from .dates_report import summary, what_cell
from .deadline_rules import Rule, Rules
from .deadlines import Deadline, Schedule, applies
from .keydates import KeyDate
from .records import SchoolBreak
from .safe_text import one_line

#: Each status as the app shows it: a glyph and a word, the same width.
STATUS_MARKS = {"overdue": "! OVERDUE", "due": "→ due", "done": "✓ done", "needs": "? needs"}
_SECTION = lazy_re.compile(
    r"\b(\d{2,3}\.\d+)((?:\([a-z0-9]+\))*)((?:\s*[,-]\s*(?:\([a-z0-9]+\))+)*)")
_CHAIN = lazy_re.compile(r"(?:\([a-z0-9]+\))+")


def deadline_cells(d: Deadline) -> tuple[str, str, str]:
    """A deadline's status (glyph and word), due date (the long form) and what it is."""
    return (STATUS_MARKS[d.status], long_date(d.due) if d.due else "—",
            one_line(what_cell(d, long_date)))


def deadline_detail(d: Deadline) -> str:
    """Everything about one deadline: status, due date, the rule, its citation, the basis."""
    head = STATUS_MARKS[d.status].split(" ", 1)[1]
    if d.due is None:
        when = f": {d.needs}"
    elif d.status == "due":
        when = f" {long_date(d.due)}"  # "due January 19, 2027"
    elif d.status in ("overdue", "done"):
        when = f", was due {long_date(d.due)}"
    else:
        when = f", due {long_date(d.due)}"
    lines = [f"{d.label} — {head}{when}", f"{d.text} ({d.citation})", d.basis[0].upper()
             + d.basis[1:] + "."]
    if d.start is not None:
        lines.append(f"Started by: {d.start.label()} on {long_date(d.start.day)}.")
    if d.done_on is not None:
        lines.append(f"Done on {long_date(d.done_on)}.")
    if d.note:
        lines.append(f"Note: {d.note}.")
    return "\n".join(one_line(line) for line in lines)


def key_date_row(entry: KeyDate) -> str:
    return f"{long_date(entry.day)}  {one_line(entry.label())}"


def break_days(item: SchoolBreak) -> str:
    """A school break's days in the long form: "December 21, 2026 to January 1, 2027"."""
    if item.first == item.last:
        return long_form(item.first)
    return f"{long_form(item.first)} to {long_form(item.last)}"


def header_line(schedule: Schedule) -> str:
    """The wizard's line: what is next and what is overdue; empty while no clock runs."""
    text = summary(schedule)
    return "" if text == "No deadline running." else f"Dates: {text}"


def anchors(citation: str) -> set[tuple[str, str]]:
    """(section, paragraphs) for every paragraph a citation names: "34 CFR 300.153(a), (c)"
    gives ("300.153", "(a)") and ("300.153", "(c)")."""
    found = set()
    for match in _SECTION.finditer(citation):
        section, first, tail = match.groups()
        for chain in [first, *_CHAIN.findall(tail)]:
            if chain:
                found.add((section, chain))
    return found


def step_rules(sources: tuple[str, ...], rules: Rules) -> list[Rule]:
    """The rules whose timeline a step states: its sources cite the rule's paragraph (or a
    paragraph inside it)."""
    cited = set().union(*(anchors(s) for s in sources)) if sources else set()
    out = []
    for rule in rules.rules:
        if any(section == s and chain.startswith(c) for section, c in anchors(rule.citation)
               for s, chain in cited):
            out.append(rule)
    return out


def step_notes(sources: tuple[str, ...], rules: Rules, settings: Settings) -> list[str]:
    """The notes a step shows for the child: each timeline it states that the child's
    setting changes ("Your own setting for this child: 45 school days (federal default: 60 days)
    — evaluation finished")."""
    notes = setting_notes(rules, settings)
    return [f"{notes[rule.id]} — {rule.label}" for rule in step_rules(sources, rules)
            if rule.id in notes and applies(rule, settings.track)]
