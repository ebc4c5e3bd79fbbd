"""One glossary term, on its own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..core.content import Content
from ..widgets.glossary_panel import term_text


class TermScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, content: Content, term_id: str) -> None:
        super().__init__()
        self.term = content.terms[term_id]
        self.related = [content.terms[r].term for r in self.term.related if r in content.terms]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="term") as box:
            box.border_title = self.term.term
            yield Static(term_text(self.term), markup=False)
            if self.related:
                yield Static("Related: " + ", ".join(self.related), markup=False,
                             classes="related")
