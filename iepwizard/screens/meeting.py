"""Meeting mode: one line to type in, every Enter a timestamped note, saved as you go.

Every Enter is a boundary at any typing speed (the note line is a burst-proof `LineInput`);
a multi-line paste is one note per line; the line being typed, an answer being written and a
note being corrected are kept as drafts, so no key, Escape or crash loses typed text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static

from .. import keys
from ..core.clipboard import CopyOut
from ..core.dates import long_form
from ..core.export import meeting_markdown
from ..core.notes import CLOSING_QUESTIONS, MARK_LABELS, next_mark, note_from_line
from ..core.records import Entry, Meeting
from ..core.safe_text import visible as shown
from ..core.store import Store
from ..core.store.drafts import meeting_line
from ..core.wording import plural, whole_items
from ..widgets.burst import LineInput, TypesInto
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.note_list import NoteList
from ..widgets.wrapped_text import WrappedText
from .breakpoints import set_width_class
from .confirm import ConfirmScreen
from .meeting_questions import AsksQuestions

#: The marks' legend: a line of it breaks only between these.
LEGEND = ("! decision", "> action", "? question", "* concern", "= repeat back", "(or ctrl+r)")
#: The fewest notes laid out at a time (see `page_size`).
MIN_PAGE = 24


def page_size(height: int) -> int:
    """How many notes to lay out at a time: enough to fill the list at this terminal height
    (the list is shorter than the screen), and no more, so a meeting of ten thousand notes
    opens about as fast as an empty one."""
    return max(MIN_PAGE, height)


class MeetingNotes(TypesInto, NoteList):
    """The meeting's notes: what is typed on them goes to the note line."""

    types_into = "#note-input"


class QuestionList(TypesInto, OptionList):
    """The prepared questions: what is typed on them goes to the note line."""

    types_into = "#note-input"


