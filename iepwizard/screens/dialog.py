"""The one base of every dialog: centred, bordered, Escape cancels, buttons at the bottom."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

T = TypeVar("T")


class Dialog(ModalScreen[T]):
    """Subclasses compose a `Vertical(classes="dialog")` with their fields, and a
    `Horizontal(classes="dialog-buttons")`; `cancel_value` is what Escape returns."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    cancel_value: object = None

    def action_cancel(self) -> None:
        self.dismiss(self.cancel_value)  # type: ignore[arg-type]
