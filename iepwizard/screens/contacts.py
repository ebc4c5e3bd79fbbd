"""The contact log: every call, email, letter and meeting with the school, dated."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Select
from textual.widgets.option_list import Option

from .. import keys
from ..core.dates import date_column, long_form, read_day
from ..core.records import FROM_SCHOOL, SENT_TO_SCHOOL, Contact
from ..core.safe_text import visible
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .confirm import ConfirmScreen
from .record_dialogs import CONTACT_NOT_YET, EditContactDialog, deletion_question
from .records import RecordsScreen

HOW = ["email", "phone", "letter (post)", "in person", "meeting", "school portal", "text"]


@dataclass
class Logged(Message):
    """The form as it was when the parent pressed Enter or "Log it"."""

    written: str  # the date as typed
    direction: str
    how: str
    who: str
    summary: str


class SummaryInput(LineInput):
    """What was said: Enter reads the whole form at once, empties "who" and itself and goes
    back to "who", in the same step. Read later, a second contact typed in the same burst ran
    into the first ("first callMr. Lee") and its own words were lost."""

    def enter(self) -> None:
        screen = self.screen
        assert isinstance(screen, ContactsScreen)
        self.post_message(screen.take_form())


class ContactsScreen(RecordsScreen):
    TYPES_INTO = "#contact-summary"
    BINDINGS = keys.bindings(keys.CONTACTS)
    TITLE_TEXT = "Contact log"
    EMPTY = "Nothing logged yet. Letters you mark as sent appear here too."
    AUTO_FOCUS = "#contact-who"

    def compose_form(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield LineInput(dt.date.today().isoformat(), id="contact-date", compact=True)
            yield FieldSelect([("I contacted the school", SENT_TO_SCHOOL),
                               ("The school contacted me", FROM_SCHOOL)], value=SENT_TO_SCHOOL,
                              allow_blank=False, id="contact-direction", compact=True)
            yield FieldSelect([(h, h) for h in HOW], value="email", allow_blank=False,
                              id="contact-how", compact=True)
        yield LineInput(placeholder="Who (name and role)", id="contact-who", compact=True)
        # What was said comes right after "who", its button after it: Tab goes from "who" to
        # what was said (the button, beside "who", took the Tab, and the summary was lost).
        with Horizontal(classes="form-row"):
            yield SummaryInput(placeholder="What was said or asked (Enter logs it)",
                               id="contact-summary", compact=True, submit_on_enter=True)
            yield Button("Log it", variant="primary", id="contact-add", compact=True)

    def fill(self, keep: str = "") -> None:
        """List the contacts, the last one highlighted (or the one of id `keep`)."""
        self.listing.clear_options()
        contacts = self.store.contacts(self.child_id)
        days = date_column([contact.date for contact in contacts])
        for day, contact in zip(days, contacts, strict=True):
            arrow = "←" if contact.direction == FROM_SCHOOL else "→"
            letter = " ✉" if contact.letter_id else ""
            self.listing.add_option(Option(Text.assemble(
                (f"{day} {arrow}{letter} ", "bold"),
                visible(f"{contact.who} ({contact.how}): {contact.summary}")),
                id=str(contact.doc_id)))
        if self.listing.option_count:
            self.listing.highlighted = max(
                (i for i, contact in enumerate(contacts) if str(contact.doc_id) == keep),
                default=self.listing.option_count - 1)
        self.show_empty()

    def _contact(self) -> Contact | None:
        chosen = self.highlighted_id()
        return next((c for c in self.store.contacts(self.child_id)
                     if str(c.doc_id) == chosen), None) if chosen else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Delete only on the list, where it works (in the form the footer offered it, and it
        deleted a character, or nothing); F2 works from the form too. (Textual refreshes the
        footer's keys as the focus moves.)"""
        if action == "delete" and self.is_mounted:
            return self.focused is self.listing
        return True

    @work
    async def action_edit(self) -> None:
        """F2: correct the highlighted entry (a letter marked as sent stays linked to it)."""
        contact = self._contact()
        if contact is None:
            return
        edit = await self.app.push_screen_wait(EditContactDialog(contact, HOW))
        if edit is not None:
            self.store.update_contact(self.child_id, contact.doc_id, **asdict(edit))
            self.fill(str(contact.doc_id))
            self.listing.focus()  # on the entry corrected: Delete works at once
            self.notify(f"Corrected, dated {long_form(edit.date)}.", title="Contact log")

    @work
    async def action_delete(self) -> None:
        contact = self._contact()
        if contact is None or not self.listing.has_focus:
            return
        if await self.app.push_screen_wait(ConfirmScreen(deletion_question(contact),
                                                         yes="Delete")):
            self.store.delete_contact(self.child_id, contact.doc_id)
            self.fill()

    def take_form(self) -> Logged:
        """The form as it is now; emptied for the next contact, the cursor back on "who", if
        something was said (else left as it is, to be finished)."""
        contact = Logged(self.query_one("#contact-date", LineInput).value,
                          str(self.query_one("#contact-direction", Select).value),
                          str(self.query_one("#contact-how", Select).value),
                          self.query_one("#contact-who", LineInput).value.strip(),
                          self.query_one("#contact-summary", LineInput).value.strip())
        if contact.summary:
            for field in ("#contact-summary", "#contact-who"):
                self.query_one(field, LineInput).value = ""
            self.set_focus(self.query_one("#contact-who"))
        return contact

    @on(Button.Pressed, "#contact-add")
    def action_add(self) -> None:
        """"Log it" or ctrl+s (a key or a click: no burst can follow it into the form)."""
        self._log(self.take_form())

    @on(Logged)
    def _log(self, contact: Logged) -> None:
        """Log the contact read from the form (the form is already emptied for the next)."""
        if not contact.summary:
            self.error("Say what was said or asked (a few words are enough).")
            self.query_one("#contact-summary").focus()
            return
        day, problem = read_day(contact.written, self.app_today(), CONTACT_NOT_YET)
        if day is None:
            self.error(problem or "")
            self._refill(contact)
            return
        self.store.add_contact(self.child_id, day.isoformat(), contact.who, contact.how,
                               contact.summary, direction=contact.direction)
        self.error()
        self.fill()

    def _refill(self, contact: Logged) -> None:
        """A contact that could not be logged goes back into the form, where it is empty."""
        for field, value in (("#contact-who", contact.who),
                             ("#contact-summary", contact.summary)):
            box = self.query_one(field, LineInput)
            if not box.value:
                box.value = value
        self.query_one("#contact-date").focus()
