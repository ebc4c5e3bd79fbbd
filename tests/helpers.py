"""Helpers for Pilot tests: wait for a condition (never a fixed sleep)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from iepwizard.core.store import Store


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str,
                timeout: float = 10.0) -> None:
    """Let the app run until `condition()` holds (the test fails, naming `what`, if it never
    does)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.01)


async def settled(pilot: Pilot[Any]) -> None:
    """Wait until the first screen is up and has processed what it was sent."""
    from textual.screen import Screen

    await until(pilot, lambda: isinstance(pilot.app.screen, Screen) and pilot.app.screen
                .is_mounted, "the first screen")
    await pilot.pause()


def child_id(store: Store, name: str = "Sam") -> str:
    """The id of the child of that name (the test fails if there is none)."""
    child = store.find_child(name)
    assert child is not None, f"no child called {name}"
    return child.id


def flushed(store: Store) -> bool:
    """Everything the app changed so far is on disk."""
    return store.flush(10.0)
