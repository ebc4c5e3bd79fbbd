"""The burst-proof boxes (widgets/burst.py) in the app: what a multi-line box draws of a saved
text with escape codes, what a paste puts into a one-line field, and where a paste that comes
right after Tab lands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.widgets import Select, TextArea

from iepwizard.app import IEPWizardApp
from iepwizard.core.records.ieps import MAX_NOTE
from iepwizard.core.store import Store
from iepwizard.screens.journal import DRAFT, JournalScreen
from iepwizard.screens.ledger import LedgerScreen
from iepwizard.screens.letters import LettersScreen
from iepwizard.screens.meeting import MeetingScreen
from iepwizard.screens.new_meeting import NewMeetingScreen
from iepwizard.screens.questions import QuestionsScreen
from iepwizard.widgets.burst import BurstArea, LineInput, SaveArea

from .helpers import (
    burst,
    child_id,
    flushed,
    journal_box,
    line_fed,
    open_by_key,
    settled,
    start_meeting,
    until,
    until_in_meeting,
)
from .ledger_fixture import AS_OF, save_two_finals

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
HOSTILE = "Red \x1b[31mtext\x1b[0m, a title \x1b]0;pwned\x07 and a bell \x07"
SHOWN = "Red ␛[31mtext␛[0m, a title ␛]0;pwned␇ and a bell ␇"
RAW = {chr(c) for c in [*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f, *range(0x80, 0xa0)]}


def drawn(area: TextArea) -> str:
    """What the box sends to the terminal for its first row."""
    return "".join(segment.text for segment in area.render_line(0))


async def test_a_saved_draft_with_escape_codes_is_drawn_as_symbols(make_app: MakeApp,
                                                                    store: Store) -> None:
    store.add_child("Sam")
    cid = child_id(store)
    store.set_draft(cid, DRAFT, HOSTILE)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        area = app.screen.query_one(SaveArea)
        await until(pilot, lambda: area.text == HOSTILE, "the draft in the box")
        assert area.get_line(0).plain == SHOWN
        await pilot.pause()
        assert SHOWN in drawn(area) and not RAW & set(drawn(area))
        await pilot.press("ctrl+s")  # saved as it was kept, escape codes and all
        await until(pilot, lambda: store.journal(cid), "saved")
    [entry] = store.journal(cid)
    assert entry.text == HOSTILE


async def test_a_letter_field_draft_is_drawn_as_symbols_and_kept(make_app: MakeApp,
                                                                 store: Store) -> None:
    store.add_child("Sam")
    cid = child_id(store)
    store.set_letter_draft(cid, "evaluation-request", {"concerns": HOSTILE})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await app.run_action("go_step('put-it-in-writing')")
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen)
                    and bool(app.screen.query("#field--concerns")), "the letter's form")
        await first_field_focused(pilot, app)
        area = app.screen.query_one("#field--concerns", BurstArea)
        assert area.text == HOSTILE and area.get_line(0).plain == SHOWN
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press(*" ok")
        await until(pilot, lambda: store.letter_draft(cid, "evaluation-request")
                    .get("concerns") == HOSTILE + " ok", "the edit kept")
        assert flushed(store)
        assert not RAW & set(drawn(area))


async def open_letters(pilot: Any, app: IEPWizardApp) -> LettersScreen:
    await settled(pilot)
    await app.run_action("go_step('put-it-in-writing')")
    await pilot.press("l")
    await until(pilot, lambda: isinstance(app.screen, LettersScreen)
                and bool(app.screen.query("#field--concerns")), "the letter's form")
    assert isinstance(app.screen, LettersScreen)
    await first_field_focused(pilot, app)
    return app.screen


async def first_field_focused(pilot: Any, app: IEPWizardApp) -> None:
    """The form focuses its first field once laid out: a field focused before that lost the
    focus to it (under load, the keys typed next went there)."""
    await until(pilot, lambda: app.screen.query_one("#letter-to").has_focus,
                "the form's first field focused")


async def open_ledger(pilot: Any, app: IEPWizardApp, store: Store) -> LedgerScreen:
    app.today = lambda: AS_OF
    await settled(pilot)
    save_two_finals(store, child_id(store))
    await pilot.press("v")
    await until(pilot, lambda: isinstance(app.screen, LedgerScreen)
                and app.screen.services != (), "the ledger with its service")
    assert isinstance(app.screen, LedgerScreen)
    return app.screen


def tab() -> events.Key:
    return events.Key("tab", "\t")  # a new one each time: an event is handled once


async def test_a_paste_of_lines_into_a_form_field_is_one_line(make_app: MakeApp,
                                                               store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        field = screen.query_one("#field--parent_name", LineInput)
        field.focus()
        await until(pilot, lambda: field.has_focus, "the field focused")
        app.post_message(events.Paste("a\nb\nc"))
        await until(pilot, lambda: field.value == "a b c", "the lines, joined")
        app.post_message(events.Paste("\n  Maria \r\n\nLopez\n"))
        await until(pilot, lambda: field.value == "a b cMaria Lopez", "at the cursor")
        assert field.has_focus  # a line feed in a paste is no Enter


async def test_a_paste_of_lines_into_the_question_box_is_kept(make_app: MakeApp,
                                                                 store: Store) -> None:
    """Only the meeting's note line makes a note of each line; in the question box the lines
    are one line to read over before Enter (they were lost: the box emptied itself)."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        box = (await open_by_key(pilot, "q", QuestionsScreen)).query_one("#question-input",
                                                                           LineInput)
        await until(pilot, lambda: box.has_focus, "the box focused")
        app.post_message(events.Paste("Who gives the speech therapy?\nHow often?"))
        await until(pilot, lambda: box.value == "Who gives the speech therapy? How often?",
                    "the lines, joined")


