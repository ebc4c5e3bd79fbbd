"""Our one-widget Header draws exactly what Textual's Header draws with the app's old rules for
it (the title wrapped, not cut; a 3-cell icon, a 1-cell right margin): the same characters and
colours, short and long titles, narrow and wide, the icon hovered; and a click on the icon
opens the command palette."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.widget import Widget
from textual.widgets import Header as TextualHeader
from textual.widgets import Static

from iepwizard.themes import HIGH_CONTRAST
from iepwizard.widgets.header import Header

#: The rules iepwizard's app.tcss gave Textual's Header before it had its own.
TEXTUAL_HEADER_RULES = """
Header { height: auto; }
Header HeaderTitle { text-wrap: wrap; text-overflow: fold; height: auto; }
Header HeaderIcon { width: 3; }
Header HeaderClockSpace { width: 1; padding: 0; }
"""
LONG = "Maximiliana Alexandra Bartholomew-Featherstonehaugh"


class TitleApp(App[None]):
    def __init__(self, header: type[Widget], theme: str, title: str, sub_title: str) -> None:
        super().__init__()
        self.header_class, self.theme_name = header, theme
        self.titles = title, sub_title
        if header is TextualHeader:
            self.stylesheet.add_source(TEXTUAL_HEADER_RULES)

    def compose(self) -> ComposeResult:
        yield self.header_class()
        yield Static("body")

    def on_mount(self) -> None:
        self.register_theme(HIGH_CONTRAST)
        self.theme = self.theme_name
        self.screen.title, self.screen.sub_title = self.titles


def visible(style: Style | None) -> Style:
    return Style(bgcolor=style.bgcolor if style else None)


async def drawn(header: type[Widget], theme: str, title: str, sub_title: str, width: int,
                hover: tuple[int, int] | None = None) -> list[list[tuple[str, Style]]]:
    """The screen's top lines as drawn: each cell's character and style."""
    app = TitleApp(header, theme, title, sub_title)
    async with app.run_test(size=(width, 8)) as pilot:
        await pilot.pause()
        if hover is not None:
            await pilot.hover(offset=hover)
            await pilot.pause()
        return [[(char, visible(segment.style) if char == " " else
                  (segment.style or Style()).clear_meta_and_links())
                 for segment in line for char in segment.text]
                for line in app.screen._compositor.render_strips()[:4]]  # (as composed)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", HIGH_CONTRAST.name])
@pytest.mark.parametrize(("title", "sub_title", "width"), [
    ("Sam", "step 1 of 9", 80), ("Sam", "", 120), (LONG, "step 3 of 9 · 2 done", 40),
    (LONG, "step 3 of 9 · 2 done · a long line of progress that wraps", 30),
    ("José Ñúñez 李小龙", "step 1 of 9", 33)])
async def test_drawn_as_textual_draws_it(theme: str, title: str, sub_title: str,
                                         width: int) -> None:
    assert await drawn(Header, theme, title, sub_title, width) == \
        await drawn(TextualHeader, theme, title, sub_title, width)


@pytest.mark.parametrize("hover", [(1, 0), (2, 1), (20, 0)])
async def test_icon_hovered_drawn_as_textual_draws_it(hover: tuple[int, int]) -> None:
    assert await drawn(Header, "textual-dark", LONG, "step 3 of 9", 30, hover) == \
        await drawn(TextualHeader, "textual-dark", LONG, "step 3 of 9", 30, hover)


async def test_the_title_follows_the_screen_and_the_icon_opens_the_palette() -> None:
    app = TitleApp(Header, "textual-dark", "Sam", "step 1 of 9")
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        app.screen.sub_title = f"{LONG} {LONG}"  # wraps onto more lines
        await pilot.pause()
        header = app.query_one(Header)
        assert header.size.height == 3 and "Bartholomew" in str(header.render())
        await pilot.click(Header, offset=(20, 0))  # not the icon
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        await pilot.click(Header, offset=(1, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
