"""A list item with a hanging indent: the marker ("[x]", "●", "▶") stays in its own column
and the wrapped lines of the text start under the text, not under the marker."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text


@dataclass(frozen=True)
class Hanging:
    marker: Text
    text: Text

    def _grid(self) -> Table:
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")  # a word wider than the column: broken,
        # never cut short with "…"
        grid.add_row(self.marker, self.text)
        return grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._grid()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._grid())

    @property
    def plain(self) -> str:
        """The item as one line of text ("[x] Send the request")."""
        return f"{self.marker.plain} {self.text.plain}"

    def __str__(self) -> str:
        return self.plain
