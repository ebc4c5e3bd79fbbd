"""The Key dates screen's tabs by keyboard: ctrl+page down and up switch them from anywhere,
a form's box too, and put the focus in the tab's list or first field; what is typed in a box
stays typed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Select, TabbedContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.dates import DatesScreen

from .helpers import until
from .test_dates_screen import fixed, open_dates, setup

MakeApp = Callable[..., IEPWizardApp]


def focused_id(pilot: Pilot[Any]) -> str | None:
    focused = pilot.app.screen.focused
    return focused.id if focused else None


async def switched(pilot: Pilot[Any], screen: DatesScreen, key: str, tab: str,
                   focus: str) -> None:
    """Press `key`: the tab `tab` is shown (the tab bar marks it) and `focus` has the focus."""
    await pilot.press(key)
    tabs = screen.query_one(TabbedContent)
    await until(pilot, lambda: tabs.active == tab and focused_id(pilot) == focus,
                f"{key} to {tab}, the focus on {focus} (are {tabs.active}, {focused_id(pilot)})")
    assert tabs.get_tab(tab).has_class("-active")


async def test_ctrl_page_keys_go_round_the_tabs_and_focus_each(make_app: MakeApp,
                                                               store: Store) -> None:
    setup(store, ("consent-received", "2026-09-03"))
    app = fixed(make_app())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_dates(pilot)
        assert focused_id(pilot) == "deadlines"
        await switched(pilot, screen, "ctrl+pagedown", "tab-keydates", "key-dates")
        await switched(pilot, screen, "ctrl+pagedown", "tab-settings", "setting--track")
        # no break yet: the box to type one in, not the empty list
        await switched(pilot, screen, "ctrl+pagedown", "tab-calendar", "break-new")
        await switched(pilot, screen, "ctrl+pagedown", "tab-deadlines", "deadlines")
        await switched(pilot, screen, "ctrl+pageup", "tab-calendar", "break-new")
        await switched(pilot, screen, "ctrl+pageup", "tab-settings", "setting--track")


async def test_from_a_box_the_keys_switch_and_typing_stays_typed(make_app: MakeApp,
                                                                 store: Store) -> None:
    setup(store)
    app = fixed(make_app())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_dates(pilot)
        # no key date yet: the form's first field, not the empty list
        await switched(pilot, screen, "ctrl+pagedown", "tab-keydates", "key-event")
        assert isinstance(screen.focused, Select)
        box = screen.query_one("#key-date", Input)
        box.focus()
        await until(pilot, lambda: box.has_focus, "the date box")
        await pilot.press(*"9/3/2026 1234", "space", *"[]{}kpn")
        assert box.value == "9/3/2026 1234 []{}kpn"
        assert screen.query_one(TabbedContent).active == "tab-keydates"
        # from inside the box, the keys switch (and the box keeps what was typed)
        await switched(pilot, screen, "ctrl+pagedown", "tab-settings", "setting--track")
        await switched(pilot, screen, "ctrl+pageup", "tab-keydates", "key-event")
        assert box.value == "9/3/2026 1234 []{}kpn"
        # a setting's box: digits are typed there, not taken as keys
        await switched(pilot, screen, "ctrl+pagedown", "tab-settings", "setting--track")
        first_day = screen.query_one("#setting--school-year-start", Input)
        first_day.focus()
        await until(pilot, lambda: first_day.has_focus, "the setting's box")
        first_day.value = ""
        await pilot.press(*"08-15")
        assert first_day.value == "08-15"
        assert screen.query_one(TabbedContent).active == "tab-settings"
        await switched(pilot, screen, "ctrl+pagedown", "tab-calendar", "break-new")


async def test_each_tab_shows_the_keys_that_act_on_it(make_app: MakeApp,
                                                      store: Store) -> None:
    """Next tab is in the Footer on every tab; Export, Correct and Delete only where they
    act, so every tab's keys fit at 80 columns."""
    setup(store, ("consent-received", "2026-09-03"))
    app = fixed(make_app())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_dates(pilot)
        shown = {("tab-deadlines", "#deadlines"): ["Next tab", "Export .ics", "Back"],
                 ("tab-keydates", "#key-dates"): ["Next tab", "Correct", "Delete", "Back"],
                 ("tab-settings", "#setting--track"): ["Next tab", "Back"],
                 ("tab-calendar", "#breaks"): ["Next tab", "Delete", "Back"]}
        for (tab, where), labels in shown.items():
            screen.query_one(TabbedContent).active = tab
            await pilot.pause()
            screen.query_one(where).focus()
            await pilot.pause()
            footer = [b.description for _, b, _, _ in screen.active_bindings.values()
                      if b.show and b.description not in ("Quit", "Help", "Palette")]
            assert footer == labels, tab
