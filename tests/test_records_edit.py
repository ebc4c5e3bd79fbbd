"""Correcting what was typed in the journal and the contact log: the journal's date goes back
to today after a save (and the date given is said), entries are corrected with F2 and contact
entries deleted, through the store, on a real store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from textual import events
from textual.binding import Binding
from textual.widgets import OptionList, Select

from iepwizard import keys
from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.contacts import ContactsScreen
from iepwizard.screens.journal import JournalScreen
from iepwizard.screens.record_dialogs import EditContactDialog, EditJournalDialog
from iepwizard.widgets.burst import BurstArea, LineInput, SaveArea

from .helpers import Notifications, burst, open_by_key, settled, typed, until
from .screen_cells import lines

SIZE = (120, 36)
TODAY = dt.date(2026, 11, 30)
MakeApp = Callable[..., IEPWizardApp]


def test_a_journal_entry_is_corrected_in_the_store(store: Store) -> None:
    child = store.add_child("Zoë")
    store.add_journal(child.id, "2026-09-03", "Fatigué après l'école")
    [entry] = store.journal(child.id)
    store.update_journal(child.id, entry.doc_id, "2026-11-02", "Tired — fatiguée, 😢")
    assert store.flush(10.0)
    [corrected] = store.journal(child.id)
    assert (corrected.date, corrected.text) == ("2026-11-02", "Tired — fatiguée, 😢")
    assert corrected.created == entry.created and corrected.doc_id == entry.doc_id
    with pytest.raises(ValueError):
        store.update_journal(child.id, entry.doc_id, "not a date", "x")


def test_a_contact_is_corrected_and_deleted_in_the_store(store: Store) -> None:
    child = store.add_child("Zoë")
    store.add_contact(child.id, "2026-10-01", "Ms. Núñez", "email", "Asked for an evaluation",
                      letter_id="evaluation-request", subject="Request for evaluation")
    store.add_contact(child.id, "2026-10-05", "Mr. Lee", "phone", "wrong entry")
    letter, wrong = store.contacts(child.id)
    store.update_contact(child.id, letter.doc_id, date="2026-10-02", who="Mme Núñez",
                         summary="Demandé une évaluation", direction="to school")
    with pytest.raises(ValueError):
        store.update_contact(child.id, letter.doc_id, letter_id="")
    store.delete_contact(child.id, wrong.doc_id)
    assert store.flush(10.0)
    [kept] = store.contacts(child.id)
    assert (kept.date, kept.who, kept.summary, kept.how) == (
        "2026-10-02", "Mme Núñez", "Demandé une évaluation", "email")
    assert kept.letter_id == "evaluation-request" and kept.created == letter.created


async def test_the_journal_date_goes_back_to_today_after_a_save(make_app: MakeApp,
                                                                store: Store) -> None:
    child = store.add_child("Sam")
    notes = Notifications()
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
        screen = await open_by_key(pilot, "j", JournalScreen)
        date_box = screen.query_one("#journal-date", LineInput)
        date_box.value = "9/3/2026"
        area = screen.query_one("#journal-text", SaveArea)
        area.focus()
        await pilot.press(*"Bus late, très fatigué", "ctrl+s")
        await until(pilot, lambda: len(store.journal(child.id)) == 1, "the entry saved")
        await until(pilot, lambda: date_box.value == TODAY.isoformat(), "the date back")
        assert any("dated September 3, 2026" in str(n.message) for n in notes.seen)
        await pilot.press(*"Good day", "ctrl+s")
        await until(pilot, lambda: len(store.journal(child.id)) == 2, "the second entry")
    assert [(j.date, j.text) for j in store.journal(child.id)] == [
        ("2026-09-03", "Bus late, très fatigué"), (TODAY.isoformat(), "Good day")]


async def test_a_journal_entry_is_corrected_with_f2(make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    store.add_journal(child.id, "2026-09-03", "Homwork two hours")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "j", JournalScreen)
        screen.query_one("#records", OptionList).focus()
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, EditJournalDialog), "the dialog")
        dialog = app.screen
        dialog.query_one("#edit-date", LineInput).value = "November 2, 2026"
        area = dialog.query_one("#edit-text", BurstArea)
        area.text = "Homework two hours"
        area.move_cursor(area.document.end)
        # typed and saved in one burst: ctrl+s reads what was typed before it
        burst(app, *typed(", en pleurs"), events.Key("ctrl+s", None))
        await until(pilot, lambda: app.screen is screen, "back on the journal")
    [entry] = store.journal(child.id)
    assert (entry.date, entry.text) == ("2026-11-02", "Homework two hours, en pleurs")


async def test_a_contact_is_corrected_and_deleted_on_the_list(make_app: MakeApp,
                                                              store: Store) -> None:
    child = store.add_child("Sam")
    store.add_contact(child.id, "2026-10-01", "Ms. Carter", "fax", "Sent the request",
                      letter_id="evaluation-request", subject="Request for evaluation")
    store.add_contact(child.id, "2026-10-05", "Mr. Lee", "phone", "wrong entry")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "c", ContactsScreen)
        listing = screen.query_one("#records", OptionList)
        listing.focus()
        listing.highlighted = 0  # the letter marked as sent (by fax, not on the form's list)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, EditContactDialog), "the dialog")
        dialog = app.screen
        assert dialog.query_one("#edit-how", Select).value == "fax"
        dialog.query_one("#edit-who", LineInput).value = "Mme Carter"
        dialog.query_one("#edit-who", LineInput).focus()
        burst(app, *typed("-Núñez"), events.Key("ctrl+s", None))
        await until(pilot, lambda: app.screen is screen, "back on the log")
        await until(pilot, lambda: store.contacts(child.id)[0].who == "Mme Carter-Núñez",
                    "corrected")
        assert listing.highlighted == 0  # the entry corrected stays highlighted
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen) and "not sent" in confirm.question
        await pilot.click("#cancel")
        await until(pilot, lambda: app.screen is screen, "kept")
        listing.highlighted = 1
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        await pilot.click("#yes")
        await until(pilot, lambda: len(store.contacts(child.id)) == 1, "deleted")
    [kept] = store.contacts(child.id)
    assert (kept.who, kept.how, kept.letter_id) == ("Mme Carter-Núñez", "fax",
                                                    "evaluation-request")


def test_the_contact_log_keys_say_delete_and_edit() -> None:
    rows = dict(keys.help_rows(keys.CONTACTS))
    assert "delete" in rows and "F2" in rows
    shown = {b.key for b in keys.bindings(keys.CONTACTS) if isinstance(b, Binding) and b.show}
    assert {"delete", "f2"} <= shown


async def test_the_contact_log_footer_fits_at_80_columns(make_app: MakeApp,
                                                         store: Store) -> None:
    """With the list focused, Delete and F2 join the footer, and Help still fits."""
    store.add_contact(store.add_child("Sam").id, "2026-10-05", "Mr. Lee", "phone", "x")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_by_key(pilot, "c", ContactsScreen)
        screen.query_one("#records", OptionList).focus()
        await settled(pilot)
        footer = lines(app.export_screenshot(), *app.size)[-1]
        assert all(key in footer for key in ("del Delete", "f2 Edit", "f1 Help")), footer
