"""The floor for a burst of notes: a bare Textual app with one `Input` (cleared on Enter) and a
line counting the notes, nothing of iepwizard. `bench/notes.py` sends it the same burst as
meeting mode and reports meeting mode against it as a second reference.
    python bench/input_floor.py
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input, Static


class InputFloor(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.notes = 0

    def compose(self) -> ComposeResult:
        yield Input(id="note")
        yield Static("NOTES 0", id="count")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.notes += 1
        event.input.value = ""
        self.query_one("#count", Static).update(f"NOTES {self.notes}")


if __name__ == "__main__":
    InputFloor().run()
