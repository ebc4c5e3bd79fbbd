"""Form fields that stay right in a burst of keys, Selects included.

`burst.LineInput` passes on a key that reached it after the focus moved, but it asks
`has_focus`, which Textual updates only when the Blur message is handled: in a burst that comes
after the keys, so "2026-09-08<Tab>30" typed at once leaves "30" in the date box. These fields
ask the screen which widget has the focus now. A `FieldSelect` moves the focus on Tab and passes
on what reaches it late, so a Select between two boxes does not swallow the keys.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widget import Widget
from textual.widgets import Select

from .burst import LineInput, _move_focus, _run_own_binding


def pass_on(widget: Widget, event: events.Key) -> bool:
    """Give a key that arrived after the focus moved to the widget that has it now."""
    focused = widget.screen.focused
    if focused is None or focused is widget:
        return False
    event.stop()
    event.prevent_default()
    key = events.Key(event.key, event.character)
    key._set_forwarded()
    focused.post_message(key)
    return True


class FieldInput(LineInput):
    async def _on_key(self, event: events.Key) -> None:
        if pass_on(self, event):
            return
        await super()._on_key(event)


class FieldSelect(Select[Any]):
    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not None and focused is not self and self in focused.ancestors:
            await super()._on_key(event)  # from its open list: the list's own keys
            return
        if pass_on(self, event) or _move_focus(self, event):
            return
        if await _run_own_binding(self, event):
            return
        await super()._on_key(event)
