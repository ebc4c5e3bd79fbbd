"""The whole glossary, searchable as you type (acronyms, synonyms, near misspellings)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.content import Content, Term
from ..core.glossary import suggest
from ..widgets.burst import LineInput
from ..widgets.footer import Footer
from ..widgets.glossary_panel import term_text
from ..widgets.header import Header


class GlossaryScreen(Screen[None]):
    CSS_PATH = "glossary.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+f", "focus_search", "Search")]

    def __init__(self, content: Content, term_id: str | None = None) -> None:
        super().__init__()
        self.content = content
        self.start_term = term_id

    def compose(self) -> ComposeResult:
        yield Header()
        # (a paste of several lines is searched as one line, and keys sent at once stay in
        # order: the burst-proof box)
        yield LineInput(placeholder="Search: a term, an acronym (IEE), a phrase (504 plan)…",
                        id="glossary-search", submit_on_enter=True)
        with Horizontal(id="glossary-body"):
            yield OptionList(id="glossary-list")
            with VerticalScroll(id="glossary-detail"):
                yield Static(id="term-definition", markup=False)
                yield OptionList(id="related")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Glossary"
        self._show(self._all())
        if self.start_term:
            self.select(self.start_term)
        self.query_one("#glossary-search", Input).focus()

    def _all(self) -> list[Term]:
        return sorted(self.content.terms.values(), key=lambda t: t.term.casefold())

    def _show(self, terms: list[Term]) -> None:
        listing = self.query_one("#glossary-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(Text(t.term), id=t.id) for t in terms])
        if terms:
            listing.highlighted = 0
            self._describe(terms[0].id)
        else:
            self.query_one("#term-definition", Static).update("No term matches that search.")
            related = self.query_one("#related", OptionList)
            related.clear_options()
            related.add_class("-empty")

    def _describe(self, term_id: str) -> None:
        term = self.content.terms[term_id]
        self.query_one("#term-definition", Static).update(Text.assemble(
            (term.term + "\n", "bold"), term_text(term)))
        related = self.query_one("#related", OptionList)
        related.clear_options()
        related.border_title = "Related terms"
        related.add_options([Option(Text(self.content.terms[r].term), id=r)
                             for r in term.related if r in self.content.terms])
        related.set_class(not related.option_count, "-empty")

    def select(self, term_id: str) -> None:
        """The whole glossary, this term highlighted and explained (listed alone under an
        empty search box, it looked like the only term)."""
        search = self.query_one("#glossary-search", Input)
        if search.value:
            with search.prevent(Input.Changed):
                search.value = ""
            self._show(self._all())
        listing = self.query_one("#glossary-list", OptionList)
        listing.highlighted = listing.get_option_index(term_id)
        listing.scroll_to_highlight(top=True)
        self._describe(term_id)

    @on(Input.Changed, "#glossary-search")
    def _search(self, event: Input.Changed) -> None:
        query = event.value.strip()
        if not query:
            self._show(self._all())
        else:
            self._show(suggest(query, self.content.terms.values(), limit=20))

    @on(Input.Submitted, "#glossary-search")
    def _to_list(self) -> None:
        self.query_one("#glossary-list", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#glossary-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._describe(event.option.id)

    @on(OptionList.OptionSelected, "#related")
    def _related(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.select(event.option.id)

    def action_focus_search(self) -> None:
        self.query_one("#glossary-search", Input).focus()
