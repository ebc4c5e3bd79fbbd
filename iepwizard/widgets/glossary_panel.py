"""The side panel: the current step's glossary terms, each expandable to its definition.

One OptionList, not a Collapsible per term: a term opens in place (enter or a click), and the
panel stays a single light widget however many terms a step has.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.content import Term
from .blocks_visual import Blocks
from .hanging import hanging


def term_text(term: Term) -> str:
    """A term's definition with its full name and source, as plain text."""
    lines = []
    if term.full_name and term.full_name != term.term:
        lines.append(term.full_name)
    lines.append(term.definition)
    if term.source:
        lines.append(f"Source: {term.source}")
    return "\n".join(lines)


class GlossaryPanel(OptionList):
    """Shows the terms it is given; `show_term` opens one and moves the highlight to it."""

    terms: reactive[tuple[Term, ...]] = reactive(tuple, init=False)
    """The terms of the step on screen (given by the screen)."""

    def __init__(self, terms: tuple[Term, ...] = (), **kwargs: Any) -> None:
        super().__init__(*[Option(self._prompt(t, False), id=t.id) for t in terms], **kwargs)
        self.set_reactive(GlossaryPanel.terms, terms)
        self.opened: set[str] = set()
        self.border_title = "Glossary"

    @staticmethod
    def _prompt(term: Term, opened: bool) -> Blocks:
        name = Content.styled(term.term, "bold")
        if not opened:
            return hanging(Content.styled("▶", "dim"), name)
        return hanging(Content.styled("▼", "dim"), name,
                       Content.styled(term_text(term), "italic"), Content(""))

    def watch_terms(self, terms: tuple[Term, ...]) -> None:
        self.opened.clear()
        self.clear_options()
        self.add_options([Option(self._prompt(t, False), id=t.id) for t in terms])

    def toggle(self, term_id: str, opened: bool | None = None) -> None:
        term = next((t for t in self.terms if t.id == term_id), None)
        if term is None:
            return
        if opened is None:
            opened = term_id not in self.opened
        (self.opened.add if opened else self.opened.discard)(term_id)
        self.replace_option_prompt(term_id, self._prompt(term, opened))

    def on_focus(self) -> None:
        """Reached with Tab and nothing highlighted, the first term is, so that enter opens it
        (enter did nothing until an arrow key was pressed)."""
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.toggle(event.option.id)

    def show_term(self, term_id: str) -> bool:
        """Open a term of this step and bring it into view; False if it is not here."""
        if all(t.id != term_id for t in self.terms):
            return False
        self.toggle(term_id, opened=True)
        self.highlighted = self.get_option_index(term_id)
        return True
