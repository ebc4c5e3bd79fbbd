"""The Footer shows the keys the screen has now: one comes into view and goes."""

from __future__ import annotations

from textual import events
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


class ShrinkingApp(App[None]):
    BINDINGS = [Binding("f5", "alpha", "Alpha"), Binding("f6", "bravo", "Bravo"),
                Binding("f7", "charlie", "Charlie")]
    many = True

    def compose(self) -> ComposeResult:
        yield Input(id="a")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.many if action in ("alpha", "bravo") else True

    def action_alpha(self) -> None: ...

    def action_bravo(self) -> None: ...

    def action_charlie(self) -> None: ...


async def test_the_pointer_meets_the_keys_as_drawn_until_the_next_frame() -> None:
    """Keys that change between two frames (a key's action hid others): a click or a move of
    the pointer meanwhile finds the key drawn there, never one the parent cannot see."""
    app = ShrinkingApp()
    async with app.run_test(size=(70, 6)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        x = footer_line(app).index("Charlie")
        app.many = False
        footer._bindings_changed(app.screen)  # the keys read again, not drawn yet
        assert [key.description for key in footer._keys][:1] == ["Charlie"]
        found = footer._key_at(x)
        assert found is not None and found[1].description == "Charlie"
        footer._hover_at(x)  # (a mouse move: no error)
        await pilot.pause()
        assert "Alpha" not in footer_line(app) and "Charlie" in footer_line(app)


class FocusedKey(Input):
    BINDINGS = [Binding("f9", "mine", "Mine")]

    def action_mine(self) -> None: ...


class BlurApp(App[None]):
    def compose(self) -> ComposeResult:
        yield FocusedKey(id="mine")
        yield Footer()


async def test_the_focused_widgets_keys_stay_while_the_terminal_is_not_focused() -> None:
    app = BlurApp()
    async with app.run_test(size=(60, 6)) as pilot:
        app.query_one("#mine").focus()
        await pilot.pause()
        assert "Mine" in footer_line(app)
        app.post_message(events.AppBlur())
        await pilot.pause()
        await pilot.pause()
        assert "Mine" in footer_line(app)
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert "Mine" in footer_line(app)


async def test_a_keys_tooltip_shows_over_it() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        line = footer_line(app)
        await pilot.hover(Footer, offset=(line.index("palette"), 0))
        assert footer.tooltip == "Open the command palette"  # its binding's, as in Textual
        assert footer.styles.pointer == "pointer"  # a hand over a key
        await pilot.hover(Footer, offset=(line.index("Other"), 0))
        assert footer.tooltip is None  # a key without one
