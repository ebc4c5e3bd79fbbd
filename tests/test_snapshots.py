"""A few pictures of the main screens at fixed sizes (update with --snapshot-update)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from .helpers import settled

MakeApp = Callable[..., Any]


async def no_blink(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_wizard_wide(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=no_blink)


def test_wizard_80x24(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["n"], run_before=no_blink)


def test_welcome(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(child=None), terminal_size=(80, 24), run_before=no_blink)


def test_help(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), press=["question_mark"],
                        run_before=no_blink)


def test_dates_80x24(snap_compare: Any, make_app: MakeApp, store: Any) -> None:
    """Key dates and deadlines on a fixed day: overdue, due and needs, each said in words."""
    from .test_dates_screen import TODAY, setup

    setup(store, ("request-sent", "2026-08-20"), ("consent-received", "2026-09-03"),
          ("records-requested", "2026-11-20"))
    app = make_app()
    app.today = lambda: TODAY
    assert snap_compare(app, terminal_size=(80, 24), press=["k"], run_before=no_blink)
