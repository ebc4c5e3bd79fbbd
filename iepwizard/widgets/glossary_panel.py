"""The side panel: the current step's glossary terms, each expandable to its definition."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Static

from ..core.content import Term


def term_text(term: Term) -> str:
    """A term's definition with its full name and source, as plain text."""
    lines = []
    if term.full_name and term.full_name != term.term:
        lines.append(term.full_name)
    lines.append(term.definition)
    if term.source:
        lines.append(f"Source: {term.source}")
    return "\n".join(lines)


class GlossaryPanel(VerticalScroll):
    """Shows the terms it is given; `show_term` expands one and scrolls to it."""

    def __init__(self, terms: list[Term], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.terms = terms
        self.border_title = "Glossary"

    def on_mount(self) -> None:
        self.call_after_refresh(self.set_terms, self.terms)

    async def set_terms(self, terms: list[Term]) -> None:
        self.terms = terms
        await self.remove_children()
        await self.mount_all(self._build())

    def _build(self) -> list[Collapsible]:
        return [Collapsible(Static(term_text(t), markup=False), title=t.term,
                            id=f"term-{t.id}", collapsed=True) for t in self.terms]

    def show_term(self, term_id: str) -> bool:
        """Expand a term of this step and scroll to it; False if it is not here."""
        found = self.query(f"#term-{term_id}")
        if not found:
            return False
        collapsible = found.first(Collapsible)
        collapsible.collapsed = False
        self.scroll_to_widget(collapsible, top=True)
        return True
