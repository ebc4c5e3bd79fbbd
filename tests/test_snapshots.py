"""Pictures of every screen at 80x24, and of the wizard at 80x24, 120x36 and 200x50, on a
fixed day with a child's records in place (update with --snapshot-update).

The openers are in `screen_tour.py`: the same walk the contrast and fit checks take. The
command palette (its results arrive in any order) and the messages (`run_test` hides them)
are measured there but not pictured here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from iepwizard.core.store import Store

from . import screen_tour
from .screen_tour import SCREENS, TODAY, seed, steady

MakeApp = Callable[..., Any]
PICTURED = [name for name in SCREENS if name not in {"palette", "toasts"}]


def _app(make_app: MakeApp, store: Store) -> Any:
    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    return app


@pytest.mark.parametrize("name", PICTURED)
def test_screen_80x24(name: str, snap_compare: Any, make_app: MakeApp, store: Store) -> None:
    assert snap_compare(_app(make_app, store), terminal_size=(80, 24),
                        run_before=SCREENS[name])


@pytest.mark.parametrize("size", [(120, 36), (200, 50)])
def test_wizard_wide(size: tuple[int, int], snap_compare: Any, make_app: MakeApp,
                     store: Store) -> None:
    assert snap_compare(_app(make_app, store), terminal_size=size,
                        run_before=screen_tour.wizard_checklist)


def test_welcome_80x24(snap_compare: Any, make_app: MakeApp) -> None:
    """The first run: both fields and the Start / Skip buttons in view at 80x24."""
    assert snap_compare(make_app(child=None), terminal_size=(80, 24), run_before=steady)
