"""A list item with a hanging indent: the marker ("[x]", "●", "▶") stays in its own column
and the wrapped lines of the text start under the text, not under the marker.

Drawn as plain lines of text (the text wrapped to the room beside the marker), not as a Rich
table: the step list, the glossary and the checklist are made of these, and a table per item
was a good part of drawing the first screen."""

from __future__ import annotations

from typing import NamedTuple

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text


class Hanging(NamedTuple):
    marker: Text
    text: Text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = self.marker.cell_len + 1
        lines = self.text.wrap(console, max(1, options.max_width - indent), overflow="fold")
        # a word wider than the room is broken, never cut short with "…"
        blank = Text(" " * indent)
        head = Text.assemble(self.marker, " ")
        yield Text("\n").join(Text.assemble(head if index == 0 else blank, line)
                              for index, line in enumerate(lines or [Text()]))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        indent = self.marker.cell_len + 1
        text = Measurement.get(console, options, self.text)
        return Measurement(text.minimum + indent, text.maximum + indent)

    @property
    def plain(self) -> str:
        """The item as one line of text ("[x] Send the request")."""
        return f"{self.marker.plain} {self.text.plain}"

    def __str__(self) -> str:
        return self.plain
