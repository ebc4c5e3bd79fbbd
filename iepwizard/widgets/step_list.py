"""The list of wizard steps, each with a mark for its state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.content import Step

MARKS = {"not_started": "○", "in_progress": "◐", "done": "●", "not_applicable": "–"}


class StepList(OptionList):
    """Steps in order; choosing one posts `StepList.Chosen`."""

    @dataclass
    class Chosen(Message):
        step_id: str

    def __init__(self, steps: tuple[Step, ...], states: dict[str, str], current: str,
                 **kwargs: Any) -> None:
        self.guide_steps = steps
        super().__init__(*self._step_options(states), **kwargs)
        self._current = current

    def _step_options(self, states: dict[str, str]) -> list[Option]:
        options = []
        for number, step in enumerate(self.guide_steps, 1):
            mark = MARKS[states.get(step.id, "not_started")]
            label = Text.assemble((f"{mark} ", "bold"), f"{number}. {step.label}")
            options.append(Option(label, id=step.id))
        return options

    def on_mount(self) -> None:
        self.highlighted = self.get_option_index(self._current)

    def refresh_states(self, states: dict[str, str], current: str) -> None:
        """Redraw the marks and move the highlight to the current step."""
        self.clear_options()
        self.add_options(self._step_options(states))
        self._current = current
        self.highlighted = self.get_option_index(current)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
