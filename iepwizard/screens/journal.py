"""The home journal: dated notes of what you see at home."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ..core.dates import parse_date
from ..core.notes import visible
from ..core.store import Store


class JournalScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+s", "add", "Save entry", priority=True)]

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(id="journal-list")
        with Horizontal(classes="form-row"):
            yield Input(dt.date.today().isoformat(), id="journal-date")
            yield Button("Save entry", variant="primary", id="journal-add", compact=True)
        yield TextArea(id="journal-text", soft_wrap=True, show_line_numbers=False,
                       placeholder="Homework, mood after school, sleep, what helped…")
        yield Static("", id="journal-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Home journal"
        self._fill()
        self.query_one("#journal-text", TextArea).focus()

    def _fill(self) -> None:
        listing = self.query_one("#journal-list", OptionList)
        listing.clear_options()
        for item in self.store.journal(self.child_id):
            listing.add_option(Option(Text.assemble((f"{item.date}  ", "bold"),
                                                    visible(item.text))))
        if listing.option_count:
            listing.highlighted = listing.option_count - 1
        if not listing.option_count:
            listing.add_option(Option("No entries yet. Write what you see at home below.",
                                      disabled=True))

    @on(Button.Pressed, "#journal-add")
    def action_add(self) -> None:
        day = parse_date(self.query_one("#journal-date", Input).value)
        text = self.query_one("#journal-text", TextArea).text
        if day is None:
            self.query_one("#journal-error", Static).update("Write the date like 2026-11-28.")
            return
        if not text.strip():
            return
        self.store.add_journal(self.child_id, day.isoformat(), text)
        self.query_one("#journal-text", TextArea).text = ""
        self.query_one("#journal-error", Static).update("")
        self._fill()
