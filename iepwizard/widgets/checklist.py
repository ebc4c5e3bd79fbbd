"""A step's checklist: every item in full (wrapped under its text, never cut), ticked with
space or enter.

Ticked and unticked differ by glyph ([x] / [ ]), not only by colour. Ticking posts
`Checklist.Toggled`; the screen stores it and hands the new ticks back down (`checked`).
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.content import Step
from ..core.progress import item_key
from .blocks_visual import Blocks
from .hanging import hanging


class Checklist(OptionList):
    BINDINGS = [Binding("space", "tick", "Tick", show=False)]

    checked: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    """The keys of the items ticked (given by the screen)."""
    step: reactive[Step | None] = reactive(None, init=False)
    """The step whose items are listed."""

    class Toggled(Message):
        """An item was ticked or unticked."""

        def __init__(self, key: str, done: bool) -> None:
            super().__init__()
            self.key, self.done = key, done

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.border_title = "Checklist"

    @staticmethod
    def _prompt(text: str, ticked: bool) -> Blocks:
        return hanging(Content.styled("[x]", "bold") if ticked else Content("[ ]"),
                       Content(text))

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        if self.step is None:
            return
        self.add_options([Option(self._prompt(item.text, item_key(self.step, item)
                                              in self.checked), id=item_key(self.step, item))
                          for item in self.step.checklist])
        if highlighted is not None and self.option_count:
            self.highlighted = min(highlighted, self.option_count - 1)

    def watch_step(self) -> None:
        self.highlighted = None
        self._rebuild()
        if self.option_count:
            self.highlighted = 0

    def watch_checked(self) -> None:
        self._rebuild()

    def action_tick(self) -> None:
        if self.highlighted is not None:
            self._toggle(self.get_option_at_index(self.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._toggle(event.option.id)

    def _toggle(self, key: str | None) -> None:
        if key:
            self.post_message(self.Toggled(key, key not in self.checked))
