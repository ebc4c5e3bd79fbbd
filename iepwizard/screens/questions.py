"""Questions to ask at the meeting: written beforehand, reordered, ticked off during it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.notes import CLOSING_QUESTIONS, visible
from ..core.store import Store


class QuestionsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+up", "move(-1)", "Move up"),
        Binding("ctrl+down", "move(1)", "Move down"),
        Binding("delete", "delete", "Delete"),
        Binding("ctrl+n", "focus_input", "New question"),
    ]

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Write your questions and concerns, most important first. The last two "
                     "are the guide's closing questions: they are always on the list. In "
                     "meeting mode (m) you tick them off and note the answers.",
                     id="questions-help", markup=False)
        yield OptionList(id="question-list")
        yield Input(placeholder="A new question (Enter adds it)", id="question-input")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Questions for the meeting"
        self.store.ensure_closing_questions(self.child_id, CLOSING_QUESTIONS)
        self._fill()
        self.query_one("#question-input", Input).focus()

    def _fill(self, keep: str | None = None) -> None:
        listing = self.query_one("#question-list", OptionList)
        listing.clear_options()
        for number, question in enumerate(self.store.questions(self.child_id), 1):
            box = "☑" if question.asked else "☐"
            prompt = Text(f"{number}. {box} {visible(question.text)}")
            if question.answer:
                prompt.append(f"\n      → {visible(question.answer)}", "italic")
            if question.fixed:
                prompt.stylize("dim")
            listing.add_option(Option(prompt, id=question.id))
        if keep is not None:
            listing.highlighted = listing.get_option_index(keep)

    @on(Input.Submitted, "#question-input")
    def _add(self, event: Input.Submitted) -> None:
        current = event.input.value
        if event.value.strip() and current.startswith(event.value):  # not a repeated Enter
            self.store.add_question(self.child_id, event.value.strip())
            event.input.value = current[len(event.value):]
            self._fill()

    def _selected_id(self) -> str | None:
        listing = self.query_one("#question-list", OptionList)
        if listing.highlighted is None:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def action_move(self, delta: int) -> None:
        question_id = self._selected_id()
        if question_id and question_id not in CLOSING_QUESTIONS:
            self.store.move_question(self.child_id, question_id, delta)
            self._fill(keep=question_id)

    def action_delete(self) -> None:
        question_id = self._selected_id()
        if question_id in CLOSING_QUESTIONS:
            self.notify("The two closing questions always stay on the list.")
        elif question_id and self.query_one("#question-list").has_focus:
            self.store.delete_question(self.child_id, question_id)
            self._fill()

    def action_focus_input(self) -> None:
        self.query_one("#question-input", Input).focus()
