"""The Footer shows the keys the screen has now: one comes into view and goes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from iepwizard.widgets.footer import Footer

from .screen_cells import lines


class KeysApp(App[None]):
    BINDINGS = [Binding("f2", "extra", "Extra"), Binding("f3", "other", "Other")]
    extra_shown = False

    def compose(self) -> ComposeResult:
        yield Input(id="a")
        yield Input(id="b")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.extra_shown if action == "extra" else True

    def action_extra(self) -> None: ...

    def action_other(self) -> None: ...


def footer_line(app: App[None]) -> str:
    return lines(app.export_screenshot(), *app.size)[-1]


async def test_the_keys_follow_the_screen() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        assert "Other" in footer_line(app) and "Extra" not in footer_line(app)
        for target in ("#b", "#a", "#b"):  # focus moves: the same keys
            app.query_one(target).focus()
            await pilot.pause()
        assert "Extra" not in footer_line(app)
        app.extra_shown = True  # a key comes into view
        app.refresh_bindings()
        await pilot.pause()
        assert "Extra" in footer_line(app)
        app.extra_shown = False  # and goes
        app.refresh_bindings()
        await pilot.pause()
        assert "Extra" not in footer_line(app) and "Other" in footer_line(app)
