"""Scores on one shared percentile axis: the decoder's bell curve and each area's history.

The rows come from core (`bellcurve_text.chart_rows`, `history_chart.history_rows`), laid out
for the widget's width; the widget styles them and keeps a cursor on the rows of scores
(up/down, or a click), posting `PercentileChart.Highlighted` so the screen can explain that
score. Every state is a glyph or a word (the mark, band shading, "▶" on the cursor row), so
the chart reads the same with NO_COLOR; colour only adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from ..core.bellcurve import Chart
from ..core.bellcurve_text import Row, chart_rows
from ..core.history_chart import history_rows
from ..core.safe_text import printable
from ..core.score_history import AreaHistory

if TYPE_CHECKING:
    from ..core.scales import Scales

CURSOR = "\u25b6 "
GUTTER = len(CURSOR)


class PercentileChart(Widget, can_focus=True):
    """The family's base: rows from `rows(width)`, a cursor over the point rows."""

    DEFAULT_CSS = """
    PercentileChart { height: auto; }
    PercentileChart > .percentile-chart--curve { color: $accent; }
    PercentileChart > .percentile-chart--group { text-style: bold; }
    PercentileChart > .percentile-chart--test { text-style: italic; }
    PercentileChart > .percentile-chart--muted { color: $text-muted; }
    PercentileChart > .percentile-chart--cursor { text-style: reverse; }
    PercentileChart:focus > .percentile-chart--cursor { text-style: reverse bold; }
    """
    COMPONENT_CLASSES = {"percentile-chart--curve", "percentile-chart--group",
                         "percentile-chart--test", "percentile-chart--muted",
                         "percentile-chart--cursor"}
    BINDINGS = [Binding("up", "move(-1)", "Previous score", show=False),
                Binding("down", "move(1)", "Next score", show=False),
                Binding("home", "move(-100000)", show=False),
                Binding("end", "move(100000)", show=False)]
    STYLES = {"curve": "curve", "axis": "muted", "ticks": "muted", "group": "group",
              "test": "test", "bands": "muted", "legend": "muted", "note": "muted"}

    cursor: reactive[int] = reactive(0)
    """Which score the cursor is on (its place among the point rows)."""

    @dataclass
    class Highlighted(Message):
        chart: PercentileChart
        point: int

        @property
        def control(self) -> PercentileChart:
            return self.chart

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._cache: tuple[int, list[Row]] | None = None

    # -- what subclasses give -----------------------------------------------------------------
    def make_rows(self, width: int) -> list[Row]:
        return []

    @property
    def point_count(self) -> int:
        return 0

    # -- rows, cached per width ---------------------------------------------------------------
    def rows(self, width: int) -> list[Row]:
        if self._cache is None or self._cache[0] != width:
            self._cache = (width, self.make_rows(max(0, width - GUTTER)))
        return self._cache[1]

    def data_changed(self) -> None:
        self._cache = None
        self.cursor = 0
        self.refresh(layout=True)
        if self.point_count:
            self.post_message(self.Highlighted(self, 0))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.rows(width))

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop", end="")
        rows = self.rows(self.content_size.width)
        for number, row in enumerate(rows):
            if number:
                text.append("\n")
            is_cursor = row.kind == "point" and row.point == self.cursor
            text.append(CURSOR if is_cursor else " " * GUTTER)
            if is_cursor:
                style = self.get_component_rich_style("percentile-chart--cursor")
            elif row.kind in self.STYLES:
                style = self.get_component_rich_style(
                    f"percentile-chart--{self.STYLES[row.kind]}")
            else:
                style = None
            text.append(printable(row.text), style=style or "")  # names from reports
        return text

    # -- the cursor ---------------------------------------------------------------------------
    def _row_of(self, point: int) -> int:
        rows = self.rows(self.content_size.width)
        return next((n for n, r in enumerate(rows) if r.kind == "point" and r.point == point),
                    0)

    def action_move(self, delta: int) -> None:
        drawn = sorted({r.point for r in self.rows(self.content_size.width)
                        if r.kind == "point"})
        if not drawn:
            return
        at = drawn.index(self.cursor) if self.cursor in drawn else 0
        self.cursor = drawn[max(0, min(len(drawn) - 1, at + delta))]

    def watch_cursor(self, cursor: int) -> None:
        self.refresh()
        if self.point_count:
            self.post_message(self.Highlighted(self, cursor))
        self._show_row(self._row_of(cursor))

    def _show_row(self, row: int) -> None:
        container = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)),
                         None)
        if container is None or not self.is_mounted:
            return
        y = self.region.y - container.content_region.y + int(container.scroll_y) + row
        container.scroll_to_region(Region(0, y, 1, 1), animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        rows = self.rows(self.content_size.width)
        if 0 <= event.y < len(rows) and rows[event.y].kind == "point":
            self.cursor = rows[event.y].point


class BellCurve(PercentileChart):
    """The decoder's scores, one row each, grouped (ability; problem scales)."""

    chart: reactive[Chart | None] = reactive(None, layout=True)

    def watch_chart(self) -> None:
        self.data_changed()

    def make_rows(self, width: int) -> list[Row]:
        return chart_rows(self.chart, width) if self.chart is not None else []

    @property
    def point_count(self) -> int:
        return len(self.chart.points) if self.chart is not None else 0


class HistoryChart(PercentileChart):
    """Each area's percentile at each saved evaluation, one row per evaluation."""

    histories: reactive[tuple[AreaHistory, ...]] = reactive((), layout=True)

    def __init__(self, scales: Scales | None = None, *, id: str | None = None) -> None:
        """(`scales`: the scales file's, so each test's scores are named in its words.)"""
        super().__init__(id=id)
        self.scales = scales

    def watch_histories(self) -> None:
        self.data_changed()

    def make_rows(self, width: int) -> list[Row]:
        return history_rows(list(self.histories), width, self.scales)

    @property
    def point_count(self) -> int:
        return sum(len(h.points) for h in self.histories)
