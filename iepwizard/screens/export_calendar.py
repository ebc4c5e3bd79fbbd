"""Before a calendar file is saved: where it goes, that a cloud calendar takes the dates off
this computer, and whether the child's name goes in the event titles (not by default)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Static

from ..core.ics import CLOUD_WARNING
from ..widgets.tick_box import TickBox
from .dialog import Dialog


@dataclass(frozen=True)
class CalendarChoice:
    name_in_titles: bool = False


class ExportCalendarScreen(Dialog[CalendarChoice | None]):
    def __init__(self, child_name: str) -> None:
        super().__init__()
        self.child_name = child_name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Export the key dates as a calendar file", classes="heading")
            yield Static("The deadlines and scheduled meetings are saved as an .ics file in "
                         "the exports folder of your data folder, each with its rule and a "
                         "reminder a week before. Import it into any calendar; importing it "
                         "again updates the events instead of adding copies.", markup=False)
            yield Static(CLOUD_WARNING, markup=False, id="cloud-warning")
            yield TickBox(Content(f"Put {self.child_name}'s name in the event titles"),
                           id="name-in-titles", compact=True)
            yield from self.dialog_buttons(Button("Export", variant="primary", id="export"),
                                           error_line=False)

    def on_mount(self) -> None:
        self.query_one("#export").focus()

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        self.dismiss(CalendarChoice(self.query_one("#name-in-titles", Checkbox).value))
