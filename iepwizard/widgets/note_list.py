"""A meeting's notes, newest last, each with its time, its mark and whether it is on disk.

Only the latest notes are laid out (a page at a time), so a meeting of ten thousand notes
opens as fast as an empty one; the first line offers the earlier ones, and reaching it posts
`NoteList.Earlier` for the screen to hand down the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.notes import MARK_LABELS
from ..core.records import Entry
from ..core.safe_text import visible

MARK_STYLES = {"decision": "bold green", "action": "bold yellow", "question": "bold cyan",
               "concern": "bold red", "repeat": "bold magenta"}
EARLIER = "earlier"


def entry_prompt(entry: Entry, saved: bool) -> Text:
    """Never markup: the parent's text goes in as plain text, control characters made visible.
    Saved or not differs by glyph (✓ or …), not only by colour."""
    line = Text.assemble((f"{entry.ts[11:16]} ", "dim"),
                         ("✓ " if saved else "… ", "green" if saved else "yellow"))
    if entry.mark:
        line.append(f"{MARK_LABELS[entry.mark]} ", MARK_STYLES.get(entry.mark, "bold"))
    line.append(visible(entry.text))
    if entry.edited:
        line.append(" (edited)", "dim italic")
    return line


class NoteList(OptionList):
    """Receives entries; the screen that owns it says when each is saved."""

    @dataclass
    class Earlier(Message):
        """The parent asked for the notes before the first one shown."""

        shown: int

    def __init__(self, latest: Sequence[Entry], total: int, **kwargs: Any) -> None:
        self.entries: dict[int, Entry] = {e.doc_id: e for e in latest}
        self.hidden = total - len(latest)
        options = [Option(entry_prompt(e, True), id=str(e.doc_id)) for e in latest]
        super().__init__(*self._marker(), *options, **kwargs)

    def _marker(self) -> list[Option]:
        if self.hidden <= 0:
            return []
        return [Option(Text(f"▲ {self.hidden:,} earlier notes: press enter to show more",
                            style="dim italic"), id=EARLIER)]

    def on_mount(self) -> None:
        self.anchor()  # the first frame already shows the latest note
        self.highlight_last()

    def highlight_last(self) -> None:
        if self.option_count:
            self.highlighted = self.option_count - 1
            self.scroll_end(animate=False, immediate=True)

    def show_earlier(self, entries: Sequence[Entry]) -> None:
        """Put a page of earlier notes above those shown."""
        if self.hidden > 0:
            self.remove_option(EARLIER)
        self.hidden -= len(entries)
        kept = [self.get_option_at_index(i) for i in range(self.option_count)]
        self.entries.update({e.doc_id: e for e in entries})
        self.clear_options()
        self.add_options([*self._marker(),
                          *[Option(entry_prompt(e, True), id=str(e.doc_id)) for e in entries],
                          *kept])
        above = 1 if self.hidden > 0 else 0
        self.highlighted = above + max(len(entries) - 1, 0)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == EARLIER:
            event.stop()
            self.post_message(self.Earlier(len(self.entries)))

    def add_entry(self, entry: Entry, saved: bool = False) -> None:
        self.entries[entry.doc_id] = entry
        self.add_option(Option(entry_prompt(entry, saved), id=str(entry.doc_id)))
        self.highlight_last()

    def update_entry(self, entry: Entry, saved: bool) -> None:
        self.entries[entry.doc_id] = entry
        self.replace_option_prompt(str(entry.doc_id), entry_prompt(entry, saved))

    def mark_saved(self, doc_id: int) -> None:
        entry = self.entries.get(doc_id)
        if entry is not None:
            self.replace_option_prompt(str(doc_id), entry_prompt(entry, True))

    def remove_entry(self, doc_id: int) -> None:
        if self.entries.pop(doc_id, None) is not None:
            self.remove_option(str(doc_id))

    @property
    def highlighted_entry(self) -> Entry | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        if option.id in {None, EARLIER}:
            return None
        return self.entries.get(int(option.id or 0))
