"""The deadlines of a child, sorted by date, each with its status as a word and a glyph, and
the highlighted one in full under the list (its rule, citation and whether the number is the
federal default or the child's setting)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..core.dates_view import deadline_cells, deadline_detail
from ..core.deadlines import Deadline, Schedule

STYLES = {"overdue": "bold", "done": "dim"}


def _row(d: Deadline, day_width: int) -> Table:
    """Status and date in their own columns, so a long line wraps under its text."""
    status, day, what = deadline_cells(d)
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(width=9, no_wrap=True)
    grid.add_column(width=day_width, no_wrap=True)
    grid.add_column(ratio=1)
    style = STYLES.get(d.status, "")
    grid.add_row(Text(status, style), Text(day, style), Text(what, style))
    return grid


class DeadlineList(Vertical):
    schedule: reactive[Schedule | None] = reactive(None, init=False)
    """The deadlines shown (given by the screen)."""

    def compose(self) -> ComposeResult:
        yield OptionList(id="deadlines")
        yield Static("", id="deadline-detail", markup=False)

    def on_mount(self) -> None:
        self.query_one("#deadlines", OptionList).border_title = "Deadlines"
        self.watch_schedule(self.schedule)

    def watch_schedule(self, schedule: Schedule | None) -> None:
        listing = self.query_one("#deadlines", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        if schedule is None:
            return
        # the date column as wide as the longest date listed ("November 2, 2026")
        day_width = max((len(deadline_cells(d)[1]) for d in schedule.deadlines), default=1)
        listing.add_options([Option(_row(d, day_width), id=str(n))
                             for n, d in enumerate(schedule.deadlines)])
        if listing.option_count:
            listing.highlighted = min(keep or 0, listing.option_count - 1)
        self._detail(listing.highlighted)

    @on(OptionList.OptionHighlighted, "#deadlines")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._detail(event.option_index)

    def _detail(self, index: int | None) -> None:
        detail = self.query_one("#deadline-detail", Static)
        if self.schedule is None or index is None or index >= len(self.schedule.deadlines):
            detail.update("")
            return
        detail.update(deadline_detail(self.schedule.deadlines[index]))
