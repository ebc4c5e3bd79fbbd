"""First run: what the app does, where data stays, and a two-field form (skippable)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from ..messages import WelcomeDone
from ..widgets.burst import LineInput
from ..widgets.footer import Footer

WELCOME = "\n\n".join([
    "Welcome to iepwizard.",
    "This guide walks you, step by step, from \"I think my child needs more help at school\" "
    "to an IEP or a 504 plan that works: your rights, the letters to send, the meeting and "
    "what comes after.",
    "Everything you type stays on this computer. Nothing is sent anywhere unless you copy or "
    "export it yourself. This is general information, not legal advice; rules vary by state.",
])


class WelcomeScreen(Screen[None]):
    BINDINGS = [Binding("escape", "skip", "Skip")]
    AUTO_FOCUS = "#parent-name"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="welcome"):
            yield Static(WELCOME, id="welcome-text", markup=False)
            yield Label("Your name (optional; used to sign letters)")
            yield LineInput(placeholder="e.g. Maria Lopez", id="parent-name", compact=True)
            yield Label("Your child's first name or nickname")
            yield LineInput(placeholder="e.g. Sam", id="child-nickname", compact=True,
                            submit_on_enter=True)
            with Horizontal(id="welcome-buttons"):
                yield Button("Start", variant="primary", id="start")
                yield Button("Skip for now", id="skip")
        yield Footer()

    @on(LineInput.Submitted, "#child-nickname")
    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        self.post_message(WelcomeDone(
            self.query_one("#parent-name", LineInput).value.strip(),
            self.query_one("#child-nickname", LineInput).value.strip()))

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.post_message(WelcomeDone("", ""))
