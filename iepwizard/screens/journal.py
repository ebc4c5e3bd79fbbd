"""The home journal: dated notes of what you see at home. A pasted block is one entry,
saved with ctrl+s; what is typed and not saved is kept as a draft."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, TextArea
from textual.widgets.option_list import Option

from .. import keys
from ..core.dates import date_column, long_form, read_day
from ..core.records import JournalEntry
from ..core.safe_text import visible
from ..widgets.burst import LineInput, SaveArea
from .confirm import ConfirmScreen
from .record_dialogs import JOURNAL_NOT_YET, EditJournalDialog
from .records import RecordsScreen

DRAFT = "journal"


class DateBox(LineInput):
    """The entry's date: ctrl+s saves the entry from here too, read in this box's own queue
    (after the keys typed before it, before those typed after it), as the text box does."""

    BINDINGS = [Binding("ctrl+s", "screen.save", "Save")]


class JournalScreen(RecordsScreen):
    TYPES_INTO = "#journal-text"
    BINDINGS = keys.bindings(keys.JOURNAL)
    TITLE_TEXT = "Home journal"
    EMPTY = "No entries yet. Write what you see at home below, then press ctrl+s."
    AUTO_FOCUS = "#journal-text"

    def compose_form(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield DateBox(dt.date.today().isoformat(), id="journal-date", compact=True)
            yield Button("Save entry (ctrl+s)", variant="primary", id="journal-add",
                         compact=True)
        yield SaveArea(id="journal-text", soft_wrap=True, show_line_numbers=False,
                       placeholder="Homework, mood after school, sleep, what helped…")

    def on_mount(self) -> None:
        super().on_mount()
        self._area = self.query_one("#journal-text", SaveArea)
        self.restore_draft(DRAFT, self._area)

    def fill(self, dated: str = "") -> None:
        """List the entries, the last one highlighted (the last one `dated`, if given: the
        entry just saved or corrected)."""
        self.listing.clear_options()
        entries = self.store.journal(self.child_id)
        days = date_column([item.date for item in entries])
        for day, item in zip(days, entries, strict=True):
            self.listing.add_option(Option(Text.assemble((f"{day}  ", "bold"),
                                                         visible(item.text)),
                                           id=str(item.doc_id)))
        if self.listing.option_count:
            self.listing.highlighted = max(
                (i for i, item in enumerate(entries) if item.date == dated),
                default=self.listing.option_count - 1)
        self.show_empty()

    def _entry(self) -> JournalEntry | None:
        chosen = self.highlighted_id()
        return next((j for j in self.store.journal(self.child_id)
                     if str(j.doc_id) == chosen), None) if chosen else None

    @on(TextArea.Changed, "#journal-text")
    def _typing(self, event: TextArea.Changed) -> None:
        self.keep_soon(DRAFT, event.text_area)

    @on(Button.Pressed, "#journal-add")
    def action_save(self) -> None:
        """ctrl+s anywhere on the screen, or the button: save what is in the box (the box's own
        ctrl+s does the same)."""
        if not self._area.text.strip():
            self.error("Write the entry in the box first.")
            self._area.focus()
            return
        self._area.action_save()

    @on(SaveArea.Save)
    def _save(self, event: SaveArea.Save) -> None:
        date, problem = read_day(self.query_one("#journal-date", LineInput).value,
                                 self.app_today(), JOURNAL_NOT_YET)
        if date is None:
            event.area.text = event.text  # keep what was written
            self.error(problem or "")
            return
        day = date.isoformat()
        self.store.add_journal(self.child_id, day, event.text)
        self.forget_draft(DRAFT)
        self.error()
        self.fill(day)
        # The next entry is about today again (left at the date just used, it was silently
        # dated that day too); the date this one got is said.
        self.query_one("#journal-date", LineInput).value = self.app_today().isoformat()
        self.notify(f"Saved, dated {long_form(day)}. The date is back to today.",
                    title="Journal entry saved")

    @work
    async def action_edit(self) -> None:
        """F2: correct the highlighted entry's date and text."""
        entry = self._entry()
        if entry is None:
            return
        edit = await self.app.push_screen_wait(EditJournalDialog(entry))
        if edit is not None:
            self.store.update_journal(self.child_id, entry.doc_id, edit.date, edit.text)
            self.fill(edit.date)
            self.notify(f"Corrected, dated {long_form(edit.date)}.", title="Journal entry")

    @work
    async def action_delete(self) -> None:
        entry = self._entry()
        if entry is None or not self.listing.has_focus:
            return
        question = (f"Delete the journal entry of {long_form(entry.date)}?\n\n"
                    f"{visible(entry.text, 300)}")
        if await self.app.push_screen_wait(ConfirmScreen(question, yes="Delete")):
            self.store.delete_journal(self.child_id, entry.doc_id)
            self.fill()

    def on_unmount(self) -> None:
        self.stop_drafts()
        self.keep(DRAFT, self._area)
