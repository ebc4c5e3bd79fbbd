"""A list item with a hanging indent: the marker ("[x]", "●", "▶") stays in its own column
and the wrapped lines of the text start under the text, not under the marker.

Drawn as Textual `Content` (see blocks_visual.py), wrapped by Textual itself: an option list
measures and draws a Rich renderable by rendering it whole through Rich (twice), and the step
list, the glossary panel and the checklist, made of these, were a good part of drawing the
first screen."""

from __future__ import annotations

from textual.content import Content

from .blocks_visual import Blocks, Line


def hanging(marker: Content, text: Content, *more: Content) -> Blocks:
    """`marker`, a space, then `text` wrapped beside it; `more` lines below, not indented."""
    return Blocks([Line(text, marker.cell_length + 1, marker + " "),
                   *(Line(line) for line in more)])
