"""The list of wizard steps, each with a mark for its state (a glyph, not only a colour)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.content import Step
from .hanging import hanging

MARKS = {"not_started": "○", "in_progress": "◐", "done": "●", "not_applicable": "–"}


class StepList(OptionList):
    """Steps in order; choosing one posts `StepList.Chosen`."""

    states: reactive[dict[str, str]] = reactive(dict, init=False)
    """Each step's state (given by the screen)."""
    current: reactive[str] = reactive("", init=False)
    """The step on screen."""

    class Chosen(Message):
        """A step was chosen from the list."""

        def __init__(self, step_id: str) -> None:
            super().__init__()
            self.step_id = step_id

    def __init__(self, steps: tuple[Step, ...], **kwargs: Any) -> None:
        super().__init__(*self._make_options(steps, {}), **kwargs)
        self.guide_steps = steps
        self.border_title = "Steps"

    @staticmethod
    def _make_options(steps: tuple[Step, ...], states: dict[str, str]) -> list[Option]:
        return [Option(hanging(Content.assemble((MARKS[states.get(s.id, "not_started")], "bold"),
                                                f" {number}."), Content(s.label)), id=s.id)
                for number, s in enumerate(steps, 1)]

    def watch_states(self, states: dict[str, str]) -> None:
        for option in self._make_options(self.guide_steps, states):
            self.replace_option_prompt(option.id or "", option.prompt)

    def watch_current(self, current: str) -> None:
        self.highlighted = self.get_option_index(current)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
