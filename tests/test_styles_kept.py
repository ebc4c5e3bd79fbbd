"""Restyles the app spares (screens/styled.py, StepView.watch_has_focus) change nothing on
screen: after each, restyling every widget of the screen, as Textual would have, draws the
same screen."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.content_cache import load_guide, load_with_cache
from iepwizard.core.store import Store
from iepwizard.widgets.step_view import StepView


async def _same_after_full_restyle(app: IEPWizardApp, pilot: Pilot[int]) -> str:
    await pilot.pause()
    shown = app.export_screenshot()
    app.update_styles(app.screen)  # every widget of the screen, with its component styles
    await pilot.pause()
    assert app.export_screenshot() == shown
    return shown


async def test_the_first_screen_and_focus_moves_look_as_a_full_restyle_makes_them(
        store: Store, content_copy: Path, tmp_path: Path) -> None:
    load_with_cache(content_copy, tmp_path / "cache")
    guide, _ = load_guide(content_copy, tmp_path / "cache")  # a warm start
    app = IEPWizardApp(store=store, content=guide, child_name="Sam")
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(StepView)
        assert app.screen.focused is view
        first = await _same_after_full_restyle(app, pilot)
        await pilot.press("tab")  # focus leaves the step's column...
        assert app.screen.focused is not view
        assert await _same_after_full_restyle(app, pilot) != first
        await pilot.press("shift+tab")  # ...and comes back
        assert app.screen.focused is view
        await _same_after_full_restyle(app, pilot)


async def test_a_screen_shown_again_looks_as_a_full_restyle_makes_it(
        store: Store, content: Content) -> None:
    app = IEPWizardApp(store=store, content=content, child_name="Sam")
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("l", "escape", "t", "l", "escape", "t"):  # letters, the contrast key
            await pilot.press(key)
            await pilot.pause()
            await _same_after_full_restyle(app, pilot)
