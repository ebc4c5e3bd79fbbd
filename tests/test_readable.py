"""Readable at every size from 80x24 up: each checklist item in full (wrapped, never cut with
"…"), step titles, the header and every Footer key in full, nothing to scroll sideways, and
text kept near 80 characters wide on a wide terminal. Measured on the rendered screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.checklist import Checklist
from iepwizard.widgets.footer import Footer
from iepwizard.widgets.header import Header
from iepwizard.widgets.step_view import StepView

from .helpers import until
from .screen_cells import lines
from .screen_tour import SCREENS, TODAY, seed

MakeApp = Callable[..., Any]
SIZES = [(80, 24), (120, 36), (200, 50)]


def words(text: str) -> str:
    return " ".join(text.split())


def screen_lines(pilot: Pilot[Any]) -> list[str]:
    width, height = pilot.app.size
    return lines(pilot.app.export_screenshot(), width, height)


def inside(pilot: Pilot[Any], widget: Widget, within: Widget | None = None) -> str:
    """The text drawn inside a widget's content area (clipped to `within`), its lines joined
    with spaces: wrapped text reads as one run."""
    region = widget.scrollable_content_region  # the scrollbar left out
    if within is not None:
        region = region.intersection(within.scrollable_content_region)
    rows = screen_lines(pilot)
    return words(" ".join(rows[y][region.x:region.right] if y < len(rows) else ""
                          for y in range(region.y, region.bottom)))


async def open_wizard(make_app: MakeApp, store: Store, size: tuple[int, int],
                      pilot_body: Callable[[Pilot[Any], WizardScreen], Any]) -> None:
    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=size) as pilot:
        await SCREENS["wizard"](pilot)
        assert isinstance(app.screen, WizardScreen)
        await pilot_body(pilot, app.screen)


@pytest.mark.parametrize("panels", [False, True])
@pytest.mark.parametrize("size", SIZES)
async def test_every_checklist_item_in_full(size: tuple[int, int], panels: bool,
                                            make_app: MakeApp, store: Store,
                                            content: Content) -> None:
    """Every item of every step, highlighted in turn, is on screen whole: its words joined
    across the wrapped lines, no "…" (with and without both side panels)."""
    async def check(pilot: Pilot[Any], wizard: WizardScreen) -> None:
        if panels == wizard.has_class("-narrow"):  # folded at 80 columns, shown wider
            await pilot.press("s", "g")
        checklist, view = wizard.query_one(Checklist), wizard.query_one(StepView)
        for step in content.steps:
            wizard.go_to(step.id)
            await pilot.pause()
            wizard.action_focus_checklist()  # what space does from the text
            for index, item in enumerate(step.checklist):
                if index:
                    await pilot.press("down")  # the view follows the highlight
                await until(pilot, lambda: inside(pilot, checklist, view),
                            "the checklist drawn")  # (on a busy machine one pause was not
                # enough: the CI of 14ca10c found it blank)
                assert checklist.highlighted == index
                shown = inside(pilot, checklist, view)
                assert "…" not in shown, (step.id, shown)
                assert words(item.text) in shown, (size, panels, step.id, item.id, shown)
            title = inside(pilot, wizard.query_one("#step-title"))
            assert title == words(f"Step {step.order}. {step.title}"), title
    await open_wizard(make_app, store, size, check)


@pytest.mark.parametrize("size", SIZES)
async def test_header_in_full(size: tuple[int, int], make_app: MakeApp, store: Store) -> None:
    """The child's name and the whole progress line, wrapped if need be (a long name too)."""
    store.add_child("Maximiliana Alexandra")
    store.set_setting("last_child", store.children()[0].id)

    async def check(pilot: Pilot[Any], wizard: WizardScreen) -> None:
        header = inside(pilot, wizard.query_one(Header))
        sub_title = wizard.sub_title
        assert sub_title is not None
        assert f"{wizard.title} — {sub_title}" in header, header
        assert "not for us" in sub_title
    await open_wizard(make_app, store, size, check)


def footer_keys(pilot: Pilot[Any]) -> list[str]:
    """What the Footer should show: "key label" for each shown action."""
    seen, out = set(), []
    for _, binding, _, _ in pilot.app.screen.active_bindings.values():
        if binding.show and binding.action not in seen:
            seen.add(binding.action)
            out.append(f"{pilot.app.get_key_display(binding)} {binding.description}")
    return out


@pytest.mark.parametrize("name", list(SCREENS))
async def test_footer_keys_and_no_sideways_scrolling_at_80x24(name: str, make_app: MakeApp,
                                                              store: Store) -> None:
    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await SCREENS[name](pilot)
        screen = app.screen
        if screen.query(Footer):
            footer = screen_lines(pilot)[-1]
            for key in footer_keys(pilot):
                assert key in footer, f"{key!r} is cut from the Footer of {name}: {footer!r}"
            assert any(k.endswith((" Help", " Close")) for k in footer_keys(pilot)), name
            assert any(k.endswith((" Back", " Quit", " Close")) for k in footer_keys(pilot)), name
        sideways = [w for w in screen.query("*") if w.show_horizontal_scrollbar]
        assert not sideways, f"{name} scrolls sideways: {sideways}"


async def test_text_stays_near_80_wide_on_a_wide_terminal(make_app: MakeApp,
                                                          store: Store) -> None:
    async def check(pilot: Pilot[Any], wizard: WizardScreen) -> None:
        view = wizard.query_one(StepView)
        rows = screen_lines(pilot)
        region = view.content_region
        widest = max(len(rows[y][region.x:region.right - 2].strip())
                     for y in range(region.y, region.bottom))
        assert 60 <= widest <= 84, widest
    await open_wizard(make_app, store, (200, 50), check)


async def test_the_letter_preview_opens_up_when_reached_at_80x24(make_app: MakeApp,
                                                                   store: Store) -> None:
    """At 80x24 the preview shares the screen with the form; reached with Tab it takes most of
    the room, so the letter can be read before it is copied."""
    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["letters"](pilot)
        box = app.screen.query_one("#letter-preview-box", Widget)
        before = box.size.height
        box.focus()
        await until(pilot, lambda: box.size.height >= 2 * before, "the preview opened up")


async def test_an_open_list_covers_what_is_under_it(make_app: MakeApp, store: Store) -> None:
    """A compact Select's open list starts at the field's left edge (the focus bar's column):
    nothing of the labels under it shows beside the options ("Tother")."""
    from textual.widgets import Select

    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["new_meeting"](pilot)
        field = app.screen.query_one("#meeting-kind", Select)
        field.focus()
        await pilot.press("enter")
        await until(pilot, lambda: field.expanded, "the list open")
        await pilot.pause()
        x, y = field.region.x, field.region.y
        rows = lines(app.export_screenshot(), 80, 24)
        assert [rows[y + n][x:x + 18].rstrip() for n in range(1, 5)] == [
            "IEP", "504", "evaluation review", "other"]
