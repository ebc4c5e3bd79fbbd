"""The text of one step: its body, checklist, the two actions and sources, in one column."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive

from ..core.content import Step
from ..core.step_blocks import Block
from ..core.step_text import actions_markdown
from .checklist import Checklist
from .step_body import StepBody, TermFinder


class StepView(VerticalScroll):
    """One scrollable column; a new `step` swaps the text in without rebuilding the column."""

    step: reactive[Step | None] = reactive(None, init=False)
    """The step shown (given by the screen)."""
    checked: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    """The ticked items (given by the screen)."""

    def __init__(self, step: Step, footer: str,
                 finder: Callable[[Step], TermFinder | None] = lambda step: None,
                 parsed: Mapping[str, tuple[Block, ...]] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.set_reactive(StepView.step, step)
        self.footer, self.finder = footer, finder
        self.parsed = parsed

    def compose(self) -> ComposeResult:
        assert self.step is not None
        yield StepBody(self.step.body, self.finder(self.step), self.parsed, id="step-body")
        checklist = Checklist(id="checklist")
        checklist.set_reactive(Checklist.step, self.step)
        yield checklist.data_bind(StepView.checked)
        yield StepBody(actions_markdown(self.step, self.footer), parsed=self.parsed,
                       id="step-actions")

    def on_mount(self) -> None:
        self.query_one(Checklist).watch_step()

    def watch_has_focus(self, _has_focus: bool) -> None:
        """The column's focus changes how the column itself looks (its scrollbar), and no rule
        styles what is inside it by that focus: only the column is restyled, not every widget
        in it as Textual does (the two texts and the checklist: 34 style passes in the first
        frame, which focuses the column). tests/test_styles_kept.py checks that restyling
        everything would change nothing on screen."""
        self.app.stylesheet.update_nodes([self], animate=True)

    def watch_step(self, old: Step | None, step: Step | None) -> None:
        if step is None or step is old:
            return
        self.query_one("#step-body", StepBody).show(step.body, self.finder(step))
        self.query_one(Checklist).step = step
        self.query_one("#step-actions", StepBody).show(actions_markdown(step, self.footer))
        self.scroll_home(animate=False)

    def find_terms_again(self) -> None:
        """Mark the step's terms again (the finder now knows where they stand)."""
        if self.step is not None:
            self.body.find_again(self.finder(self.step))

    @property
    def body(self) -> StepBody:
        return self.query_one("#step-body", StepBody)
