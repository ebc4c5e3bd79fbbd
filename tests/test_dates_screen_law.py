"""The Key dates screen, in Pilot, says what the law says: a parent's own setting is named as
theirs, apart from the cited rule; a transition plan is not overdue before there was an IEP;
the settings have names a parent understands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual.widgets import Input, Static, TabbedContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.store import Store

from .conftest import CONTENT_DIR
from .helpers import setting_typed, until
from .test_dates_screen import SIZE, open_dates

TODAY = dt.date(2026, 11, 30)
MakeApp = Callable[..., IEPWizardApp]


def fixed(app: IEPWizardApp) -> IEPWizardApp:
    app.today = lambda: TODAY
    return app


def setup(store: Store, *sets: tuple[str, str], track: str = "iep") -> str:
    from iepwizard.core.date_settings import apply_setting

    child = store.add_child("Sam")
    for event, day in sets:
        store.record_event(child.id, event, day).result()
    rules = load_rules(CONTENT_DIR)
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, rules),
                                                    rules, "track", track)).result()
    return child.id


async def test_a_45_school_day_setting_is_the_parents_not_the_regulations(
        make_app: MakeApp, store: Store) -> None:
    child_id = setup(store, ("consent-received", "2026-09-03"))
    rules = load_rules(CONTENT_DIR)
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        await setting_typed(pilot, screen, "evaluation-days", "45 school days")
        await until(pilot, lambda: store.date_settings(child_id, rules).counts != {}, "saved")
        screen.query_one(TabbedContent).active = "tab-deadlines"
        await pilot.pause()
        await until(pilot, lambda: "45 school days" in str(
            screen.query_one("#deadline-detail", Static).render()), "the detail redrawn")
        detail = str(screen.query_one("#deadline-detail", Static).render())
        assert ("within 60 days of the school receiving your written consent, or within your "
                "state's own timeline. (34 CFR 300.301(c)(1))") in detail
        assert "within 45 school days" not in detail
        assert ("Your own setting for this child: 45 school days (your state's or school's "
                "timeline as you entered it, not a federal number)") in detail


async def test_a_16_year_old_with_no_iep_yet_is_not_shown_overdue(make_app: MakeApp,
                                                                    store: Store) -> None:
    setup(store, ("date-of-birth", "2010-01-15"), ("meeting-scheduled", "2026-11-30"),
          track="unknown")
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        summary = str(screen.query_one("#dates-summary", Static).render())
        assert "OVERDUE" not in summary
        assert ("Next: transition plan in the IEP (if the IEP track applies), due November 30, "
                "2026") in summary
        detail = str(screen.query_one("#deadline-detail", Static).render())
        assert detail.startswith("transition plan in the IEP (if the IEP track applies) — due "
                                 "November 30, 2026")
        assert "so the plan belongs in the first IEP" in detail


async def test_the_settings_tab_names_each_setting_in_plain_words(make_app: MakeApp,
                                                                    store: Store) -> None:
    setup(store, track="unknown")
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        screen.query_one(TabbedContent).active = "tab-settings"
        await pilot.pause()
        labels = [str(s.render()) for s in screen.query(".setting-label").results(Static)]
        assert len(labels) == len(set(labels)) >= 10
        assert not [t for t in labels if "-days" in t or "-years" in t or "-age" in t]
        records = [t for t in labels if "see your child's records" in t]
        assert len(records) == 2
        assert any("IDEA" in t for t in records) and any("FERPA" in t for t in records)
        evaluation = str(screen.query_one("#what--evaluation-days", Static).render())
        assert evaluation == ("Time to finish the first evaluation (IEP track), from the school "
                              "receiving your consent (federal default; your state may set its "
                              "own)")
        bad = screen.query_one("#setting--iep-meeting-days", Input)
        bad.focus()
        bad.value = ""
        await pilot.press(*"soon", "enter")
        await pilot.pause()
        error = str(screen.query_one("#setting-error", Static).render())
        assert error.startswith('Not saved: "Time to hold the first IEP meeting, from the '
                                'eligibility decision" is a number, like 30')
