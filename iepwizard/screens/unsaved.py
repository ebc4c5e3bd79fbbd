"""Quitting while some changes could not be written: say so, and offer another folder."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Static

from ..core.store import Store
from ..widgets.burst import LineInput
from .dialog import Dialog


class UnsavedScreen(Dialog[bool]):
    """Dismissed with True to quit (after rescuing, or choosing to lose the changes)."""

    cancel_value = False

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"{self.store.unsaved} change(s) could not be saved to "
                         f"{self.store.data_dir} ({self.store.trouble or 'the disk failed'}). "
                         f"Save everything to another folder before quitting?",
                         markup=False)
            yield LineInput(str(Path.home() / "iepwizard-rescue"), id="rescue-folder",
                            submit_on_enter=True)
            yield from self.dialog_buttons(
                Button("Save there and quit", variant="primary", id="rescue"),
                Button("Keep trying", id="stay"),
                Button("Quit and lose them", variant="error", id="lose"), cancel=None)

    @on(Button.Pressed, "#rescue")
    @on(LineInput.Submitted, "#rescue-folder")
    def _rescue(self) -> None:
        folder = Path(self.query_one("#rescue-folder", LineInput).value).expanduser()
        try:
            written = self.store.rescue(folder)
        except OSError as exc:
            self.show_error(f"Could not write there ({exc.strerror or exc}); choose another "
                            f"folder.")
            return
        self.app.notify(f"Saved {len(written)} file(s) to {folder}.", markup=False)
        self.dismiss(True)

    @on(Button.Pressed, "#stay")
    def _stay(self) -> None:
        self.store.retry_now()
        self.dismiss(False)

    @on(Button.Pressed, "#lose")
    def _lose(self) -> None:
        self.dismiss(True)
