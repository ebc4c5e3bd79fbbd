"""A step's checklist: ticking an item posts `Checklist.Toggled`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.message import Message
from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from ..core.content import Step
from ..core.progress import item_key


class Checklist(SelectionList[str]):
    @dataclass
    class Toggled(Message):
        key: str
        done: bool

    def __init__(self, step: Step, checked: set[str], **kwargs: Any) -> None:
        selections = [Selection(item.text, item_key(step, item), item_key(step, item) in checked)
                      for item in step.checklist]
        super().__init__(*selections, **kwargs)
        self.border_title = "Checklist"

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        event.stop()
        key = event.selection.value
        self.post_message(self.Toggled(key, key in self.selected))