class MeetingScreen(AsksQuestions):
    CSS_PATH = "meeting.tcss"
    BINDINGS = keys.bindings(keys.MEETING)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    mark: var[str] = var("")
    """The mark the next note gets (a typed prefix wins)."""
    editing: var[Entry | None] = var(None)
    """The note being corrected, if any."""

    @dataclass
    class Saved(Message):
        """Notes reached the disk (posted from the writer thread)."""

        doc_ids: list[int]
        error: str = ""

    def __init__(self, store: Store, child_id: str, meeting: Meeting, copy_out: CopyOut) -> None:
        super().__init__()
        set_width_class(self)
        self.store, self.child_id, self.meeting = store, child_id, meeting
        self.copy_out = copy_out
        self.draft_key = meeting_line(meeting.id)
        self._stash = ""
        self._deleted: Entry | None = None
        self._noted: dict[str, str] = {}  # question id -> the answer noted in this meeting

    @property
    def _page(self) -> int:
        return page_size(self.app.size.height)

    def compose(self) -> ComposeResult:
        yield Header()
        total = self.store.count_entries(self.meeting.id)
        with Horizontal(id="meeting-main"):
            with Vertical(id="meeting-left"):
                yield MeetingNotes(self.store.latest_entries(self.meeting.id, self._page), total,
                                   id="notes")
                yield WrappedText(id="mark-hint")
                yield LineInput(placeholder="Type a note, Enter saves it", id="note-input",
                                clear_on_enter=True, entry_per_line=True)
            with Vertical(id="meeting-right"):
                yield QuestionList(id="questions")
                yield Static("", id="answer-label", markup=False)
                yield LineInput(placeholder="Answer (Enter saves)", id="answer-input",
                                clear_on_enter=True, focus_after_enter="#note-input",
                                disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self._answer_box = self.query_one("#answer-input", LineInput)
        self.title = f"Meeting: {self.meeting.label}, {long_form(self.meeting.date)}"
        self.query_one("#notes").border_title = "Notes"
        self.query_one("#questions").border_title = "Questions to ask"
        self.store.ensure_closing_questions(self.child_id, CLOSING_QUESTIONS)
        self._fill_questions()
        self.restore_draft(self.draft_key, self.note_input)
        self.note_input.focus()
        self._update_hint()

    @property
    def note_input(self) -> LineInput:
        """The note line (kept, so it can still be read while the screen unmounts)."""
        if "_note_input" not in self.__dict__:
            self._note_input = self.query_one("#note-input", LineInput)
        return self._note_input

    @property
    def notes(self) -> NoteList:
        return self.query_one(NoteList)

    # -- the hint follows the state ---------------------------------------------------------
    def _update_hint(self) -> None:
        label = MARK_LABELS[self.mark] if self.mark else "plain note"
        doing = ["Correcting a note (escape cancels)."] if self.editing is not None else []
        items = [*doing, f"Mark: {label} ·", *LEGEND]
        self.query_one("#mark-hint", WrappedText).show(lambda width: whole_items(items, width))

    def watch_mark(self) -> None:
        if self.is_mounted:
            self._update_hint()

    def watch_editing(self) -> None:
        if self.is_mounted:
            self._update_hint()

    def action_cycle_mark(self) -> None:
        self.mark = next_mark(self.mark)

    # -- drafts: typed text survives Escape, leaving and a crash ------------------------------
    @on(Input.Changed, "#note-input")
    def _typing(self) -> None:
        if self.editing is None:
            self.keep_soon(self.draft_key, self.note_input)

    # -- saving notes -----------------------------------------------------------------------
    @on(Input.Submitted, "#note-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self._enter(event.value)

    def _enter(self, line: str) -> None:
        """A line entered: a new note, or the correction of the note being corrected."""
        mark, text = note_from_line(line, self.mark)
        if not text:
            return
        self.mark = ""
        if self.editing is not None:
            self._finish_edit(text, mark)
            return
        self._add([(text, mark)])
        self.keep(self.draft_key, self.note_input)

    @on(LineInput.Lines, "#note-input")
    def _pasted(self, event: LineInput.Lines) -> None:
        notes = [note_from_line(line, self.mark) for line in event.lines]
        notes = [(text, mark) for mark, text in notes if text]
        self.mark = ""
        if notes:
            self._add(notes)
            self.notify(f"The paste became {plural(len(notes), 'note', 'notes')}, one per "
                        f"line.", title="Notes added")

    def _add(self, notes: list[tuple[str, str]]) -> None:
        entries, future = self.store.add_entries(self.meeting.id, notes)
        for entry in entries:
            self.notes.add_entry(entry, saved=False)
        future.add_done_callback(self._report_saved([e.doc_id for e in entries]))

    def _report_saved(self, doc_ids: list[int]) -> Callable[[Future[None]], None]:
        """Runs on the writer thread: posting a message is safe from there."""
        def report(done: Future[None]) -> None:
            self.post_message(self.Saved(doc_ids, str(done.exception() or "")))
        return report

    def on_meeting_screen_saved(self, message: Saved) -> None:
        if message.error:
            self.notify(f"A note could not be saved: {message.error}. It is still on screen.",
                        severity="error", timeout=30, markup=False)
            return
        for doc_id in message.doc_ids:
            self.notes.mark_saved(doc_id)

    # -- correcting and deleting notes ------------------------------------------------------
    def action_edit(self) -> None:
        entry = self.notes.highlighted_entry
        if entry is None:
            return
        if self.editing is None:
            self.keep(self.draft_key, self.note_input)
            self._stash = self.note_input.value
        self.editing = entry
        self.mark = entry.mark
        with self.note_input.prevent(Input.Changed):
            self.note_input.value = entry.text
        self.note_input.cursor_position = len(entry.text)
        self.note_input.focus()

    @on(NoteList.Chosen)
    def _chosen(self) -> None:
        self.action_edit()

    def _finish_edit(self, text: str, mark: str) -> None:
        entry, self.editing = self.editing, None
        assert entry is not None
        future = self.store.edit_entry(self.meeting.id, entry.doc_id, text=text, mark=mark)
        self.notes.update_entry(entry.but(text=text, mark=mark, edited="yes"), saved=False)
        future.add_done_callback(self._report_saved([entry.doc_id]))
        self._end_edit()

    def _end_edit(self) -> None:
        self.editing = None
        with self.note_input.prevent(Input.Changed):
            self.note_input.value = self._stash
        self.note_input.cursor_position = len(self._stash)
        self.mark = ""

    @work
    async def action_delete(self) -> None:
        entry = self.notes.highlighted_entry
        if entry is None or not self.notes.has_focus:
            return
        if await self.app.push_screen_wait(ConfirmScreen(
                f"Delete this note?\n\n{shown(entry.text, 300)}\n\n(ctrl+z brings it back.)",
                yes="Delete")):
            await asyncio.wrap_future(self.store.delete_entry(self.meeting.id, entry.doc_id))
            self.notes.remove_entry(entry.doc_id)
            self._deleted = entry
            self.notify("Note deleted. ctrl+z brings it back.")

    async def action_undo(self) -> None:
        entry, self._deleted = self._deleted, None
        if entry is None:
            return
        await asyncio.wrap_future(self.store.restore_entry(self.meeting.id, entry))
        await self.recompose()
        self.on_mount()
        self.notify("The note is back.")

    @on(NoteList.Earlier)
    def _earlier(self, event: NoteList.Earlier) -> None:
        self.notes.show_earlier(self.store.latest_entries(self.meeting.id, self._page,
                                                          event.shown))

    # -- leaving, ending, exporting ---------------------------------------------------------
    @work(exclusive=True, group="leave")
    async def action_leave(self) -> None:
        """Escape: cancel what is being done (keeping the text), else back to the guide."""
        if self.answering is not None:
            self.keep(self._answer_key(), self.query_one("#answer-input", Input))
            self._close_answer()
            return
        if self.editing is not None:
            if self.note_input.value.strip() != self.editing.text.strip() and not await \
                    self.app.push_screen_wait(ConfirmScreen(
                        "Stop correcting this note? Your change to it will not be kept.",
                        yes="Stop correcting", no="Keep correcting")):
                return
            self._end_edit()
            return
        self.app.pop_screen()

    @work
    async def action_end(self) -> None:
        if not await self.app.push_screen_wait(ConfirmScreen(
                "End this meeting? Your notes are all kept, and the after-the-meeting letter "
                "is filled from them.", yes="End the meeting", no="Not yet", danger=False)):
            # (not a loss: an ended meeting can be continued, so Enter takes the asked action)
            self.notify("The meeting is still open.", title="Not ended")
            return
        self._enter_typed_line()
        self._save_all_drafts()
        await asyncio.wrap_future(self.store.end_meeting(self.child_id, self.meeting.id))
        self.app.pop_screen()
        self.app.notify("Meeting ended. Its notes fill the summary letter (press l).",
                        title="Meeting ended")

    def _enter_typed_line(self) -> None:
        """Ending keeps every note, as its dialog says: the line typed and not entered becomes
        a note (a correction under way is made first, if it changes the note), as Enter would
        make it, so it is not left as a draft of a meeting that is over."""
        if self.editing is not None:
            line, note = self._take_line(), self.editing
            if note_from_line(line, self.mark) != (note.mark, note.text):
                self._enter(line)
            if self.editing is not None:
                self._end_edit()
        self._enter(self._take_line())

    def _take_line(self) -> str:
        """What the note line holds, read and emptied in one step."""
        line = self.note_input.value
        with self.note_input.prevent(Input.Changed):
            self.note_input.value = ""
        return line

    def _save_all_drafts(self) -> None:
        self.store.set_draft(self.child_id, self.draft_key,
                             self.note_input.value if self.editing is None else self._stash)
        if self.answering is not None:
            self.store.set_draft(self.child_id, self._answer_key(), self._answer_box.value)

    def on_unmount(self) -> None:
        self.keep_all_drafts()

    def keep_all_drafts(self) -> None:
        """Both boxes' drafts, kept now (leaving, or the app stopping on a signal): the note
        line's is the line put aside while a note is edited, not the note being edited."""
        self.stop_drafts()
        self._save_all_drafts()

    @work(thread=True, exclusive=True, group="export")
    def action_export(self) -> None:
        text = meeting_markdown(self.meeting, self.store.entries(self.meeting.id))
        result = self.copy_out(text, "exports", f"meeting-{self.meeting.date}")
        self.app.call_from_thread(self.notify, result.message, title="Meeting exported",
                                  markup=False)
