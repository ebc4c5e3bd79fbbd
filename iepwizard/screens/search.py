"""Search everything kept about a child: meeting notes, journal, contact log, questions.

The search runs in a worker, a moment after the last key (so typing never waits for it),
against the app's search index (`core/search_index.py`), which is brought up to date as the
screen opens and, for what changed since, at each search."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.timer import Timer
from textual.widgets import Input
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..core.notes import Hit, visible
from ..core.search_index import SearchIndex
from ..core.store import Store
from ..widgets.burst import LineInput
from .records import RecordsScreen

DEBOUNCE = 0.12


class SearchScreen(RecordsScreen):
    TITLE_TEXT = "Search"
    AUTO_FOCUS = "#search-input"
    _debounce: Timer | None = None

    def __init__(self, store: Store, child_id: str, index: SearchIndex | None = None) -> None:
        super().__init__(store, child_id)
        self.index = index or SearchIndex(store)

    def compose_top(self) -> ComposeResult:
        yield LineInput(placeholder="Search notes, journal, contact log and questions…",
                        id="search-input")

    def on_mount(self) -> None:
        super().on_mount()
        self._prepare()

    @work(thread=True, exclusive=True, group="search")
    def _prepare(self) -> None:
        """Index what changed since the last search before the first key needs it."""
        self.index.refresh(self.child_id)

    @on(Input.Changed, "#search-input")
    def _typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self._run)

    def _run(self) -> None:
        self._debounce = None
        self._search(self.query_one("#search-input", Input).value)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        hits = self.index.search(self.child_id, query)
        if not get_current_worker().is_cancelled:  # a later key asked for a newer search
            self.app.call_from_thread(self._show, query, hits)

    def _show(self, query: str, hits: list[Hit]) -> None:
        self.listing.clear_options()
        self.listing.add_options([Option(Text.assemble((f"{hit.date or '':10} ", "bold"),
                                                       (f"{hit.where}: ", "dim"),
                                                       visible(hit.text, 300)))
                                  for hit in hits])
        if query.strip() and not hits:
            self.listing.add_option(Option("Nothing found.", disabled=True))
