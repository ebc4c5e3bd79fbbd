"""A meeting's notes, newest last, each with its time, its mark and whether it is on disk.

Only the latest notes are laid out (a page at a time); the first line offers the earlier ones,
and choosing it posts `NoteList.Earlier` for the screen to hand down the next page. Each note
is wrapped once, when it comes or changes (or the width does), and drawn from those lines: an
OptionList lays out and renders every option again as the screen opens, the difference
between opening a long meeting and an empty one (bench/notes.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..core.notes import MARK_LABELS
from ..core.records import Entry
from ..core.safe_text import visible
from .line_list import wrap_items

MARK_STYLES = {"decision": "bold green", "action": "bold yellow", "question": "bold cyan",
               "concern": "bold red", "repeat": "bold magenta"}
#: The key of the line that offers the earlier notes.
EARLIER = -1


def entry_prompt(entry: Entry, saved: bool) -> Content:
    """Never markup: the parent's text goes in as plain text, control characters made visible.
    Saved or not differs by glyph (✓ or …), not only by colour."""
    parts: list[tuple[str, str] | str] = [
        (f"{entry.ts[11:16]} ", "dim"),
        ("✓ " if saved else "… ", "green" if saved else "yellow")]
    if entry.mark:
        parts.append((f"{MARK_LABELS[entry.mark]} ", MARK_STYLES.get(entry.mark, "bold")))
    parts.append(visible(entry.text))
    if entry.edited:
        parts.append((" (edited)", "dim italic"))
    return Content.assemble(*parts)


class NoteList(ScrollView, can_focus=True):
    """Receives entries; the screen that owns it says when each is saved."""

    DEFAULT_CSS = """
    NoteList {
        background: $surface;
        padding: 0 1;
        scrollbar-gutter: stable;  /* the notes are not wrapped again as the list grows */
        & > .note-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .note-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"note-list--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous note", show=False),
        Binding("down", "cursor(1)", "Next note", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First note", show=False),
        Binding("end", "last", "Last note", show=False),
        Binding("enter", "choose", "Correct the note", show=False),
    ]

    @dataclass
    class Earlier(Message):
        """The parent asked for the notes before the first one shown."""

        shown: int

    @dataclass
    class Chosen(Message):
        """The parent chose a note (enter or a click on it): to correct it."""

        entry: Entry

    def __init__(self, latest: Sequence[Entry], total: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entries: dict[int, Entry] = {e.doc_id: e for e in latest}
        self.hidden = total - len(latest)
        #: What is shown, in order: the earlier-notes line's key, then note ids.
        self._keys: list[int] = ([EARLIER] if self.hidden > 0 else []) + list(self.entries)
        self._prompts: dict[int, Content] = {
            e.doc_id: entry_prompt(e, True) for e in latest}
        self._wrapped: dict[int, list[Strip]] = {}
        self._width = 0
        self._lines: list[Strip] = []
        self._line_item: list[int] = []  # the index in `_keys` each line belongs to
        self._first_line: list[int] = []  # the first line of each item
        self._highlighted: int | None = len(self._keys) - 1 if self._keys else None
        self._follow = True  # keep the latest note in view until the parent moves

    # -- what is shown ------------------------------------------------------------------------
    def _earlier_prompt(self) -> Content:
        return Content.styled(f"▲ {self.hidden:,} earlier notes: press enter to show more",
                              "dim italic")

    def _prompt(self, key: int) -> Content:
        return self._earlier_prompt() if key == EARLIER else self._prompts[key]

    def _lay_out(self, width: int) -> None:
        """The lines of every item at `width` (each item wrapped only when new or changed)."""
        if width != self._width:
            self._wrapped.clear()
            self._width = width
        lines: list[Strip] = []
        line_item: list[int] = []
        first: list[int] = []
        for index, key in enumerate(self._keys):
            wrapped = self._wrapped.get(key)
            if wrapped is None:
                wrapped = self._wrapped[key] = wrap_items([self._prompt(key)], width)
            first.append(len(lines))
            lines.extend(wrapped)
            line_item.extend([index] * len(wrapped))
        self._lines, self._line_item, self._first_line = lines, line_item, first
        self.virtual_size = Size(width, len(lines))

    def _changed(self, *keys: int) -> None:
        for key in keys:
            self._wrapped.pop(key, None)
        if self._width:
            self._lay_out(self._width)
            self._show_highlight()
        self.refresh()

    @property
    def item_count(self) -> int:
        """Lines of the list as a reader counts them: the earlier-notes line and each note."""
        return len(self._keys)

    def item_text(self, index: int) -> str:
        """The plain text of the item at `index`."""
        return self._prompt(self._keys[index]).plain

    # -- the highlight --------------------------------------------------------------------------
    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, len(self._keys) - 1)) if self._keys else None
        self._highlighted = index
        self._follow = index is not None and index == len(self._keys) - 1
        self._show_highlight()
        self.refresh()

    def _show_highlight(self) -> None:
        if self._highlighted is None or not self._width or not self._keys:
            return
        top = self._first_line[self._highlighted]
        bottom = (self._first_line[self._highlighted + 1]
                  if self._highlighted + 1 < len(self._keys) else len(self._lines))
        if self._follow:
            self.scroll_to(y=max(0, len(self._lines) - self.scrollable_content_region.height),
                           animate=False, immediate=True, force=True)
        else:
            self.scroll_to_region(Region(0, top, self._width, bottom - top), animate=False,
                                  immediate=True, force=True)
        # (Textual moves the scroll bar's thumb only while the bar is shown: not yet, the first
        # time, when the notes are laid out as the list is first drawn.)
        self.vertical_scrollbar.position = self.scroll_y

    @property
    def highlighted_entry(self) -> Entry | None:
        if self._highlighted is None or not self._keys:
            return None
        return self.entries.get(self._keys[self._highlighted])

    def highlight_last(self) -> None:
        if self._keys:
            self.highlighted = len(self._keys) - 1

    def action_cursor(self, step: int) -> None:
        if self._keys:
            current = self._highlighted
            self.highlighted = (len(self._keys) - 1 if current is None and step < 0
                                else 0 if current is None else current + step)

    def action_page(self, step: int) -> None:
        if not self._keys or not self._lines:
            return
        current = self._first_line[self._highlighted or 0]
        line = max(0, min(current + step * self.scrollable_content_region.height,
                          len(self._lines) - 1))
        self.highlighted = self._line_item[line]

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlight_last()

    def action_choose(self) -> None:
        if self._highlighted is None or not self._keys:
            return
        key = self._keys[self._highlighted]
        if key == EARLIER:
            self.post_message(self.Earlier(len(self.entries)))
        else:
            self.post_message(self.Chosen(self.entries[key]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + self.scroll_offset.y
        if 0 <= line < len(self._line_item):
            self.highlighted = self._line_item[line]
            self.action_choose()

    # -- changes ------------------------------------------------------------------------------
    def show_earlier(self, entries: Sequence[Entry]) -> None:
        """Put a page of earlier notes above those shown."""
        self.hidden -= len(entries)
        self.entries = {**{e.doc_id: e for e in entries}, **self.entries}
        self._prompts.update({e.doc_id: entry_prompt(e, True) for e in entries})
        notes = [key for key in self._keys if key != EARLIER]
        above = [EARLIER] if self.hidden > 0 else []
        self._keys = [*above, *(e.doc_id for e in entries), *notes]
        self._highlighted = len(above) + max(len(entries) - 1, 0)
        self._follow = False
        self._changed(EARLIER)

    def add_entry(self, entry: Entry, saved: bool = False) -> None:
        self.entries[entry.doc_id] = entry
        self._prompts[entry.doc_id] = entry_prompt(entry, saved)
        self._keys.append(entry.doc_id)
        self._highlighted, self._follow = len(self._keys) - 1, True
        self._changed(entry.doc_id)

    def update_entry(self, entry: Entry, saved: bool) -> None:
        if entry.doc_id in self.entries:
            self.entries[entry.doc_id] = entry
            self._prompts[entry.doc_id] = entry_prompt(entry, saved)
            self._changed(entry.doc_id)

    def mark_saved(self, doc_id: int) -> None:
        entry = self.entries.get(doc_id)
        if entry is not None:
            self.update_entry(entry, True)

    def remove_entry(self, doc_id: int) -> None:
        if self.entries.pop(doc_id, None) is None:
            return
        self._prompts.pop(doc_id, None)
        index = self._keys.index(doc_id)
        del self._keys[index]
        if self._highlighted is not None:
            self._highlighted = min(self._highlighted, len(self._keys) - 1) \
                if self._keys else None
        self._changed(doc_id)

    # -- drawing ------------------------------------------------------------------------------
    def on_resize(self) -> None:
        if self._width != self.scrollable_content_region.width:
            self._changed()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Laid out here the first time (the width is known at the first drawing, before the
        # resize event), so the first frame of a meeting already shows its latest notes.
        width = self.scrollable_content_region.width
        if width and width != self._width:
            self._lay_out(width)
            self._show_highlight()
        self._base = self.rich_style
        self._cursor = self.get_component_rich_style("note-list--cursor")
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, self._base)
        if self._line_item[index] != self._highlighted:
            cropped = self._lines[index].crop_extend(scroll_x, scroll_x + width, self._base)
            return Strip(Segment.apply_style(cropped, self._base), cropped.cell_length)
        # The highlighted note in the cursor's own colours, over the marks' (a red mark on
        # the cursor's grey is unreadable without colour, NO_COLOR).
        cropped = self._lines[index].crop_extend(scroll_x, scroll_x + width, self._cursor)
        return Strip(Segment.apply_style(cropped, self._base, self._cursor),
                     cropped.cell_length)
