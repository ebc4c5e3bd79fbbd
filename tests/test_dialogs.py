"""The parts every dialog shares come from the Dialog base: the Cancel button (and Escape)
answer the dialog's `cancel_value`, and the error line says what is wrong as plain text."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Button, Input, Static

from iepwizard.screens.ask_name import AskScreen
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.decoder_dialogs import OpenFileDialog, SaveScoresDialog
from iepwizard.screens.dialog import Dialog
from iepwizard.screens.export_calendar import ExportCalendarScreen
from iepwizard.screens.new_meeting import NewMeetingScreen
from iepwizard.screens.save_iep import SaveIepDialog
from iepwizard.screens.scores_dialogs import LinkDialog
from iepwizard.screens.sent import Sent, SentScreen

from .helpers import until

SCREENS = Path(__file__).resolve().parent.parent / "iepwizard" / "screens"

DIALOGS: dict[str, Callable[[Path], Dialog[Any]]] = {
    "ask": lambda _: AskScreen("Name?"),
    "confirm": lambda _: ConfirmScreen("Delete it?", yes="Delete", no="Keep it"),
    "open": lambda folder: OpenFileDialog(folder),
    "save-scores": lambda _: SaveScoresDialog(3, 2),
    "export": lambda _: ExportCalendarScreen("Sam"),
    "meeting": lambda _: NewMeetingScreen([]),
    "save-iep": lambda _: SaveIepDialog("Save the IEP", None, "draft"),
    "link": lambda _: LinkDialog([("WIAT-4", "Reading"), ("WJ IV", "Broad Reading")]),
    "sent": lambda _: SentScreen("Request", "Dr. Lee"),
}


class Host(App[None]):
    def __init__(self, dialog: Dialog[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, callback=self.answers.append)


@pytest.mark.parametrize("key", ["click", "escape"])
@pytest.mark.parametrize("name", DIALOGS)
async def test_cancel_and_escape_answer_the_cancel_value(name: str, key: str,
                                                         tmp_path: Path) -> None:
    dialog = DIALOGS[name](tmp_path)
    app = Host(dialog)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: app.screen is dialog and dialog.is_mounted, "the dialog")
        await pilot.pause()
        if key == "click":
            button = dialog.query_one("#cancel", Button)
            if name == "confirm":
                assert str(button.label) == "Keep it"  # the dialog's own word for it
            await pilot.click("#cancel")
        else:
            await pilot.press("escape")
        await until(pilot, lambda: app.answers, "an answer")
        assert app.answers == [dialog.cancel_value]


@pytest.mark.parametrize("name", ["ask", "save-scores", "meeting", "save-iep", "link", "sent"])
async def test_the_error_line_is_plain_text(name: str, tmp_path: Path) -> None:
    dialog = DIALOGS[name](tmp_path)
    app = Host(dialog)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: app.screen is dialog and dialog.is_mounted, "the dialog")
        dialog.show_error("No [b]such[/b] date.", "#cancel")
        await pilot.pause()
        [line] = dialog.query(".error").results(Static)
        assert str(line.render()) == "No [b]such[/b] date."
        assert dialog.focused is dialog.query_one("#cancel")


def test_no_dialog_writes_its_own_cancel_or_error_line() -> None:
    """Each dialog keeps only what is its own: no Button labelled "Cancel", no Static of
    class "error" outside the base."""
    for path in SCREENS.glob("*.py"):
        if path.name == "dialog.py" or "Dialog" not in path.read_text(encoding="utf-8"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            words = [a.value for a in node.args if isinstance(a, ast.Constant)]
            keywords = {k.arg: k.value.value for k in node.keywords
                        if isinstance(k.value, ast.Constant)}
            assert not (node.func.id == "Button" and "Cancel" in words), path.name
            assert not (node.func.id == "Static" and keywords.get("classes") == "error"), \
                path.name


async def test_a_letter_is_not_marked_sent_on_a_day_to_come(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 29)
    dialog = SentScreen("Request", "Dr. Lee", today)
    app = Host(dialog)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: app.screen is dialog and dialog.is_mounted, "the dialog")
        date = dialog.query_one("#sent-date", Input)
        assert date.value == "November 29, 2026"  # today, the dialog's own
        date.value = "December 3, 2026"
        date.focus()
        await pilot.press("enter")  # (enter in the field is the dialog's "Log it")
        await pilot.pause()
        [line] = dialog.query(".error").results(Static)
        assert "December 3, 2026 has not come yet" in str(line.render())
        assert not app.answers
        date.value = "November 28, 2026"
        date.focus()
        await pilot.press("enter")
        await until(pilot, lambda: app.answers, "an answer")
        [sent] = app.answers
        assert isinstance(sent, Sent) and sent.date == "2026-11-28"
