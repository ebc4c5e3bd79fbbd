"""Citation markers on screen: the text shows a plain [N], the sources are numbered to match."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from textual.css.styles import RulesMap
from textual.style import Style
from textual.visual import RenderOptions

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.markdown import show_citations, strip_citations
from iepwizard.core.step_text import actions_markdown
from iepwizard.widgets.step_body import StepBody

from .helpers import settled

MakeApp = Callable[..., IEPWizardApp]


def test_markers_become_plain_numbers() -> None:
    text = "The school must answer.[^1][^3] Ask[^12] again."
    assert show_citations(text) == "The school must answer.[1][3] Ask[12] again."
    assert strip_citations(text) == "The school must answer. Ask again."


def test_sources_are_numbered_like_the_markers(content: Content) -> None:
    step = content.steps[0]
    actions = actions_markdown(step, content.footer)
    for number, source in enumerate(step.sources, 1):
        assert f"[{number}] {source}" in actions


def get_style(style: str | Style) -> Style:
    return style if isinstance(style, Style) else Style.parse(style)


def drawn(body: StepBody) -> str:
    """The words a step body draws at 80 columns (its wrapped lines joined)."""
    # A widget's styles are what Textual itself passes as the rules (see Visual.to_strips).
    options = RenderOptions(get_style, cast(RulesMap, body.styles))
    strips = body.build(body.markdown).render_strips(80, None, Style(), options)
    return " ".join(" ".join(strip.text for strip in strips).split())


async def test_the_step_shows_numbers_not_markers(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        body = app.screen.query_one("#step-body", StepBody)
        shown = drawn(body)
        assert "at no cost to you.[1]" in shown
        assert "[^" not in shown
        actions = app.screen.query_one("#step-actions", StepBody)
        listed = drawn(actions)
        assert "[1] Special education is specially designed instruction" in listed
        assert "[14] Whether a home school counts as a private school" in listed
