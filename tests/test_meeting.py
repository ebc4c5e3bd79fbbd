"""Meeting mode in Pilot, against a real store: every Enter is a note at any speed, pastes,
marks, drafts that survive Escape and leaving, answers, corrections, ending a meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.events import Paste
from textual.message import Message
from textual.widgets import OptionList
from textual.worker import Worker, WorkerState

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.meeting import MeetingScreen, page_size
from iepwizard.screens.new_meeting import NewMeetingScreen
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.note_list import NoteList

from .helpers import burst, child_id, settled, start_meeting, typed, until, until_in_meeting

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
NASTY = "[bold]not markup[/] [/] \x1b[31mred\x1b[0m 👩‍👧 مريم  " + "x" * 3000


def saved_count(screen: MeetingScreen) -> int:
    notes = screen.query_one(NoteList)
    return sum("✓" in notes.item_text(i) for i in range(notes.item_count))


async def test_notes_marks_and_saved_ticks(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app, "case manager, teacher")
        await pilot.press(*"We started at 3:05", "enter")
        await pilot.press(*"! Reading support 30 minutes a day", "enter")
        await pilot.press(*"> Ms. Carter: send the final IEP by December 19", "enter")
        await pilot.press("ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r")  # -> concern
        await pilot.press(*"Homework load is too heavy", "enter")
        await pilot.press(*"= she gets help daily", "enter")
        await until(pilot, lambda: saved_count(screen) == 5, "five notes shown as saved")
    meeting = store.meetings(child_id(store))[0]
    assert meeting.attendees == ("case manager", "teacher")
    entries = store.entries(meeting.id)
    assert [e.mark for e in entries] == ["", "decision", "action", "concern", "repeat"]
    assert entries[1].text == "Reading support 30 minutes a day"
    assert entries[4].text == "So you're saying she gets help daily. Is that right?"


async def test_a_burst_is_cut_at_every_enter(make_app: MakeApp, store: Store) -> None:
    """Keys sent at once (a paste without bracketed paste, a macro): each Enter ends a note."""
    lines = ["! Maya is eligible for an IEP under SLD", "QUESTION What reading program?",
             "> Ms. Shah: send the draft IEP by Dec 19", "= she gets help daily",
             "plain one", "* too much homework"]
    keys = [k for line in lines for k in (*line, "enter")]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*keys, *"tail")
        await until(pilot, lambda: saved_count(screen) == len(lines), "every note saved")
        assert screen.note_input.value == "tail"
    entries = store.entries(store.meetings(child_id(store))[0].id)
    assert [(e.mark, e.text) for e in entries] == [
        ("decision", "Maya is eligible for an IEP under SLD"),
        ("", "QUESTION What reading program?"),
        ("action", "Ms. Shah: send the draft IEP by Dec 19"),
        ("repeat", "So you're saying she gets help daily. Is that right?"),
        ("", "plain one"), ("concern", "too much homework")]


async def test_a_multi_line_paste_is_one_note_per_line(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"from before ")
        await pilot.press("ctrl+r")  # decision for the lines without a mark of their own
        app.post_message(Paste("first line\n\n> Bo: call\nlast line\n"))
        await until(pilot, lambda: saved_count(screen) == 3, "three notes")
        assert screen.note_input.value == ""  # nothing of the paste left in the line
        app.post_message(Paste("one pasted line"))  # a one-line paste: in the line, once
        await until(pilot, lambda: screen.note_input.value == "one pasted line", "the paste")
        await pilot.press(*" and typed", "enter")
        await until(pilot, lambda: saved_count(screen) == 4, "four notes")
    entries = store.entries(store.meetings(child_id(store))[0].id)
    assert [(e.mark, e.text) for e in entries] == [
        ("decision", "from before first line"), ("action", "Bo: call"),
        ("decision", "last line"), ("", "one pasted line and typed")]


async def test_pasted_markup_and_escapes_are_kept_exactly(make_app: MakeApp,
                                                          store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        for text in (NASTY, "  spaces kept  ", "y" * 1_000_000):
            screen.note_input.value = text
            await pilot.press("enter")
        await until(pilot, lambda: saved_count(screen) == 3, "three notes saved")
        shown = screen.query_one(NoteList).item_text(0)
        assert "[bold]not markup[/] [/]" in shown
        assert "\x1b" not in shown and "␛[31mred" in shown
        assert "more characters, all saved" in shown
    texts = [e.text for e in store.entries(store.meetings(child_id(store))[0].id)]
    assert texts == [NASTY, "  spaces kept  ", "y" * 1_000_000]


async def test_correct_and_delete_a_note_with_undo(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"half typed")
        await pilot.press("escape")  # nothing being edited: back to the guide
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "back at the guide")
        screen = await start_meeting(pilot, app)
        assert screen.note_input.value == "half typed"
        assert screen.note_input.selection.is_empty
        screen.note_input.value = ""
        await pilot.press(*"Speach therapy twice a week", "enter", *"A note to delete", "enter")
        await until(pilot, lambda: saved_count(screen) == 2, "two notes")
        await pilot.press(*"unsent words")
        notes = screen.query_one(NoteList)
        notes.focus()
        notes.highlighted = 0
        await pilot.press("f2")
        assert screen.note_input.value == "Speach therapy twice a week"
        await pilot.press("escape")  # unchanged: stops correcting, the unsent words come back
        await until(pilot, lambda: screen.note_input.value == "unsent words", "line restored")
        notes.focus()
        notes.highlighted = 0
        await pilot.press("f2")
        screen.note_input.value = "! Speech therapy twice a week"
        await pilot.press("enter")
        await until(pilot, lambda: screen.editing is None, "the correction saved")
        assert screen.note_input.value == "unsent words"
        notes.focus()
        notes.highlighted = 1
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        await pilot.click("#yes")
        await until(pilot, lambda: notes.item_count == 1, "the note deleted")
        await pilot.press("ctrl+z")
        await until(pilot, lambda: screen.query_one(NoteList).item_count == 2, "undone")
    entries = store.entries(store.meetings(child_id(store))[0].id)
    assert [(e.text, e.mark) for e in entries] == [
        ("Speech therapy twice a week", "decision"), ("A note to delete", "")]
    assert entries[0].edited


async def test_questions_prepared_then_ticked_with_answers(make_app: MakeApp,
                                                           store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("q")
        await until(pilot, lambda: app.screen.query("#question-input"), "the questions")
        await pilot.press(*"Who is the case manager?", "enter", *"Can we get the draft early?",
                          "enter")
        listing = app.screen.query_one("#records", OptionList)
        await until(pilot, lambda: listing.option_count == 4, "two questions and two closing")
        listing.focus()
        listing.highlighted = 1
        await pilot.press("ctrl+up")
        await pilot.press("escape")
        screen = await start_meeting(pilot, app)
        questions = screen.query_one("#questions", OptionList)
        assert "Can we get the draft early?" in str(questions.get_option_at_index(0).prompt)
        await pilot.press("ctrl+a")
        assert questions.has_focus and questions.highlighted == 0
        questions.highlighted = 2
        await pilot.press("enter", *"Weekly reading", "escape")  # kept for later
        assert questions.has_focus and isinstance(app.screen, MeetingScreen)
        await pilot.press("enter")
        answer = screen.query_one("#answer-input", LineInput)
        assert answer.value == "Weekly reading"
        await pilot.press(*" probes, shared monthly", "enter")
        await until(pilot, lambda: str(questions.get_option_at_index(2).prompt)
                    .startswith("[x]"), "the question ticked")
    child = child_id(store)
    track = next(q for q in store.questions(child) if q.id == "closing-track")
    assert track.asked and track.answer == "Weekly reading probes, shared monthly"
    [entry] = store.entries(store.meetings(child)[0].id)
    assert entry.mark == "question" and "Weekly reading probes" in entry.text
    assert store.draft(child, "answer:closing-track") == ""


async def test_draft_survives_leaving_and_a_meeting_ends_explicitly(make_app: MakeApp,
                                                                   store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"half a tho")
        meeting = store.meetings(child_id(store))[0]
        key = f"meeting:{meeting.id}"
        await until(pilot, lambda: store.draft(child_id(store), key) == "half a tho",
                    "the draft kept within a second")
        await pilot.press(*"ught", "escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "back at the guide")
        assert store.draft(child_id(store), key) == "half a thought"
        assert store.open_meeting(child_id(store)) is not None
        screen = await start_meeting(pilot, app)
        assert screen.note_input.value == "half a thought"
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        await pilot.press("escape")  # not yet: still open, and said so
        await until(pilot, lambda: app.screen is screen, "back in the meeting")
        assert store.open_meeting(child_id(store)) is not None
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked again")
        await pilot.press("enter")  # Enter takes the action asked for: end it
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "meeting ended")
    assert store.open_meeting(child_id(store)) is None
    # the line left typed is a note of the meeting ended, not a draft of it (test_meeting_end)
    assert [e.text for e in store.entries(meeting.id)] == ["half a thought"]
    assert store.draft(child_id(store), key) == ""


async def test_an_open_meeting_is_offered_on_the_next_start(make_app: MakeApp,
                                                            store: Store) -> None:
    child = store.add_child("Sam")
    meeting = store.add_meeting(child.id, "2026-12-01", "IEP")
    store.add_entries(meeting.id, [(f"note {n}", "") for n in range(300)])
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # (the offer is on the stack before its buttons are mounted: query, not query_one)
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen) and any(
            button.region.area for button in app.screen.query("#yes")), "the offer, laid out")
        offer = app.screen
        assert isinstance(offer, ConfirmScreen)
        assert "was not closed" in str(offer.question)
        await pilot.click("#yes")
        await until_in_meeting(pilot, app, "the meeting")
        notes = app.screen.query_one(NoteList)
        page = page_size(SIZE[1])
        assert notes.size.height < page  # the first page fills the list
        assert "note 299" in notes.item_text(notes.highlighted or 0)
        assert f"{300 - page} earlier notes" in notes.item_text(0)
        assert notes.item_count == page + 1
        notes.focus()
        notes.highlighted = 0
        await pilot.press("enter")
        await until(pilot, lambda: notes.item_count == 2 * page + 1, "a page more shown")
        assert f"{300 - 2 * page} earlier notes" in notes.item_text(0)


async def test_an_earlier_meeting_can_be_reopened(make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    first = store.add_meeting(child.id, "2026-09-01", "504", "First look")
    store.add_entry(first.id, "The 504 plan was written")
    store.end_meeting(child.id, first.id)
    second = store.add_meeting(child.id, "2026-12-01", "IEP")
    store.end_meeting(child.id, second.id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await until(pilot, lambda: app.screen.query("#earlier-meetings"), "the dialog")
        assert not app.screen.query("#continue")  # both ended: none is "Continue"
        earlier = app.screen.query_one("#earlier-meetings", OptionList)
        assert "December 1, 2026 · IEP" in str(earlier.get_option_at_index(0).prompt)
        assert "September 1, 2026 · 504 · First look" in str(earlier.get_option_at_index(1).prompt)
        earlier.focus()
        earlier.highlighted = 1
        await pilot.press("enter")
        await until_in_meeting(pilot, app, "meeting mode")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        assert meeting.meeting.id == first.id
        notes = app.screen.query_one(NoteList)
        assert "The 504 plan was written" in notes.item_text(0)


async def test_the_meeting_is_read_while_the_parent_chooses(data_dir: Path, store: Store,
                                                           content: Content) -> None:
    """Opening meeting mode reads the meeting "Continue" opens in the background: once read,
    it opens from memory (here its files are moved away before Continue is pressed)."""
    child = store.add_child("Sam").id
    meeting = store.add_meeting(child, "2026-11-20", "IEP")
    store.add_entries(meeting.id, [(f"note {n}", "") for n in range(30)])[1].result()
    store.end_meeting(child, meeting.id).result()  # (an open one is offered at start)
    store.close()
    fresh = Store.open(data_dir)
    app = IEPWizardApp(store=fresh, content=content, child_name="Sam")
    read: list[bool] = []

    def hook(message: Message) -> None:
        if isinstance(message, Worker.StateChanged) and message.worker.group == \
                "ready-meeting" and message.state == WorkerState.SUCCESS:
            read.append(True)
    try:
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settled(pilot)
            # open again once the app is up (only an open meeting is "Continue"; left open,
            # it would have been offered, and read, at start)
            fresh.update_meeting(child, meeting.id, ended="")
            await pilot.press("m")
            await until(pilot, lambda: isinstance(app.screen, NewMeetingScreen), "the dialog")
            await until(pilot, lambda: read, "the meeting read")
            aside = data_dir.parent / "aside"
            aside.mkdir()
            for path in data_dir.rglob(f"*{meeting.id}*"):
                path.rename(aside / path.name)
            await pilot.click("#continue")
            await until_in_meeting(pilot, app, "meeting mode")
            notes = app.screen.query_one(NoteList)
            await until(pilot, lambda: "note 29" in notes.item_text(
                notes.item_count - 1), "the last note")
    finally:
        fresh.close()


async def test_the_offer_at_start_reads_the_meeting_while_it_shows(make_app: MakeApp,
                                                                   store: Store) -> None:
    """The offer at start-up ("was not closed") readies the meeting as meeting mode's dialog
    does: its screen's code loaded while the parent reads. Before, Continue waited on that
    (about 60 ms, more on a busy machine): a long meeting's open took 1.8x an empty one's."""
    child = store.add_child("Sam")
    meeting = store.add_meeting(child.id, "2026-12-01", "IEP")
    store.add_entries(meeting.id, [(f"note {n}", "") for n in range(30)])[1].result()
    read: list[bool] = []

    def hook(message: Message) -> None:
        if isinstance(message, Worker.StateChanged) and message.worker.group == \
                "ready-meeting" and message.state == WorkerState.SUCCESS:
            read.append(isinstance(message.worker.node.screen, ConfirmScreen))
    app = make_app()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the offer")
        await until(pilot, lambda: read, "the meeting readied")
        assert read == [True]  # (while the offer showed)


async def test_meeting_titles_in_the_dialog_are_never_markup(make_app: MakeApp,
                                                             store: Store) -> None:
    """The titles are the parent's text: "[/]" or an escape code is shown, never read."""
    from textual.widgets import Button

    child = store.add_child("Sam")
    first = store.add_meeting(child.id, "2026-09-01", "IEP", "[/]first [b]look")
    store.end_meeting(child.id, first.id).result()
    store.add_meeting(child.id, "2026-12-01", "IEP", "\x1b[31mred [/]")  # open: "Continue"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await until(pilot, lambda: app.screen.query("#earlier-meetings"), "the dialog")
        await settled(pilot)  # drawn without a markup error
        earlier = app.screen.query_one("#earlier-meetings", OptionList)
        assert "[/]first [b]look" in str(earlier.get_option_at_index(0).prompt)
        label = str(app.screen.query_one("#continue", Button).label)
        assert "␛[31mred [/]" in label and "\x1b" not in label


