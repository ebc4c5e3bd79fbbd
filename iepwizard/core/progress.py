"""Progress through the guide, computed from the stored ticks and step states."""

from __future__ import annotations

from typing import NamedTuple

from .content import ChecklistItem, Content, Step
from .records import Progress


def item_key(step: Step, item: ChecklistItem) -> str:
    """The stored key of a checklist item: stable ids survive edits to the wording."""
    return f"{step.id}/{item.id}"


class Summary(NamedTuple):
    """How far the parent is through the guide."""

    steps_done: int
    steps_total: int
    items_done: int
    items_total: int
    #: Steps marked "not for us": counted apart from the done ones, never as done.
    steps_not_for_us: int = 0

    def __str__(self) -> str:
        """"3 of 12 steps done, 1 not for us, 10 of 71 checklist items ticked"."""
        apart = f", {self.steps_not_for_us} not for us" if self.steps_not_for_us else ""
        return (f"{self.steps_done} of {self.steps_total} steps done{apart}, "
                f"{self.items_done} of {self.items_total} checklist items ticked")


def step_state(progress: Progress, step: Step) -> str:
    """The stored state, or 'in_progress' once any item is ticked."""
    stored = progress.state(step.id)
    if stored == "not_started" and any(item_key(step, i) in progress.checked
                                       for i in step.checklist):
        return "in_progress"
    return stored


def states(progress: Progress, content: Content) -> dict[str, str]:
    return {step.id: step_state(progress, step) for step in content.steps}


def summary(progress: Progress, content: Content) -> Summary:
    """Counts over the current content only: ticks of removed items are not counted."""
    checked = set(progress.checked)
    keys = {item_key(s, i) for s in content.steps for i in s.checklist}
    stored = [progress.state(s.id) for s in content.steps]
    return Summary(
        steps_done=stored.count("done"),
        steps_total=len(content.steps),
        items_done=len(checked & keys),
        items_total=len(keys),
        steps_not_for_us=stored.count("not_applicable"),
    )


def all_ticked(progress: Progress, step: Step) -> bool:
    checked = set(progress.checked)
    return all(item_key(step, i) in checked for i in step.checklist)


def current_step(progress: Progress, content: Content) -> Step:
    return content.step(progress.current_step) or content.steps[0]
