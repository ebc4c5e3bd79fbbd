"""Meeting mode's prepared questions: ticked off as they are asked, each answer noted.

The base of `MeetingScreen` (meeting.py), which holds the note line and the notes. A Screen
rather than a mixin: Textual collects `@on` handlers from its own classes only.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.safe_text import visible as shown
from ..core.store import Store
from ..widgets.burst import LineInput
from .drafts import DraftKeeping


class AsksQuestions(DraftKeeping, Screen[None]):
    answering: var[str | None] = var(None)
    """The id of the question being answered, if any."""

    store: Store
    child_id: str
    #: question id -> the answer noted in this meeting
    _noted: dict[str, str]
    _answer_box: LineInput

    @property
    def note_input(self) -> LineInput:
        """The note line (meeting.py)."""
        raise NotImplementedError

    def _add(self, notes: list[tuple[str, str]]) -> None:
        """Notes added to the meeting (meeting.py)."""
        raise NotImplementedError

    def _answer_key(self) -> str:
        return f"answer:{self.answering}"

    @on(Input.Changed, "#answer-input")
    def _answer_typing(self, event: Input.Changed) -> None:
        if self.answering is not None:
            self.keep_soon(self._answer_key(), event.input)

    def _fill_questions(self) -> None:
        listing = self.query_one("#questions", OptionList)
        highlighted = listing.highlighted
        listing.clear_options()
        for question in self.store.questions(self.child_id):
            box = "[x]" if question.asked else "[ ]"
            prompt = Text.assemble(f"{box} ", shown(question.text))
            if question.answer:
                prompt.append(f"\n    → {shown(question.answer)}", "italic")
            listing.add_option(Option(prompt, id=question.id))
        if highlighted is not None and listing.option_count:
            listing.highlighted = min(highlighted, listing.option_count - 1)

    def action_focus_questions(self) -> None:
        listing = self.query_one("#questions", OptionList)
        listing.focus()
        unasked = [i for i, q in enumerate(self.store.questions(self.child_id)) if not q.asked]
        listing.highlighted = unasked[0] if unasked else (0 if listing.option_count else None)

    @on(OptionList.OptionSelected, "#questions")
    def _ask(self, event: OptionList.OptionSelected) -> None:
        question = next((q for q in self.store.questions(self.child_id)
                         if q.id == event.option.id), None)
        if question is None:
            return
        self.answering = question.id
        doing = "Correct the answer to" if question.answer else "Answer to"
        # The answer given is selected, which shows only in colour: said in words too.
        how = ("typing replaces the answer given, an arrow key keeps it to edit; escape keeps "
               "it for later" if question.answer else "escape keeps it for later")
        self.query_one("#answer-label", Static).update(
            Text(f"{doing}: {shown(question.text, 200)} ({how})"))
        answer = self.query_one("#answer-input", LineInput)
        answer.disabled = False
        self.restore_draft(self._answer_key(), answer)
        if not answer.value and question.answer:
            # The answer given is shown selected: typing replaces it, an arrow key edits it
            # (typed at its end, a new answer ran into the old one).
            with answer.prevent(Input.Changed):
                answer.value = question.answer
            answer.select_all()
        answer.focus()

    @on(Input.Submitted, "#answer-input")
    def _answered(self, event: Input.Submitted) -> None:
        question = next((q for q in self.store.questions(self.child_id)
                         if q.id == self.answering), None)
        if question is None:
            return
        answer = event.value.strip()
        self.store.update_question(self.child_id, question.id, asked=True, answer=answer)
        self.forget_draft(self._answer_key())
        # A note for each answer given in this meeting; saved again unchanged, none (the
        # questions, and their answers, carry over from meeting to meeting)
        if self._noted.get(question.id) != answer:
            self._noted[question.id] = answer
            self._add([(f"{question.text} → {answer or '(asked)'}", "question")])
        self._close_answer()
        self._fill_questions()
        # Back to the note line: what the parent types next is a note (left on the list, it
        # was lost, the list taking no text).
        self.note_input.focus()

    def _close_answer(self) -> None:
        self.answering = None
        self.query_one("#answer-label", Static).update("")
        answer = self.query_one("#answer-input", LineInput)
        with answer.prevent(Input.Changed):
            answer.value = ""
        # Disabled once the keys already on their way to it are passed on (typed after Enter
        # in one burst, they go to the note line; a disabled box would drop them).
        answer.call_later(setattr, answer, "disabled", True)
        self.query_one("#questions", OptionList).focus()