async def test_after_an_answer_typing_is_a_note_again(make_app: MakeApp, store: Store) -> None:
    """Enter on an answer puts the cursor back on the note line: the note typed next is kept
    (it was typed into the questions list and lost). A character typed while a list has the
    focus goes to the note line too, and "t" there is text, not the contrast key."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press("ctrl+a", "enter", *"Monthly reports", "enter")
        note = screen.note_input
        assert note.has_focus
        await pilot.press(*"note after answer", "enter")
        await pilot.press("ctrl+a", "enter", "escape")  # the answer kept for later: on the list
        questions = screen.query_one("#questions", OptionList)
        assert questions.has_focus
        theme = app.theme
        await pilot.press(*"the teacher agreed", "enter")
        assert app.theme == theme
        child = child_id(store)
        meeting = store.meetings(child)[0]
        await until(pilot, lambda: len(store.entries(meeting.id)) == 3, "three notes saved")
    texts = [entry.text for entry in store.entries(meeting.id)]
    assert texts[1:] == ["note after answer", "the teacher agreed"]
    assert texts[0].endswith("→ Monthly reports")


async def test_correcting_an_answer_replaces_it(make_app: MakeApp, store: Store) -> None:
    """An answered question opens with its answer selected: typing replaces it (typed at its
    end, the new answer ran into the old). Saved again unchanged, it adds no note."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        questions = screen.query_one("#questions", OptionList)
        await pilot.press("ctrl+a", "enter", *"Monthly", "enter")
        await pilot.press("ctrl+a")
        questions.highlighted = 0  # the answered one
        await pilot.press("enter")
        label = str(screen.query_one("#answer-label").render())
        assert label.startswith("Correct the answer to:")
        # (the selection shows only in colour: what typing does is said in words)
        assert "typing replaces the answer given, an arrow key keeps it to edit" in label
        await pilot.press(*"In six weeks", "enter")
        await pilot.press("ctrl+a")
        questions.highlighted = 0
        await pilot.press("enter", "enter")  # opened and saved as it is
        child = child_id(store)
        meeting = store.meetings(child)[0]
        await until(pilot, lambda: len(store.entries(meeting.id)) >= 2, "the notes saved")
        await pilot.pause(0.2)
    question = store.questions(child)[0]
    assert question.answer == "In six weeks"
    notes = [entry.text for entry in store.entries(meeting.id)]
    assert len(notes) == 2 and notes[1].endswith("→ In six weeks"), notes


