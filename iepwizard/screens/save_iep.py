"""Keep a reviewed IEP in the child's record: its date, and whether it is a draft or final."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Label, Select, Static

from ..core.dates import EXAMPLE, long_date
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .dialog import Dialog

STATUSES = [("Draft (not agreed yet)", "draft"),
            ("Final (agreed and in force: starts the services ledger)", "final")]


@dataclass(frozen=True)
class SaveChoice:
    date: dt.date
    status: str


class SaveIepDialog(Dialog[SaveChoice | None]):
    def __init__(self, heading: str, day: dt.date | None, status: str, note: str = "") -> None:
        super().__init__()
        self.heading, self.day, self.status, self.note = heading, day, status, note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.heading, markup=False, classes="heading")
            yield Label("Date of the IEP (the meeting date, if it has no other)")
            yield LineInput(long_date(self.day) if self.day else "", id="save-date",
                            compact=True, submit_on_enter=True, placeholder=EXAMPLE)
            yield Label("Draft or final")
            yield FieldSelect(STATUSES, value=self.status, allow_blank=False, id="save-status",
                              compact=True)
            if self.note:
                yield Static(self.note, markup=False, classes="muted")
            yield from self.dialog_buttons(Button("Save", variant="primary", id="save-ok"))

    def on_mount(self) -> None:
        self.query_one("#save-date").focus()

    @on(LineInput.Submitted, "#save-date")
    @on(Button.Pressed, "#save-ok")
    def _ok(self) -> None:
        day = self.read_date("#save-date")
        if day is None:
            return
        self.dismiss(SaveChoice(day, str(self.query_one("#save-status", Select).value)))
