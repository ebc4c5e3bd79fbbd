"""Lines of Textual `Content`, each with a hanging indent: what a step's text draws as.

Rich renderables (a grid per list item) are measured by rendering them whole, then rendered
again; this Visual wraps each block with Textual's own text wrapping (heights cached per width),
so the step text costs about what a plain `Static` of the same words costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Line(NamedTuple):
    """One block: its text, and (for a list item) the marker drawn in the indent."""

    body: Content
    indent: int = 0
    marker: Content | None = None


class Blocks(Visual):
    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = tuple(lines)

    def __str__(self) -> str:
        return self.plain

    @property
    def plain(self) -> str:
        """The text as drawn, before wrapping (markers included): one line per block."""
        return "\n".join((line.marker.plain if line.marker else " " * line.indent)
                         + line.body.plain for line in self.lines)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((line.indent + line.body.get_optimal_width(rules, container_width)
                    for line in self.lines), default=0)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((line.indent + line.body.get_minimal_width(rules) for line in self.lines),
                   default=1)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(line.body.get_height(rules, max(1, width - line.indent))
                   for line in self.lines)

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        plain = RenderOptions(options.get_style, options.rules, post_style=options.post_style)
        blank_style = style.rich_style
        out: list[Strip] = []
        for line in self.lines:
            strips = line.body.render_strips(max(1, width - line.indent), None, style, plain)
            if line.indent:
                first = Strip.blank(line.indent, blank_style)
                if line.marker is not None:
                    drawn = line.marker.render_strips(line.indent, 1, style, plain)
                    if drawn:
                        first = drawn[0].extend_cell_length(line.indent, blank_style)
                rest = Strip.blank(line.indent, blank_style)
                strips = [Strip.join([first if n == 0 else rest, strip])
                          for n, strip in enumerate(strips)]
            out += strips
            if height is not None and len(out) >= height:
                return out[:height]
        return out
