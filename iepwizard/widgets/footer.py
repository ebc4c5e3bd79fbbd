"""Textual's Footer, without the restyling churn that made opening a screen slow.

Textual's Footer rebuilds its keys once per "bindings changed" signal (several arrive while a
screen opens and its focus settles: measured 20 rebuilds opening meeting mode), and each key is
made compact, then restyled as not compact (a full restyle per key: 85 of them). This one
rebuilds once per refresh however many signals came, and only when the keys it shows changed
(most signals, e.g. focus moving between two fields, change none: 5 rebuilds at start-up, 12
ms each, went to 1), and makes each key with its final look. It looks exactly the same.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey


class Footer(TextualFooter):
    _rebuild_pending = False
    #: What the keys shown were made from (None: not made yet).
    _shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys_shown()
        for widget in super().compose():
            yield self._settled(widget)

    def _keys_shown(self) -> tuple[object, ...]:
        """Everything the keys are made from: each shown binding, enabled or not, its tooltip
        (as Textual's Footer reads them), and the footer's look."""
        return (self.compact, *((binding, enabled, tooltip) for _, binding, enabled, tooltip
                                in self.screen.active_bindings.values() if binding.show))

    def _settled(self, widget: Widget) -> Widget:
        """A key Textual binds to the footer's look gets that look now (the palette's key
        keeps its own)."""
        if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
            widget.set_reactive(FooterKey.compact, self.compact)
        return widget

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self._keys_shown() != self._shown:
            await self.recompose()
