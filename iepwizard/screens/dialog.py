"""The one base of every dialog: centred, bordered, Escape cancels, buttons at the bottom."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from ..core.dates import read_day

T = TypeVar("T")

#: The ids of the parts every dialog shares.
CANCEL, ERROR = "cancel", "dialog-error"


class Dialog(ModalScreen[T]):
    """Subclasses compose a `Vertical(classes="dialog")` with their fields and end it with
    `yield from self.dialog_buttons(...)`; `cancel_value` is what Escape and Cancel return."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    cancel_value: object = None

    def dialog_buttons(self, *buttons: Button, cancel: str | None = "Cancel",
                       error_line: bool = True) -> ComposeResult:
        """The line `show_error` writes (unless `error_line` is False), then the dialog's own
        buttons followed by the Cancel button (labelled `cancel`; none if it is None)."""
        if error_line:
            yield Static("", id=ERROR, markup=False, classes="error")
        with Horizontal(classes="dialog-buttons"):
            yield from buttons
            if cancel is not None:
                yield Button(cancel, id=CANCEL)

    def show_error(self, text: str, field: str | None = None) -> None:
        """Say what is wrong (as plain text, never markup), and focus the `field` to fix."""
        self.query_one(f"#{ERROR}", Static).update(text)
        if field is not None:
            self.query_one(field).focus()

    def read_date(self, field: str, not_after: dt.date | None = None,
                  why: str = "") -> dt.date | None:
        """The date typed in `field`; None after saying what is wrong with it there (a day
        after `not_after` is wrong too, for the reason `why`)."""
        day, problem = self.date_in(field, not_after, why)
        if problem is not None:
            self.show_error(problem, field)
        return day

    def date_in(self, field: str, not_after: dt.date | None = None,
                why: str = "") -> tuple[dt.date | None, str | None]:
        """The date typed in `field` and what is wrong with it (None: nothing; the date None
        where something is), said nowhere yet."""
        return read_day(self.query_one(field, Input).value, not_after, why)

    def app_today(self) -> dt.date:
        """Today, as the app tells it (a test fixes it)."""
        return getattr(self.app, "today", dt.date.today)()

    @on(Button.Pressed, f"#{CANCEL}")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(self.cancel_value)  # type: ignore[arg-type]
