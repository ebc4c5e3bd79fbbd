"""Search everything kept about a child: meeting notes, journal, contact log, questions.

The search runs in a worker, a moment after the last key (so typing never waits for it),
against the app's search index (`core/search_index.py`), which is brought up to date as the
screen opens and, for what changed since, at each search. The worker also wraps the hits
into the lines the list draws (`LineList`), so the UI thread only takes them. The first
`SHOWN` hits are listed, under a line saying more were found; results for a query the box no
longer holds are dropped (the newer search is on its way).

The worker gives way to the screen as it wraps the hits, and hands its results over in a
message without waiting for them to be shown (`call_from_thread` kept it waiting, and when it
woke, the UI thread drawing the results had to give way to it), so typing while a search runs
echoes as fast as typing with none."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker, get_current_worker

from .. import keys
from ..core.dates import date_column
from ..core.notes import Hit
from ..core.safe_text import visible
from ..core.search_index import SearchIndex
from ..core.store import Store
from ..widgets.burst import LineInput
from ..widgets.line_list import LineList, wrap_items
from .frames import PromptFrames
from .records import RecordsScreen

DEBOUNCE = 0.12
#: Seconds of the worker's work between two times it gives way to the UI thread.
GIVE_WAY = 0.0005
#: How many hits are listed; past that, a line says more were found.
SHOWN = 50
MORE = (f"Only the first {SHOWN} matches are listed: type more of what you are looking for "
        "to narrow them down.")


@dataclass
class Found(Message, bubble=False):
    """A search's results, from its worker: `items` and their `lines`, wrapped to `width`."""

    query: str
    items: list[Content]
    lines: list[Strip]
    width: int


class SearchScreen(PromptFrames, RecordsScreen):
    BINDINGS = keys.bindings(keys.SEARCH)
    TITLE_TEXT = "Search"
    AUTO_FOCUS = "#search-input"
    _debounce: Timer | None = None
    _searching: Worker[None] | None = None

    def __init__(self, store: Store, child_id: str, index: SearchIndex | None = None) -> None:
        super().__init__(store, child_id)
        self.index = index or SearchIndex(store)

    def compose_list(self) -> ComposeResult:
        yield LineList(id="records")

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
        if self._searching is not None:  # its query is not the box's any more: stop it
            self._searching.cancel()
            self._searching = None
        self._debounce = self.set_timer(DEBOUNCE, self._run)

    def _run(self) -> None:
        self._debounce = None
        self._searching = self._search(self.query_one("#search-input", Input).value,
                                       self.results.line_width)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, width: int) -> None:
        """(`width`: the list's, read on the UI thread, which owns the widgets.)"""
        # Give way every `GIVE_WAY` of work (`time.sleep(0)`). Python hands its lock to a
        # waiting thread only every 5 ms, and a key typed meanwhile waits twice (Textual's
        # input thread reads it, the UI thread draws it): typing while a search ran echoed
        # 10 ms later. (Not after each hit: a hit takes 15 us, giving way 60 us, and giving way
        # after each made the results of a search land 3 ms later.)
        worker = get_current_worker()
        hits = self.index.search(self.child_id, query, SHOWN + 1)
        # The items and their lines are made here, off the UI thread, one hit at a time:
        # taking them costs it only the rows shown.
        items: list[Content] = []
        lines: list[Strip] = []
        given_way = time.perf_counter()
        for item in hit_items(query, hits):
            if time.perf_counter() - given_way > GIVE_WAY:
                time.sleep(0)
                given_way = time.perf_counter()
            if worker.is_cancelled:  # a later key asked for a newer search
                return
            items.append(item)
            lines += wrap_items([item], width)
        self.post_message(Found(query, items, lines, width))

    @on(Found)
    def _found(self, found: Found) -> None:
        self.show_hits(found.query, found.items, found.lines, found.width)

    @property
    def results(self) -> LineList:
        return self.query_one("#records", LineList)

    def show_hits(self, query: str, items: list[Content], lines: list[Strip] | None = None,
                  width: int = 0) -> None:
        """List the hits of `query`, unless the box holds another query by now."""
        if query != self.query_one("#search-input", Input).value:
            return  # typed on since: that search's results come next
        self.results.show(items, lines, width)


#: The items' styles, made once: given by name ("bold"), a style is parsed again each time an
#: item is drawn into lines, which took 60% of the worker's time (7 of 11 ms at 51 hits).
BOLD, DIM, ITALIC = Style(bold=True), Style(dim=True), Style(italic=True)


def hit_items(query: str, hits: list[Hit]) -> Iterator[Content]:
    """The items listing `hits`: the first `SHOWN`, under a line saying more were found; one
    at a time (the search's worker gives way between them)."""
    if len(hits) > SHOWN:  # first: a line at the end of a list is easily missed
        yield Content.styled(MORE, ITALIC)
    shown = hits[:SHOWN]
    dates = date_column([hit.date for hit in shown])
    for day, hit in zip(dates, shown, strict=True):
        yield Content.assemble((f"{day} ", BOLD), (f"{visible(hit.where, 80)}: ", DIM),
                               visible(hit.text, 300))
    if query.strip() and not hits:
        yield Content("Nothing found.")
