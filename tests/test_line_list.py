"""The line list (search results): items wrapped to its width, drawn from lines made before,
wrapped again when the width changes, scrolled by keys; a new list drawn where it changed."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import RenderableType
from textual.app import App, ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from iepwizard.widgets.line_list import LineList, wrap_items

from .screen_cells import lines

LONG = "word " * 30  # 150 cells: several lines at any of the widths below


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield LineList(id="list")


def drawn(app: App[None]) -> list[str]:
    return lines(app.export_screenshot(), *app.size)


async def test_items_are_wrapped_to_the_width_and_drawn() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        listing = app.query_one(LineList)
        items = [Content(f"first {LONG}"), Content.styled("second", "bold")]
        listing.show(items)
        await pilot.pause()
        rows = drawn(app)
        assert rows[0].startswith("first word word")
        assert all(len(row.rstrip()) <= 40 for row in rows)
        wrapped = wrap_items(items, listing.line_width)
        assert listing.virtual_size.height == len(wrapped) > 3


def test_a_line_made_directly_is_the_line_textual_makes() -> None:
    """Items that fit on one line are made into it without `Content.wrap` (2 ms a search):
    the same segments as Textual's, for every kind of item; the others are wrapped."""
    from textual.content import Span
    from textual.style import Style

    from iepwizard.widgets.line_list import one_line

    bold, dim = Style(bold=True), Style(dim=True)
    direct = [Content("plain"), Content.assemble(("January 2, 2026 ", bold),
                                                 ("home journal: ", dim), "Homework"),
              Content.styled("x" * 40, bold), Content.assemble(("日本 ", bold), "wide 😢"),
              Content("  spaces at both ends  "), Content.assemble(("a ", bold), "b", (" c", dim))]
    wrapped = [Content(""), Content("tab\there"), Content("two\nlines"), Content("x" * 41),
               Content("no\u00a0break"), Content.assemble(("named", "bold"), " style"),
               Content("abc", spans=[Span(0, 3, bold), Span(1, 2, dim)]),
               Content("abc", spans=[Span(1, 1, bold)])]
    for item in direct:
        made = [Strip(line.render_segments(), line.cell_length) for line in item.wrap(40)]
        assert [one_line(item, 40)] == made == wrap_items([item], 40), item.plain
    for item in wrapped:
        assert one_line(item, 40) is None, item.plain
        assert wrap_items([item], 40) == [Strip(line.render_segments(), line.cell_length)
                                          for line in item.wrap(40)]


async def test_lines_made_at_another_width_are_made_again() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        listing = app.query_one(LineList)
        items = [Content(LONG)]
        listing.show(items, wrap_items(items, 100), 100)  # made for a wider list
        await pilot.pause()
        assert listing.virtual_size.height == len(wrap_items(items, listing.line_width))
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        assert listing.line_width == 18  # (the scrollbar's room kept)
        assert listing.virtual_size.height == len(wrap_items(items, 18))
        assert all(len(row.rstrip()) <= 20 for row in drawn(app))


async def test_keys_scroll_the_list() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 5)) as pilot:
        listing = app.query_one(LineList)
        listing.show([Content(f"item {n}") for n in range(30)])
        listing.focus()
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.wait_for_scheduled_animations()
        assert listing.scroll_y > 0
        assert not drawn(app)[0].startswith("item 0")
        listing.show([Content("new list")])  # a new list starts at its top
        await pilot.pause()
        assert listing.scroll_y == 0 and drawn(app)[0].startswith("new list")


async def test_a_new_list_draws_only_the_rows_that_changed_and_lays_out_only_for_the_scrollbar(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new list of the same width is drawn without a layout of the screen (4 to 10 ms at
    every search), row by row where it changed; the screen is laid out once when the
    scrollbar comes or goes (Textual laid it out two or three times)."""
    app = ListApp()
    layouts: list[Screen[object]] = []
    drawn_rows: list[int] = []
    lay_out, render_line = Screen._refresh_layout, LineList.render_line

    def counted_layout(screen: Screen[object], *args: Any, **kwargs: Any) -> None:
        layouts.append(screen)
        lay_out(screen, *args, **kwargs)

    def counted_row(listing: LineList, y: int) -> Strip:
        drawn_rows.append(y)
        return render_line(listing, y)

    bars: list[ScrollBar] = []
    render_bar = ScrollBar.render

    def counted_bar(bar: ScrollBar) -> RenderableType:
        bars.append(bar)
        return render_bar(bar)

    monkeypatch.setattr(Screen, "_refresh_layout", counted_layout)
    monkeypatch.setattr(LineList, "render_line", counted_row)
    monkeypatch.setattr(ScrollBar, "render", counted_bar)
    async with app.run_test(size=(40, 10)) as pilot:
        listing = app.query_one(LineList)
        listing.show([Content(f"item {n}") for n in range(30)])
        await pilot.pause()
        assert listing.show_vertical_scrollbar
        layouts.clear()
        drawn_rows.clear()
        bars.clear()
        listing.show([Content("changed" if n == 2 else f"item {n}") for n in range(30)])
        await pilot.pause()
        assert [row[:38].rstrip() for row in drawn(app)[:4]] == [
            "item 0", "item 1", "changed", "item 3"]  # (the scrollbar in the last column)
        assert drawn_rows == [2] and not layouts
        assert not bars  # the same range: the scrollbar is not drawn again
        listing.show([Content(f"item {n}") for n in range(40)])
        await pilot.pause()
        assert listing.vertical_scrollbar.window_virtual_size == 40 and bars and not layouts
        listing.show([Content("item 0"), Content("short")])  # the scrollbar goes
        await pilot.pause()
        assert not listing.show_vertical_scrollbar and len(layouts) == 1
        assert [row.rstrip() for row in drawn(app)[:3]] == ["item 0", "short", ""]
        listing.show([Content(f"again {n}") for n in range(30)])  # and comes back
        await pilot.pause()
        assert listing.show_vertical_scrollbar and len(layouts) == 2
        assert drawn(app)[9].startswith("again 9")
        assert listing.vertical_scrollbar.window_virtual_size == 30
