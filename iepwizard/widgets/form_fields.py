"""A Select that stays right in a burst of keys, between burst-proof `LineInput`s.

A plain Select ignores keys passed on to it by a box the focus just left, so in
"2026-09-08<Tab><Tab>30" sent at once the second Tab and the "30" would be lost. A
`FieldSelect` moves the focus on Tab, passes on what reaches it after the focus moved on, and
runs its own keys (Enter, arrows) for keys passed on to it. Keys from its own open list are the
list's.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Select

from .burst import _move_focus, _pass_on, _pass_on_paste, _run_own_binding


class FieldSelect(Select[Any]):
    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not None and focused is not self and self in focused.ancestors:
            await super()._on_key(event)  # from its open list: the list's own keys
            return
        if _pass_on(self, event) or _move_focus(self, event):
            return
        if await _run_own_binding(self, event):
            return
        await super()._on_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        """A paste that came after the focus moved on (Tab, Tab, paste) goes on with it."""
        _pass_on_paste(self, event)
