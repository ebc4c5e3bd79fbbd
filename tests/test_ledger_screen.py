"""The services ledger in Pilot against a real store: six weeks of sessions typed into the form
(a burst too), a miss and an absence, a service cut mid-year by a second final IEP; the totals,
the weeks, absences counted on request, the same figures from the command line, an undoable
delete, and the make-up services letter filled from the ledger."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

from textual import events
from textual.widgets import OptionList, Select

from iepwizard.app import IEPWizardApp
from iepwizard.core.iep.compensatory import LETTER_ID
from iepwizard.core.store import Store
from iepwizard.screens.ledger import LedgerScreen
from iepwizard.screens.letters import LettersScreen
from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.ledger_table import LedgerTable

from .helpers import child_id, settled, until
from .ledger_fixture import (
    ABSENT,
    AS_OF,
    DELIVERED,
    NOT_PROVIDED,
    REQUIRED,
    SESSIONS,
    SPEECH,
    save_two_finals,
)

SIZE = (100, 36)
MakeApp = Callable[..., IEPWizardApp]
CHARS = {"tab": "\t", "enter": "\r", "ctrl+u": "\x15"}


def burst(app: IEPWizardApp, *keys: str) -> None:
    """Keys sent at once, as a terminal delivers a macro or a paste: nothing waits between."""
    for key in keys:
        app.post_message(events.Key(key, CHARS.get(key, key if len(key) == 1 else None)))


def cells(app: IEPWizardApp) -> list[list[str]]:
    table = app.screen.query_one(LedgerTable)
    return [[str(c) for c in table.get_row_at(n)] for n in range(table.row_count)]


async def open_ledger(pilot: Any, app: IEPWizardApp) -> LedgerScreen:
    app.today = lambda: AS_OF
    await settled(pilot)
    await pilot.press("v")
    await until(pilot, lambda: isinstance(app.screen, LedgerScreen), "the ledger")
    assert isinstance(app.screen, LedgerScreen)
    return app.screen


async def type_session(pilot: Any, app: IEPWizardApp, day: str, minutes: int, status: str,
                       note: str) -> None:
    screen = app.screen
    screen.query_one("#session-date", LineInput).focus()
    await pilot.press("ctrl+u", *day, "tab", "tab")  # the service is the only one
    await pilot.press(*("ctrl+u", *str(minutes)), "tab")
    select = screen.query_one("#session-status", Select)
    if select.value != status:
        await pilot.press("enter")  # open the list, go to the status, take it
        await until(pilot, lambda: select.expanded, "the list open")
        order = ["delivered", "not-provided", "child-absent"]
        steps = order.index(status) - order.index(str(select.value))
        await pilot.press(*["down" if steps > 0 else "up"] * abs(steps), "enter")
        await until(pilot, lambda: select.value == status, f"status {status}")
    await pilot.press("tab", *note, "enter")


async def test_weeks_of_sessions_a_miss_and_a_mid_year_change_add_up(make_app: MakeApp,
                                                                     store: Store) -> None:
    app = make_app("Riley")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        cid = child_id(store, "Riley")
        save_two_finals(store, cid)
        screen = await open_ledger(pilot, app)
        assert screen.services == (SPEECH,)
        for day, minutes, status, note in SESSIONS[:-1]:
            before = len(store.sessions(cid))
            await type_session(pilot, app, day, minutes, status, note)

            def added(before: int = before) -> bool:
                return len(store.sessions(cid)) == before + 1

            await until(pilot, added, f"the session of {day}")
        # The last one in a burst: the date, the service, the minutes and Enter at once.
        screen.query_one("#session-date", LineInput).focus()
        await pilot.press("ctrl+u")
        screen.query_one("#session-status", Select).value = "delivered"
        burst(app, *SESSIONS[-1][0], "tab", "tab", "ctrl+u", "3", "0", "enter")
        await until(pilot, lambda: len(store.sessions(cid)) == len(SESSIONS), "the burst")
        recorded = [(s.date, s.minutes, s.status, s.note) for s in store.sessions(cid)]
        assert recorded == SESSIONS
        assert cells(app) == [[SPEECH, str(REQUIRED), str(DELIVERED), str(NOT_PROVIDED),
                               str(ABSENT), "30 short"]]
        await pilot.press("ctrl+b")  # absences counted as owed
        await until(pilot, lambda: cells(app)[0][-1] == "60 short", "absences counted")
        await pilot.press("ctrl+b", "ctrl+t")  # by week, newest first
        await until(pilot, lambda: len(cells(app)) == 6, "six weeks")
        weeks = {row[0]: row[2:] for row in cells(app)}
        assert weeks["2026-09-21"] == ["60", "30", "30", "0", "30 short", "30 short"]
        assert weeks["2026-09-28"] == ["60", "30", "0", "30", "even", "30 short"]
        assert weeks["2026-10-05"] == ["30", "30", "0", "0", "even", "30 short"]
        assert weeks["2026-10-12"][:2] == ["30", "30"]  # the cut: 60 -> 30 a week
        await pilot.press("ctrl+t")
        await until(pilot, lambda: [r[0] for r in cells(app)] == ["Oct 2026", "Sep 2026"],
                    "by month")
    done = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(store.data_dir),
                           "services", "--child", "Riley", "--as-of", AS_OF.isoformat()],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (f"{SPEECH}\t{REQUIRED}\t{DELIVERED}\t{NOT_PROVIDED}\t{ABSENT}\t30"
            in done.stdout.splitlines())


async def test_a_session_deleted_comes_back_and_the_letter_is_filled(make_app: MakeApp,
                                                                     store: Store) -> None:
    app = make_app("Riley")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        cid = child_id(store, "Riley")
        save_two_finals(store, cid)
        for day, minutes, status, note in SESSIONS:
            store.add_session(cid, day, SPEECH, minutes, status, note)
        screen = await open_ledger(pilot, app)
        listing = screen.query_one("#ledger-sessions", OptionList)
        listing.focus()
        listing.highlighted = 0  # the newest
        await pilot.press("delete")
        await until(pilot, lambda: len(store.sessions(cid)) == len(SESSIONS) - 1, "deleted")
        assert cells(app)[0][2] == str(DELIVERED - 30)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(store.sessions(cid)) == len(SESSIONS), "put back")
        assert cells(app)[0][2] == str(DELIVERED)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen), "the letter")
        assert app.screen.letter_id == LETTER_ID  # type: ignore[attr-defined]
    values = store.letter_draft(child_id(store, "Riley"), LETTER_ID)
    assert values["plan"] == "IEP"
    assert values["iep_date"] == "August 31, 2026 and September 28, 2026"
    assert (values["period_start"], values["period_end"]) == ("2026-09-07", "2026-10-16")
    assert values["total_minutes"] == "30"
    assert "sessions not provided on: September 24, 2026" in values["missed_services"]


async def test_without_a_final_iep_the_ledger_says_what_to_do(make_app: MakeApp) -> None:
    app = make_app("Riley")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ledger(pilot, app)
        status = str(screen.query_one("#ledger-status").render())
        assert "No final IEP is saved for Riley yet" in status
        assert not screen.query_one(LedgerTable).display
        # no table: the footer offers none of its keys (they did nothing)
        offered = {b.binding.action for b in screen.active_bindings.values() if b.enabled}
        assert offered.isdisjoint({"toggle_span", "toggle_absences", "letter"}), offered
        assert "pop_screen" in " ".join(offered)


async def test_a_session_before_the_services_start_is_kept_and_said_not_counted(
        make_app: MakeApp, store: Store) -> None:
    """A session dated before the IEP's services start was taken with no word, and the table
    did not change."""
    from textual.notifications import Notify

    app = make_app("Riley")
    said: list[str] = []
    async with app.run_test(size=SIZE, message_hook=lambda m: said.append(
            m.notification.message) if isinstance(m, Notify) else None) as pilot:
        await settled(pilot)
        save_two_finals(store, child_id(store, "Riley"))
        await open_ledger(pilot, app)
        await type_session(pilot, app, "2026-09-01", 30, "delivered", "")
        await until(pilot, lambda: len(store.sessions(child_id(store, "Riley"))) == 1, "kept")
        await until(pilot, lambda: any("Kept, but not counted: September 1, 2026 is outside "
                                       f"the days {SPEECH} runs under the IEP (September 7, "
                                       "2026 to June 11, 2027)" in s for s in said), "said")
        said.clear()
        await type_session(pilot, app, "2026-09-08", 30, "delivered", "")
        await until(pilot, lambda: len(store.sessions(child_id(store, "Riley"))) == 2, "two")
        await pilot.pause()
        assert not any("not counted" in s for s in said)
