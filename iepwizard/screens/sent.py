"""Mark a letter as sent: when, to whom and how; the answer goes into the contact log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Label, Select, Static

from ..core.dates import long_date
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .dialog import Dialog

HOW = ["email", "letter (post)", "hand delivered", "school portal", "fax"]


@dataclass(frozen=True)
class Sent:
    date: str
    who: str
    how: str


class SentScreen(Dialog[Sent | None]):
    def __init__(self, subject: str, recipient: str, today: dt.date | None = None) -> None:
        super().__init__()
        self.subject, self.recipient = subject, recipient
        self.today = today or dt.date.today()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Mark as sent: {self.subject}", markup=False, classes="heading")
            yield Label("Date sent")
            yield LineInput(long_date(self.today), id="sent-date", compact=True,
                            submit_on_enter=True)
            yield Label("Sent to")
            yield LineInput(self.recipient, id="sent-who", compact=True, submit_on_enter=True)
            yield Label("How")
            yield FieldSelect([(h, h) for h in HOW], value="email", allow_blank=False,
                              id="sent-how", compact=True)
            yield from self.dialog_buttons(Button("Log it", variant="primary", id="sent-ok"))

    def on_mount(self) -> None:
        self.query_one("#sent-date").focus()

    @on(LineInput.Submitted)
    @on(Button.Pressed, "#sent-ok")
    def _ok(self) -> None:
        day = self.read_date("#sent-date", self.today,
                             "a letter is marked as sent on the day it went.")
        if day is None:
            return
        how = self.query_one("#sent-how", Select).value
        who = self.query_one("#sent-who", LineInput).value.strip()
        self.dismiss(Sent(day.isoformat(), who, str(how)))