async def test_a_paste_keeps_to_a_fields_length_and_characters(make_app: MakeApp,
                                                                store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ledger(pilot, app, store)
        minutes = screen.query_one("#session-minutes", LineInput)
        note = screen.query_one("#session-note", LineInput)
        minutes.focus()
        await until(pilot, lambda: minutes.has_focus, "the minutes focused")
        app.post_message(events.Paste("12345\n"))
        await until(pilot, lambda: minutes.value == "1234", "cut to four digits")
        minutes.value = ""
        app.post_message(events.Paste("3\n0"))  # "3 0": not a number, refused
        app.post_message(events.Paste("45"))
        await until(pilot, lambda: minutes.value == "45", "the next paste")
        note.focus()
        await until(pilot, lambda: note.has_focus, "the note focused")
        app.post_message(events.Paste("Speech room\nwas closed"))
        await until(pilot, lambda: note.value == "Speech room was closed", "joined")
        app.post_message(events.Paste("x" * (MAX_NOTE + 50)))
        await until(pilot, lambda: len(note.value) == MAX_NOTE, "cut to the longest note")
        assert note.value.startswith("Speech room was closedxxx")
        assert store.sessions(child_id(store)) == []  # no paste added a session


async def test_a_paste_right_after_tab_lands_in_the_next_field(make_app: MakeApp,
                                                                store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        first = screen.query_one("#field--parent_name", LineInput)
        second = screen.query_one("#field--parent_email", LineInput)
        first.focus()
        await until(pilot, lambda: first.has_focus, "the first field focused")
        burst(app, events.Key("M", "M"), tab(), events.Paste("maria@example.com"))
        await until(pilot, lambda: second.value == "maria@example.com", "in the next field")
        assert first.value == "M" and second.has_focus
        # from one multi-line box to the next
        concerns = screen.query_one("#field--concerns", BurstArea)
        tried = screen.query_one("#field--tried_so_far", BurstArea)
        concerns.focus()
        await until(pilot, lambda: concerns.has_focus, "the box focused")
        burst(app, tab(), events.Paste("Extra help\nafter school"))
        await until(pilot, lambda: tried.text == "Extra help\nafter school", "in the next box")
        assert concerns.text == ""


async def test_a_paste_after_two_tabs_goes_past_a_select(make_app: MakeApp,
                                                         store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ledger(pilot, app, store)
        date = screen.query_one("#session-date", LineInput)
        minutes = screen.query_one("#session-minutes", LineInput)
        date.focus()
        await until(pilot, lambda: date.has_focus, "the date focused")
        before = date.value
        burst(app, tab(), tab(), events.Paste("30"))
        await until(pilot, lambda: minutes.value == "30", "the minutes pasted")
        assert date.value == before and minutes.has_focus
        assert isinstance(screen.query_one("#session-service"), Select)


async def test_a_burst_past_the_meeting_kind_keeps_title_and_people(make_app: MakeApp,
                                                                     store: Store) -> None:
    """"Tab Tab title Tab people Enter" sent at once from the meeting's date: the keys that
    reached the kind's drop-down after the focus left it were lost (a text expander, SSH)."""
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, NewMeetingScreen)
                    and app.screen.query_one("#meeting-date").has_focus, "the dialog")
        keys = [tab(), tab(), *[events.Key(c, c) for c in "Eval review"], tab(),
                *[events.Key(c, c) for c in "me, Ms Carter"], events.Key("enter", "\r")]
        burst(app, *keys)
        # (meeting mode mounted, its note line focused: leaving while it mounts was a race)
        await until_in_meeting(pilot, app)
    [meeting] = store.meetings(child.id)
    assert meeting.title == "Eval review"
    assert list(meeting.attendees) == ["me", "Ms Carter"]


async def test_a_burst_typed_on_the_meeting_questions_goes_to_the_note_line_in_order(
        make_app: MakeApp, store: Store) -> None:
    """Keys sent at once while the questions list has the focus: all of them reach the note
    line, in order, Backspace and Enter included (Enter saves the note and clears the line)."""
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_meeting(pilot, app)
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+a")
        await until(pilot, lambda: screen.query_one("#questions").has_focus, "the questions")
        burst(app, *[events.Key(c, c) for c in "abc"], events.Key("backspace", "\x7f"),
              *[events.Key(c, c) for c in "de"])
        await until(pilot, lambda: screen.note_input.value == "abde", "typed in order")
        await pilot.press("ctrl+a")
        await until(pilot, lambda: screen.query_one("#questions").has_focus, "the questions")
        burst(app, *[events.Key(c, c) for c in " hi"], events.Key("enter", "\r"))
        meeting = store.meetings(child.id)[0]
        await until(pilot, lambda: len(store.entries(meeting.id)) == 1, "the note saved")
        assert screen.note_input.value == ""
    [entry] = store.entries(meeting.id)
    assert entry.text == "abde hi"


def text_keys() -> list[events.Key]:
    """Typed (not pasted), these reached Textual's boxes as keys it does not call printable,
    and were dropped: "nbsp x" became "nbspx", a family emoji came apart. (New events each
    time: an event is handled once.)"""
    return [events.Key("n", "n"), events.Key("no_break_space", "\u00a0"),
            events.Key("x", "x"), events.Key("space", " "), events.Key("a", "a"),
            events.Key("zero_width_joiner", "\u200d"), events.Key("b", "b"),
            events.Key("soft_hyphen", "\u00ad"), events.Key("c", "c"),
            events.Key("ctrl+b", None)]
TYPED = "n\u00a0x a\u200db\u00adc"


async def test_spaces_and_joiners_typed_are_kept(make_app: MakeApp, store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        area = await journal_box(pilot)
        burst(app, *text_keys())
        await until(pilot, lambda: area.text == TYPED, "every character in the box")
        await pilot.press("escape")
        note = (await start_meeting(pilot, app)).query_one("#note-input", LineInput)
        await until(pilot, lambda: note.has_focus, "the note line")
        burst(app, *text_keys())
        await until(pilot, lambda: note.value == TYPED, "every character on the line")


async def test_line_feeds_are_new_lines_in_a_box_and_enter_on_a_line(make_app: MakeApp,
                                                                      store: Store) -> None:
    """A burst (a macro, SSH, `tmux send-keys -l`) sends each newline as a line feed (ctrl+j),
    not Enter: the multi-line boxes dropped it and the lines ran together ("was 82.Maya")."""
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        area = await journal_box(pilot)
        burst(app, *line_fed("First line\nsecond"), events.Key("enter", "\r"),
              *line_fed("third\n\nlast"))
        await until(pilot, lambda: area.text == "First line\nsecond\nthird\n\nlast",
                    "every line break in the journal's box")
        await pilot.press("ctrl+j")  # typed alone too
        await until(pilot, lambda: area.text.endswith("last\n"), "a new line")
        await pilot.press("escape")
        screen = await open_letters(pilot, app)
        concerns = screen.query_one("#field--concerns", BurstArea)
        concerns.focus()
        await until(pilot, lambda: concerns.has_focus, "the letter's box")
        concerns.move_cursor(concerns.document.end)
        before = concerns.text
        burst(app, *line_fed("\nReads slowly\nand guesses"))
        await until(pilot, lambda: concerns.text == before + "\nReads slowly\nand guesses",
                    "every line break in the letter's box")
        await pilot.press("escape")
        # a one-line box: a line feed is Enter (the question is added, the box cleared)
        box = (await open_by_key(pilot, "q", QuestionsScreen)).query_one("#question-input",
                                                                           LineInput)
        await until(pilot, lambda: box.has_focus, "the question box")
        asked = len(store.questions(child.id))
        burst(app, *line_fed("Who gives speech?\nHow often?\n"))
        await until(pilot, lambda: len(store.questions(child.id)) == asked + 2, "two added")
        assert box.value == ""
        texts = [q.text for q in store.questions(child.id)]
        assert texts.index("Who gives speech?") < texts.index("How often?")
