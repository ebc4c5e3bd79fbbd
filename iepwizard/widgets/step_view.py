"""The text of one step: its body, checklist, the two actions and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.containers import VerticalScroll

from ..core.content import Step

if TYPE_CHECKING:
    from .step_body import TermFinder


def actions_markdown(step: Step, footer: str) -> str:
    """The two actions, the sources numbered as the text's [N] markers cite them, the footer."""
    sources = "\\\n".join(f"[{n}] {source}" for n, source in enumerate(step.sources, 1))
    return (f"**Start here:** {step.start_here}\n\n"
            f"**Challenge yourself:** {step.challenge}\n\n"
            f"#### Sources\n\n{sources}\n\n{footer}\n")


class StepView(VerticalScroll):
    """One scrollable column; `show` swaps in another step without rebuilding the column."""

    def __init__(self, step: Step, checked: set[str], footer: str,
                 find_terms: TermFinder | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.step, self.checked, self.footer = step, checked, footer
        self.find_terms = find_terms

    async def mount_rest(self) -> None:
        """The text, checklist and actions: mounted once the first frame is on screen (the
        screen calls this), so that frame need not wait for the Markdown parser."""
        from .checklist import Checklist
        from .step_body import StepBody

        if not self.query("#step-body"):
            await self.mount(StepBody(self.step.body, self.find_terms, id="step-body"))
        if self.query("#checklist"):
            return
        checklist = Checklist(self.step, self.checked, id="checklist")
        actions = self.query("#step-actions")
        if actions:
            await self.mount(checklist, before=actions.first())
            actions.first(StepBody).show(actions_markdown(self.step, self.footer))
        else:
            await self.mount_all([checklist, StepBody(actions_markdown(self.step, self.footer),
                                                      id="step-actions")])

    async def show(self, step: Step, checked: set[str],
                   find_terms: TermFinder | None = None) -> None:
        from .step_body import StepBody

        self.step, self.checked, self.find_terms = step, checked, find_terms
        for body in self.query("#step-body").results(StepBody):
            body.show(step.body, find_terms)
        for old in self.query("#checklist"):
            await old.remove()
        await self.mount_rest()
        self.scroll_home(animate=False)
