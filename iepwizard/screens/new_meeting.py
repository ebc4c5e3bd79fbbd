"""Start a meeting (date, kind, who is there), carry on with one still open, or reopen one
already ended to add to its notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from ..core.dates import long_date, long_form
from ..core.records import MEETING_KINDS, Meeting
from ..core.safe_text import visible
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .dialog import Dialog

ROLES = ("parent, teacher, special-education teacher, district representative, "
         "school psychologist, case manager")


@dataclass(frozen=True)
class MeetingChoice:
    meeting_id: str | None = None  # continue this one
    date: str = ""
    kind: str = "IEP"
    title: str = ""
    attendees: tuple[str, ...] = ()


def _label(meeting: Meeting) -> Content:
    """Never markup: the title is the parent's text (controls shown as symbols)."""
    state = "" if meeting.ended else " (open)"
    title = f" · {visible(meeting.title, 80)}" if meeting.title else ""
    return Content(f"{long_form(meeting.date)} · {meeting.kind}{title}{state}")


def latest(meetings: list[Meeting]) -> Meeting | None:
    """The meeting "Continue" carries on with: the last one still open. None once every
    meeting is ended: one just ended was offered as "Continue", and the parent starts a new
    one (an ended one is reopened from the list, deliberately)."""
    open_ones = [m for m in meetings if not m.ended]
    return open_ones[-1] if open_ones else None


class NewMeetingScreen(Dialog[MeetingChoice | None]):
    def __init__(self, meetings: list[Meeting], kind: str = "IEP") -> None:
        super().__init__()
        self.meetings, self.kind = meetings, kind
        self.latest = latest(meetings)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Meeting mode", classes="heading")
            if self.latest:
                # (the title is the parent's text: never markup, controls as symbols)
                yield Button(Content(f"Continue: {visible(self.latest.label, 80)}, "
                                     f"{long_form(self.latest.date)}"),
                             id="continue", variant="primary")
            others = [m for m in self.meetings if self.latest is None or m.id != self.latest.id]
            if others:
                yield Static("…or open an earlier one (an ended one reopens, to add to its "
                             "notes):" if self.latest else "Reopen an earlier meeting, to add "
                             "to its notes:", classes="muted")
                yield OptionList(*[Option(_label(m), id=m.id) for m in reversed(others)],
                                 id="earlier-meetings")
            if self.meetings:
                yield Static("…or start a new one:", classes="muted")
            yield Label("Date")
            yield LineInput(long_date(dt.date.today()), id="meeting-date", compact=True,
                            submit_on_enter=True)
            yield Label("Kind of meeting")
            yield FieldSelect([(k, k) for k in MEETING_KINDS], value=self.kind, allow_blank=False,
                              id="meeting-kind", compact=True)
            yield Static("An IEP meeting, once ended, is recorded in Key dates as an IEP "
                         "meeting held (the yearly review is counted from it).",
                         classes="muted", markup=False)
            yield Label("Title (optional)")
            yield LineInput(placeholder="e.g. Annual IEP review", id="meeting-title",
                            compact=True, submit_on_enter=True)
            yield Label("Who is there (commas between names)")
            yield LineInput(placeholder=f"e.g. {ROLES}", id="meeting-attendees", compact=True,
                            submit_on_enter=True)
            yield from self.dialog_buttons(Button("Start the meeting", variant="success",
                                                  id="start"))

    def on_mount(self) -> None:
        self.query_one("#continue" if self.latest else "#meeting-date").focus()

    @on(Button.Pressed, "#continue")
    def _continue(self) -> None:
        assert self.latest is not None
        self.dismiss(MeetingChoice(meeting_id=self.latest.id))

    @on(OptionList.OptionSelected, "#earlier-meetings")
    def _earlier(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(MeetingChoice(meeting_id=event.option.id))

    @on(Button.Pressed, "#start")
    @on(LineInput.Submitted)
    def _start(self) -> None:
        day = self.read_date("#meeting-date")
        if day is None:
            return
        attendees = tuple(a.strip() for a in
                          self.query_one("#meeting-attendees", LineInput).value.split(",")
                          if a.strip())
        kind = str(self.query_one("#meeting-kind", Select).value)
        self.dismiss(MeetingChoice(None, day.isoformat(), kind,
                                   self.query_one("#meeting-title", LineInput).value.strip(),
                                   attendees))
