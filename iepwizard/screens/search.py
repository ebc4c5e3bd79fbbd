"""Search everything kept about a child: meeting notes, journal, contact log, questions.

The search runs in a worker, a moment after the last key (so typing never waits for it),
against the app's search index (`core/search_index.py`), which is brought up to date as the
screen opens and, for what changed since, at each search. The worker also wraps the hits
into the lines the list draws (`LineList`), so the UI thread only takes them. The first
`SHOWN` hits are listed, under a line saying more were found; results for a query the box no
longer holds are dropped (the newer search is on its way).

A key typed just after a list of results was drawn is drawn at once (`_on_idle`), not at the
next of Textual's frame slots (60 a second): without it, typing while searches run echoed
about 12 ms later than typing with none."""

from __future__ import annotations

from textual import events, on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from .. import keys
from ..core.dates import date_column
from ..core.notes import Hit
from ..core.safe_text import visible
from ..core.search_index import SearchIndex
from ..core.store import Store
from ..widgets.burst import LineInput
from ..widgets.line_list import LineList, wrap_items
from .records import RecordsScreen

DEBOUNCE = 0.12
#: How many hits are listed; past that, a line says more were found.
SHOWN = 50
MORE = (f"Only the first {SHOWN} matches are listed: type more of what you are looking for "
        "to narrow them down.")


class SearchScreen(RecordsScreen):
    BINDINGS = keys.bindings(keys.SEARCH)
    TITLE_TEXT = "Search"
    AUTO_FOCUS = "#search-input"
    _debounce: Timer | None = None

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

    #: The search box changed since the screen was last drawn.
    _typed_since_drawn = False

    async def _on_idle(self, event: events.Idle) -> None:
        # Textual draws a screen's changes at most once per frame slot: a change made within
        # 1/60 s of the last drawing (the results of the search before) waits for the next
        # slot. A typed key does not wait. (Textual's own drawing step, called as its timer
        # would; Textual is pinned, and a test in tests/test_records.py fails if this breaks.)
        if self._typed_since_drawn and self._dirty_widgets and self.is_current and \
                not self.app._batch_count:
            self._typed_since_drawn = False
            self._on_timer_update()
        await super()._on_idle(event)

    @on(Input.Changed, "#search-input")
    def _typed(self) -> None:
        self._typed_since_drawn = True
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self._run)

    def _run(self) -> None:
        self._debounce = None
        self._search(self.query_one("#search-input", Input).value, self.results.line_width)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, width: int) -> None:
        """(`width`: the list's, read on the UI thread, which owns the widgets.)"""
        hits = self.index.search(self.child_id, query, SHOWN + 1)
        # The lines are made here, off the UI thread: taking them costs it only the rows shown.
        items = hit_items(query, hits)
        lines = wrap_items(items, width)
        if not get_current_worker().is_cancelled:  # a later key asked for a newer search
            self.app.call_from_thread(self.show_hits, query, items, lines, width)

    @property
    def results(self) -> LineList:
        return self.query_one("#records", LineList)

    def show_hits(self, query: str, items: list[Content], lines: list[Strip] | None = None,
                  width: int = 0) -> None:
        """List the hits of `query`, unless the box holds another query by now."""
        if query != self.query_one("#search-input", Input).value:
            return  # typed on since: that search's results come next
        self.results.show(items, lines, width)


def hit_items(query: str, hits: list[Hit]) -> list[Content]:
    """The items listing `hits`: the first `SHOWN`, under a line saying more were found."""
    items = []
    if len(hits) > SHOWN:  # first: a line at the end of a list is easily missed
        items.append(Content.styled(MORE, "italic"))
    shown = hits[:SHOWN]
    dates = date_column([hit.date for hit in shown])
    items += [Content.assemble((f"{day} ", "bold"), (f"{visible(hit.where, 80)}: ", "dim"),
                               visible(hit.text, 300))
              for day, hit in zip(dates, shown, strict=True)]
    if query.strip() and not hits:
        items.append(Content("Nothing found."))
    return items
