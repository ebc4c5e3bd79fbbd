"""The school-day calendar the parent keeps: which weekdays are school days, and the breaks
(winter break, teacher workdays) that are not. School-day deadlines and removal days are
counted with it; nothing is guessed.

The widget checks what is typed (`parse_break`) and posts messages up; the screen writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Checkbox, OptionList, Static
from textual.widgets.option_list import Option

from ..core.dates_view import break_days
from ..core.records import SchoolBreak
from ..core.safe_text import one_line
from ..core.schoolcal import WEEKDAY_NAMES, CalendarError, SchoolCalendar, parse_break
from .burst import LineInput
from .tick_box import TickBox


class SchoolCalendarForm(Vertical):
    breaks: reactive[tuple[SchoolBreak, ...]] = reactive(tuple, init=False)
    """The breaks entered (given by the screen)."""
    weekdays: reactive[frozenset[int]] = reactive(frozenset(range(5)), init=False)
    """The school weekdays, Monday = 0 (given by the screen)."""

    @dataclass
    class WeekdaysChanged(Message):
        weekdays: set[int]

    @dataclass
    class AddBreak(Message):
        first: dt.date
        last: dt.date
        name: str

    @dataclass
    class DeleteBreak(Message):
        school_break: SchoolBreak

    def compose(self) -> ComposeResult:
        with Horizontal(id="weekdays"):
            for number, name in enumerate(WEEKDAY_NAMES):
                yield TickBox(name[:3], number in self.weekdays, id=f"weekday-{number}",
                              compact=True)
        yield OptionList(id="breaks")
        yield LineInput(placeholder="A break: 2026-12-21..2027-01-01 Winter break (Enter adds)",
                        id="break-new", compact=True, submit_on_enter=True)
        yield Static("", id="break-error", markup=False, classes="error")

    def on_mount(self) -> None:
        self.query_one("#breaks", OptionList).border_title = "School breaks (not school days)"
        self.watch_breaks(self.breaks)

    def watch_breaks(self, breaks: tuple[SchoolBreak, ...]) -> None:
        listing = self.query_one("#breaks", OptionList)
        listing.clear_options()
        for item in breaks:
            listing.add_option(Option(Text(f"{break_days(item)}  {one_line(item.name)}"),
                                      id=str(item.doc_id)))
        if not breaks:
            listing.add_option(Option("No breaks entered: school days are counted as every "
                                      "school weekday.", disabled=True))

    def watch_weekdays(self, weekdays: frozenset[int]) -> None:
        for number in range(7):
            box = self.query_one(f"#weekday-{number}", Checkbox)
            with box.prevent(Checkbox.Changed):
                box.value = number in weekdays

    def highlighted(self) -> SchoolBreak | None:
        listing = self.query_one("#breaks", OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return next((b for b in self.breaks if str(b.doc_id) == option.id), None)

    def delete(self) -> None:
        chosen = self.highlighted()
        if chosen is not None:
            self.post_message(self.DeleteBreak(chosen))

    @on(Checkbox.Changed)
    def _weekday(self, event: Checkbox.Changed) -> None:
        days = {n for n in range(7) if self.query_one(f"#weekday-{n}", Checkbox).value}
        if not days:
            self.error("At least one weekday is a school day.")
            with event.checkbox.prevent(Checkbox.Changed):
                event.checkbox.value = True
            return
        self.error()
        self.post_message(self.WeekdaysChanged(days))

    @on(LineInput.Submitted, "#break-new")
    def _add(self, event: LineInput.Submitted) -> None:
        try:
            first, last, name = parse_break(event.value)
            SchoolCalendar().with_break(first, last, name)  # its length and name, checked
        except CalendarError as exc:
            self.error(f"Not added: {exc}.")
            return
        self.error()
        event.input.value = ""
        self.post_message(self.AddBreak(first, last, name))

    def error(self, message: str = "") -> None:
        shown = self.query_one("#break-error", Static)
        shown.update(message)
        shown.set_class(bool(message), "-shown")
