"""Our one-widget Footer draws exactly what Textual's Footer draws: the same characters and
colours on the bottom line, in every theme, with a key disabled, hovered, or the palette's key
hovered; and a click on a key presses it."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets import Static

from iepwizard.themes import HIGH_CONTRAST
from iepwizard.widgets.footer import Footer

THEMES = ["textual-dark", "textual-light", HIGH_CONTRAST.name, "nord", "tokyo-night",
          "gruvbox"]


class KeysApp(App[None]):
    BINDINGS = [Binding("n", "next", "Next"), Binding("p", "previous", "Back"),
                Binding("l", "letters", "Letters"), Binding("ctrl+x", "gone", "Gone"),
                Binding("f1", "help", "Help"), Binding("ctrl+q", "quit", "Quit")]

    def __init__(self, footer: type[Widget], theme: str) -> None:
        super().__init__()
        self.footer_class = footer
        self.theme_name = theme
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("keys", id="body")
        yield self.footer_class()

    def on_mount(self) -> None:
        self.register_theme(HIGH_CONTRAST)
        self.theme = self.theme_name
        self.title = "keys"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "gone" else True  # None: shown, disabled

    def action_next(self) -> None:
        self.pressed.append("next")

    def action_previous(self) -> None:
        self.pressed.append("previous")


def visible(style: Style | None) -> Style:
    """What a blank cell shows of its style: its background (its colour, bold or dim show
    nothing)."""
    return Style(bgcolor=style.bgcolor if style else None)


async def drawn(footer: type[Widget], theme: str, hover: int | None,
                width: int) -> list[tuple[str, Style]]:
    """The bottom line as the screen draws it: each cell's character and style."""
    app = KeysApp(footer, theme)
    async with app.run_test(size=(width, 5)) as pilot:
        await pilot.pause()
        if hover is not None:
            await pilot.hover(offset=(hover, 4))
            await pilot.pause()
        line = app.screen._compositor.render_strips()[-1]  # (the frame as composed)
        for _ in range(40):  # (a busy machine: the footer's keys may come a frame later)
            if any(segment.text.strip() for segment in line):
                break
            await pilot.pause(0.05)
            line = app.screen._compositor.render_strips()[-1]
        return [(char, visible(segment.style) if char == " " else
                 (segment.style or Style()).clear_meta_and_links())
                for segment in line for char in segment.text]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("hover", [None, 1, 8, 30, 40, 77])
async def test_drawn_as_textual_draws_it(theme: str, hover: int | None) -> None:
    ours = await drawn(Footer, theme, hover, 80)
    theirs = await drawn(TextualFooter, theme, hover, 80)
    assert ours == theirs


@pytest.mark.parametrize("width", [30, 45])
async def test_narrow_terminal_drawn_as_textual_draws_it(width: int) -> None:
    assert await drawn(Footer, "textual-dark", None, width) == \
        await drawn(TextualFooter, "textual-dark", None, width)


async def test_a_click_presses_the_key_and_a_disabled_key_rings() -> None:
    app = KeysApp(Footer, "textual-dark")
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        # " ^q Quit  n Next  p Back  l Letters  ^x Gone  f1 Help  ..."
        await pilot.click(Footer, offset=(10, 0))
        await pilot.click(Footer, offset=(18, 0))
        await pilot.pause()
        assert app.pressed == ["next", "previous"]
        await pilot.click(Footer, offset=(38, 0))  # disabled
        await pilot.pause()
        assert app.pressed == ["next", "previous"] and bells == [1]
