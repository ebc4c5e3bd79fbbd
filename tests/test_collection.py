"""The garbage collector and the start-up: the command line turns collection off while the app
starts; once the first screen is up, what the start-up built is set aside (`gc.freeze`) and
collection turned back on, so no later collection walks the start-up's objects again (a full
collection took 60-110 ms wherever it fell, e.g. in the middle of opening a meeting). The
start-up's garbage is collected once, a few seconds later: collected as the first screen came
up, it held the first frame back from the terminal."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from typing import Any

from iepwizard.app import GARBAGE_AFTER

from .helpers import until

MakeApp = Callable[..., Any]


class Cycle:
    me: Cycle | None = None


async def test_start_up_objects_are_set_aside_when_started_with_collection_off(
        make_app: MakeApp) -> None:
    gc.disable()
    try:
        garbage = Cycle()
        garbage.me = garbage
        gone = weakref.ref(garbage)
        del garbage  # the start-up's own garbage: freed, not set aside
        full: list[int] = []  # full collections, by how many objects were frozen then

        def count(phase: str, info: dict[str, int]) -> None:
            if phase == "start" and info["generation"] == 2:
                full.append(gc.get_freeze_count())

        gc.callbacks.append(count)
        app = make_app()
        async with app.run_test() as pilot:
            await until(pilot, gc.isenabled, "collection turned back on")
            assert full == []  # (no collection between the first frame and the terminal)
            assert gc.get_freeze_count() > 10_000  # the guide, the screen, Textual itself
            assert gc.get_count()[0] < 10_000
            await until(pilot, lambda: gone() is None, "the start-up's garbage freed",
                        timeout=GARBAGE_AFTER + 10)
            assert len(full) == 1  # once
            assert gc.get_freeze_count() > 10_000  # (set aside again)
    finally:
        gc.callbacks.remove(count)
        gc.unfreeze()
        gc.enable()


async def test_nothing_is_set_aside_when_collection_was_on(make_app: MakeApp) -> None:
    """(A test run, or an app embedded elsewhere: freezing would keep every app's objects.)"""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.press("n")
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
