"""Meeting mode: one line to type in, every note timestamped and saved as you go."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.clipboard import CopyOut
from ..core.export import meeting_markdown
from ..core.notes import CLOSING_QUESTIONS, MARK_LABELS, REPEAT_BACK, next_mark, split_mark
from ..core.notes import visible as shown
from ..core.store import Store
from ..widgets.note_list import NoteList
from .confirm import ConfirmScreen

HINT = "! decision  > action  ? question  * concern  = repeat back  (or ctrl+r)"


class MeetingScreen(Screen[None]):
    CSS_PATH = "meeting.tcss"
    BINDINGS = [
        Binding("escape", "leave", "Back"),
        Binding("ctrl+r", "cycle_mark", "Mark", priority=True),
        Binding("ctrl+e", "export", "Export", priority=True),
        Binding("f2", "edit", "Edit note"),
        Binding("delete", "delete", "Delete note"),
        Binding("ctrl+a", "focus_questions", "Questions", priority=True),
    ]

    @dataclass
    class Saved(Message):
        """A note reached the disk (posted from the writer thread)."""

        doc_id: int
        error: str = ""

    def __init__(self, store: Store, child_id: str, meeting_id: str, copy_out: CopyOut) -> None:
        super().__init__()
        self.store, self.child_id, self.meeting_id = store, child_id, meeting_id
        self.copy_out = copy_out
        self.meeting = next(m for m in store.meetings(child_id) if m.id == meeting_id)
        self.mark = ""
        self.editing: int | None = None
        self.answering: str | None = None
        self._draft_timer: Timer | None = None
        self._saved: set[int] = set()
        self.draft_key = f"meeting:{meeting_id}"

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="meeting-main"):
            with Vertical(id="meeting-left"):
                yield NoteList(self.store.entries(self.meeting_id), id="notes")
                yield Static(HINT, id="mark-hint", markup=False)
                self.note_input = Input(placeholder="Type a note…", id="note-input")
                yield self.note_input
            with Vertical(id="meeting-right"):
                yield OptionList(id="questions")
                yield Static("", id="answer-label", markup=False)
                yield Input(placeholder="The answer (Enter saves it)", id="answer-input")
        yield Footer()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < 100, "-narrow")

    def on_mount(self) -> None:
        self._update_hint()
        self.title = f"Meeting: {self.meeting.kind}, {self.meeting.date}"
        self.query_one("#notes").border_title = "Notes"
        self.query_one("#questions").border_title = "Questions to ask"
        self.store.ensure_closing_questions(self.child_id, CLOSING_QUESTIONS)
        self._fill_questions()
        note = self.query_one("#note-input", Input)
        note.value = self.store.draft(self.child_id, self.draft_key)
        note.focus()

    # -- typing and saving notes ------------------------------------------------------------
    def _update_hint(self) -> None:
        label = MARK_LABELS[self.mark] if self.mark else "plain note"
        doing = "Editing a note (escape cancels). " if self.editing is not None else ""
        self.query_one("#mark-hint", Static).update(f"{doing}Mark: {label} · {HINT}")

    def action_cycle_mark(self) -> None:
        self.mark = next_mark(self.mark)
        self._update_hint()

    @on(Input.Changed, "#note-input")
    def _typing(self, event: Input.Changed) -> None:
        if event.value == "=" and self.editing is None:
            event.input.value = "= " + REPEAT_BACK
            event.input.cursor_position = len("= So you're saying ")
        # At most one second of typing is ever unsaved: the first unsaved keystroke starts
        # the clock, and later ones do not push it back.
        if self._draft_timer is None and self.editing is None:
            self._draft_timer = self.set_timer(1.0, self._save_draft)

    def _save_draft(self) -> None:
        self._draft_timer = None
        if self.editing is None:
            self.store.set_draft(self.child_id, self.draft_key, self.note_input.value)

    @on(Input.Submitted, "#note-input")
    def _submitted(self, event: Input.Submitted) -> None:
        current = event.input.value
        if not event.value or not current.startswith(event.value):
            # When keys queue up (a busy moment, a burst), several Enters can arrive carrying
            # text already saved by the first: never save it twice, never clear newer typing.
            return
        prefix_mark, text = split_mark(event.value)
        if not text.strip():
            return
        mark = prefix_mark or self.mark
        # Keep whatever was typed after Enter but before this handler ran.
        event.input.value = current[len(event.value):]
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        notes = self.query_one(NoteList)
        if self.editing is not None:
            doc_id, self.editing = self.editing, None
            future = self.store.edit_entry(self.meeting_id, doc_id, text=text, mark=mark)
            entry = notes.entries[str(doc_id)].but(text=text, mark=mark, edited="yes")
            notes.update_entry(entry, saved=False)
        else:
            added, future = self.store.add_entry(self.meeting_id, text, mark)
            self.store.set_draft(self.child_id, self.draft_key, event.input.value)
            doc_id = added.doc_id
            notes.add_entry(added, saved=False)
        self.mark = ""
        self._update_hint()
        future.add_done_callback(self._report_saved(doc_id))

    def _report_saved(self, doc_id: int) -> Callable[[Future[None]], None]:
        """Runs on the writer thread: posting a message is safe from there."""
        def report(done: Future[None]) -> None:
            self.post_message(self.Saved(doc_id, str(done.exception() or "")))
        return report

    def on_meeting_screen_saved(self, message: Saved) -> None:
        notes = self.query_one(NoteList)
        entry = notes.entries.get(str(message.doc_id))
        if message.error:
            self.notify(f"A note could not be saved: {message.error}. It is still on screen; "
                        f"copy it before closing.", severity="error", timeout=30)
            return
        self._saved.add(message.doc_id)
        if entry is not None:
            notes.update_entry(entry, saved=True)

    # -- correcting notes -------------------------------------------------------------------
    def action_edit(self) -> None:
        entry = self.query_one(NoteList).highlighted_entry
        if entry is None:
            return
        self.editing = entry.doc_id
        self.mark = entry.mark
        note = self.query_one("#note-input", Input)
        note.value = entry.text
        note.focus()
        self._update_hint()

    @on(OptionList.OptionSelected, "#notes")
    def _selected(self) -> None:
        self.action_edit()

    @work
    async def action_delete(self) -> None:
        notes = self.query_one(NoteList)
        entry = notes.highlighted_entry
        if entry is None or not notes.has_focus:
            return
        if await self.app.push_screen_wait(ConfirmScreen(
                f"Delete this note?\n\n{shown(entry.text, 300)}", yes="Delete")):
            await asyncio.wrap_future(self.store.delete_entry(self.meeting_id,
                                                              entry.doc_id))
            notes.remove_entry(entry.doc_id)

    def on_key(self, event: Any) -> None:
        if event.key == "escape" and self.editing is not None:
            self.editing = None
            self.query_one("#note-input", Input).value = ""
            self._update_hint()
            event.stop()

    # -- prepared questions -----------------------------------------------------------------
    def _fill_questions(self) -> None:
        listing = self.query_one("#questions", OptionList)
        highlighted = listing.highlighted
        listing.clear_options()
        for question in self.store.questions(self.child_id):
            box = "☑" if question.asked else "☐"
            prompt = Text.assemble(f"{box} ", shown(question.text))
            if question.answer:
                prompt.append(f"\n   → {shown(question.answer)}", "italic")
            listing.add_option(Option(prompt, id=question.id))
        if highlighted is not None and listing.option_count:
            listing.highlighted = min(highlighted, listing.option_count - 1)

    def action_focus_questions(self) -> None:
        self.query_one("#questions", OptionList).focus()

    @on(OptionList.OptionSelected, "#questions")
    def _ask(self, event: OptionList.OptionSelected) -> None:
        question = next(q for q in self.store.questions(self.child_id)
                        if q.id == event.option.id)
        self.answering = question.id
        self.query_one("#answer-label", Static).update(f"Answer to: {question.text}")
        answer = self.query_one("#answer-input", Input)
        answer.value = question.answer
        answer.focus()

    @on(Input.Submitted, "#answer-input")
    def _answered(self, event: Input.Submitted) -> None:
        if self.answering is None:
            return
        question = next(q for q in self.store.questions(self.child_id)
                        if q.id == self.answering)
        answer = event.value.strip()
        self.store.update_question(self.child_id, self.answering, asked=True, answer=answer)
        entry, future = self.store.add_entry(
            self.meeting_id, f"{question.text} → {answer or '(asked)'}", "question")
        self.query_one(NoteList).add_entry(entry, saved=False)
        future.add_done_callback(self._report_saved(entry.doc_id))
        self.answering = None
        event.input.value = ""
        self.query_one("#answer-label", Static).update("")
        self._fill_questions()
        self.query_one("#questions", OptionList).focus()

    # -- leaving and exporting --------------------------------------------------------------
    def action_leave(self) -> None:
        self._save_draft()
        self.app.pop_screen()

    def on_unmount(self) -> None:
        if self.editing is None:
            self.store.set_draft(self.child_id, self.draft_key, self.note_input.value)

    @work(thread=True, exclusive=True, group="export")
    def action_export(self) -> None:
        text = meeting_markdown(self.meeting, self.store.entries(self.meeting_id))
        result = self.copy_out(text, "exports", f"meeting-{self.meeting.date}")
        self.app.call_from_thread(self.notify, result.message, title="Meeting exported")
