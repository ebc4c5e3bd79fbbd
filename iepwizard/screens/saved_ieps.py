"""The IEPs kept in the child's record: compare with one, review one again, mark it draft or
final, or delete it (the screen asks first)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from ..core.records import SavedIep
from ..core.safe_text import visible
from .dialog import Dialog

ACTIONS = ("compare", "review", "status", "delete")


@dataclass(frozen=True)
class IepChoice:
    action: str  # one of ACTIONS
    iep_id: str


def row(saved: SavedIep) -> Text:
    return Text.assemble((f"{saved.iep_date or '(no date)'}  ", "bold"),
                         (f"{saved.status.upper():5}  ", "bold"),
                         f"{saved.kind}, from {visible(saved.source_name, 60)}")


class SavedIepsDialog(Dialog[IepChoice | None]):
    def __init__(self, ieps: list[SavedIep]) -> None:
        super().__init__()
        self.ieps = list(reversed(ieps))  # newest first

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Saved IEPs: Enter compares the review with the highlighted one.",
                         markup=False, classes="heading")
            yield OptionList(*[Option(row(s), id=s.id) for s in self.ieps], id="saved-ieps")
            yield from self.dialog_buttons(
                Button("Compare", variant="primary", id="compare", compact=True),
                Button("Review it", id="review", compact=True),
                Button("Draft/final", id="status", compact=True),
                Button("Delete…", variant="error", id="delete", compact=True),
                cancel=None, error_line=False)

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = 0
        listing.focus()

    def _chosen(self) -> SavedIep | None:
        index = self.query_one(OptionList).highlighted
        return self.ieps[index] if index is not None and index < len(self.ieps) else None

    @on(OptionList.OptionSelected)
    def _compare(self) -> None:
        self._answer("compare")

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        self._answer(event.button.id or "")

    def _answer(self, action: str) -> None:
        saved = self._chosen()
        if saved is not None and action in ACTIONS:
            self.dismiss(IepChoice(action, saved.id))
