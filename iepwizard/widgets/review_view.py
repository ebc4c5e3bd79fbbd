"""One IEP's review, drawn: the parts found and not found, each goal and service with what it
has and what it lacks (each finding REQUIRED, with its paragraph, or GOOD PRACTICE), the
changes since the IEP compared, and the questions for the meeting. Text from the file is never
markup, and its control characters are shown as symbols."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ..core.dates import long_date
from ..core.iep.findings import Finding
from ..core.iep.outcome import ItemCheck, Outcome
from ..core.iep.report import DISCLAIMER, NOTE_504, header_lines
from ..core.iep.review import not_found_sentence
from ..core.iep.shown import shown
from ..core.wording import plural

#: A change that takes something away from the child, marked as such (not only by colour).
LESS = frozenset({"goal-dropped", "service-decreased", "service-dropped", "drop-while-behind",
                  "accommodation-removed", "accommodation-weakened"})


def label(finding: Finding) -> Text:
    """REQUIRED (34 CFR ...), GOOD PRACTICE (not a federal requirement), NOTE: words, not
    colours, say which."""
    if finding.soft:
        return Text("NOTE (not a federal requirement)", style="italic")
    if finding.required:
        return Text(f"REQUIRED ({finding.citation})", style="bold")
    extra = f"; {finding.citation}" if finding.citation else ""
    return Text(f"GOOD PRACTICE (not a federal requirement{extra})", style="italic")


def _heading(text: Text, title: str) -> None:
    text.append(f"\n{title}\n", style="bold underline")


def _finding(text: Text, finding: Finding, indent: str = "    ") -> None:
    text.append(indent)
    text.append_text(label(finding))
    detail = f" {shown(finding.detail, 300)}" if finding.detail else ""
    text.append(f"  {shown(finding.problem)}{detail}\n")
    text.append(f"{indent}  Ask: {shown(finding.question)}\n", style="dim")


def _item(text: Text, item: ItemCheck) -> None:
    glyph = "✓" if not item.findings else ("✗" if item.required_gaps else "~")
    state = "complete" if not item.findings else (
        f"{plural(item.required_gaps, 'required part', 'required parts')} missing"
        if item.required_gaps else "good practice to ask about")
    text.append(f"{glyph} {shown(item.name)}: ", style="bold")
    text.append(f"{state}\n")
    text.append(f"    Has: {shown(', '.join(item.has)) or 'nothing found'}\n")
    for finding in item.findings:
        _finding(text, finding)


def render(outcome: Outcome) -> Text:
    doc = outcome.doc
    text = Text()
    head = header_lines(outcome.review, outcome.source.source)
    text.append(shown(head[0]) + "\n", style="bold")
    for line in head[1:]:
        if line in {NOTE_504, not_found_sentence(doc)}:
            continue
        text.append(shown(line) + "\n")
    if missing := not_found_sentence(doc):
        text.append(shown(missing) + "\n", style="bold")
    if doc.track == "504":
        text.append(NOTE_504 + "\n", style="italic")
    items = outcome.items()
    goals = [i for i in items if i.kind == "goal"]
    services = [i for i in items if i.kind == "service"]
    if goals:
        _heading(text, f"Goals ({len(goals)})")
        for item in goals:
            _item(text, item)
    if services:
        _heading(text, f"Services ({len(services)})")
        for item in services:
            _item(text, item)
    if outcome.plan_findings:
        _heading(text, "The plan as a whole")
        for finding in outcome.plan_findings:
            _finding(text, finding, "  ")
    _changes(text, outcome)
    questions = outcome.review.questions()
    _heading(text, f"Questions for the meeting ({len(questions)})")
    if questions:
        text.append("Press a to add them to your questions list.\n", style="italic")
    for number, question in enumerate(questions, 1):
        text.append(f"{number}. {shown(question)}\n")
    if not questions:
        text.append("None: every goal and service has what was checked.\n")
    text.append(f"\n{DISCLAIMER}\n", style="dim")
    return text


def _changes(text: Text, outcome: Outcome) -> None:
    older = outcome.older
    if older is None:
        _heading(text, "Changes since last year")
        text.append(f"{outcome.compare_note}\n", style="italic")
        return
    when = older.doc.meeting_date
    _heading(text, f"Changes since {shown(older.name)}"
             + (f" ({long_date(when)})" if when and long_date(when) not in older.name else ""))
    if not outcome.changes:
        text.append("No changes found in goals, service minutes, accommodations or "
                    "placement.\n")
    for change in outcome.changes:
        glyph = "⚠ " if change.kind == "drop-while-behind" else (
            "↓ " if change.kind in LESS else "• ")
        text.append(glyph, style="bold" if change.kind in LESS else "")
        text.append(shown(change.line()) + "\n",
                    style="bold" if change.kind == "drop-while-behind" else "")


class ReviewView(Static):
    """The review, drawn from `outcome` (handed down with data_bind)."""

    outcome: reactive[Outcome | None] = reactive(None)

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]

    def watch_outcome(self, outcome: Outcome | None) -> None:
        self.update(render(outcome) if outcome is not None else "")
