"""A yes/no question that names exactly what will happen."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Static

from .dialog import Dialog


class ConfirmScreen(Dialog[bool]):
    cancel_value = False

    def __init__(self, question: str, yes: str = "Yes", no: str = "Cancel",
                 danger: bool = True) -> None:
        super().__init__()
        self.question, self.yes, self.no, self.danger = question, yes, no, danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, markup=False)
            yield from self.dialog_buttons(
                Button(self.yes, variant="error" if self.danger else "primary", id="yes"),
                cancel=self.no, error_line=False)

    def on_mount(self) -> None:
        self.query_one("#cancel" if self.danger else "#yes").focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)
