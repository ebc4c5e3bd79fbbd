"""A screen's paste box: where a paste goes when the focus is on no text box.

A screen names its box with `PASTE_BOX` (a selector). A paste that comes with the focus on
the tabs, a chart or a list goes into that box at its cursor, as if pasted there, and the box
takes the focus: the keys that came after the paste in the same burst (tmux send-keys, SSH, a
macro) go into the box after the pasted text, in order. This is done by the App as it reads
the paste, before it reads those keys (`PastesToBox`); done by the screen, once the paste had
travelled up to it, the keys had already been handed to the tabs and were lost. A box left
with Tab just before the paste (in the same burst) takes it back the same way
(`widgets.burst`), with the keys behind it in its queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.css.query import NoMatches

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.widget import Widget
    _AppBase = App[Any]
else:  # a mixin: an App base would come before the app's own
    _AppBase = object


def takes_text(widget: Widget | None) -> bool:
    """A widget a paste goes into as it is (a one-line or multi-line box one can type in)."""
    from textual.widgets import Input, TextArea  # (asked on a paste: not on the first frame)

    if isinstance(widget, TextArea):
        return not widget.read_only
    return isinstance(widget, Input)


def paste_box(screen: Screen[Any]) -> Widget | None:
    """The screen's paste box, if it names one and it is there to take text."""
    selector = getattr(screen, "PASTE_BOX", "")
    if not selector:
        return None
    try:
        box = screen.query_one(selector)
    except NoMatches:
        return None
    return box if takes_text(box) and box.focusable else None


def paste_target(screen: Screen[Any], focused: Widget | None) -> Widget | None:
    """Where a paste read with `focused` focused goes: the screen's paste box if `focused`
    takes no text and the screen has one (focused at once), else None (Textual's way)."""
    if takes_text(focused):
        return None
    box = paste_box(screen)
    if box is not None:
        screen.set_focus(box)  # `screen.focused` is the box from now: the next keys go there
    return box


class PastesToBox(_AppBase):
    """The App's part: a paste read from the terminal with the focus off every text box goes
    to the screen's paste box, which has the focus before the next key is read. Mix in before
    the App class."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste) and not event.is_forwarded and self.screen_stack:
            box = paste_target(self.screen, self.screen.focused)
            if box is not None:
                box._forward_event(event)
                return
        await super().on_event(event)
