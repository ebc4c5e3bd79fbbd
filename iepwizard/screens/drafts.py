"""Drafts for screens: text typed into a box survives Escape, leaving and a crash.

A box's text is kept within a second of the first key not yet kept (`keep_soon`), and at once
when the screen goes (`keep`); `restore_draft` puts it back with the cursor at its end and
nothing selected, without that counting as a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from textual.timer import Timer
from textual.widgets import Input, TextArea

from ..core.store import Store

DRAFT_DELAY = 1.0


@runtime_checkable
class KeepsDrafts(Protocol):
    """A screen holding typing not yet kept (`DraftKeeping`'s, or its own: the letters,
    meeting mode). The app asks each to keep it all at once when it is about to stop on a
    signal (app.py), before the screens unmount."""

    def keep_all_drafts(self) -> None: ...


class DraftKeeping:
    store: Store
    child_id: str
    set_timer: Callable[..., Timer]
    _pending_drafts: dict[str, tuple[Timer, Input | TextArea]]

    @property
    def _drafts(self) -> dict[str, tuple[Timer, Input | TextArea]]:
        """Each draft not yet kept: the timer that keeps it, and its box."""
        if "_pending_drafts" not in self.__dict__:
            self._pending_drafts = {}
        return self._pending_drafts

    def restore_draft(self, key: str, box: Input | TextArea) -> None:
        text = self.store.draft(self.child_id, key)
        if isinstance(box, Input):
            with box.prevent(Input.Changed):
                box.value = text
            box.cursor_position = len(text)
        else:
            with box.prevent(TextArea.Changed):
                box.text = text
            box.move_cursor(box.document.end)

    def keep_soon(self, key: str, box: Input | TextArea) -> None:
        if key not in self._drafts:
            self._drafts[key] = (self.set_timer(DRAFT_DELAY, lambda: self.keep(key, box)), box)

    def keep_all_drafts(self) -> None:
        """Every draft not yet kept, kept now (the app is about to stop: see app.py)."""
        for key, (_, box) in list(self._drafts.items()):
            self.keep(key, box)

    def keep(self, key: str, box: Input | TextArea) -> None:
        self._stop(key)
        self.store.set_draft(self.child_id, key,
                             box.value if isinstance(box, Input) else box.text)

    def forget_draft(self, key: str) -> None:
        self._stop(key)
        self.store.set_draft(self.child_id, key, "")

    def stop_drafts(self) -> None:
        for key in list(self._drafts):
            self._stop(key)

    def _stop(self, key: str) -> None:
        pending = self._drafts.pop(key, None)
        if pending is not None:
            pending[0].stop()
