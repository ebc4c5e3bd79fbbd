"""The text of one step: title, Markdown body, checklist, the two actions and sources."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

from ..core.content import Step
from ..core.markdown import make_parser
from .checklist import Checklist


def actions_markdown(step: Step, footer: str) -> str:
    sources = "\n".join(f"- {s}" for s in step.sources)
    return (f"**Start here:** {step.start_here}\n\n"
            f"**Challenge yourself:** {step.challenge}\n\n"
            f"#### Sources\n\n{sources}\n\n{footer}\n")


def title_text(step: Step, number: int) -> str:
    return f"Step {number}. {step.title}"


class StepView(VerticalScroll):
    """One scrollable column; `show` swaps in another step without rebuilding the column."""

    def __init__(self, step: Step, number: int, checked: set[str], footer: str,
                 body: str | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.step, self.number, self.checked, self.footer = step, number, checked, footer
        self.body = step.body if body is None else body

    def compose(self) -> ComposeResult:
        yield Static(title_text(self.step, self.number), id="step-title", markup=False)
        yield Markdown(self.body, parser_factory=make_parser, id="step-body", open_links=False)
        yield Checklist(self.step, self.checked, id="checklist")
        yield Markdown(actions_markdown(self.step, self.footer), parser_factory=make_parser,
                       id="step-actions", open_links=False)

    async def show(self, step: Step, number: int, checked: set[str], body: str) -> None:
        self.step, self.number, self.checked, self.body = step, number, checked, body
        self.query_one("#step-title", Static).update(title_text(step, number))
        await self.query_one("#step-body", Markdown).update(body)
        old = self.query_one("#checklist", Checklist)
        await old.remove()
        await self.mount(Checklist(step, checked, id="checklist"), before="#step-actions")
        await self.query_one("#step-actions", Markdown).update(actions_markdown(step,
                                                                                self.footer))
        self.scroll_home(animate=False)
