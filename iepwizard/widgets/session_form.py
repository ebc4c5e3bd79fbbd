"""The form that adds one services-ledger session: date, service, minutes, delivered or missed,
and a reason. Enter in any box adds it; the form stays filled for the next session (the date
moves to the next school day). Burst-proof: a box that takes Enter is read and emptied in the
same step, and refilled only if nothing was typed into it since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Select, Static

from ..core.dates import date_problem, parse_date
from ..core.records.ieps import MAX_MINUTES, MAX_NOTE, SESSION_STATUSES, SESSION_WORDS
from ..core.safe_text import one_line
from .burst import LineInput
from .form_fields import FieldSelect

STATUS_OPTIONS = [(SESSION_WORDS[s], s) for s in SESSION_STATUSES]


class SessionForm(Vertical):
    services: reactive[tuple[str, ...]] = reactive(())
    """The services a session can be for (handed down by the screen)."""

    @dataclass
    class Add(Message):
        """A session to record (checked: an ISO date, a service, whole minutes)."""

        date: str
        service: str
        minutes: int
        status: str
        note: str

    def __init__(self, today: dt.date, next_day: Callable[[dt.date], dt.date],
                 **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.today, self.next_day = today, next_day
        self._next_date = self._last_minutes = ""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield LineInput(self.today.isoformat(), id="session-date", compact=True,
                            clear_on_enter=True)
            yield FieldSelect([], id="session-service", compact=True, prompt="Service")
            yield LineInput(placeholder="Minutes", id="session-minutes", compact=True,
                            clear_on_enter=True, restrict=r"[0-9]*", max_length=4)
        with Horizontal(classes="form-row"):
            yield FieldSelect(STATUS_OPTIONS, value="delivered", allow_blank=False,
                              id="session-status", compact=True)
            yield LineInput(placeholder="Reason or note (Enter adds the session)",
                            id="session-note", compact=True, clear_on_enter=True,
                            max_length=MAX_NOTE)
        yield Static("", id="session-error", markup=False)

    def watch_services(self, services: tuple[str, ...]) -> None:
        select = self.query_one("#session-service", Select)
        current = select.value
        select.set_options([(Text(one_line(name)), name) for name in services])  # never markup
        if current in services:
            select.value = current
        elif services:
            select.value = services[0]

    def error(self, message: str = "") -> None:
        self.query_one("#session-error", Static).update(message)

    def _box(self, name: str) -> LineInput:
        return self.query_one(f"#session-{name}", LineInput)

    @on(LineInput.Submitted)
    def _enter(self, event: LineInput.Submitted) -> None:
        event.stop()
        source = event.input
        values = {name: (event.value if self._box(name) is source else self._box(name).value)
                  for name in ("date", "minutes", "note")}
        # A box emptied by an Enter whose refill has not come yet (Enter, Enter in a burst)
        # means the same as its refill: the next school day, the same minutes.
        date_text = values["date"].strip() or self._next_date
        minutes_text = values["minutes"].strip() or self._last_minutes
        day = parse_date(date_text)
        service = self.query_one("#session-service", Select).value
        minutes = int(minutes_text) if minutes_text.isdigit() else -1
        problem = ("Choose the service." if not isinstance(service, str) else
                   date_problem(date_text) if day is None else
                   f"Write the minutes as a number from 0 to {MAX_MINUTES}."
                   if not 0 <= minutes <= MAX_MINUTES else "")
        if problem:
            if not source.value:  # put back what Enter took away
                source.value = event.value
            self.error(problem)
            return
        assert day is not None and isinstance(service, str)
        self.error()
        status = str(self.query_one("#session-status", Select).value)
        self.post_message(self.Add(day.isoformat(), service, minutes, status,
                                   values["note"].strip()))
        # Ready for the next one: the next school day, the same minutes, no note.
        self._next_date, self._last_minutes = self.next_day(day).isoformat(), str(minutes)
        date_box = self._box("date")
        if not date_box.value or date_box.value == values["date"]:
            date_box.value = self._next_date
        if not self._box("minutes").value:
            self._box("minutes").value = self._last_minutes
        if source is not self._box("note") and self._box("note").value == values["note"]:
            self._box("note").value = ""
