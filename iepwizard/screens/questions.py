"""Questions to ask at the meeting: written beforehand, reordered, ticked off during it."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from .. import keys
from ..core.notes import CLOSING_QUESTIONS
from ..core.records import Question
from ..core.safe_text import visible
from ..widgets.burst import LineInput
from .confirm import ConfirmScreen
from .records import RecordsScreen

DRAFT = "question"


class QuestionsScreen(RecordsScreen):
    TYPES_INTO = "#question-input"
    BINDINGS = keys.bindings(keys.QUESTIONS)
    TITLE_TEXT = "Questions for the meeting"
    AUTO_FOCUS = "#question-input"

    _deleted: Question | None = None

    def compose_top(self) -> ComposeResult:
        yield Static("Write your questions and concerns, most important first. The last two "
                     "are the guide's closing questions: they always stay on the list. In "
                     "meeting mode (m) you tick them off and note the answers.",
                     classes="muted", markup=False)

    def compose_form(self) -> ComposeResult:
        yield LineInput(placeholder="A new question (Enter adds it)", id="question-input",
                        clear_on_enter=True)

    def on_mount(self) -> None:
        self.store.ensure_closing_questions(self.child_id, CLOSING_QUESTIONS)
        super().on_mount()
        self._box = self.query_one("#question-input", LineInput)
        self.restore_draft(DRAFT, self._box)

    def fill(self, keep: str | None = None) -> None:
        self.listing.clear_options()
        for number, question in enumerate(self.store.questions(self.child_id), 1):
            box = "[x]" if question.asked else "[ ]"
            prompt = Text(f"{number}. {box} {visible(question.text)}")
            if question.answer:
                prompt.append(f"\n      → {visible(question.answer)}", "italic")
            if question.fixed:
                prompt.stylize("dim")
            self.listing.add_option(Option(prompt, id=question.id))
        if keep is not None:
            self.listing.highlighted = self.listing.get_option_index(keep)

    @on(Input.Changed, "#question-input")
    def _typing(self, event: Input.Changed) -> None:
        self.keep_soon(DRAFT, event.input)

    @on(Input.Submitted, "#question-input")
    def _add(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.store.add_question(self.child_id, event.value.strip())
            self.keep(DRAFT, event.input)
            self.fill()

    def _selected(self) -> Question | None:
        if self.listing.highlighted is None:
            return None
        wanted = self.listing.get_option_at_index(self.listing.highlighted).id
        return next((q for q in self.store.questions(self.child_id) if q.id == wanted), None)

    def action_move(self, delta: int) -> None:
        question = self._selected()
        if question and not question.fixed:
            self.store.move_question(self.child_id, question.id, delta)
            self.fill(keep=question.id)

    @work
    async def action_delete(self) -> None:
        question = self._selected()
        if question is None or not self.listing.has_focus:
            return
        if question.fixed:
            self.notify("The two closing questions always stay on the list.")
            return
        if question.answer and not await self.app.push_screen_wait(ConfirmScreen(
                f"Delete this question and its answer?\n\n{visible(question.text, 200)}\n→ "
                f"{visible(question.answer, 200)}", yes="Delete")):
            return
        self.store.delete_question(self.child_id, question.id)
        self._deleted = question
        self.notify("Question deleted. ctrl+z brings it back.")
        self.fill()

    def action_undo(self) -> None:
        question, self._deleted = self._deleted, None
        if question is not None:
            self.store.restore_question(self.child_id, question)
            self.fill(keep=question.id)

    def action_focus_input(self) -> None:
        self.query_one("#question-input", LineInput).focus()

    def on_unmount(self) -> None:
        self.stop_drafts()
        self.keep(DRAFT, self._box)
