"""The home journal: dated notes of what you see at home. A pasted block is one entry,
saved with ctrl+s; what is typed and not saved is kept as a draft."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, TextArea
from textual.widgets.option_list import Option

from .. import keys
from ..core.dates import date_column, date_problem, iso_date, long_form
from ..core.safe_text import visible
from ..widgets.burst import LineInput, SaveArea
from .confirm import ConfirmScreen
from .records import RecordsScreen

DRAFT = "journal"


class JournalScreen(RecordsScreen):
    TYPES_INTO = "#journal-text"
    BINDINGS = keys.bindings(keys.JOURNAL)
    TITLE_TEXT = "Home journal"
    EMPTY = "No entries yet. Write what you see at home below, then press ctrl+s."
    AUTO_FOCUS = "#journal-text"

    def compose_form(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield LineInput(dt.date.today().isoformat(), id="journal-date", compact=True)
            yield Button("Save entry (ctrl+s)", variant="primary", id="journal-add",
                         compact=True)
        yield SaveArea(id="journal-text", soft_wrap=True, show_line_numbers=False,
                       placeholder="Homework, mood after school, sleep, what helped…")

    def on_mount(self) -> None:
        super().on_mount()
        self._area = self.query_one("#journal-text", SaveArea)
        self.restore_draft(DRAFT, self._area)

    def fill(self) -> None:
        self.listing.clear_options()
        entries = self.store.journal(self.child_id)
        days = date_column([item.date for item in entries])
        for day, item in zip(days, entries, strict=True):
            self.listing.add_option(Option(Text.assemble((f"{day}  ", "bold"),
                                                         visible(item.text)),
                                           id=str(item.doc_id)))
        if self.listing.option_count:
            self.listing.highlighted = self.listing.option_count - 1
        self.show_empty()

    @on(TextArea.Changed, "#journal-text")
    def _typing(self, event: TextArea.Changed) -> None:
        self.keep_soon(DRAFT, event.text_area)

    @on(Button.Pressed, "#journal-add")
    def _button(self) -> None:
        self.query_one(SaveArea).action_save()

    @on(SaveArea.Save)
    def _save(self, event: SaveArea.Save) -> None:
        written = self.query_one("#journal-date", LineInput).value
        day = iso_date(written)
        if day is None:
            event.area.text = event.text  # keep what was written
            self.error(date_problem(written))
            return
        self.store.add_journal(self.child_id, day, event.text)
        self.forget_draft(DRAFT)
        self.error()
        self.fill()

    @work
    async def action_delete(self) -> None:
        option = (self.listing.get_option_at_index(self.listing.highlighted)
                  if self.listing.highlighted is not None else None)
        if option is None or option.id is None or not self.listing.has_focus:
            return
        entry = next((j for j in self.store.journal(self.child_id)
                      if str(j.doc_id) == option.id), None)
        if entry is None:
            return
        question = (f"Delete the journal entry of {long_form(entry.date)}?\n\n"
                    f"{visible(entry.text, 300)}")
        if await self.app.push_screen_wait(ConfirmScreen(question, yes="Delete")):
            self.store.delete_journal(self.child_id, entry.doc_id)
            self.fill()

    def on_unmount(self) -> None:
        self.stop_drafts()
        self.keep(DRAFT, self._area)
