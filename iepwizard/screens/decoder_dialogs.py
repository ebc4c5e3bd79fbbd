"""The decoder's two questions: which file to open, and under what name and date to save the
scores (with the report's text only if the parent ticks it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Checkbox, DirectoryTree, Input, Label, Static

from ..core.dates import EXAMPLE
from ..core.score_history import FUTURE_DATE
from ..widgets.burst import LineInput
from ..widgets.tick_box import TickBox
from .dialog import Dialog


class VisibleFiles(DirectoryTree):
    """The folder tree without hidden files and folders."""

    DEFAULT_CSS = "VisibleFiles { height: 8; margin-top: 1; }"

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if not path.name.startswith(".")]


class OpenFileDialog(Dialog[str | None]):
    """A path typed (or picked in the folder tree); Enter opens it."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Open a text file", classes="heading")
            yield Static("A report saved as text (.txt). From a PDF, select its text, copy it "
                         "and paste it into the box instead.", classes="muted")
            yield Label("Path of the file")
            yield LineInput(str(self.folder) + "/", id="open-path", compact=True,
                            submit_on_enter=True)
            yield VisibleFiles(self.folder, id="open-tree")
            yield from self.dialog_buttons(Button("Open", variant="primary", id="open"),
                                           error_line=False)

    def on_mount(self) -> None:
        self.query_one("#open-path", LineInput).focus()

    @on(DirectoryTree.FileSelected)
    def _picked(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(str(event.path))

    @on(Button.Pressed, "#open")
    @on(LineInput.Submitted, "#open-path")
    def _open(self) -> None:
        path = self.query_one("#open-path", LineInput).value.strip()
        self.dismiss(path or None)


@dataclass(frozen=True)
class SaveChoice:
    name: str
    date: str  # ISO
    keep_text: bool
    #: The school's evaluation or reevaluation: its date fills the key dates' last evaluation.
    by_school: bool = False


class SaveScoresDialog(Dialog[SaveChoice | None]):
    def __init__(self, count: int, drawn: int, date: str = "") -> None:
        super().__init__()
        self.count, self.drawn, self.date = count, drawn, date

    def compose(self) -> ComposeResult:
        listed = self.count - self.drawn
        with Vertical(classes="dialog"):
            yield Static("Save these scores to your child's record", classes="heading")
            yield Static(f"{self.count} score{'s' * (self.count != 1)} will be saved with "
                         f"their areas and tests ({self.drawn} on the bell curve"
                         f"{f', {listed} listed only' if listed else ''}). You can correct or "
                         f"delete them later under Test scores.", classes="muted")
            yield Label("Name of the evaluation")
            yield LineInput(placeholder="e.g. Triennial 2026, or Outside evaluation",
                            id="save-name", compact=True, submit_on_enter=True)
            yield Label("Date of the evaluation (the date on the report)")
            yield LineInput(self.date, placeholder=f"e.g. {EXAMPLE}", id="save-date",
                            compact=True, submit_on_enter=True)
            yield TickBox("The school's evaluation (not an outside one)",
                          id="save-by-school", compact=True)
            yield Static("Its date then goes into Key dates: the next reevaluation is "
                         "counted from it.", classes="muted tick-note")
            yield TickBox("Keep the report's text too (on this computer only)",
                           id="save-text", compact=True)
            yield from self.dialog_buttons(Button("Save scores", variant="primary", id="save"))

    def on_mount(self) -> None:
        self.query_one("#save-name", LineInput).focus()

    def problem(self) -> tuple[str, str] | None:
        """What is wrong now, the name first, and the field to fix it in; None if nothing."""
        if not self.query_one("#save-name", LineInput).value.strip():
            return "Give the evaluation a name, such as \"Triennial 2026\".", "#save-name"
        _, problem = self.date_in("#save-date", self.app_today(), FUTURE_DATE)
        return None if problem is None else (problem, "#save-date")

    @on(Input.Changed)
    def _recheck(self) -> None:
        """A message on show always says what is wrong now (nothing, once it is put right)."""
        for error in self.query("#dialog-error").results(Static):  # (none while composing)
            if str(error.render()) and self.query("#save-date"):
                error.update((self.problem() or ("",))[0])

    @on(LineInput.Submitted, "#save-name")
    def _name_entered(self) -> None:
        problem = self.problem()
        self.show_error(*(problem or ("", "#save-date")))

    @on(Button.Pressed, "#save")
    @on(LineInput.Submitted, "#save-date")
    def _save(self) -> None:
        if (problem := self.problem()) is not None:
            self.show_error(*problem)
            return
        name = " ".join(self.query_one("#save-name", LineInput).value.split())
        day, _ = self.date_in("#save-date")
        assert day is not None  # (`problem` said none)
        keep_text = self.query_one("#save-text", Checkbox).value
        by_school = self.query_one("#save-by-school", Checkbox).value
        self.dismiss(SaveChoice(name, day.isoformat(), keep_text, by_school))
