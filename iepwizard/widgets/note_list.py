"""A meeting's notes, newest last, each with its time, its mark and whether it is saved."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.notes import MARK_LABELS, visible
from ..core.records import Entry

MARK_STYLES = {"decision": "bold green", "action": "bold yellow", "question": "bold cyan",
               "concern": "bold red", "repeat": "bold magenta"}


def entry_prompt(entry: Entry, saved: bool) -> Text:
    """Never markup: the parent's text goes in as plain text, control characters made visible."""
    mark = entry.mark
    stamp = entry.ts[11:16]
    state = "✓" if saved else "…"
    line = Text.assemble((f"{stamp} ", "dim"), (f"{state} ", "green" if saved else "yellow"))
    if mark:
        line.append(f"{MARK_LABELS[mark]} ", MARK_STYLES.get(mark, "bold"))
    line.append(visible(entry.text))
    if entry.edited:
        line.append(" (edited)", "dim italic")
    return line


class NoteList(OptionList):
    """Receives entries; the screen that owns it tells it when each is saved."""

    def __init__(self, entries: list[Entry], **kwargs: Any) -> None:
        super().__init__(*[Option(entry_prompt(e, True), id=str(e.doc_id)) for e in entries],
                         **kwargs)
        self.entries = {str(e.doc_id): e for e in entries}

    def add_entry(self, entry: Entry, saved: bool = False) -> None:
        key = str(entry.doc_id)
        self.entries[key] = entry
        self.add_option(Option(entry_prompt(entry, saved), id=key))
        self.highlighted = self.option_count - 1
        self.scroll_end(animate=False)

    def update_entry(self, entry: Entry, saved: bool) -> None:
        key = str(entry.doc_id)
        self.entries[key] = entry
        self.replace_option_prompt(key, entry_prompt(entry, saved))

    def remove_entry(self, doc_id: int) -> None:
        key = str(doc_id)
        self.entries.pop(key, None)
        self.remove_option(key)

    @property
    def highlighted_entry(self) -> Entry | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self.entries.get(option.id or "")
