"""Step text: the content's Markdown as blocks (parsed once, kept in the guide's cache), drawn
as one widget.

Textual's Markdown widget builds a widget per block; a step is read, not edited, so one Static
holding one Visual (`Blocks`: Textual's own text, each list item with a hanging indent) is
enough, draws in a fraction of the time (it is on the first frame), and lets glossary terms
carry click actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.content import Content, Span
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import Static

from ..core.step_blocks import CODE, EM, STRIKE, STRONG, Block, Run, parse_blocks
from .blocks_visual import Blocks, Line

#: Finds glossary terms in a run of text: (start, end, term id) for each; the body marks the
#: first mention of each term.
TermFinder = Callable[[str], list[tuple[int, int, str]]]


class StepBody(Static):
    COMPONENT_CLASSES = {"step-body--heading", "step-body--strong", "step-body--term",
                         "step-body--bullet", "step-body--code"}
    DEFAULT_CSS = """
    StepBody { padding: 0 1; }
    StepBody > .step-body--heading { text-style: bold; color: $text-primary; }
    StepBody > .step-body--strong { text-style: bold; }
    StepBody > .step-body--term { text-style: underline; color: $text-accent; }
    StepBody > .step-body--bullet { color: $text-primary; }
    StepBody > .step-body--code { color: $text-warning; }
    """

    selected_term: reactive[str] = reactive("", init=False)
    """The term picked from the keyboard (shown reversed), if any."""

    class TermClicked(Message):
        """A marked term was clicked or picked: explain it."""

        def __init__(self, term_id: str) -> None:
            super().__init__()
            self.term_id = term_id

    def __init__(self, markdown: str, find_terms: TermFinder | None = None,
                 parsed: Mapping[str, tuple[Block, ...]] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.markdown = markdown
        self.find_terms = find_terms
        #: Blocks already parsed, by Markdown text (the guide's cache).
        self.parsed = parsed or {}
        #: The terms marked in the text, in order (for the next-term / previous-term keys).
        self.term_ids: list[str] = []

    def on_mount(self) -> None:
        self.update(self.build(self.markdown))

    def show(self, markdown: str, find_terms: TermFinder | None = None) -> None:
        self.markdown, self.find_terms = markdown, find_terms
        self.set_reactive(StepBody.selected_term, "")
        self.update(self.build(markdown))

    def find_again(self, find_terms: TermFinder | None) -> None:
        """The same text, its terms found with `find_terms` (the picked term kept)."""
        self.find_terms = find_terms
        self.update(self.build(self.markdown))

    def watch_selected_term(self) -> None:
        self.update(self.build(self.markdown))

    def term_line(self, term_id: str) -> int | None:
        """The line (from the top of the body) where the term is marked, at today's width."""
        width = self.content_region.width or self.size.width
        if width <= 0:
            return None
        wanted = f"term({term_id!r})"
        row = 0
        for line in self.build(self.markdown).lines:
            for part in line.body.wrap(max(1, width - line.indent)):
                if any(isinstance(span.style, Style) and span.style.meta.get("@click") == wanted
                       for span in part.spans):
                    return row
                row += 1
        return None

    def action_term(self, term_id: str) -> None:
        self.post_message(self.TermClicked(term_id))

    def _style(self, name: str) -> Style:
        return self.get_visual_style(f"step-body--{name}", partial=True)

    def build(self, markdown: str) -> Blocks:
        """Blocks in order: headings, paragraphs and (nested) list items with hanging indents.

        A citation marker `[^N]` shows as a plain `[N]`, matching the numbered sources."""
        blocks = self.parsed.get(markdown)
        if blocks is None:
            blocks = parse_blocks(markdown)
        self._seen: set[str] = set()
        self.term_ids = []
        lines: list[Line] = []
        for block in blocks:
            if block.kind == "blank":
                lines.append(Line(Content("")))
                continue
            text = self._inline(block.runs)
            if block.kind == "heading":
                text = text.stylize(self._style("heading"))
            if block.kind == "item":
                width = 2 * (block.depth - 1) + len(block.marker)
                marker = Content(block.marker.rjust(width) + " ").stylize(
                    self._style("bullet"), 0, width)
                lines.append(Line(text, width + 1, marker))
            else:
                lines.append(Line(text))
        return Blocks(lines)

    def _run_style(self, run: Run) -> Style | None:
        parts: list[Style] = []
        if run.flags & STRONG:
            parts.append(self._style("strong"))
        if run.flags & (EM | STRIKE):
            parts.append(Style(italic=bool(run.flags & EM) or None,
                               strike=bool(run.flags & STRIKE) or None))
        if run.link:
            parts.append(Style(underline=True, link=run.link))
        if run.flags & CODE:
            parts.append(self._style("code"))
        return Style.combine(parts) if parts else None

    def _inline(self, runs: tuple[Run, ...]) -> Content:
        spans: list[Span] = []
        at = 0
        for run in runs:
            style = self._run_style(run)
            if style is not None and run.text:
                spans.append(Span(at, at + len(run.text), style))
            at += len(run.text)
        text = "".join(run.text for run in runs)
        spans += self._term_spans(text)
        return Content(text, spans)

    def _term_spans(self, text: str) -> list[Span]:
        if self.find_terms is None:
            return []
        term_style = self._style("term")
        spans = []
        for start, end, term_id in self.find_terms(text):
            if term_id in self._seen:
                continue
            self._seen.add(term_id)
            self.term_ids.append(term_id)
            style = term_style + Style.from_meta({"@click": f"term({term_id!r})"})
            if term_id == self.selected_term:
                style += Style(reverse=True)
            spans.append(Span(start, end, style))
        return spans
