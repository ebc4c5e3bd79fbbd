"""One IEP's review, drawn: the parts found and not found, each goal and service with what it
has and what it lacks (each finding REQUIRED, with its paragraph, or GOOD PRACTICE), the
changes since the IEP compared, and the questions for the meeting. Text from the file is never
markup, and its control characters are shown as symbols."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from ..core.dates import long_date
from ..core.iep.findings import Finding
from ..core.iep.outcome import ItemCheck, Outcome
from ..core.iep.report import DISCLAIMER, NOTE_504, header_lines
from ..core.iep.review import not_found_sentence
from ..core.safe_text import DOCUMENT_LIMIT, visible
from ..core.wording import plural
from .blocks_visual import Blocks, Line

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
    if finding.plan_wide and finding.citation:
        return Text(f"GOOD PRACTICE for each goal (the IEP as a whole must say it, once or "
                    f"goal by goal: {finding.citation})", style="italic")
    extra = f"; {finding.citation}" if finding.citation else ""
    return Text(f"GOOD PRACTICE (not a federal requirement{extra})", style="italic")


class _Lines:
    """The review as lines, each with a hanging indent: a wrapped line starts under its text,
    never back at the left edge (Textual `Content` in the `Blocks` Visual the step text uses)."""

    def __init__(self) -> None:
        self.lines: list[Line] = []

    def add(self, text: Text | str, style: str = "", indent: int = 0,
            marker: str = "") -> None:
        body = Content.from_rich_text(text) if isinstance(text, Text) else Content(text)
        if style:
            body = body.stylize(style)
        if marker:
            self.lines.append(Line(body, indent + len(marker),
                                   Content((" " * indent) + marker)))
        else:
            self.lines.append(Line(body, indent))

    def heading(self, title: str) -> None:
        self.add("")
        self.add(title, "bold underline")


def _finding(out: _Lines, finding: Finding, indent: int = 4) -> None:
    text = label(finding)
    # The detail quotes the goal or names the case: set off from the problem, never run on
    # into it ('measured only by observation: "teacher observation"').
    detail = f": {visible(finding.detail, 300)}" if finding.detail else ""
    text.append(f"  {visible(finding.problem, DOCUMENT_LIMIT)}{detail}")
    out.add(text, indent=indent)
    out.add(f"Ask: {visible(finding.question, DOCUMENT_LIMIT)}", "dim", indent=indent + 2)


def _item(out: _Lines, item: ItemCheck) -> None:
    glyph = "✓" if not item.findings else ("✗" if item.required_gaps else "~")
    state = "complete" if not item.findings else (
        f"{plural(item.required_gaps, 'required part', 'required parts')} missing"
        if item.required_gaps else "good practice to ask about")
    text = Text(f"{visible(item.name, DOCUMENT_LIMIT)}: ", style="bold")
    text.append(state)
    out.add(text, marker=f"{glyph} ")
    out.add(f"Has: {visible(', '.join(item.has), DOCUMENT_LIMIT) or 'nothing found'}", indent=4)
    for finding in item.findings:
        _finding(out, finding)


def render(outcome: Outcome) -> Blocks:
    doc = outcome.doc
    out = _Lines()
    head = header_lines(outcome.review, outcome.source.source)
    out.add(visible(head[0], DOCUMENT_LIMIT), "bold")
    for line in head[1:]:
        if line in {NOTE_504, not_found_sentence(doc)}:
            continue
        out.add(visible(line, DOCUMENT_LIMIT))
    if missing := not_found_sentence(doc):
        out.add(visible(missing, DOCUMENT_LIMIT), "bold")
    if doc.track == "504":
        out.add(NOTE_504, "italic")
    items = outcome.items()
    goals = [i for i in items if i.kind == "goal"]
    services = [i for i in items if i.kind == "service"]
    if goals:
        out.heading(f"Goals ({len(goals)})")
        for item in goals:
            _item(out, item)
    if services:
        out.heading(f"Services ({len(services)})")
        for item in services:
            _item(out, item)
    if outcome.plan_findings:
        out.heading("The plan as a whole")
        for finding in outcome.plan_findings:
            _finding(out, finding, 2)
    _changes(out, outcome)
    questions = outcome.review.questions()
    out.heading(f"Questions for the meeting ({len(questions)})")
    if questions:
        out.add("Press a to add them to your questions list.", "italic")
    for number, question in enumerate(questions, 1):
        out.add(visible(question, DOCUMENT_LIMIT), marker=f"{number}. ")
    if not questions:
        out.add("None: every goal and service has what was checked.")
    out.add("")
    out.add(DISCLAIMER, "dim")
    return Blocks(out.lines)


def _changes(out: _Lines, outcome: Outcome) -> None:
    older = outcome.older
    if older is None:
        out.heading("Changes since last year")
        out.add(outcome.compare_note, "italic")
        return
    when = older.doc.meeting_date
    out.heading(f"Changes since {visible(older.name, DOCUMENT_LIMIT)}"
                + (f" ({long_date(when)})" if when and long_date(when) not in older.name
                   else ""))
    if not outcome.changes:
        out.add("No changes found in goals, service minutes, accommodations or placement.")
    for change in outcome.changes:
        glyph = "⚠ " if change.kind == "drop-while-behind" else (
            "↓ " if change.kind in LESS else "• ")
        out.add(visible(change.line(), DOCUMENT_LIMIT),
                "bold" if change.kind == "drop-while-behind" else "",
                marker=glyph)


class ReviewView(Static):
    """The review, drawn from `outcome` (handed down with data_bind)."""

    outcome: reactive[Outcome | None] = reactive(None)

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]

    def watch_outcome(self, outcome: Outcome | None) -> None:
        self.update(render(outcome) if outcome is not None else "")
