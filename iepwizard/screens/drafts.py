"""Drafts for screens: text typed into a box survives Escape, leaving and a crash.

A box's text is kept within a second of the first key not yet kept (`keep_soon`), and at once
when the screen goes (`keep`); `restore_draft` puts it back with the cursor at its end and
nothing selected, without that counting as a change.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widgets import Input, TextArea

from ..core.store import Store

DRAFT_DELAY = 1.0


class DraftKeeping:
    store: Store
    child_id: str
    set_timer: Callable[..., Timer]
    _draft_timers: dict[str, Timer]

    @property
    def _drafts(self) -> dict[str, Timer]:
        if "_draft_timers" not in self.__dict__:
            self._draft_timers = {}
        return self._draft_timers

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
            self._drafts[key] = self.set_timer(DRAFT_DELAY, lambda: self.keep(key, box))
            self._boxes[key] = box

    @property
    def _boxes(self) -> dict[str, Input | TextArea]:
        """The box of each draft not yet kept."""
        if "_draft_boxes" not in self.__dict__:
            self._draft_boxes: dict[str, Input | TextArea] = {}
        return self._draft_boxes

    def keep_all_drafts(self) -> None:
        """Every draft not yet kept, kept now (the app is about to stop: see app.py)."""
        for key, box in list(self._boxes.items()):
            if key in self._drafts:
                self.keep(key, box)

    def keep(self, key: str, box: Input | TextArea) -> None:
        self._boxes.pop(key, None)
        timer = self._drafts.pop(key, None)
        if timer is not None:
            timer.stop()
        self.store.set_draft(self.child_id, key,
                             box.value if isinstance(box, Input) else box.text)

    def forget_draft(self, key: str) -> None:
        timer = self._drafts.pop(key, None)
        if timer is not None:
            timer.stop()
        self.store.set_draft(self.child_id, key, "")

    def stop_drafts(self) -> None:
        for timer in self._drafts.values():
            timer.stop()
        self._drafts.clear()
