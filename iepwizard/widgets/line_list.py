"""A read-only list of wrapped items, drawn a screenful at a time from lines made beforehand.

For a list that changes while the parent types (search results). `wrap_items` wraps and
styles the items into lines off the UI thread (in the worker that found them), so taking a
new list costs the UI thread only the rows on screen. An OptionList lays out and renders its
options again at each change, long enough to hold up the echo of the next key (bench/keys.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as ContentStyle


def wrap_items(items: Sequence[Content], width: int) -> list[Strip]:
    """Each item wrapped to `width` cells (at least 1), its lines one after another. Styles
    are the items' own; the widget's colours go under them when a line is drawn."""
    width = max(1, width)
    lines: list[Strip] = []
    for item in items:
        line = one_line(item, width)
        if line is not None:
            lines.append(line)
            continue
        for part in item.wrap(width):
            segments = part.render_segments()
            lines.append(Strip(segments, part.cell_length))
    return lines


def one_line(item: Content, width: int) -> Strip | None:
    """The line of an item of printable text that fits in `width` and whose styles are made
    (not names) and do not overlap, as `Content.wrap` and `render_segments` would make it,
    made directly: they took 2 ms for a search's 51 hits, in the worker, holding Python's
    lock. None otherwise (an empty item is wrapped too: it is one empty line)."""
    plain = item.plain
    if not plain or not plain.isprintable() or item.cell_length > width:  # (tabs, breaks)
        return None
    segments: list[Segment] = []
    at = 0
    for start, end, style in sorted(item.spans):
        if start < at or start >= end or not isinstance(style, ContentStyle):
            return None
        if start > at:
            segments.append(Segment(plain[at:start]))
        segments.append(Segment(plain[start:end], style.rich_style))
        at = end
    if at < len(plain):
        segments.append(Segment(plain[at:]))
    return Strip(segments, item.cell_length)


class LineList(ScrollView, can_focus=True):
    """Shows items given with their lines (`show`); scrolls with the usual keys and the mouse.
    A new width wraps the items again (on the UI thread: a resize is rare)."""

    # The scrollbar's room is kept all the time: lines are made at the width they are drawn
    # at, before it is known whether a scrollbar will show (it shows without a resize).
    DEFAULT_CSS = "LineList { scrollbar-gutter: stable; overflow-x: hidden; }"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items: tuple[Content, ...] = ()
        self._lines: list[Strip] = []
        self._wrapped_at = 0
        self._drawn: dict[int, Strip] = {}
        self._drawn_for: tuple[int, int, Style] = (0, 0, Style())

    @property
    def line_width(self) -> int:
        """The width items are wrapped to (what a worker passes to `wrap_items`)."""
        return max(1, self.scrollable_content_region.width or self.size.width)

    def show(self, items: Sequence[Content], lines: list[Strip] | None = None,
             width: int = 0) -> None:
        """Show `items`, from their `lines` when they were wrapped to this list's width."""
        self.items = tuple(items)
        if lines is None or width != self.line_width:
            lines, width = wrap_items(self.items, self.line_width), self.line_width
        before, scrolled = self._lines, round(self.scroll_y) != 0
        self._lines, self._wrapped_at = lines, width
        self._drawn.clear()
        size = Size(width, len(lines))
        if size.width != self.virtual_size.width or not self.container_size:
            self.virtual_size = size  # (a new width: the screen is laid out anyway)
            self.refresh()
        else:
            # A new virtual size lays out the whole screen again, 4 to 10 ms at every search,
            # and more when the scrollbar comes or goes: Textual shows or hides it during
            # that layout, which asks for another, and another the first time it shows. The
            # range is set quietly here, and the scrollbar shown or hidden at once: one
            # layout, and only when it comes or goes. (A scrollbar that stays is drawn again
            # only if its range changed: most searches list as many lines as the one before.)
            self.set_reactive(LineList.virtual_size, size)
            scrolls = size.height > self.container_size.height  # (as Textual decides it)
            if scrolls != self.show_vertical_scrollbar:
                self._scroll_update(size)
            elif scrolls:
                self.vertical_scrollbar.window_virtual_size = size.height
            if not scrolled:  # (scrolled, the whole list is drawn again as it goes to the top)
                self._refresh_changed(before, lines)
        self.scroll_home(animate=False, immediate=True)

    def _refresh_changed(self, before: list[Strip], after: list[Strip]) -> None:
        """Draw again only the rows that changed (drawing all of them took the UI thread as
        long as the search: the rows go through Textual's styles one by one)."""
        height = self.scrollable_content_region.height
        changed = [y for y in range(height) if (before[y] if y < len(before) else None)
                   != (after[y] if y < len(after) else None)]
        for y in changed:
            self.refresh_lines(y)

    def on_resize(self) -> None:
        if self.items and self._wrapped_at != self.line_width:
            self.show(self.items)

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's style is looked up once per drawing, not once per line (it walks the
        # widget's ancestors); a line drawn before is reused while nothing around it changed.
        style = self.rich_style
        key = (self.scroll_offset.x, self.size.width, style)
        if key != self._drawn_for:
            self._drawn.clear()
            self._drawn_for = key
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        style = self._drawn_for[2]
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        strip = self._drawn.get(index)
        if strip is None:
            cropped = self._lines[index].crop_extend(scroll_x, scroll_x + width, style)
            strip = Strip(Segment.apply_style(cropped, style), cropped.cell_length)
            self._drawn[index] = strip
        return strip
