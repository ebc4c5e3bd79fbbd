"""Progress through the guide, computed from the stored ticks and step states."""

from __future__ import annotations

from dataclasses import dataclass

from .content import ChecklistItem, Content, Step
from .records import Progress


def item_key(step: Step, item: ChecklistItem) -> str:
    """The stored key of a checklist item: stable ids survive edits to the wording."""
    return f"{step.id}/{item.id}"


@dataclass(frozen=True)
class Summary:
    steps_done: int
    steps_total: int
    items_done: int
    items_total: int

    def __str__(self) -> str:
        return (f"{self.steps_done} of {self.steps_total} steps done, "
                f"{self.items_done} of {self.items_total} checklist items")


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
    finished = {"done", "not_applicable"}
    return Summary(
        steps_done=sum(1 for s in content.steps if progress.state(s.id) in finished),
        steps_total=len(content.steps),
        items_done=len(checked & keys),
        items_total=len(keys),
    )


def all_ticked(progress: Progress, step: Step) -> bool:
    checked = set(progress.checked)
    return all(item_key(step, i) in checked for i in step.checklist)


def current_step(progress: Progress, content: Content) -> Step:
    return content.step(progress.current_step) or content.steps[0]
