"""A list that has the keyboard focus shows it (QA saw no sign of it on the profile's Children
list and the journal's list): the profile's children and people and the records lists
(journal, contact log, questions) light their frame as the other lists of the app do, and
without colour (NO_COLOR) a focused list's highlighted row is drawn reversed, dark on light."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import OptionList

from iepwizard.core.store import Store
from iepwizard.screens.contacts import ContactsScreen
from iepwizard.screens.journal import JournalScreen
from iepwizard.screens.profile import ProfileScreen
from iepwizard.screens.questions import QuestionsScreen

from .helpers import open_by_key, settled, until
from .screen_cells import Cell, cells, luminance
from .screen_tour import seed

MakeApp = Callable[..., Any]
LISTS: list[tuple[str, type[Screen[Any]], str]] = [
    ("e", ProfileScreen, "#children"), ("e", ProfileScreen, "#people"),
    ("j", JournalScreen, "#records"), ("c", ContactsScreen, "#records"),
    ("q", QuestionsScreen, "#records")]
NAMES = [f"{kind.__name__}{selector}" for _, kind, selector in LISTS]


def highlighted_cells(app: Any, listing: OptionList) -> list[Cell]:
    """The characters of the highlighted option's first line, as on screen (colours after
    Textual's NO_COLOR filter)."""
    option = listing.highlighted_option
    assert option is not None, "nothing highlighted"
    start = str(option.prompt).split("\n")[0][:12]
    grid = cells(app.export_screenshot(), *app.size)
    region = listing.content_region
    for row in grid[region.y:region.bottom]:
        drawn = row[region.x:region.right]
        if start in "".join(c.char for c in drawn):
            return [c for c in drawn if c.char.strip()]
    raise AssertionError(f"{start!r} is not drawn")


def reversed_(row: list[Cell]) -> bool:
    """Light characters on dark, reversed: dark on light."""
    return all(luminance(c.bg) > luminance(c.fg) for c in row)


async def focus(pilot: Any, widget: Any) -> None:
    widget.focus()
    await until(pilot, lambda: widget.has_focus, "the focus")
    await pilot.pause()


@pytest.mark.parametrize(("key", "kind", "selector"), LISTS, ids=NAMES)
async def test_a_focused_list_lights_its_frame_like_the_other_lists(
        key: str, kind: type[Screen[Any]], selector: str, make_app: MakeApp,
        store: Store) -> None:
    seed(store)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        steps = app.screen.query_one("#steps", OptionList)  # the wizard's list of steps
        await focus(pilot, steps)
        lit = steps.styles.border_top
        screen = await open_by_key(pilot, key, kind)
        listing = screen.query_one(selector, OptionList)
        await pilot.pause()
        assert not listing.has_focus and listing.styles.border_top != lit
        await focus(pilot, listing)
        assert listing.styles.border_top == lit


@pytest.mark.parametrize(("key", "kind", "selector"), LISTS, ids=NAMES)
async def test_without_colour_the_focused_lists_row_is_reversed(
        key: str, kind: type[Screen[Any]], selector: str, make_app: MakeApp, store: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    seed(store)
    store.add_child("Alex")
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.no_color
        screen = await open_by_key(pilot, key, kind)
        listing = screen.query_one(selector, OptionList)
        await focus(pilot, listing)
        if listing.highlighted is None:
            await pilot.press("down")
        assert reversed_(highlighted_cells(app, listing))
        screen.focus_next()  # the focus elsewhere: the row is not reversed
        await until(pilot, lambda: not listing.has_focus, "the focus gone")
        await pilot.pause()
        assert not reversed_(highlighted_cells(app, listing))
