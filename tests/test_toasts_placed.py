"""At 80x24 a message (a toast) is not drawn over the field being typed in: after a save in
the journal it stands over the list, not over the box the next entry goes into, and it moves
away from wherever the focus goes; where the focused widget fills the screen it stays where
Textual puts it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets._toast import Toast, ToastRack

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store

from .helpers import journal_box, settled, until

MakeApp = Callable[..., IEPWizardApp]


def toast(pilot: Pilot[Any]) -> Toast | None:
    """The toast shown on the screen, once it is laid out."""
    shown = [t for t in pilot.app.screen.query(Toast) if t.region]
    return shown[-1] if shown else None


async def clear_of(pilot: Pilot[Any], widget: Widget) -> None:
    """Wait until the toast is drawn and check it covers no cell of `widget`."""
    await until(pilot, lambda: toast(pilot) is not None, "the toast")
    await pilot.pause()
    shown = toast(pilot)
    assert shown is not None
    assert not shown.region.overlaps(widget.region), (shown.region, widget.region)


async def test_the_journal_message_leaves_the_box_free(make_app: MakeApp,
                                                       store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        area = await journal_box(pilot)
        await pilot.press(*"Slept badly", "ctrl+s")
        await until(pilot, lambda: area.text == "", "saved")
        assert area.has_focus
        await clear_of(pilot, area)
        await pilot.press(*"Next")  # the next entry is typed where it can be seen
        assert area.text == "Next"
        # the focus on the list at the top: the toast goes back to the bottom, clear of it
        listing = app.screen.query_one(OptionList)
        listing.focus()
        await until(pilot, lambda: listing.has_focus, "the list")
        await pilot.pause()
        await clear_of(pilot, listing)
        # and back in the box, it steps aside again
        area.focus()
        await until(pilot, lambda: area.has_focus, "the box")
        await pilot.pause()
        await clear_of(pilot, area)


async def test_over_a_whole_screen_widget_the_toast_stays_at_the_bottom(
        make_app: MakeApp, store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settled(pilot)
        app.notify("A message")
        await until(pilot, lambda: toast(pilot) is not None, "the toast")
        assert not app.screen.get_child_by_type(ToastRack).has_class("-top")
        shown = toast(pilot)
        assert shown is not None and shown.region.bottom >= 20
