"""Ask for one line of text (a new child's name): Enter or the button answers."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Label

from ..widgets.burst import LineInput
from .dialog import Dialog


class AskScreen(Dialog[str | None]):
    def __init__(self, question: str, placeholder: str = "", yes: str = "OK") -> None:
        super().__init__()
        self.question, self.placeholder, self.yes = question, placeholder, yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, markup=False)
            yield LineInput(placeholder=self.placeholder, id="answer", compact=True,
                            submit_on_enter=True)
            yield from self.dialog_buttons(Button(self.yes, variant="primary", id="ok"))

    def on_mount(self) -> None:
        self.query_one("#answer").focus()

    @on(LineInput.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        text = self.query_one("#answer", LineInput).value.strip()
        if not text:
            self.show_error("Type a name first.")
            return
        self.dismiss(text)
