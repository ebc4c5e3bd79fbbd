"""Without colour (NO_COLOR) every state still reads: ticked and unticked items, steps done,
not for us, in progress and not started, deadlines overdue, due, done and still needing a
date, and the focused field. Each is measured as drawn, and every pair of states must differ
in its characters, not in colour alone."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.dates import DatesScreen
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.checklist import Checklist

from .screen_cells import lines
from .screen_tour import TODAY, seed, steady
from .test_dates_screen import setup as dates_setup

MakeApp = Callable[..., Any]


@pytest.fixture(autouse=True)
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


def drawn(pilot: Pilot[Any]) -> list[str]:
    width, height = pilot.app.size
    return lines(pilot.app.export_screenshot(), width, height)


def row_with(rows: list[str], text: str, within: str = "") -> str:
    found = [row for row in rows if text in row and within in row]
    assert found, f"{text!r} is not on screen:\n" + "\n".join(rows)
    return found[0]


async def test_every_pair_of_states_differs_in_its_characters(make_app: MakeApp, store: Store,
                                                              content: Content) -> None:
    seed(store)  # step 1 done, step 2 in progress (an item ticked), step 3 not for us
    app = make_app()
    app.today = lambda: TODAY
    states: dict[str, str] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.no_color
        await steady(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        rows = drawn(pilot)
        for number, name in ((1, "done"), (2, "in progress"), (3, "not for us"),
                             (4, "not started")):
            step = content.steps[number - 1]
            row = row_with(rows, f" {number}. {step.label}")
            # the row as drawn, up to the step's number: its mark
            states[name] = row.split("│")[1].split(f"{number}.")[0].strip()
        wizard.action_focus_checklist()
        await pilot.pause()
        checklist = wizard.query_one(Checklist)
        rows = drawn(pilot)
        step = content.steps[1]
        for item, name in ((step.checklist[0], "ticked"), (step.checklist[1], "unticked")):
            row = row_with(rows, " ".join(item.text.split()[:4]), within="] ")
            states[name] = re.search(r"\[.\]", row).group(0)  # type: ignore[union-attr]
        assert checklist.option_count == len(step.checklist)
    assert len(set(states.values())) == len(states), states
    for (a, mark_a), (b, mark_b) in itertools.combinations(states.items(), 2):
        assert mark_a != mark_b, f"{a} and {b} look the same without colour: {mark_a!r}"


async def test_deadline_states_differ_in_words(make_app: MakeApp, store: Store) -> None:
    dates_setup(store, ("request-sent", "2026-08-20"), ("consent-received", "2026-09-03"),
                ("records-requested", "2026-11-20"))
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=(100, 30)) as pilot:
        await steady(pilot)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, DatesScreen)
        await steady(pilot)
        rows = drawn(pilot)
        # the status is the first column: two spaces part it from the date
        statuses = {word: row_with(rows, f" {word} ", within="│").split("│")[1]
                    .strip().split("  ")[0] for word in ("OVERDUE", "due", "needs")}
    assert statuses["OVERDUE"] == "! OVERDUE"
    assert statuses["due"] == "→ due"
    assert statuses["needs"] == "? needs"


async def test_the_focused_compact_field_has_a_bar(make_app: MakeApp, store: Store) -> None:
    """The profile's fields have no border: the focused one shows a bar at its left edge, a
    glyph that moves with the focus."""
    seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await steady(pilot)
        await pilot.press("e")
        await pilot.pause()
        await steady(pilot)
        assert app.screen.focused is not None and app.screen.focused.id == "parent-name"
        rows = drawn(pilot)
        assert row_with(rows, "Maria Lopez").strip().startswith("█Maria Lopez")
        assert row_with(rows, "maria@example.org").strip().startswith("maria@example.org")
        await pilot.press("tab")
        await pilot.pause()
        rows = drawn(pilot)
        assert row_with(rows, "maria@example.org").strip().startswith("█maria@example.org")
        assert not row_with(rows, "Maria Lopez").strip().startswith("█")
