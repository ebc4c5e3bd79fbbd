"""Correcting a record of the journal or the contact log (F2 on their lists): a dialog filled
with the record, answered with the corrected values (None: cancelled)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Label, Select, Static

from ..core.dates import long_form
from ..core.records import FROM_SCHOOL, SENT_TO_SCHOOL, Contact, JournalEntry
from ..core.safe_text import visible
from ..widgets.burst import BurstArea, LineInput
from ..widgets.form_fields import FieldSelect
from .dialog import Dialog

#: ctrl+s saves; not a priority key, so that it waits behind the keys typed before it (read
#: first, as a priority key is, it saved the text without the words just typed).
SAVE_KEY: list[BindingType] = [*Dialog.BINDINGS, Binding("ctrl+s", "save", "Save")]

#: Why a journal entry dated after today is refused, by the new-entry form and by F2 (after
#: "<the date> has not come yet: ").
JOURNAL_NOT_YET = "a journal entry is dated the day you saw what it says."
#: The same for a contact, by the contact log's form and by F2.
CONTACT_NOT_YET = "a contact is logged with the day it happened."


def _save() -> Button:
    return Button("Save (ctrl+s)", variant="primary", id="save")


@dataclass(frozen=True)
class JournalEdit:
    date: str  # ISO
    text: str


class EditJournalDialog(Dialog[JournalEdit | None]):
    BINDINGS = SAVE_KEY

    def __init__(self, entry: JournalEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Correct the journal entry", classes="heading")
            yield Label("Date")
            yield LineInput(long_form(self.entry.date), id="edit-date", compact=True)
            yield Label("What you saw (ctrl+s saves)")
            yield BurstArea(self.entry.text, id="edit-text", soft_wrap=True,
                            show_line_numbers=False)
            yield from self.dialog_buttons(_save())

    def on_mount(self) -> None:
        area = self.query_one("#edit-text", BurstArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        text = self.query_one("#edit-text", BurstArea).text
        if not text.strip():
            self.show_error("Write what you saw (Delete on the list removes an entry).",
                            "#edit-text")
        elif (day := self.read_date("#edit-date", self.app_today(),
                                    JOURNAL_NOT_YET)) is not None:
            self.dismiss(JournalEdit(day.isoformat(), text))


@dataclass(frozen=True)
class ContactEdit:
    date: str  # ISO
    direction: str
    how: str
    who: str
    summary: str


class EditContactDialog(Dialog[ContactEdit | None]):
    BINDINGS = SAVE_KEY

    def __init__(self, contact: Contact, ways: Sequence[str]) -> None:
        super().__init__()
        self.contact = contact
        # a letter may have gone by a way the log's form does not offer (fax, by hand)
        self.ways = list(dict.fromkeys([*ways, contact.how] if contact.how else ways))

    def compose(self) -> ComposeResult:
        contact = self.contact
        with Vertical(classes="dialog"):
            yield Static("Correct the contact-log entry", classes="heading")
            if contact.letter_id:
                yield Static(Text.assemble("A letter marked as sent: ",
                                           visible(contact.subject or contact.letter_id, 200),
                                           " (it stays linked to its letter)."),
                             classes="muted")
            yield Label("Date")
            yield LineInput(long_form(contact.date), id="edit-date", compact=True)
            yield FieldSelect([("I contacted the school", SENT_TO_SCHOOL),
                               ("The school contacted me", FROM_SCHOOL)],
                              value=contact.direction or SENT_TO_SCHOOL, allow_blank=False,
                              id="edit-direction", compact=True)
            yield FieldSelect([(way, way) for way in self.ways],
                              value=contact.how or self.ways[0], allow_blank=False,
                              id="edit-how", compact=True)
            yield Label("Who")
            yield LineInput(contact.who, id="edit-who", compact=True)
            yield Label("What was said or asked")
            yield LineInput(contact.summary, id="edit-summary", compact=True,
                            submit_on_enter=True)
            yield from self.dialog_buttons(_save())

    def on_mount(self) -> None:
        self.query_one("#edit-summary", LineInput).focus()

    @on(LineInput.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        summary = self.query_one("#edit-summary", LineInput).value.strip()
        if not summary:
            self.show_error("Say what was said or asked (a few words are enough).",
                            "#edit-summary")
        elif (day := self.read_date("#edit-date", self.app_today(),
                                    CONTACT_NOT_YET)) is not None:
            self.dismiss(ContactEdit(day.isoformat(),
                                     str(self.query_one("#edit-direction", Select).value),
                                     str(self.query_one("#edit-how", Select).value),
                                     self.query_one("#edit-who", LineInput).value.strip(),
                                     summary))


def deletion_question(contact: Contact) -> str:
    """What deleting a contact-log entry asks; for a letter marked as sent, what it undoes."""
    question = (f"Delete this entry of the contact log?\n\n{long_form(contact.date)}: "
                f"{visible(contact.who, 100)} ({visible(contact.how, 40)}): "
                f"{visible(contact.summary, 300)}")
    if contact.letter_id:
        question += ("\n\nIt is a letter marked as sent: the letters screen will count that "
                     "letter as not sent (it moves back up the list, and a follow-up it led "
                     "to or a meeting summary it answered may come first again). A key date "
                     "it filled stays: correct that under Key dates (k).")
    return question
