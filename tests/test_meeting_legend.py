"""Meeting mode's mark legend wraps between its items, never inside one: at 120 columns it
read "… = repeat" and then "back  (or ctrl+r)" on the next line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from iepwizard.app import IEPWizardApp
from iepwizard.core.wording import whole_items

from .helpers import start_meeting, until
from .screen_cells import lines

MakeApp = Callable[..., IEPWizardApp]
#: What the legend shows, each item on one line.
LEGEND = ("! decision", "> action", "? question", "* concern", "= repeat back", "(or ctrl+r)")


def test_lines_break_only_between_items() -> None:
    items = ["Mark: plain note ·", "! decision", "= repeat back", "(or ctrl+r)"]
    assert whole_items(items, 80) == ["Mark: plain note ·  ! decision  = repeat back  (or ctrl+r)"]
    assert whole_items(items, 45) == ["Mark: plain note ·  ! decision  = repeat back",
                                      "(or ctrl+r)"]
    assert whole_items(items, 25) == ["Mark: plain note ·", "! decision  = repeat back",
                                      "(or ctrl+r)"]
    # an item wider than the line is wrapped on lines of its own
    assert whole_items(["a b", "a long item here"], 8) == ["a b", "a long", "item", "here"]


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_mark_legend_wraps_between_items(size: tuple[int, int], make_app: MakeApp,
                                                   ) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await start_meeting(pilot, app)
        for mark in ("plain note", "DECISION", "ACTION", "QUESTION", "CONCERN", "REPEAT BACK"):
            await pilot.pause()
            rows = lines(app.export_screenshot(), *size)
            for item in (f"Mark: {mark} ·", *LEGEND):
                assert any(item in row for row in rows), (item, "\n".join(rows))
            await pilot.press("ctrl+r")
        await pilot.press(*"We started at 3:05", "enter", "f2")  # correcting that note
        await until(pilot, lambda: screen.editing is not None, "correcting a note")
        rows = lines(app.export_screenshot(), *size)
        for item in ("Correcting a note (escape cancels).", *LEGEND):
            assert any(item in row for row in rows), (item, "\n".join(rows))
