"""Meeting mode, questions, journal, contact log and search in Pilot, against a real store."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, OptionList, Select, TextArea

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.meeting import MeetingScreen
from iepwizard.screens.new_meeting import NewMeetingScreen
from iepwizard.screens.questions import QuestionsScreen
from iepwizard.widgets.note_list import NoteList

from .helpers import child_id, settled

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
NASTY = "[bold]not markup[/] [/] \x1b[31mred\x1b[0m 👩‍👧 مريم  " + "x" * 3000


async def start_meeting(pilot: object, app: IEPWizardApp) -> MeetingScreen:
    await settled(pilot)  # type: ignore[arg-type]
    await pilot.press("m")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, NewMeetingScreen)
    app.screen.query_one("#meeting-attendees", Input).value = "case manager, teacher"
    await pilot.click("#start")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, MeetingScreen)
    return app.screen


async def type_note(pilot: object, screen: MeetingScreen, text: str) -> None:
    screen.note_input.value = text
    await pilot.press("enter")  # type: ignore[attr-defined]


async def test_notes_marks_and_saved_ticks(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await type_note(pilot, screen, "We started at 3:05")
        await type_note(pilot, screen, "! Reading support 30 minutes a day")
        await type_note(pilot, screen, "> Ms. Carter: send the final IEP by December 19")
        await pilot.press("ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r")  # -> concern
        await type_note(pilot, screen, "Homework load is too heavy")
        await pilot.press(*"=")
        assert screen.note_input.value == "= So you're saying ___. Is that right?"
        await pilot.press("enter")
        await pilot.pause(0.2)
        notes = screen.query_one(NoteList)
        assert notes.option_count == 5
        assert all("✓" in str(notes.get_option_at_index(i).prompt) for i in range(5))
    meeting = store.meetings(child_id(store, "Sam"))[0]
    assert meeting.attendees == ("case manager", "teacher")
    entries = store.entries(meeting.id)
    assert [e.mark for e in entries] == ["", "decision", "action", "concern", "repeat"]
    assert entries[1].text == "Reading support 30 minutes a day"
    assert entries[4].text == "So you're saying ___. Is that right?"


async def test_pasted_markup_and_escapes_are_kept_exactly(make_app: MakeApp,
                                                          store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await type_note(pilot, screen, NASTY)
        await type_note(pilot, screen, "y" * 1_000_000)
        await pilot.pause(0.3)
        shown = str(screen.query_one(NoteList).get_option_at_index(0).prompt)
        assert "[bold]not markup[/] [/]" in shown
        assert "\x1b" not in shown and "␛[31mred" in shown
        assert "more characters, all saved" in shown
    meeting = store.meetings(child_id(store, "Sam"))[0]
    texts = [e.text for e in store.entries(meeting.id)]
    assert texts == [NASTY.strip(), "y" * 1_000_000]


async def test_correct_and_delete_a_note(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await type_note(pilot, screen, "Speach therapy twice a week")
        await type_note(pilot, screen, "A note to delete")
        await pilot.pause()
        notes = screen.query_one(NoteList)
        notes.focus()
        notes.highlighted = 0
        await pilot.press("f2")
        assert screen.note_input.value == "Speach therapy twice a week"
        screen.note_input.value = "! Speech therapy twice a week"
        await pilot.press("enter")
        await pilot.pause()
        notes.focus()
        notes.highlighted = 1
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause(0.2)
        assert notes.option_count == 1
    meeting = store.meetings(child_id(store, "Sam"))[0]
    [entry] = store.entries(meeting.id)
    assert (entry.text, entry.mark) == ("Speech therapy twice a week", "decision")
    assert entry.edited


async def test_questions_prepared_then_ticked_with_answers(make_app: MakeApp,
                                                           store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuestionsScreen)
        await pilot.press(*"Who is the case manager?", "enter")
        await pilot.press(*"Can we get the draft early?", "enter")
        listing = app.screen.query_one("#question-list", OptionList)
        assert listing.option_count == 4  # two of ours, two closing questions
        listing.focus()
        listing.highlighted = 1
        await pilot.press("ctrl+up")
        await pilot.pause()
        await pilot.press("escape")
        screen = await start_meeting(pilot, app)
        questions = screen.query_one("#questions", OptionList)
        assert "Can we get the draft early?" in str(questions.get_option_at_index(0).prompt)
        assert "track whether these supports" in str(questions.get_option_at_index(2).prompt)
        questions.focus()
        questions.highlighted = 2
        await pilot.press("enter")
        await pilot.press(*"Weekly reading probes, shared monthly", "enter")
        await pilot.pause(0.2)
        assert str(questions.get_option_at_index(2).prompt).startswith("☑")
    child = store.find_child("Sam")
    assert child is not None
    track = next(q for q in store.questions(child.id) if q.id == "closing-track")
    assert track.asked and track.answer == "Weekly reading probes, shared monthly"
    meeting = store.meetings(child.id)[0]
    [entry] = store.entries(meeting.id)
    assert entry.mark == "question" and "Weekly reading probes" in entry.text


async def test_draft_survives_leaving(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"half a tho")
        await pilot.pause(1.3)
        meeting = store.meetings(child_id(store, "Sam"))[0]
        assert store.draft(child_id(store), f"meeting:{meeting.id}") == "half a tho"
        await pilot.press(*"ught")
        await pilot.press("escape")
        await pilot.pause()
        assert store.draft(child_id(store), f"meeting:{meeting.id}") == "half a thought"
        await pilot.press("m")
        await pilot.pause()
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.note_input.value == "half a thought"
        del screen


async def test_journal_contacts_and_search(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("j")
        await pilot.pause()
        app.screen.query_one("#journal-text", TextArea).text = "Homework took two hours 😢"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.query_one("#journal-list", OptionList).option_count == 1
        await pilot.press("escape", "c")
        await pilot.pause()
        app.screen.query_one("#contact-direction", Select).value = "from school"
        app.screen.query_one("#contact-who", Input).value = "Ms. Carter"
        app.screen.query_one("#contact-summary", Input).focus()
        await pilot.press(*"Called back about homework", "enter")
        await pilot.pause()
        await pilot.press("escape", "ctrl+f")
        await pilot.pause()
        await pilot.press(*"homework")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert results.option_count == 2
    child = store.find_child("Sam")
    assert child is not None
    [contact] = store.contacts(child.id)
    assert contact.direction == "from school" and contact.who == "Ms. Carter"
    assert store.journal(child.id)[0].text == "Homework took two hours 😢"


async def test_an_earlier_meeting_can_be_reopened(make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    first = store.add_meeting(child.id, "2026-09-01", "504", "First look")
    store.add_entry(first.id, "The 504 plan was written")
    store.add_meeting(child.id, "2026-12-01", "IEP")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await pilot.pause()
        earlier = app.screen.query_one("#earlier-meetings", OptionList)
        assert "2026-09-01 · 504 · First look" in str(earlier.get_option_at_index(0).prompt)
        earlier.focus()
        earlier.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.meeting_id == first.id
        notes = app.screen.query_one(NoteList)
        assert "The 504 plan was written" in str(notes.get_option_at_index(0).prompt)
