"""Mark a letter as sent: when, to whom and how; the answer goes into the contact log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ..core.dates import long_date, parse_date

HOW = ["email", "letter (post)", "hand delivered", "school portal", "fax"]


@dataclass(frozen=True)
class Sent:
    date: str
    who: str
    how: str


class SentScreen(ModalScreen[Sent | None]):
    CSS_PATH = "letters.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, subject: str, recipient: str) -> None:
        super().__init__()
        self.subject, self.recipient = subject, recipient

    def compose(self) -> ComposeResult:
        with Vertical(id="sent"):
            yield Static(f"Mark as sent: {self.subject}", markup=False, classes="heading")
            yield Label("Date sent")
            yield Input(long_date(dt.date.today()), id="sent-date", compact=True)
            yield Label("Sent to")
            yield Input(self.recipient, id="sent-who", compact=True)
            yield Label("How")
            yield Select([(h, h) for h in HOW], value="email", allow_blank=False, id="sent-how",
                         compact=True)
            yield Static("", id="sent-error", markup=False)
            with Horizontal():
                yield Button("Log it", variant="primary", id="sent-ok")
                yield Button("Cancel", id="sent-cancel")

    @on(Button.Pressed, "#sent-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#sent-ok")
    def _ok(self) -> None:
        day = parse_date(self.query_one("#sent-date", Input).value)
        if day is None:
            self.query_one("#sent-error", Static).update(
                "Write the date like November 28, 2026 or 2026-11-28.")
            return
        how = self.query_one("#sent-how", Select).value
        self.dismiss(Sent(day.isoformat(), self.query_one("#sent-who", Input).value.strip(),
                          str(how)))
