"""Where the messages (Textual's toasts) are drawn: away from the field being typed in.

Textual draws toasts at the bottom right, over the screen, for their timeout. At 80x24 a toast
is the screen's width (app.tcss: a file path fits whole), and the bottom is where the forms
are: the journal's box, the contact log's fields, a key date's. So when a toast at the top
would cover clearly less of the focused widget than at the bottom, the screen's toasts are
drawn at the top instead (`ToastRack.-top` in app.tcss), over the header and a list. It is
decided when a message is shown and whenever the focus moves, so a toast steps aside for the
field the parent goes to. Warnings and errors keep their look and their time on screen.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import ScreenStackError
from textual.css.query import NoMatches
from textual.widgets._toast import ToastRack  # (Textual's screens import it: no cost)

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel
    from textual.screen import Screen
    _AppBase = App[Any]
else:  # a mixin: an App base would come before the app's own
    _AppBase = object

#: The rows a toast covers at its edge of the screen: the title and up to two lines of message
#: between a row of padding each side (its gap, at the top, and the Footer's row, at the
#: bottom, are left clear).
TOAST_ROWS = 6


def place_toasts(screen: Screen[Any]) -> None:
    """Toasts at the top of `screen` where they cover less than half as many rows of its
    focused widget as at the bottom; else at the bottom, where Textual puts them (over a
    widget that fills the screen, such as the guide's step text, neither edge is clear)."""
    try:
        rack = screen.get_child_by_type(ToastRack)
    except NoMatches:
        return
    focused = screen.focused
    top = False
    if focused is not None and focused.region:
        first, end, height = focused.region.y, focused.region.bottom, screen.size.height
        under_top = max(0, min(end, 1 + TOAST_ROWS) - max(first, 1))
        under_bottom = max(0, min(end, height - 1) - max(first, height - 1 - TOAST_ROWS))
        top = under_top * 2 < under_bottom
    rack.set_class(top, "-top")


class PlacesToasts(_AppBase):
    """The app's side: place the toasts on each message and each move of the focus."""

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        with contextlib.suppress(ScreenStackError):  # (closing: no screen left)
            place_toasts(self.screen)
        super().notify(message, title=title, severity=severity, timeout=timeout,
                       markup=markup)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """(Not if the widget is gone by the time the event gets here: closing, a list
        rebuilt.)"""
        if event.widget.is_attached:
            place_toasts(event.widget.screen)
