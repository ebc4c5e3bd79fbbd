"""The contact log: every call, email, letter and meeting with the school, dated."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from ..core.dates import parse_date
from ..core.notes import visible
from ..core.records import FROM_SCHOOL, SENT_TO_SCHOOL
from ..core.store import Store

HOW = ["email", "phone", "letter (post)", "in person", "meeting", "school portal", "text"]


class ContactsScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+s", "add", "Log it", priority=True)]

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(id="contact-list")
        with Horizontal(classes="form-row"):
            yield Input(dt.date.today().isoformat(), id="contact-date")
            yield Select([("I contacted the school", SENT_TO_SCHOOL),
                          ("The school contacted me", FROM_SCHOOL)], value=SENT_TO_SCHOOL,
                         allow_blank=False, id="contact-direction")
            yield Select([(h, h) for h in HOW], value="email", allow_blank=False,
                         id="contact-how")
        with Horizontal(classes="form-row"):
            yield Input(placeholder="Who (name and role)", id="contact-who")
            yield Button("Log it", variant="primary", id="contact-add", compact=True)
        yield Input(placeholder="What was said or asked (Enter logs it)", id="contact-summary")
        yield Static("", id="contact-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Contact log"
        self._fill()
        self.query_one("#contact-who", Input).focus()

    def _fill(self) -> None:
        listing = self.query_one("#contact-list", OptionList)
        listing.clear_options()
        for contact in self.store.contacts(self.child_id):
            arrow = "←" if contact.direction == FROM_SCHOOL else "→"
            letter = " ✉" if contact.letter_id else ""
            listing.add_option(Option(Text.assemble(
                (f"{contact.date} {arrow}{letter} ", "bold"),
                visible(f"{contact.who} ({contact.how}): {contact.summary}"))))
        if not listing.option_count:
            listing.add_option(Option("Nothing logged yet. Letters you mark as sent appear "
                                      "here too.", disabled=True))
        else:
            listing.highlighted = listing.option_count - 1

    @on(Button.Pressed, "#contact-add")
    @on(Input.Submitted, "#contact-summary")
    def action_add(self) -> None:
        day = parse_date(self.query_one("#contact-date", Input).value)
        summary = self.query_one("#contact-summary", Input).value.strip()
        who = self.query_one("#contact-who", Input).value.strip()
        if day is None:
            self.query_one("#contact-error", Static).update("Write the date like 2026-11-28.")
            return
        if not summary and not who:
            self.query_one("#contact-error", Static).update("Say who, and what was said.")
            return
        self.store.add_contact(self.child_id, day.isoformat(), who,
                               str(self.query_one("#contact-how", Select).value), summary,
                               direction=str(self.query_one("#contact-direction",
                                                            Select).value))
        for field in ("#contact-summary", "#contact-who"):
            self.query_one(field, Input).value = ""
        self.query_one("#contact-error", Static).update("")
        self._fill()
