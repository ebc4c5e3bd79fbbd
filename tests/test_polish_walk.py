"""What a new parent's walk found: ctrl+s saves a journal entry from the date box, the contact
log offers Delete and F2 only on its list, Settings speak in the settings' plain labels, an
ended meeting is not offered as "Continue", and a corrected journal entry's date cannot be
in the future (as a new entry's cannot)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button, OptionList, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.date_settings import SettingError, Settings, apply_settings
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.contacts import ContactsScreen
from iepwizard.screens.dates import DatesScreen
from iepwizard.screens.dialog import Dialog
from iepwizard.screens.journal import JournalScreen
from iepwizard.screens.meeting import MeetingScreen
from iepwizard.screens.new_meeting import NewMeetingScreen
from iepwizard.screens.record_dialogs import EditContactDialog, EditJournalDialog
from iepwizard.widgets.burst import LineInput, SaveArea

from .conftest import CONTENT_DIR
from .helpers import open_by_key, setting_typed, settled, start_meeting, until
from .screen_cells import lines

SIZE = (120, 36)
TODAY = dt.date(2026, 11, 30)
MakeApp = Callable[..., IEPWizardApp]


async def test_ctrl_s_saves_the_journal_entry_from_the_date_box(make_app: MakeApp,
                                                                store: Store) -> None:
    child = store.add_child("Sam")
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "j", JournalScreen)
        await pilot.press(*"Bus late")
        date_box = screen.query_one("#journal-date", LineInput)
        date_box.focus()
        date_box.value = ""
        await pilot.press(*"11/2/2026")
        await settled(pilot)
        footer = lines(app.export_screenshot(), *app.size)[-1]
        assert "^s Save" in footer, footer
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(store.journal(child.id)) == 1, "the entry saved")
        assert screen.query_one("#journal-text", SaveArea).text == ""
    [entry] = store.journal(child.id)
    assert (entry.date, entry.text) == ("2026-11-02", "Bus late")


def _footer(app: IEPWizardApp) -> str:
    return lines(app.export_screenshot(), *app.size)[-1]


async def test_the_contact_log_offers_delete_only_on_its_list(make_app: MakeApp,
                                                              store: Store) -> None:
    child = store.add_child("Sam")
    store.add_contact(child.id, "2026-10-01", "Ms. Carter", "email", "Asked for a meeting")
    store.add_contact(child.id, "2026-10-05", "Mr. Lee", "phone", "Called back")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "c", ContactsScreen)
        listing = screen.query_one("#records", OptionList)
        for field in ("#contact-who", "#contact-direction", "#contact-how", "#contact-add"):
            screen.query_one(field).focus()
            await settled(pilot)
            assert "del Delete" not in _footer(app), (field, _footer(app))
        listing.focus()
        await settled(pilot)
        assert "del Delete" in _footer(app)
        # F2 from the form corrects the highlighted entry; the focus goes back to the list,
        # on the entry corrected, and Delete works there at once
        listing.highlighted = 0
        screen.query_one("#contact-who").focus()
        await settled(pilot)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, EditContactDialog), "the dialog")
        app.screen.query_one("#edit-who", LineInput).value = "Mme Carter"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen, "back on the log")
        await until(pilot, lambda: store.contacts(child.id)[0].who == "Mme Carter", "saved")
        await until(pilot, lambda: listing.has_focus, "the list focused")
        assert listing.highlighted == 0
        await settled(pilot)
        assert "del Delete" in _footer(app)
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen) and "Mme Carter" in confirm.question


async def test_the_settings_messages_name_the_settings_plainly(make_app: MakeApp,
                                                               store: Store) -> None:
    child = store.add_child("Sam")
    rules = load_rules(CONTENT_DIR)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, DatesScreen), "the Dates screen")
        screen = app.screen
        await setting_typed(pilot, screen, "school-year-start", "45 school days")
        error = screen.query_one("#setting-error", Static)
        await until(pilot, lambda: "Not saved" in str(error.render()), "refused")
        assert str(error.render()) == (
            'Not saved: "First day of the school year" is a month and day like 07-01 '
            "(July 1), not '45 school days'.")
        await setting_typed(pilot, screen, "evaluation-days", "45 school days")
        await until(pilot, lambda: store.date_settings(child.id, rules).counts != {}, "saved")
        status = screen.query_one("#dates-status", Static)
        await until(pilot, lambda: "Saved" in str(status.render()), "said")
        assert str(status.render()) == (
            'Saved "Time to finish the first evaluation (IEP track), from the school receiving '
            'your consent"; every deadline that depends on it is counted again.')
        shown = str(error.render()) + str(status.render())
        assert "evaluation-days" not in shown and "school-year-start" not in shown


def test_the_command_line_names_a_setting_as_it_was_typed() -> None:
    """`dates --setting NAME=VALUE`: the message names NAME, what the parent typed."""
    from iepwizard.core.date_settings import setting_label

    rules = load_rules(CONTENT_DIR)
    with pytest.raises(SettingError, match=r"^school-year-start is a month and day"):
        apply_settings(Settings(), rules, ["school-year-start=45 school days"])
    with pytest.raises(SettingError, match=r"^evaluation-days is a number"):
        apply_settings(Settings(), rules, ["evaluation-days=soon"])
    assert setting_label(rules, "school-year-start") == "First day of the school year"
    assert setting_label(rules, "evaluation-days").startswith("Time to finish the first")


async def test_a_meeting_just_ended_is_not_offered_as_continue(make_app: MakeApp,
                                                               store: Store) -> None:
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        meeting = await start_meeting(pilot, app)
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked to end")
        await pilot.click("#yes")
        await until(pilot, lambda: not isinstance(app.screen, (ConfirmScreen, MeetingScreen)),
                    "ended")
        await until(pilot, lambda: all(m.ended for m in store.meetings(child.id)), "stored")
        dialog = await open_by_key(pilot, "m", NewMeetingScreen)
        await settled(pilot)
        assert not dialog.query("#continue")
        assert app.focused is dialog.query_one("#meeting-date")
        heading = " ".join(str(s.render()) for s in dialog.query(Static))
        assert "Continue" not in heading and "Reopen an earlier meeting" in heading
        # reopening it is deliberate: chosen from the list of earlier meetings
        earlier = dialog.query_one("#earlier-meetings", OptionList)
        assert earlier.get_option_at_index(0).id == meeting.meeting.id
        # a meeting still open is offered as "Continue"
        await pilot.press("escape")
        store.add_meeting(child.id, "2026-12-01", "IEP", "Follow-up")
        dialog = await open_by_key(pilot, "m", NewMeetingScreen)
        assert "Follow-up" in str(dialog.query_one("#continue", Button).label)


async def test_a_journal_entry_cannot_be_dated_in_the_future(make_app: MakeApp,
                                                             store: Store) -> None:
    """Neither a new entry nor one corrected with F2: the same words for both."""
    child = store.add_child("Sam")
    store.add_journal(child.id, "2026-11-02", "Homework two hours")
    app = make_app()
    app.today = lambda: TODAY
    refused = ("December 25, 2026 has not come yet: a journal entry is dated the day you saw "
               "what it says.")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "j", JournalScreen)
        screen.query_one("#journal-date", LineInput).value = "Dec 25 2026"
        screen.query_one("#journal-text", SaveArea).focus()
        await pilot.press(*"Made cookies", "ctrl+s")
        error = screen.query_one("#records-error", Static)
        await until(pilot, lambda: str(error.render()) == refused, "the new entry refused")
        assert screen.query_one("#journal-text", SaveArea).text == "Made cookies"
        dialog = await correction_refused(pilot, screen, EditJournalDialog, refused)
        dialog.query_one("#edit-date", LineInput).value = "Nov 30 2026"  # today is fine
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen, "back on the journal")
        await until(pilot, lambda: store.journal(child.id)[0].date == "2026-11-30", "saved")
    assert [j.date for j in store.journal(child.id)] == ["2026-11-30"]


async def correction_refused(pilot: Pilot[Any], screen: Screen[None],
                             dialog_type: type[Dialog[Any]], refused: str) -> Dialog[Any]:
    """F2 on the first entry of the list, a date in the future typed, ctrl+s: refused with
    `refused`, the dialog still open (returned)."""
    listing = screen.query_one("#records", OptionList)
    listing.focus()
    listing.highlighted = 0
    await pilot.press("f2")
    await until(pilot, lambda: isinstance(pilot.app.screen, dialog_type), "the dialog")
    dialog = pilot.app.screen
    assert isinstance(dialog, dialog_type)
    dialog.query_one("#edit-date", LineInput).value = "Dec 25 2026"
    await pilot.press("ctrl+s")
    shown = dialog.query_one("#dialog-error", Static)
    await until(pilot, lambda: str(shown.render()) == refused, "the correction refused")
    assert pilot.app.screen is dialog
    return dialog


async def test_a_contact_cannot_be_logged_in_the_future(make_app: MakeApp,
                                                        store: Store) -> None:
    """As the journal: a contact is dated the day it happened, in the form and in F2 (a
    future date is a slip of the keys); what was typed goes back into the form."""
    child = store.add_child("Sam")
    store.add_contact(child.id, "2026-10-01", "Ms. Carter", "email", "Asked for a meeting")
    app = make_app()
    app.today = lambda: TODAY
    refused = ("December 25, 2026 has not come yet: a contact is logged with the day it "
               "happened.")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "c", ContactsScreen)
        screen.query_one("#contact-date", LineInput).value = "Dec 25 2026"
        screen.query_one("#contact-who", LineInput).value = "Mr. Żak"
        screen.query_one("#contact-summary", LineInput).value = "Called about the bus"
        await pilot.press("ctrl+s")
        error = screen.query_one("#records-error", Static)
        await until(pilot, lambda: str(error.render()) == refused, "the new contact refused")
        assert screen.query_one("#contact-summary", LineInput).value == "Called about the bus"
        await correction_refused(pilot, screen, EditContactDialog, refused)
    assert [c.date for c in store.contacts(child.id)] == ["2026-10-01"]
