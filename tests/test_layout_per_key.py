"""Typing and searching lay out the screen only when a size changes.

Textual lays out the whole screen again when a widget's virtual size changes: an Input sets
its own at every key (to the text's width), and a list at each new content. A laid-out screen
costs milliseconds per key on a screen with lists (bench/keys.py); a box of fixed size and a
list whose scrollbar stays need only their scroll ranges."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen

from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.line_list import LineList

from .screen_cells import lines


class Boxes(App[None]):
    CSS = "#auto { width: auto; }"

    def compose(self) -> ComposeResult:
        yield LineInput(id="box")
        yield LineInput(id="auto")
        yield LineList(id="list")

    def on_mount(self) -> None:
        self.layouts = 0
        self.screen.screen_layout_refresh_signal.subscribe(self, self._laid_out)

    def _laid_out(self, screen: Screen[None]) -> None:
        self.layouts += 1


async def settled(app: Boxes, pilot: Pilot[None]) -> int:
    """The count of layouts once the mount's own have all come (a busy machine may lay out
    the first screen again a few frames later): the same count over three pauses."""
    seen, same = app.layouts, 0
    for _ in range(60):
        await pilot.pause(0.02)
        same = same + 1 if app.layouts == seen else 0
        seen = app.layouts
        if same == 3:
            break
    return seen


async def test_typing_in_a_box_of_fixed_size_does_not_lay_out_the_screen() -> None:
    app = Boxes()
    async with app.run_test(size=(30, 20)) as pilot:
        box = app.query_one("#box", LineInput)
        box.focus()
        await pilot.pause()
        before = await settled(app, pilot)
        await pilot.press(*"a long line typed in a narrow box, key by key")
        await pilot.pause()
        assert app.layouts == before
        # the scroll range still follows the text: its end is in view, the cursor after it
        assert box.virtual_size.width == box.content_width
        assert box.scroll_x == box.max_scroll_x > 0
        assert "key by key" in "\n".join(lines(app.export_screenshot(), *app.size))


async def test_a_box_sized_to_its_text_is_still_laid_out() -> None:
    app = Boxes()
    async with app.run_test(size=(60, 20)) as pilot:
        box = app.query_one("#auto", LineInput)
        box.focus()
        width = box.size.width
        await pilot.press(*"grows")
        await pilot.pause()
        assert box.size.width > width


async def test_a_new_list_under_a_scrollbar_that_stays_does_not_lay_out_the_screen() -> None:
    app = Boxes()
    async with app.run_test(size=(30, 20)) as pilot:
        listing = app.query_one(LineList)
        listing.show([Content(f"first list {n}") for n in range(40)])
        await pilot.pause()
        assert listing.show_vertical_scrollbar
        before = await settled(app, pilot)
        listing.show([Content(f"second list {n}") for n in range(60)])
        await pilot.pause()
        assert app.layouts == before
        assert listing.virtual_size.height == 60
        assert listing.vertical_scrollbar.window_virtual_size == 60
        listing.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert listing.scroll_y == listing.max_scroll_y == 60 - listing.size.height
        listing.show([Content("short")])  # the scrollbar goes: laid out as before
        await pilot.pause()
        assert app.layouts > before and not listing.show_vertical_scrollbar
