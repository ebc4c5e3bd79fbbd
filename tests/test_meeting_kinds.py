"""Meeting mode suggests the kind of meeting that fits where the family is: an IEP meeting,
once ended, starts the yearly review clock, so it is not suggested before there is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Select

from iepwizard.app import IEPWizardApp
from iepwizard.core.date_settings import Settings
from iepwizard.core.meeting_kinds import default_kind
from iepwizard.core.store import Store
from iepwizard.screens.new_meeting import NewMeetingScreen

from .helpers import settled, until

MakeApp = Callable[..., IEPWizardApp]


@pytest.mark.parametrize(("step", "track", "kind"), [
    ("iep-or-504", "unknown", "other"), ("put-it-in-writing", "unknown", "other"),
    ("rti", "unknown", "other"), ("evaluation", "unknown", "evaluation review"),
    ("if-the-school-says-no", "unknown", "other"), ("the-team", "unknown", "IEP"),
    ("during-the-meeting", "iep", "IEP"), ("iep-or-504", "iep", "IEP"),
    ("during-the-meeting", "504", "504"), ("discipline", "unknown", "IEP")])
def test_the_suggested_kind(step: str, track: str, kind: str) -> None:
    assert default_kind(step, track) == kind


@pytest.mark.parametrize(("step", "track", "kind"), [
    (None, None, "other"), ("before-the-meeting", None, "IEP"), ("the-team", "504", "504")])
async def test_the_dialog_suggests_it(make_app: MakeApp, store: Store, step: str | None,
                                      track: str | None, kind: str) -> None:
    child = store.add_child("Sam")
    if step:
        store.set_current_step(child.id, step)
    if track:
        store.set_date_settings(child.id, Settings(track=track))
    store.flush(10.0)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, NewMeetingScreen), "the dialog")
        await pilot.pause()
        assert app.screen.query_one("#meeting-kind", Select).value == kind
