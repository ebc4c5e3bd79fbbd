"""Helpers for Pilot tests."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from iepwizard.core.store import Store


async def settled(pilot: Pilot[Any]) -> None:
    """Wait until the wizard has mounted what it mounts after its first frame."""
    from iepwizard.screens.wizard import WizardScreen
    from iepwizard.widgets.glossary_panel import GlossaryPanel

    for _ in range(200):
        await pilot.pause(0.01)
        screen = pilot.app.screen
        if not isinstance(screen, WizardScreen):
            return
        panel = screen.query_one(GlossaryPanel)
        if screen.query("#checklist") and screen.query("#step-actions") and (
                panel.option_count or not panel.terms):
            await pilot.pause()
            return
    raise AssertionError("the wizard never finished mounting")


def child_id(store: Store, name: str = "Sam") -> str:
    """The id of the child of that name (the test fails if there is none)."""
    child = store.find_child(name)
    assert child is not None, f"no child called {name}"
    return child.id