async def test_an_answer_given_again_in_a_later_meeting_is_noted(make_app: MakeApp,
                                                                store: Store) -> None:
    """The questions carry over from meeting to meeting: the same answer given in a new
    meeting is a note of that meeting (it was skipped as "unchanged")."""
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await start_meeting(pilot, app)
        await pilot.press("ctrl+a", "enter", *"Monthly", "enter")
        first = store.meetings(child.id)[0]
        await until(pilot, lambda: len(store.entries(first.id)) == 1, "noted")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "the guide")
        store.end_meeting(child.id, first.id).result()
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, NewMeetingScreen), "the dialog")
        await pilot.click("#start")
        await until_in_meeting(pilot, app, "a new meeting")
        screen = app.screen
        questions = screen.query_one("#questions", OptionList)
        await pilot.press("ctrl+a")
        questions.highlighted = 0  # answered in the first meeting
        await pilot.press("enter", "enter")  # the same answer, given again
        second = next(m for m in store.meetings(child.id) if m.id != first.id)
        await until(pilot, lambda: len(store.entries(second.id)) == 1, "noted again")
    [entry] = store.entries(second.id)
    assert entry.text.endswith("→ Monthly")


async def test_a_note_typed_in_the_same_burst_as_an_answer_is_kept(make_app: MakeApp,
                                                                    store: Store) -> None:
    """An answer, Enter, then a note and Enter, arriving at once (a text expander, SSH): the
    note went into the answer box after the answer was read, and was lost when it closed."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press("ctrl+a", "enter")
        answer = screen.query_one("#answer-input", LineInput)
        await until(pilot, lambda: answer.has_focus, "the answer box")
        burst(app, *typed("weekly chart\nOT will call\nnext"))
        child = child_id(store)
        meeting = store.meetings(child)[0]
        await until(pilot, lambda: len(store.entries(meeting.id)) == 2, "two notes saved")
        await until(pilot, lambda: screen.note_input.value == "next", "the rest on the line")
        assert answer.disabled and not answer.value
    texts = [entry.text for entry in store.entries(meeting.id)]
    assert texts[0].endswith("→ weekly chart") and texts[1] == "OT will call"
    assert [q.answer for q in store.questions(child) if q.asked] == ["weekly chart"]


async def test_tab_between_words_of_a_note_keeps_them_apart(make_app: MakeApp,
                                                            store: Store) -> None:
    """Tab in the note line goes to the list; the words typed next come back to the line, and
    ran into the last one ("with tabafter tab")."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        await pilot.press(*"with tab", "tab", *"after tab", "enter")
        await pilot.press(*"space ", "tab", *"kept", "enter")
        child = child_id(store)
        meeting = store.meetings(child)[0]
        await until(pilot, lambda: len(store.entries(meeting.id)) == 2, "two notes")
        assert screen.note_input.value == ""
    assert [e.text for e in store.entries(meeting.id)] == ["with tab after tab", "space kept"]
