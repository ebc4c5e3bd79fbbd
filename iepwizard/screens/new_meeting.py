"""Start a meeting (date, kind, who is there) or carry on with the latest one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from ..core.dates import parse_date
from ..core.records import MEETING_KINDS, Meeting

ROLES = ("parent, teacher, special-education teacher, district representative, "
         "school psychologist, case manager")


@dataclass(frozen=True)
class MeetingChoice:
    meeting_id: str | None = None  # continue this one
    date: str = ""
    kind: str = "IEP"
    title: str = ""
    attendees: tuple[str, ...] = ()


def _label(meeting: Meeting) -> str:
    title = f" · {meeting.title}" if meeting.title else ""
    return f"{meeting.date} · {meeting.kind}{title}"


class NewMeetingScreen(ModalScreen[MeetingChoice | None]):
    CSS_PATH = "meeting.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, meetings: list[Meeting]) -> None:
        super().__init__()
        self.meetings = meetings
        self.latest = meetings[-1] if meetings else None

    def compose(self) -> ComposeResult:
        with Vertical(id="new-meeting"):
            yield Static("Meeting mode", classes="heading")
            if self.latest:
                yield Button(f"Continue: {self.latest.kind} meeting, {self.latest.date}",
                             id="continue", variant="primary")
                if len(self.meetings) > 1:
                    yield Static("…open an earlier one:", classes="muted")
                    yield OptionList(*[Option(_label(m), id=m.id)
                                       for m in reversed(self.meetings[:-1])],
                                     id="earlier-meetings")
                yield Static("…or start a new one:", classes="muted")
            yield Label("Date")
            yield Input(dt.date.today().isoformat(), id="meeting-date", compact=True)
            yield Label("Kind of meeting")
            yield Select([(k, k) for k in MEETING_KINDS], value="IEP", allow_blank=False,
                         id="meeting-kind", compact=True)
            yield Label("Title (optional)")
            yield Input(placeholder="e.g. Annual IEP review", id="meeting-title", compact=True)
            yield Label("Who is there (commas between names)")
            yield Input(placeholder=f"e.g. {ROLES}", id="meeting-attendees", compact=True)
            yield Static("", id="meeting-error", markup=False)
            with Horizontal():
                yield Button("Start the meeting", variant="success", id="start")
                yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#continue")
    def _continue(self) -> None:
        assert self.latest is not None
        self.dismiss(MeetingChoice(meeting_id=self.latest.id))

    @on(OptionList.OptionSelected, "#earlier-meetings")
    def _earlier(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(MeetingChoice(meeting_id=event.option.id))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#start")
    @on(Input.Submitted)
    def _start(self) -> None:
        day = parse_date(self.query_one("#meeting-date", Input).value)
        if day is None:
            self.query_one("#meeting-error", Static).update(
                "Write the date like 2026-12-01 or December 1, 2026.")
            return
        attendees = tuple(a.strip() for a in
                          self.query_one("#meeting-attendees", Input).value.split(",")
                          if a.strip())
        self.dismiss(MeetingChoice(None, day.isoformat(),
                                   str(self.query_one("#meeting-kind", Select).value),
                                   self.query_one("#meeting-title", Input).value.strip(),
                                   attendees))
