"""Step text: the content's Markdown, parsed by the shared parser, drawn as one widget.

Textual's Markdown widget builds a widget per block; a step is read, not edited, so one Static
holding Rich renderables is enough, draws in a fraction of the time (it is on the first frame),
and lets glossary terms carry click actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown_it.token import Token
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from ..core.markdown import make_parser, show_citations

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

    @dataclass
    class TermClicked(Message):
        """A marked term was clicked or picked: explain it."""

        term_id: str

    def __init__(self, markdown: str, find_terms: TermFinder | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.markdown = markdown
        self.find_terms = find_terms
        #: The terms marked in the text, in order (for the next-term / previous-term keys).
        self.term_ids: list[str] = []

    def on_mount(self) -> None:
        self.update(self.build(self.markdown))

    def show(self, markdown: str, find_terms: TermFinder | None = None) -> None:
        self.markdown, self.find_terms = markdown, find_terms
        self.set_reactive(StepBody.selected_term, "")
        self.update(self.build(markdown))

    def watch_selected_term(self) -> None:
        self.update(self.build(self.markdown))

    def term_line(self, term_id: str) -> int | None:
        """The line (from the top of the body) where the term is marked, at today's width."""
        width = self.content_region.width or self.size.width
        if width <= 0:
            return None
        wanted = f"term({term_id!r})"
        console = self.app.console
        lines = console.render_lines(self.build(self.markdown), console.options.update(
            width=width, height=None), pad=False)
        for number, line in enumerate(lines):
            if any(segment.style is not None and segment.style.meta.get("@click") == wanted
                   for segment in line):
                return number
        return None

    def action_term(self, term_id: str) -> None:
        self.post_message(self.TermClicked(term_id))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"step-body--{name}", partial=True)

    def build(self, markdown: str) -> RenderableType:
        """Blocks in order: headings, paragraphs and (nested) list items with hanging indents.

        A citation marker `[^N]` shows as a plain `[N]`, matching the numbered sources."""
        blocks: list[RenderableType] = []
        lists: list[list[int]] = []  # a counter per open list; 0 means bulleted
        heading = False
        self._seen: set[str] = set()
        self.term_ids = []
        for token in make_parser().parse(show_citations(markdown)):
            if token.type in {"bullet_list_open", "ordered_list_open"}:
                lists.append([int(token.attrs.get("start", 1) or 1)
                              if token.type == "ordered_list_open" else 0])
            elif token.type in {"bullet_list_close", "ordered_list_close"}:
                lists.pop()
                if not lists:
                    blocks.append(Text())
            elif token.type == "heading_open":
                heading = True
            elif token.type == "heading_close":
                heading = False
            elif token.type == "inline":
                text = self._inline(token.children or [])
                if heading:
                    text.stylize(self._style("heading"))
                    blocks += [text, Text()]
                elif lists:
                    blocks.append(self._item(text, lists))
                else:
                    blocks += [text, Text()]
        while blocks and isinstance(blocks[-1], Text) and not blocks[-1].plain:
            blocks.pop()
        return Group(*blocks)

    def _item(self, text: Text, lists: list[list[int]]) -> Table:
        counter = lists[-1]
        if counter[0]:
            marker = f"{counter[0]}."
            counter[0] += 1
        else:
            marker = "•"
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(width=2 * (len(lists) - 1) + len(marker), justify="right")
        grid.add_column(ratio=1)
        grid.add_row(Text(marker, self._style("bullet")), text)
        return grid

    def _inline(self, children: list[Token]) -> Text:
        text = Text()
        styles: list[Style] = []
        for child in children:
            kind = child.type
            if kind in {"text", "code_inline"}:
                style = Style.combine(styles) if styles else Style()
                if kind == "code_inline":
                    style += self._style("code")
                text.append(child.content, style)
            elif kind in {"softbreak"}:
                text.append(" ")
            elif kind == "hardbreak":
                text.append("\n")
            elif kind in {"strong_open", "em_open", "s_open"}:
                styles.append(self._style("strong") if kind == "strong_open"
                              else Style(italic=kind == "em_open", strike=kind == "s_open"))
            elif kind in {"strong_close", "em_close", "s_close"} and styles:
                styles.pop()
            elif kind == "link_open":
                styles.append(Style(underline=True, link=str(child.attrs.get("href", ""))))
            elif kind == "link_close" and styles:
                styles.pop()
        self._mark_terms(text)
        return text

    def _mark_terms(self, text: Text) -> None:
        if self.find_terms is None:
            return
        term_style = self._style("term")
        for start, end, term_id in self.find_terms(text.plain):
            if term_id in self._seen:
                continue
            self._seen.add(term_id)
            self.term_ids.append(term_id)
            style = term_style + Style(meta={"@click": f"term({term_id!r})"})
            if term_id == self.selected_term:
                style += Style(reverse=True)
            text.stylize(style, start, end)
