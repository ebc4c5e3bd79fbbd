"""Ending or leaving a meeting with a line typed and not entered: ending makes it a note (the
end dialog says every note is kept); leaving and quitting keep it as the meeting's draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from iepwizard.app import IEPWizardApp
from iepwizard.core.letter_store import sources
from iepwizard.core.notes import search
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.meeting import MeetingScreen
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.note_list import NoteList

from .helpers import child_id, start_meeting, until, until_in_meeting

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
LINE = "! Bus pick-up moves to 7:40, ça va pour Zoë"


async def _end(pilot: Pilot[Any], app: IEPWizardApp) -> None:
    """F10, and "End the meeting" in the dialog that promises every note is kept."""
    await pilot.press("f10")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
    dialog = app.screen
    assert isinstance(dialog, ConfirmScreen) and "Your notes are all kept" in dialog.question
    await pilot.click("#yes")
    await until(pilot, lambda: isinstance(app.screen, WizardScreen), "meeting ended")


async def test_the_line_typed_is_a_note_when_the_meeting_ends(make_app: MakeApp,
                                                              store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await start_meeting(pilot, app)
        await pilot.press(*LINE)  # no Enter
        await _end(pilot, app)
    child = child_id(store)
    [meeting] = store.meetings(child)
    assert meeting.ended
    [note] = store.entries(meeting.id)
    assert (note.mark, note.text) == ("decision", LINE[2:])
    assert store.draft(child, f"meeting:{meeting.id}") == ""  # not left as a hidden draft
    assert [hit.text for hit in search(store, child, "bus")] == [LINE[2:]]
    summary = sources(store, child, "meeting-summary")
    assert "Bus pick-up moves to 7:40, ça va pour Zoë" in summary.draft["decisions"]


async def test_a_correction_under_way_is_made_and_the_line_put_aside_noted(
        make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"first note", "enter", *"second, half typed")
        notes = screen.query_one(NoteList)
        await until(pilot, lambda: notes.item_count == 1, "the first note listed")
        notes.focus()
        notes.highlighted = 0
        await pilot.press("f2", "end", *" (corrigé)")
        await until(pilot, lambda: screen.note_input.value == "first note (corrigé)",
                    "the correction typed")
        await _end(pilot, app)
    [meeting] = store.meetings(child_id(store))
    assert [e.text for e in store.entries(meeting.id)] == ["first note (corrigé)",
                                                           "second, half typed"]


async def test_leaving_and_quitting_keep_the_line_as_a_draft(make_app: MakeApp,
                                                             store: Store) -> None:
    """Escape and ctrl+q leave the meeting open: the line waits as its draft, back in the
    note line on the next visit."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await start_meeting(pilot, app)
        await pilot.press(*"Zoë: half a", "escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "back at the guide")
        screen = await start_meeting(pilot, app)
        assert screen.note_input.value == "Zoë: half a"
        await pilot.press(*" thought", "ctrl+q")
    child = child_id(store)
    [meeting] = store.meetings(child)
    assert not meeting.ended and not store.entries(meeting.id)
    assert store.draft(child, f"meeting:{meeting.id}") == "Zoë: half a thought"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # (the offer is on the stack before its buttons are mounted: query, not query_one)
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen) and any(
            button.region.area for button in app.screen.query("#yes")), "the offer, laid out")
        await pilot.click("#yes")
        await until_in_meeting(pilot, app, "the meeting")
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.note_input.value == "Zoë: half a thought"


def test_ending_a_meeting_in_the_store_notes_its_line_left_typed(store: Store) -> None:
    child = store.add_child("Zoë")
    meeting = store.add_meeting(child.id, "2026-11-02", "IEP")
    store.add_entries(meeting.id, [("first", "")])
    store.set_draft(child.id, f"meeting:{meeting.id}", "> Zoë's bus pass, by Friday")
    store.end_meeting(child.id, meeting.id)
    assert store.flush(10.0)
    assert [(e.mark, e.text) for e in store.entries(meeting.id)] == [
        ("", "first"), ("action", "Zoë's bus pass, by Friday")]
    assert store.draft(child.id, f"meeting:{meeting.id}") == ""
    assert store.open_meeting(child.id) is None


async def test_end_it_when_a_meeting_left_open_is_offered_notes_its_line(
        make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    meeting = store.add_meeting(child.id, "2026-11-02", "IEP")
    store.set_draft(child.id, f"meeting:{meeting.id}", "the bus at 7:40, ça marche")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen) and any(
            button.region.area for button in app.screen.query("#cancel")), "the offer, laid out")
        await pilot.click("#cancel")  # "End it"
        await until(pilot, lambda: store.open_meeting(child.id) is None, "ended")
    assert [e.text for e in store.entries(meeting.id)] == ["the bus at 7:40, ça marche"]
    assert store.draft(child.id, f"meeting:{meeting.id}") == ""
