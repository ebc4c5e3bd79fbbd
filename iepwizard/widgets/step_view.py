"""The text of one step: Markdown body, checklist, the two actions and sources."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from ..core.content import Step
from ..core.markdown import make_parser
from .checklist import Checklist


def split_first_section(body: str) -> tuple[str, str]:
    """The body up to its second heading, and the rest: the first is what a screen shows."""
    lines = body.splitlines()
    headings = [n for n, line in enumerate(lines) if line.startswith("#")]
    if len(headings) < 2:
        return body, ""
    cut = headings[1]
    return "\n".join(lines[:cut]).rstrip(), "\n".join(lines[cut:])


def actions_markdown(step: Step, footer: str) -> str:
    sources = "\n".join(f"- {s}" for s in step.sources)
    return (f"**Start here:** {step.start_here}\n\n"
            f"**Challenge yourself:** {step.challenge}\n\n"
            f"#### Sources\n\n{sources}\n\n{footer}\n")


class StepView(VerticalScroll):
    """One scrollable column; `show` swaps in another step without rebuilding the column."""

    def __init__(self, step: Step, checked: set[str], footer: str, body: str | None = None,
                 **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.step, self.checked, self.footer = step, checked, footer
        self.body = step.body if body is None else body

    def compose(self) -> ComposeResult:
        first, _ = split_first_section(self.body)
        yield Markdown(first, parser_factory=make_parser, id="step-body", open_links=False)

    def on_mount(self) -> None:
        # The checklist and the actions sit below the fold: they mount just after the first
        # frame, which then shows sooner.
        self.call_after_refresh(self._mount_rest)

    async def _mount_rest(self) -> None:
        _, rest = split_first_section(self.body)
        if rest:
            await self.query_one("#step-body", Markdown).append("\n\n" + rest)
        await self.mount_all([
            Checklist(self.step, self.checked, id="checklist"),
            Markdown(actions_markdown(self.step, self.footer), parser_factory=make_parser,
                     id="step-actions", open_links=False),
        ])

    async def show(self, step: Step, checked: set[str], body: str) -> None:
        self.step, self.checked, self.body = step, checked, body
        await self.query_one("#step-body", Markdown).update(body)
        old = self.query_one("#checklist", Checklist)
        await old.remove()
        await self.mount(Checklist(step, checked, id="checklist"), before="#step-actions")
        await self.query_one("#step-actions", Markdown).update(actions_markdown(step,
                                                                                self.footer))
        self.scroll_home(animate=False)
