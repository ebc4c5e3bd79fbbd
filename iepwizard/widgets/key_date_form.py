"""A child's key dates: the list, and a form to add one or correct the highlighted one.

The widget checks what is typed (the one date validator, the key-date bounds) and posts
`Save` or `Delete` up; the screen writes and hands the new list back down.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button, OptionList, Select, Static
from textual.widgets.option_list import Option

from ..core.dates import date_problem, long_date, parse_date
from ..core.dates_view import key_date_row
from ..core.events import EVENTS
from ..core.keydates import ALIASES, KeyDate, KeyDateError, check
from ..core.safe_text import one_line
from ..widgets.burst import LineInput
from .form_fields import FieldSelect

#: A row of the list: its id ("birth" for the profile's date of birth, else the stored
#: document's id) and the key date.
KeyDateRow = tuple[str, KeyDate]
SIGNED = "consent-signed"
CHOICES = [(label, name) for name, label in EVENTS.items()] + [
    ("consent to evaluate signed (not yet confirmed as received)", SIGNED)]


class KeyDateForm(Vertical):
    entries: reactive[tuple[KeyDateRow, ...]] = reactive(tuple, init=False)
    """The key dates shown, oldest first (given by the screen)."""
    editing: reactive[str] = reactive("", init=False)
    """The id of the row being corrected; empty while the form adds a new one."""

    @dataclass
    class Save(Message):
        """Record a key date (`row_id` empty) or correct the row `row_id`."""

        row_id: str
        entry: KeyDate

    @dataclass
    class Delete(Message):
        row_id: str
        entry: KeyDate

    def compose(self) -> ComposeResult:
        yield OptionList(id="key-dates")
        with Horizontal(classes="form-row"):
            yield FieldSelect(CHOICES, value="request-sent", allow_blank=False, id="key-event",
                              compact=True)
            yield LineInput(placeholder="date, e.g. 2026-09-03", id="key-date", compact=True,
                            submit_on_enter=True)
            yield Button("Add", variant="primary", id="key-save", compact=True)
            yield Button("Cancel", id="key-cancel", compact=True)
        yield Static("", id="key-error", markup=False, classes="error")

    def on_mount(self) -> None:
        self.query_one("#key-dates", OptionList).border_title = "Key dates"
        self.watch_entries(self.entries)
        self.watch_editing(self.editing)

    def watch_entries(self, entries: tuple[KeyDateRow, ...]) -> None:
        listing = self.query_one("#key-dates", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        listing.add_options([Option(Text(one_line(key_date_row(e))), id=row_id)
                             for row_id, e in entries])
        if not entries:
            listing.add_option(Option("No key dates yet. Choose what happened, type its date "
                                      "and press Enter.", disabled=True))
        elif keep is not None:
            listing.highlighted = min(keep, listing.option_count - 1)

    def watch_editing(self, editing: str) -> None:
        self.query_one("#key-save", Button).label = "Save correction" if editing else "Add"
        self.query_one("#key-cancel", Button).display = bool(editing)

    def highlighted(self) -> KeyDateRow | None:
        listing = self.query_one("#key-dates", OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return next((row for row in self.entries if row[0] == option.id), None)

    def correct(self) -> None:
        """Put the highlighted key date into the form, to correct it."""
        row = self.highlighted()
        if row is None:
            return
        row_id, entry = row
        signed = entry.event == "consent-received" and not entry.confirmed
        self.query_one("#key-event", Select).value = SIGNED if signed else entry.event
        box = self.query_one("#key-date", LineInput)
        box.value = long_date(entry.day)
        self.editing = row_id
        box.focus()
        box.cursor_position = len(box.value)  # ready to be rubbed out, not typed in front of

    def delete(self) -> None:
        row = self.highlighted()
        if row is not None:
            self.post_message(self.Delete(*row))

    @on(Button.Pressed, "#key-cancel")
    def cancel(self) -> None:
        self.editing = ""
        self.query_one("#key-date", LineInput).value = ""
        self.error()

    def error(self, message: str = "") -> None:
        shown = self.query_one("#key-error", Static)
        shown.update(message)
        shown.set_class(bool(message), "-shown")

    @on(LineInput.Submitted, "#key-date")
    @on(Button.Pressed, "#key-save")
    def _save(self) -> None:
        box = self.query_one("#key-date", LineInput)
        day = parse_date(box.value)
        if day is None:
            self.error(date_problem(box.value))
            box.focus()
            return
        name = str(self.query_one("#key-event", Select).value)
        event, confirmed = ALIASES.get(name, (name, True))
        entry = KeyDate(day, event, confirmed)
        try:
            check(entry)
        except KeyDateError as exc:
            self.error(f"Not recorded: {exc}.")
            return
        self.post_message(self.Save(self.editing, entry))
        self.editing = ""
        box.value = ""
        self.error()
