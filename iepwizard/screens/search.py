"""Search everything kept about a child: meeting notes, journal, contact log, questions."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList
from textual.widgets.option_list import Option

from ..core.notes import search, visible
from ..core.store import Store


class SearchScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search notes, journal, contact log and questions…",
                    id="search-input")
        yield OptionList(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Search"
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def _search(self, event: Input.Changed) -> None:
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        hits = search(self.store, self.child_id, event.value)
        for hit in hits:
            results.add_option(Option(Text.assemble((f"{hit.date or '':10} ", "bold"),
                                                    (f"{hit.where}: ", "dim"),
                                                    visible(hit.text, 300))))
        if event.value.strip() and not hits:
            results.add_option(Option("Nothing found.", disabled=True))
